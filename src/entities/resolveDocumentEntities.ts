import type { MentionCandidate } from '../mentions/MentionCandidate';
import { isEnglishWord } from '../mentions/isEnglishWord';
import { lexiconTags } from '../mentions/lexiconTags';
import { sexOfName, TITLE_SEXES } from '../mentions/sexOfName';
import { DROPPED_LEGAL_FORMS, DROPPED_NAME_ENDS, NAME_PARTICLES, NON_ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS, SPORTS } from '../mentions/nameWords';
import { entityId } from '../knowledge/entityId';
import type { GazetteerEntry } from '../knowledge/GazetteerEntry';
import { chooseCountryEntries } from './chooseCountryEntries';
import { normalizeKey } from '../text/normalizeKey';
import type { Entity } from './EntitySchema';
import { personKey } from './personKey';
import { writtenName } from './writtenName';

// Courtesy titles of anyone, and those of knights and dames, which news keeps for them (`Sir Ian`, not `Mr Blair`).
const PLAIN_COURTESY: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss']);
const KNIGHTS: ReadonlySet<string> = new Set(['sir', 'dame']);
// Whether a courtesy title is a man's or a woman's, and the given names compromise's lexicon knows as either.

/**
 * Gives every mention candidate of a document its entity: known names by general knowledge (a party or chamber of the
 * country the article is about: see chooseCountryEntries), a bracketed acronym by the name it abbreviates, a surname
 * (`Rubio`, `von der Leyen`) by the one full name met in the document that ends with it. A surname shared by two full
 * names (two Wangs) names neither, and is left out.
 */
export function resolveDocumentEntities(sentences: readonly (readonly MentionCandidate[])[]): {
  entities: Entity[];
  /** For each sentence, for each candidate, its entity id, or undefined where it names nothing kept. */
  ids: (string | undefined)[][];
} {
  const all = sentences.flat();
  // `Kessel Trent` after `Kessel Trent's chief executive`: a name the article writes as a company's is one wherever its
  // shape alone said a person's.
  // So is a name one word longer that it opens (`Kessel Trent Water`), the company's full name.
  const companies = new Set(all.filter((candidate) => candidate.company && !candidate.known).map((candidate) => normalizeKey(candidate.surface)));
  // (`Porsche Chief Executive X`: so is a listed company's name, beside a person's full name that ends with it.)
  const firms = new Set(all.filter((candidate) => candidate.company && candidate.known).map((candidate) => normalizeKey(candidate.surface)));
  const withoutLastWord = (key: string) => key.split(' ').slice(0, -1).join(' ');
  const fullCompanyNames = new Map<string, string>(); // company key -> its one longer name written ('' when several)
  for (const candidate of all) {
    const short = withoutLastWord(normalizeKey(candidate.surface));
    if (!candidate.known && companies.has(short)) fullCompanyNames.set(short, fullCompanyNames.has(short) && fullCompanyNames.get(short) !== candidate.surface ? '' : candidate.surface);
  }
  const namesCompany = (candidate: MentionCandidate) => {
    const key = normalizeKey(candidate.surface);
    const guessed = (candidate.type === 'Person' || candidate.type === 'Location') && !candidate.known;
    return (candidate.company === true && !candidate.known) || (guessed && (companies.has(key) || companies.has(withoutLastWord(key))));
  };
  // `King Vosk`: a monarch's one name is a full name with the title.
  const styledName = (candidate: MentionCandidate) => (candidate.regnal ? `${candidate.regnal} ${candidate.surface}` : candidate.surface);
  const fullNames = new Map<string, string[]>(); // person key -> surfaces
  for (const candidate of all) {
    // (`Mr Le Guen`: a surname opening with its particle is no full name, but the end of one: Paul Le Guen.)
    const surname = NAME_PARTICLES.has(normalizeKey(candidate.surface.split(' ')[0] ?? ''));
    const name = styledName(candidate);
    if (candidate.type === 'Person' && !candidate.known && (name.includes(' ') || hyphenedParticle(name)) && !candidate.needsSupport && !namesCompany(candidate) && !surname) {
      const key = personKey(name);
      const surfaces = fullNames.get(key);
      if (surfaces) surfaces.push(name);
      else fullNames.set(key, [name]);
    }
  }
  // Each name's spelling is counted once, not at every mention: a long document names one person thousands of times.
  const spellings = new Map([...fullNames].map(([key, surfaces]) => [key, mostFrequent(surfaces)]));
  // `Lord Levy`: a peer the document names by surname alone is known by the peerage.
  const peers = new Map(all.flatMap((candidate) => (candidate.peerage && !candidate.surface.includes(' ') ? [[personKey(candidate.surface), `${candidate.peerage} ${candidate.surface}`] as const] : [])));
  // A surname ends the full name (`Rubio`); where none does, a family name written first (`Wang` of `Wang Wentao`) starts it.
  // The full names are indexed by the words they end and open with, so a mention costs a look-up, not a scan of them all.
  const endingWith = indexTails(fullNames.keys());
  const openingWith = indexHeads(fullNames.keys(), / /g);
  // `Chris Huhne` and `Christopher Huhne`: two full names of one surname whose given names differ as a short form
  // differs from the name it shortens (three letters or more opening it) are one person's, under the name the article
  // writes more often (not when the short form opens two given names of that surname: `Sam`, `Samuel` and `Samantha`).
  const sameAs = new Map<string, string>();
  for (const [surname, keys] of endingWith) {
    const given = (key: string) => (key === `${key.split(' ')[0]} ${surname}` ? key.split(' ')[0] ?? '' : '');
    for (const short of keys) {
      const word = given(short);
      const longer = word.length >= 3 ? keys.filter((key) => key !== short && given(key).startsWith(word)) : [];
      const [long] = longer;
      if (long === undefined || longer.length > 1) continue;
      const [kept, merged] = (fullNames.get(short)?.length ?? 0) >= (fullNames.get(long)?.length ?? 0) ? [short, long] : [long, short];
      sameAs.set(merged, kept);
    }
  }
  // `Ovidio Guzman` beside `Ovidio Guzman Lopez`, `Caruana Galizia` beside `Daphne Caruana Galizia`, `Hamad bin Khalifa`
  // beside `Hamad bin Khalifa Al Thani`: a name of two words or more that opens or ends one longer full name, and no
  // other, is that name shortened (a second surname, a dynasty's name, a given name left out), when the words it leaves
  // out are no dictionary words (not `Ian Greer Associates`, a firm, nor `Madam Megawati Sukarnoputri`, a courtesy).
  for (const short of fullNames.keys()) {
    if (!short.includes(' ') || sameAs.has(short)) continue;
    const longer = [...new Set([...(openingWith.get(short) ?? []), ...(endingWith.get(short) ?? [])])];
    const [long] = longer;
    const added = long === undefined ? [] : (long.startsWith(`${short} `) ? long.slice(short.length + 1) : long.slice(0, long.length - short.length - 1)).split(' ');
    if (long !== undefined && longer.length === 1 && added.every((word) => NAME_PARTICLES.has(word) || !isEnglishWord({ key: word }))) sameAs.set(short, sameAs.get(long) ?? long);
  }
  const sameKey = (key: string) => sameAs.get(key) ?? key;
  // `Lula` of `Luiz Inácio Lula da Silva`: a lone word inside a name of three words or more, where no name ends or opens with it.
  const within = indexInnerWords(fullNames.keys());
  // `King Felipe` beside `Felipe VI`, `Prince Hamzah` beside `Hamzah bin Hussein`: a monarch's or prince's one name with
  // the title is the one full name the article opens with that name and writes as a royal's, with a regnal number or a
  // father's name after `bin` (not `Prince Harry` beside `Harry Kane`).
  const royalNames = new Map<string, string>();
  for (const candidate of all) {
    if (candidate.type !== 'Person' || !candidate.regnal || candidate.surface.includes(' ')) continue;
    const royal = (openingWith.get(personKey(candidate.surface)) ?? []).filter((name) => ROYAL_NAME.test(name));
    if (royal.length === 1 && royal[0] !== undefined) royalNames.set(personKey(styledName(candidate)), royal[0]);
  }
  // `Sir Ian Blair` is `Sir Ian` after, never `Mr Blair`: full names written with a knight's or peer's title.
  const titled = new Set(all.filter((candidate) => candidate.surface.includes(' ') && (candidate.peerage || KNIGHTS.has(candidate.courtesy ?? ''))).map((candidate) => personKey(candidate.surface)));
  // Each mention's place in the document (offsets start again in each paragraph), and the place where each full name is
  // first written: `Mugabe` before the article names Grace Mugabe can only be Robert Mugabe.
  const order = new Map(all.map((candidate, k) => [candidate, k]));
  const introduced = new Map<string, number>();
  all.forEach((candidate, k) => {
    const key = personKey(candidate.surface);
    if (fullNames.has(key) && !introduced.has(key)) introduced.set(key, k);
  });
  const fullNameEndingWith = (key: string, courtesy?: string, at = Infinity): string | undefined | null => {
    const found = [...new Set((endingWith.get(key) ?? openingWith.get(key) ?? within.get(key) ?? []).map(sameKey))];
    // `Mr Blair` with Tony Blair and Sir Ian Blair in view: the one plain Mr.
    const plain = found.length > 1 && PLAIN_COURTESY.has(courtesy ?? '') ? found.filter((name) => !titled.has(name)) : found;
    const untitled = plain.length > 0 ? plain : found;
    // `Mr Law` with Peter Law and Trish Law in view: the one whose given name is a man's.
    const sex = TITLE_SEXES.get(courtesy ?? '');
    const matches = untitled.length > 1 && sex ? untitled.filter((name) => (sexOfName(name.split(' ')[0] ?? '') ?? sex) === sex) : untitled;
    const earlier = matches.length > 1 ? matches.filter((name) => (introduced.get(name) ?? Infinity) < at) : matches;
    return earlier.length === 1 ? earlier[0] : matches.length > 1 || untitled.length > 1 ? null : undefined;
  };
  // `Everton rejected the offer` after `Everton chairman X`: a town the article names as its club (or a company named
  // after it) is that body throughout, as a story means one sense of the name.
  const townBodies = new Set(all.filter((candidate) => candidate.townBody).map((candidate) => normalizeKey(candidate.surface)));
  // The names of the organizations the article names in more than one word, unknown to general knowledge.
  const bodyNames = new Set(all.filter((candidate) => candidate.type === 'Organization' && !candidate.known && candidate.surface.includes(' ')).map((candidate) => normalizeKey(withoutLegalForm(candidate.surface.replace(/^the\s+/i, '')))));
  // The companies and bodies general knowledge knows that the article names, by their names as written: whom `Cisco
  // Systems` means beside `Cisco`.
  const knownBodies = new Map(all.flatMap((candidate) => (candidate.known?.kind === 'company' || candidate.known?.kind === 'organization' ? [[foldCase(candidate.surface.replace(/^the\s+/i, '')), candidate.known] as const] : [])));
  // `President Trump`, `Mr Vosk`: lone words the article writes after a title or honorific, a person's for sure.
  const titledWords = new Set(all.filter((candidate) => candidate.type === 'Person' && candidate.titled && !candidate.surface.includes(' ')).map((candidate) => personKey(candidate.surface)));
  // `Trump associates` beside `President Trump`: such a word read as a body from its context alone is the person's,
  // when no one named in full has it as surname (not a body's by what it owns or how it speaks of itself, nor a sport:
  // `Premier Rugby`).
  const titledSurname = (candidate: MentionCandidate) => candidate.type === 'Organization' && !candidate.known && !candidate.company && !candidate.surface.includes(' ')
    && titledWords.has(personKey(candidate.surface)) && fullNameEndingWith(personKey(candidate.surface)) === undefined && !SPORTS.has(normalizeKey(candidate.surface));
  // `Unison said`: a lone word read as a person from its verb is the organization the article names so elsewhere.
  const organizationWords = new Map<string, string>();
  for (const candidate of all) {
    if (candidate.type === 'Organization' && !candidate.known && !candidate.surface.includes(' ') && !titledSurname(candidate)) organizationWords.set(normalizeKey(candidate.surface), candidate.surface);
  }
  // `Kraft said` after `Kraft Foods`: a lone word read as a person is the one organization the article names with it
  // first, unless that word is an English one (`Government`, `Bush` of `the Bush administration`).
  const unknownOrganizations = all.filter((candidate) => candidate.type === 'Organization' && !candidate.known && !isEnglishWord({ key: normalizeKey(candidate.surface.split(' ')[0] ?? '') }));
  // (`Warner Music` and `Warner Music Group` are one company's names.)
  const organizationFirstWords = byOpeningWord(unknownOrganizations.map((candidate) => [candidate.surface, candidate] as const), (one, other) =>
    one.surface === other.surface || withLegalForm(one.surface, foldCase(other.surface)) || withLegalForm(other.surface, foldCase(one.surface)));
  // The listed companies the article names in two or more words, by their first word when it opens one only.
  const listedFirstWords = byOpeningWord(all.flatMap(({ known, surface }) => (known?.kind === 'company' ? [[surface, known] as const] : [])), (one, other) => one.entityId === other.entityId);
  // `RSF` for `Rapid Support Forces`, `PPR` for `Pinault-Printemps-Redoute`: an organization's acronym is the initials
  // of its name's words, however joined.
  const initials = new Map<string, MentionCandidate>();
  for (const candidate of all) {
    if (candidate.type !== 'Organization' || !/[\s-]/.test(candidate.surface)) continue;
    const letters = candidate.surface.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.charAt(0)).join('');
    if (letters.length >= 2) initials.set(letters, candidate);
    // `T&G` for `Transport and General Workers' Union`: the initials of the words on either side of its first `and`.
    const joined = /^(\p{Lu})\p{L}*\s+and\s+(\p{Lu})/u.exec(candidate.surface);
    if (joined) initials.set(`${joined[1]}&${joined[2]}`, candidate);
  }

  // `the Home Office` after `UK Home Office`: a state's body named alone is the one the article named with its country.
  const qualifiedBodies = new Map<string, GazetteerEntry | null>();
  for (const { known } of all) {
    // A word that names the body only in an article about its country (`Senate`) qualifies nothing: it is in question;
    // nor does a body's own name (`Bundestag`), whose id no country's name qualifies.
    if (known?.kind !== 'institution' || !known.countryId || known.needsCountry || known.entityId === entityId('Organization', known.phrase)) continue;
    const key = normalizeKey(known.phrase);
    const other = qualifiedBodies.get(key);
    qualifiedBodies.set(key, other === undefined || other?.entityId === known.entityId ? known : null);
  }
  // `Andy Warhol Foundation` after `Andy Warhol Foundation for the Visual Arts`: an organization's name that opens the one
  // longer name before its `of` or `for` is that organization; so does `the Bank` after a known `Bank of England`.
  const written = (candidate: MentionCandidate) => (candidate.known && !['institution', 'organization', 'company'].includes(candidate.known.kind) ? undefined : candidate.known?.name ?? candidate.surface);
  // (Each name with the first candidate that writes it, whose own entity a shorter name takes: `Suisse` after `Credit
  // Suisse`, which is `Credit Suisse Group AG`.)
  const writers = new Map<string, MentionCandidate>();
  for (const candidate of all) {
    const name = candidate.type === 'Organization' ? written(candidate)?.replace(/^the\s+/i, '') : undefined;
    if (name !== undefined && !writers.has(name)) writers.set(name, candidate);
  }
  const organizationNames = [...writers.keys()];
  // So is a name of two words or more that ends the one longer name (`Home Office` after `UK Home Office`, `Defense
  // Authority` after `Civil Defense Authority`). Both compare case-insensitively, through indexes of the names.
  const openingOrganizations = indexHeads(organizationNames, / (?=(?:OF|FOR) )/g, foldCase);
  const endingOrganizations = indexTails(organizationNames, foldCase);
  // `Orla` after `Orla Capital`: a lone word read as an organization is the one longer name it opens.
  const firstWords = indexHeads(organizationNames, / /g, foldCase);
  // The first sentence, a headline as often as not, names a body before the story writes its name in full.
  const headline = new Set(sentences[0] ?? []);
  const writtenBefore = (longer: string, at: MentionCandidate) => {
    const writer = writers.get(longer);
    return headline.has(at) || (writer !== undefined && (order.get(writer) ?? Infinity) < (order.get(at) ?? Infinity));
  };
  const longerName = (name: string, at?: MentionCandidate): string | undefined => {
    const key = foldCase(name);
    // (`Warner Music` beside `Warner Music Group`: a name is the one it opens with only a legal form after.)
    // (`Credit Suisse` beside `Credit Suisse Group AG`: so is one with a form news leaves out after those.)
    const opened = (firstWords.get(key) ?? []).filter((longer) => (name.includes(' ') ? isPartyOf(longer, key) || withLegalForm(withoutLegalForm(longer), key) : !namesItself(name, longer)));
    const opening = openingOrganizations.get(key) ?? opened.filter((longer) => !opened.some((other) => withLegalForm(other, foldCase(longer))));
    // `United` after `Manchester United`: a lone word ends a longer name too, unless it is a body's head word, which
    // general bodies share (`the Commission`, `the Bank`), or an acronym a wing shares (`IRA` and `Real IRA`).
    // (Only a name written before: `the Prison Service` before `the Scottish Prison Service` is another.)
    const ending = name.includes(' ') || !(ORGANIZATION_HEADS.has(normalizeKey(name)) || /^\p{Lu}+$/u.test(name))
      ? (endingOrganizations.get(key) ?? []).filter((longer) => at === undefined || writtenBefore(longer, at))
      : [];
    const longer = opening.length > 0 ? opening : ending;
    return longer.length === 1 ? longer[0] : undefined;
  };

  const organizationSpellings = new Map<string, string>();
  // Each party the article names in full, by its name without `Party` (case-folded).
  const partiesByName = new Map<string, MentionCandidate>();
  for (const candidate of all) {
    const folded = foldCase(candidate.surface.replace(/^the\s+/i, ''));
    if (candidate.type === 'Organization' && folded.endsWith(PARTY_SUFFIX) && !partiesByName.has(folded.slice(0, -PARTY_SUFFIX.length))) {
      partiesByName.set(folded.slice(0, -PARTY_SUFFIX.length), candidate);
    }
  }

  const countryBound = chooseCountryEntries(all);
  const entities = new Map<string, Entity>();
  const resolved = new Map<MentionCandidate, string>();
  const acronyms = new Map<string, string>(); // normalized acronym -> entity id
  const knownForms = new Map<string, { surface: string; kind: GazetteerEntry['kind'] }[]>(); // entity id -> forms written
  const note = (id: string, type: Entity['type'], name: string, surface: string, country?: string) => {
    const entity = entities.get(id) ?? { id, type, name, aliases: [], ...(country ? { country } : {}) };
    if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    entities.set(id, entity);
    return id;
  };
  // `F.T.C.` as `FTC`, `M&S` as `Marks & Spencer`: an acronym's full stops and ampersands are no letters.
  const spelledOut = (candidate: MentionCandidate): MentionCandidate | undefined => {
    const written = candidate.surface.replace(/['’]s?$/, '');
    const letters = written.replace(/[.&]/g, '');
    // (`ECB` for `England and Wales Cricket Board`: an acronym may skip a word of the name, never its first or last;
    // only one body of the article may be so abbreviated.)
    const skipping = [...initials].filter(([name]) => letters.length >= 3 && name.length > letters.length && isAbbreviation(letters, name));
    // (`Defra` for `Department for Environment, Food and Rural Affairs`: initials written as a word of four letters or more.)
    const worded = /^\p{Lu}\p{Ll}{3,}$/u.test(letters) ? initials.get(letters.toUpperCase()) : undefined;
    const longer = initials.get(letters) ?? initials.get(written) ?? worded ?? (skipping.length === 1 ? skipping[0]?.[1] : undefined);
    return longer !== candidate ? longer : undefined;
  };
  const resolve = (candidate: MentionCandidate): string | undefined => {
    // `the PRD` after `the Party of the Democratic Revolution (PRD)`: an acronym the article has spelled out means that,
    // whatever else general knowledge abbreviates so (Portugal's PRD).
    // (So does one written as a word, `Balco` after `Bay Area Laboratory Co-operative (Balco)`.)
    const defined = candidate.surface.includes(' ') ? undefined : acronyms.get(normalizeKey(candidate.surface));
    const definedEntity = defined ? entities.get(defined) : undefined;
    if (defined && definedEntity) return note(defined, definedEntity.type, definedEntity.name, candidate.surface);
    // `Rio's board` after `Rio Tinto`: a lone word read as a place, or as a company by what it owns, is the one listed
    // company whose name the article writes with it first.
    const opensListed = !candidate.known && !candidate.surface.includes(' ') && (candidate.type === 'Location' || namesCompany(candidate));
    const listed = opensListed ? listedFirstWords.get(normalizeKey(candidate.surface)) : undefined;
    if (listed) return note(listed.entityId, listed.type, listed.name, candidate.surface);
    if (namesCompany(candidate)) {
      // (A lone word is the one longer company name it opens, ending in a legal form: `Universal's chairman` after
      // `Universal Music Group`; not the name of some other body, `Enron's founder` beside the `Enron Task Force`.)
      const longer = candidate.surface.includes(' ') ? undefined : longerName(candidate.surface);
      const company = longer !== undefined && LEGAL_FORMS.test(longer.split(' ').at(-1) ?? '') ? longer : undefined;
      const listed = fullCompanyNames.get(normalizeKey(candidate.surface));
      // (The entity of the name written in full, which may leave its legal form out: `Bre-X` after `Bre-X Minerals Ltd.`)
      if (!listed && company) return longerBody(company, candidate);
      const full = listed || candidate.surface;
      return note(entityId('Organization', full), 'Organization', full, candidate.surface);
    }
    const abbreviated = candidate.sameAs ? resolved.get(candidate.sameAs) : undefined;
    if (abbreviated) {
      acronyms.set(normalizeKey(candidate.surface), abbreviated);
      const entity = entities.get(abbreviated);
      return entity ? note(abbreviated, entity.type, entity.name, candidate.surface) : abbreviated;
    }
    const bound = countryBound.has(candidate) ? countryBound.get(candidate) : candidate.known;
    // `the Foreign Office` after `Pakistan's Foreign Office` is Pakistan's, not the one general knowledge names so.
    const qualified = candidate.type === 'Organization' && (!bound || bound.kind === 'institution') ? qualifiedBodies.get(normalizeKey(candidate.surface.replace(/^the\s+/i, ''))) : undefined;
    const known = qualified ?? bound;
    if (candidate.type === 'Location' && (!known || known.kind === 'place' || known.kind === 'region') && townBodies.has(normalizeKey(candidate.surface))) {
      return resolve({ ...candidate, type: 'Organization', known: undefined, options: undefined });
    }
    // A name general knowledge gives only to bodies of other countries' articles is in question (`Labour`, `Senate`);
    // but initials are a body's whoever's they are (`the Dutch group KPN`, not Poland's KPN party): an unknown one.
    if (candidate.options && !known) {
      const initials = candidate.type === 'Organization' && /^\p{Lu}[\p{Lu}\d&]+$/u.test(candidate.surface) && !NON_ORGANIZATION_ACRONYMS.has(normalizeKey(candidate.surface));
      return initials ? resolve({ ...candidate, known: undefined, options: undefined }) : undefined;
    }
    // `Paris` after `Valeska Paris`, `Bolton` after `John Bolton`: a city's name that ends a person's full name is that
    // person, and so is a company's (`Saab` after `Ana Maria Saab`), unless the article writes it as the company's
    // elsewhere (`Porsche Chief Executive X` beside `Wolfgang Porsche`).
    const firm = known?.kind === 'company' && firms.has(normalizeKey(candidate.surface));
    const person = (known?.kind === 'place' || known?.kind === 'capital' || known?.kind === 'company') && !firm ? fullNameEndingWith(personKey(candidate.surface), undefined, order.get(candidate)) : undefined;
    if (person) return note(entityId('Person', person), 'Person', spellings.get(person) ?? candidate.surface, candidate.surface);
    // `the ICC` beside `the International Cricket Council`: an acronym whose letters the article spells out as a body's
    // name is that body, whatever other body general knowledge abbreviates so (the International Criminal Court).
    const spelled = known?.type === 'Organization' && /^\p{Lu}{2,}$/u.test(candidate.surface) ? spelledOut(candidate) : undefined;
    const spelledId = spelled && resolve(spelled);
    const spelledEntity = spelledId && spelledId !== known?.entityId ? entities.get(spelledId) : undefined;
    if (spelledEntity) return note(spelledEntity.id, spelledEntity.type, spelledEntity.name, candidate.surface);
    if (known) {
      const forms = knownForms.get(known.entityId) ?? [];
      forms.push({ surface: candidate.surface, kind: known.kind });
      knownForms.set(known.entityId, forms);
      return note(known.entityId, known.type, known.name, candidate.surface, known.countryId);
    }
    // `Sharif's office`, `in Braverman's plan`: a lone word read as a body or place from its context is the surname of
    // the one person named in full.
    const surnameOf = (candidate.type === 'Organization' || candidate.type === 'Location') && !candidate.surface.includes(' ') && !/^\p{Lu}+$/u.test(candidate.surface)
      ? fullNameEndingWith(personKey(candidate.surface), undefined, order.get(candidate))
      : undefined;
    if (surnameOf) return note(entityId('Person', surnameOf), 'Person', spellings.get(surnameOf) ?? candidate.surface, candidate.surface);
    if (titledSurname(candidate)) return note(entityId('Person', personKey(candidate.surface)), 'Person', candidate.surface, candidate.surface);
    // An acronym read as a lone person's name (`M&S chairman X`, `blamed Defra`) abbreviates a body all the same (not
    // a name written with a title: `Mr Bach`).
    const untitled = !candidate.titled && !candidate.courtesy && !candidate.surface.includes(' ');
    if (candidate.type !== 'Person' || !/\p{Ll}/u.test(candidate.surface) || (untitled && /^\p{Lu}\p{Ll}{3,}$/u.test(candidate.surface))) {
      const longer = spelledOut(candidate);
      const acronym = acronyms.get(normalizeKey(candidate.surface)) ?? (longer ? resolve(longer) : undefined);
      if (acronym) {
        const entity = entities.get(acronym);
        return entity ? note(acronym, entity.type, entity.name, candidate.surface) : acronym;
      }
    }
    if (candidate.type !== 'Person') {
      const name = withoutLegalForm(candidate.surface.replace(/^the\s+/i, ''));
      // `MizMedi Hospital is in Seoul` after `the chairman of MizMedi Hospital`: a place the article names as a body
      // elsewhere is that body.
      const type = candidate.type === 'Location' && bodyNames.has(normalizeKey(name)) ? 'Organization' : candidate.type;
      const shortened = type === 'Organization' ? knownBodies.get(foldCase(withoutDroppedEnds(name))) : undefined;
      if (shortened) return note(shortened.entityId, shortened.type, shortened.name, candidate.surface, shortened.countryId);
      const opener = type === 'Organization' ? opened(candidate) : undefined;
      if (opener) return opener;
      const full = type === 'Organization' ? longerName(name, candidate) : undefined;
      if (full) return longerBody(full, candidate);
      // `New People Party` and `New People's Party`: one organization written with and without the possessive.
      // `LA Sheriff's office` and `Los Angeles Sheriff's office`: one organization with its first words as initials.
      const keys = type === 'Organization' ? [name, ...initialedForms(name)].map(withoutPossessives) : [];
      const spelling = keys.map((key) => organizationSpellings.get(key)).find((found) => found !== undefined);
      if (spelling) return note(entityId('Organization', spelling), 'Organization', spelling, candidate.surface);
      for (const key of keys) if (!organizationSpellings.has(key)) organizationSpellings.set(key, name);
      return note(entityId(type, name), type, name, candidate.surface);
    }
    // `Vosk Reform said` after `the Vosk Reform Party`: the party, though its shape said a person's.
    const party = candidate.surface.includes(' ') ? partiesByName.get(foldCase(candidate.surface)) : undefined;
    const partyId = party ? (resolved.get(party) ?? resolve(party)) : undefined;
    const partyEntity = partyId ? entities.get(partyId) : undefined;
    if (partyId && partyEntity) return note(partyId, partyEntity.type, partyEntity.name, candidate.surface);
    // (Words typed nowhere in their sentence that the article names a body elsewhere: `called on DP World`; so are
    // words read as a person's name by their shape alone, with no title: `Pakatan Rakyat won` beside `Pakatan Rakyat
    // leader X`.)
    const shaped = candidate.type === 'Person' && !candidate.known && !candidate.titled && !candidate.courtesy;
    const body = (candidate.needsSupport || shaped) && candidate.surface.includes(' ') ? normalizeKey(withoutLegalForm(candidate.surface)) : undefined;
    if (body !== undefined && bodyNames.has(body)) return resolve({ ...candidate, type: 'Organization', needsSupport: false });
    const key = personKey(styledName(candidate));
    const full = royalNames.get(key) ?? (fullNames.has(key) ? key : fullNameEndingWith(key, candidate.courtesy, order.get(candidate)));
    // (Not a name written after a title: `President Vosk` after `the Vosk Foundation` is a person.)
    const opener = full === undefined && !candidate.titled ? opened(candidate) : undefined;
    if (opener) return opener;
    const organization = full === undefined && !candidate.surface.includes(' ') ? organizationWords.get(normalizeKey(candidate.surface)) : undefined;
    if (organization) return note(entityId('Organization', organization), 'Organization', organization, candidate.surface);
    // `Gourmet said` after `Gate Gourmet` (its first word, opening a sentence, read as an ordinary one): the one
    // organization of two or three words whose name it ends, when no person's does (not a body's head word: `Group
    // said`; nor the end of a long run that swallowed a person's name).
    const lone = full === undefined && !candidate.surface.includes(' ') && !ORGANIZATION_HEADS.has(normalizeKey(candidate.surface));
    const short = (name: string) => name.split(' ').length <= 3;
    const [ended, ...others] = lone ? (endingOrganizations.get(foldCase(candidate.surface)) ?? []).filter(short) : [];
    if (ended && others.length === 0) return longerBody(ended, candidate);
    if (full === null || (full === undefined && candidate.needsSupport)) return undefined;
    const fullKey = sameKey(full ?? key);
    const name = spellings.get(fullKey) ?? peers.get(fullKey) ?? candidate.surface;
    return note(entityId('Person', fullKey), 'Person', name, candidate.surface);
  };
  // The body of the longer name a shorter one stands for: the entity of the candidate that writes it, when that is
  // another (`Suisse` after `Credit Suisse`, which is `Credit Suisse Group AG`), or the name's own.
  function longerBody(longer: string, candidate: MentionCandidate): string {
    const writer = writers.get(longer);
    const id = writer && writer !== candidate ? (resolved.get(writer) ?? resolve(writer)) : undefined;
    const entity = id ? entities.get(id) : undefined;
    return id && entity ? note(id, entity.type, entity.name, candidate.surface) : note(entityId('Organization', longer), 'Organization', longer, candidate.surface);
  }
  // `Kraft` after `Kraft Foods`: the one organization the article names with this one word first.
  function opened(candidate: MentionCandidate): string | undefined {
    const longer = candidate.surface.includes(' ') ? undefined : organizationFirstWords.get(normalizeKey(candidate.surface));
    const named = longer && !namesItself(candidate.surface, longer.surface) ? longer : undefined;
    // Resolved once (`resolved`) unless the lone word comes first (a headline's `Kraft`).
    const owner = named ? (resolved.get(named) ?? resolve(named)) : undefined;
    const entity = owner ? entities.get(owner) : undefined;
    return entity && owner ? note(owner, entity.type, entity.name, candidate.surface) : owner;
  }
  const ids = sentences.map((candidates) =>
    candidates.map((candidate) => {
      const id = resolve(candidate);
      if (id) resolved.set(candidate, id);
      return id;
    }),
  );
  return {
    entities: [...entities.values()].map((entity) => {
      const written = writtenName(entity.name, entity.type, knownForms.get(entity.id) ?? []);
      return { ...entity, aliases: [...entity.aliases].sort(), ...(written ? { written } : {}) };
    }),
    ids,
  };
}

// A royal's full name as a person key: a given name and a regnal number (`felipe vi`), or a given name and a father's
// after `bin`, `bint` or `ibn` (`hamzah bin hussein`).
const ROYAL_NAME = /^\S+ (?:[ivx]+|(?:bin|bint|ibn) .+)$/;

function mostFrequent(surfaces: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const surface of surfaces) counts.set(surface, (counts.get(surface) ?? 0) + 1);
  let best = surfaces[0] ?? '';
  for (const [surface, count] of counts) if (count > (counts.get(best) ?? 0)) best = surface;
  return best;
}

// Each text under every tail of its key that follows a space (`marco rubio` under `rubio`).
function indexTails(texts: Iterable<string>, keyOf: (text: string) => string = (text) => text): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const text of texts) {
    const key = keyOf(text);
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) addTo(index, key.slice(at + 1), text);
  }
  return index;
}

// Each value under the first word of its name, where that word is capitalized and opens a name of two words or more;
// null under a word that opens the names of two things (`same` tells when two values are one).
function byOpeningWord<T>(named: readonly (readonly [string, T])[], same: (one: T, other: T) => boolean): Map<string, T | null> {
  const index = new Map<string, T | null>();
  for (const [name, value] of named) {
    const [first = '', ...rest] = name.split(' ');
    if (rest.length === 0 || !/^\p{Lu}\p{Ll}+$/u.test(first)) continue;
    const key = normalizeKey(first);
    const other = index.get(key);
    index.set(key, other === undefined || (other !== null && same(other, value)) ? value : null);
  }
  return index;
}

// Each text under every head of its key that ends where `separator` (global) matches (`wang wentao` under `wang`).
function indexHeads(texts: Iterable<string>, separator: RegExp, keyOf: (text: string) => string = (text) => text): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const text of texts) {
    const key = keyOf(text);
    for (const match of key.matchAll(separator)) addTo(index, key.slice(0, match.index), text);
  }
  return index;
}

// Each name of three words or more under each of its inner words that is no particle or initial (`lula` of `luiz inacio
// lula da silva`).
function indexInnerWords(keys: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const key of keys) {
    const words = key.split(' ');
    for (const word of words.slice(1, -1)) if (word.length > 2 && !NAME_PARTICLES.has(word)) addTo(index, word, key);
  }
  return index;
}

function addTo(index: Map<string, string[]>, key: string, text: string): void {
  const texts = index.get(key);
  if (texts) texts.push(text);
  else index.set(key, [text]);
}

// Text as a RegExp with the `i` flag (and no `u`) compares it: each UTF-16 unit upper-cased, unless that makes more than
// one unit or makes a non-ASCII character ASCII.
function foldCase(text: string): string {
  return text.replace(/[^]/g, (unit) => {
    const upper = unit.toUpperCase();
    return upper.length === 1 && (unit < '\x80' || upper >= '\x80') ? upper : unit;
  });
}

// A name with its first two or three capitalized words written as their initials (`Los Angeles Police` as `LA Police`).
function initialedForms(name: string): string[] {
  const words = name.split(' ');
  const forms: string[] = [];
  for (let k = 2; k <= 3 && k < words.length; k++) {
    const first = words.slice(0, k);
    if (first.every((word) => /^\p{Lu}\p{Ll}/u.test(word))) forms.push([first.map((word) => word.charAt(0)).join(''), ...words.slice(k)].join(' '));
  }
  return forms;
}

// `Palmer United` beside `Palmer United Party` (`folded`, case-folded): parties are named without the word.
const PARTY_SUFFIX = ' PARTY';
function isPartyOf(longer: string, folded: string): boolean {
  return foldCase(longer) === folded + PARTY_SUFFIX;
}

// `Warner Music Group` beside `Warner Music` (`folded`, case-folded): the name and the forms after it that it keeps (a
// dropped one, `Plc`, is gone from the longer name already).
function withLegalForm(longer: string, folded: string): boolean {
  return foldCase(longer).startsWith(`${folded} `) && longer.slice(folded.length + 1).split(' ').every(isDroppedEnd);
}

// `Cisco Systems`: the name without the words of its business that end it (`Cisco`), or '' when none does.
function withoutDroppedEnds(name: string): string {
  const words = name.split(' ');
  let end = words.length;
  while (end > 1 && isDroppedEnd(words[end - 1] ?? '')) end--;
  return end < words.length ? words.slice(0, end).join(' ') : '';
}

// A legal form a name keeps, or a word of its business that news leaves out (`Cisco Systems`: `Cisco`).
function isDroppedEnd(word: string): boolean {
  return KEPT_FORMS.test(word) || DROPPED_NAME_ENDS.has(word.toLowerCase());
}

// `Sony` beside `Sony BMG`: a word compromise's lexicon knows as a company's name is that company, not the first word
// of a longer name, unless the rest is its legal form (`Microsoft Corp.`).
function namesItself(word: string, longer: string): boolean {
  const rest = longer.split(' ').slice(1);
  // (`CBS` beside `CBS Evening News`: an acronym before two words or more names the body, the longer name its programme
  // or branch; `BAE` is `BAE Systems`.)
  const acronym = /^\p{Lu}{2,5}$/u.test(word) && rest.length >= 2;
  return (lexiconTags(normalizeKey(word)) === 'Organization' || acronym) && !rest.every((form) => LEGAL_FORMS.test(form) || isDroppedEnd(form));
}

// Legal forms a name keeps, unlike DROPPED_LEGAL_FORMS (`Warner Music Group`, a corporation's: `Federal Deposit
// Insurance Corp`), though news may leave them out (`Warner Music`).
const KEPT = 'Corp|Corporation|Incorporated|Company|Group';
const KEPT_FORMS = new RegExp(`^(?:${KEPT})\\.?$`, 'u');
const LEGAL_FORMS = new RegExp(`^(?:${DROPPED_LEGAL_FORMS}|${KEPT})\\.?$`, 'u');
const DROPPED_FORM_AT_END = new RegExp(`,?(?:\\s+&)?\\s+(?:${DROPPED_LEGAL_FORMS})\\.?$`, 'u');

// A company's name without the legal form it is not known by (`Jefferies & Co.` is `Jefferies`).
function withoutLegalForm(name: string): string {
  return name.replace(DROPPED_FORM_AT_END, '');
}

function withoutPossessives(name: string): string {
  return normalizeKey(name.replace(/['’]s\b/g, ''));
}

// `Inzamam-ul-Haq`, `Misbah-ul-Haq`: one word of names joined by a particle's hyphens is a full name, which `Inzamam`
// alone opens (`Rees-Mogg` is a surname, whose halves stand for no one).
function hyphenedParticle(surface: string): boolean {
  const parts = surface.split('-');
  return parts.length >= 3 && parts.slice(1, -1).some((part) => NAME_PARTICLES.has(part));
}

// Whether `letters` are `initials` with some of the middle ones left out: first and last the same, the rest in order.
function isAbbreviation(letters: string, initials: string): boolean {
  if (letters[0] !== initials[0] || letters.at(-1) !== initials.at(-1)) return false;
  let at = 1;
  for (const letter of initials.slice(1, -1)) if (letter === letters[at] && at < letters.length - 1) at++;
  return at === letters.length - 1;
}
