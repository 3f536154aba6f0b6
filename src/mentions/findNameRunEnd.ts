import type { Token } from '../text/Token';
import { capitalizedRunEnd } from './capitalizedRunEnd';
import { isEnglishWord } from './isEnglishWord';
import { isKnownGivenName } from './isKnownGivenName';
import { isPluralPossessive } from './isPluralPossessive';
import { isRomanizedSyllable } from './isRomanizedSyllable';
import { BREAKING_PUNCTUATION, CAPTION_LABELS, CLUB_PREFIXES, DROPPED_LEGAL_FORMS, FUNCTION_WORDS, HYPHENED_PARTICLES, NAME_PARTICLES, ORDINAL_FIGURES, ORGANIZATION_CONNECTORS, ORGANIZATION_HEADS, PERSON_TAGS, PARTY_MEMBERS, PLACE_HEADS, POST_NOMINALS, VESSEL_PREFIXES } from './nameWords';

const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
// A company's legal form, after which `and` adds another company.
const LEGAL_FORM = new RegExp(`^(?:${DROPPED_LEGAL_FORMS})\\.?$`, 'u');

// Plurals without an s, whose possessive ends a people's or workers' body name (`People's party`).
const PLURAL_PEOPLE: ReadonlySet<string> = new Set(['people', 'women', 'men', 'children']);

/**
 * The last token of the capitalized name that starts at `first`. Particles join a person's name (`von der Leyen`);
 * `of`, `for`, `and`, `the` join an organization's (`Bureau of Fisheries and Aquatic Resources`) when an organization
 * word heads it or ends what follows; a title or known name ends a person's name, and an organization's after its
 * head word (`Commission President ...`), and before a known body (`startsBody`). `opening`: the last word of a known
 * name the run opens with.
 */
export function findNameRunEnd(
  tokens: readonly Token[],
  first: number,
  startsOther: (at: number) => boolean,
  titleLength: (at: number) => number = (at) => (startsOther(at) ? 1 : 0),
  startsBody: (at: number) => boolean = () => false,
  opening = first,
): number {
  const startsTitle = (at: number) => titleLength(at) > 0;
  // (A known name the run opens with is whole, whatever its words: `Trinidad and Tobago Chamber of Commerce`.)
  let last = Math.max(first, opening);
  let organization = tokens.slice(first, last + 1).some((token) => ORGANIZATION_HEADS.has(token.key));
  let linked = false;
  // `Legal & General`: a firm's partners joined by an ampersand, with no head word, make a whole name.
  let firm = false;
  // `Office of the Attorney General`: the last word of an office the body's name holds.
  let titleEnd = -1;
  while (true) {
    const current = tokens[last] as Token;
    const next = tokens[last + 1];
    // A possessive ends a name (`Germany's Foreign Minister`) unless an organization's name goes on (`People's Liberation Front`).
    // A person's possessive does end it (`Ann Vale's Unity Party`).
    // A body's own possessive ends it (`the Bank's Monetary Policy Committee` is the Bank's committee).
    // A name word that is no English word (`Vosk's Unity Party`, `Ann Vosk's Unity Party`) is the owner's, not the
    // body's: a body's possessive word is the dictionary's, a plural's or no name's shape (`Korean People's Army`,
    // `Tamil Tigers' Front`, `Texas A&M's Aerospace Engineering Department`).
    // So does a plural's before a place's head (`Alder Hey Children's Hospital`, `Martyrs' Square`).
    const headed = endsInOrganizationHead(tokens, last + 1) || (isPluralPossessive(current) && PLACE_HEADS.has(tokens[headAt(tokens, last + 1)]?.key ?? ''));
    const possessiveInside = current.possessive && next?.capitalized && headed && !isGivenNameToken(tokens[first] as Token)
      && (isEnglishWord(current) || (last > first && (isPluralPossessive(current) || !/^\p{Lu}\p{Ll}/u.test(current.text))))
      && !ORGANIZATION_HEADS.has(current.key);
    // `Tore O. Sandvik`: a middle initial's full stop does not end the name.
    // `S. Jaishankar`: so does a first initial before a surname (a name or no English word).
    const initial = /^\p{Lu}$/u.test(current.text) && /^\.\s+$/.test(current.post) && next?.capitalized === true
      && (last > first || (!FUNCTION_WORDS.has(next.key) && (PERSON_TAGS.some((tag) => next.tags.has(tag)) || !isEnglishWord(next))));
    // `the Oromo People's party`, `Los Angeles Sheriff's office`: a people's or workers' word, or a name's last, before a
    // body's head in lower case ends with that word (a lone word's singular possessive does not: `Mr Fuller's company`).
    const plural = (/s['’]?$/.test(current.text) && !/['’]s$/.test(current.text)) || PLURAL_PEOPLE.has(current.key);
    // `the Public and Commercial Services union`: words joined by `and` into a body's name take a union's word in lower case.
    if (linked && next?.key === 'union' && !next.capitalized && !BREAKING_PUNCTUATION.test(current.post)) return last + 1;
    if (current.possessive && ((last > first && !isGivenNameToken(tokens[first] as Token)) || plural) && isEnglishWord(current) && next !== undefined && !next.capitalized && ORGANIZATION_HEADS.has(next.key) && !BREAKING_PUNCTUATION.test(current.post)) return last + 1;
    // `Department for Culture, Media and Sport`: a body's list of subjects after its connector goes on past commas to `and`.
    const listed = organization && linked && /^,\s*$/.test(current.post) && listEndAfter(tokens, last + 1, startsOther) !== undefined;
    if (listed) {
      last++;
      continue;
    }
    if ((current.possessive && !possessiveInside) || (!initial && BREAKING_PUNCTUATION.test(current.post.replace(/[[\]]/g, '')))) return last;
    // `Korean People's Army [KPA]`: a bracketed word after a name is its abbreviation.
    if (BREAKING_PUNCTUATION.test(next?.pre ?? '') || (/\[$/.test(next?.pre ?? '') && /^\]/.test(next?.post ?? ''))) return last;
    // `... Elizabeth Quat In the New Territories`: a capitalized function word opens a sentence the text ran on into,
    // unless a preposition or a pause follows it, as after a surname (`James To of the Democratic Party`, `James To,`),
    // or it is a given name's first syllable (`Rhee In-je`).
    const following = tokens[last + 2];
    const endsName = BREAKING_PUNCTUATION.test(next?.post ?? '') || following === undefined || ['Preposition', 'Conjunction'].some((tag) => following.tags.has(tag))
      || (next !== undefined && joinsSyllable(next, following));
    if (next?.capitalized && FUNCTION_WORDS.has(next.key) && !endsName) return last;
    // `Tom Baxter QC`, `Ann Vale OBE`: an honour or degree after a name is no part of it.
    if (next !== undefined && POST_NOMINALS.has(next.key) && /^\p{Lu}/u.test(next.text)) return last;
    // `a NASA T-shirt`, `X-ray`: a capital letter joined to a lower-case word is part of a common noun.
    if (next && (/^\p{Lu}-\p{Ll}/u.test(next.text) || (/^\p{Lu}$/u.test(next.text) && next.post === '-' && /^\p{Ll}/u.test(tokens[last + 2]?.text ?? '')))) return last;
    // `... Ahmed Mohamed Image: Twitter`: a caption's label is no part of the name before it.
    if (next && CAPTION_LABELS.has(next.key) && /^:/.test(next.post)) return last;
    // `Kwok Ka-ki`, `Wong Yuk-man`: a given name's syllables joined by a hyphen, the second in lower case.
    // `Organisation for Security and Co-operation in Europe`: a prefix the tokenizer cut from its word stays with it.
    if ((last > first && joinsSyllable(current, next)) || joinsPrefix(current, next) || joinsCompound(current, next, tokens[last + 2], tokens[last + 3])) {
      last++;
      continue;
    }
    // `NASA Bill Ingalls` (a photo credit): an acronym ends before a person's given name and surname.
    // (Capitalized: compromise tags the ezafe of `Lashkar-e-Taiba` a person's word too.)
    const givenName = next !== undefined && next.capitalized && ['Person', 'FirstName', 'MaleName', 'FemaleName'].some((tag) => next.tags.has(tag));
    const surname = tokens[last + 2];
    // The surname is no word or plural of one (`USI Art Collections` is no credit).
    const personAfter = givenName && surname?.capitalized === true && !isEnglishWord(surname) && !isEnglishWord({ key: surname.key.replace(/s$/, '') })
      && !BREAKING_PUNCTUATION.test(next.post);
    // `Clerk of the Privy Council Ann Vale`: nor does a body's head word.
    if (((ACRONYM.test(current.text) && !VESSEL_PREFIXES.has(current.text)) || (organization && ORGANIZATION_HEADS.has(current.key))) && personAfter) return last;
    // `the Office of the Prime Minister Ann Vale`: the person who holds the office is not the body's name.
    if (last === titleEnd && givenName) return last;
    // `ECOWAS Commission President Omar Touray`: after an organization's head word, a title or known name is not its own;
    // after a connector, a title is not (`Museum of Flight CEO Bonnie Dunbar`), but a place is (`University of Southern Indiana`).
    const ends = ORGANIZATION_HEADS.has(current.key) ? startsOther(last + 1) : linked && last + 1 > titleEnd && startsTitle(last + 1);
    // `Peter King, R-N.Y.`, `Ben Judge said`: a title's word right after a given name, with no name after it, is a surname.
    const surnameTitle = last === first && next !== undefined && isGivenNameToken(current) && startsTitle(last + 1)
      && (!tokens[last + 2]?.capitalized || BREAKING_PUNCTUATION.test(next.post));
    // `Ambassador Chen Jun said`: a month's short form with no day after it is a word of the name; so is a length of
    // time after a given name (`David Weeks`), or between two words of a name (`London Weekend Television`).
    const after = tokens[last + 2];
    const when = next?.tags.has('Date') === true && !(/^\p{Lu}\p{Ll}{1,2}$/u.test(next.text) && !/^\d/.test(after?.text ?? '') && !BREAKING_PUNCTUATION.test(current.post))
      && !(next.tags.has('Duration') && ((last === first && isGivenNameToken(current))
        || (after?.capitalized === true && !after.tags.has('Date') && !BREAKING_PUNCTUATION.test(current.post) && !BREAKING_PUNCTUATION.test(next.post))));
    // `Real Madrid`, `AC Milan`: a club's first word before a town's known name makes one name.
    const club = last === first && CLUB_PREFIXES.has(current.key) && /^\s*$/.test(current.post) && startsOther(last + 1);
    // `Special Prosecutor's Office`, `Hamburg Public Prosecutor's Office`: an office's title whose possessive goes on to a
    // body's head word names the office's body, and the words before it are that body's.
    // (The title is looked up only where the name could go on: this runs for every word of every name.)
    const officeEnd = !organization && !BREAKING_PUNCTUATION.test(current.post) && !isGivenNameToken(tokens[first] as Token) ? last + titleLength(last + 1) : last;
    if (officeEnd > last && tokens[officeEnd]?.possessive && tokens[officeEnd + 1]?.capitalized && ORGANIZATION_HEADS.has(tokens[officeEnd + 1]?.key ?? '')) {
      last = officeEnd + 1;
      organization = true;
      continue;
    }
    if (next?.capitalized && !when && (club || (organization ? !ends : !startsOther(last + 1) || surnameTitle))) {
      last++;
      organization ||= ORGANIZATION_HEADS.has(next.key);
      continue;
    }
    // `Ernst & Young`, `Procter & Gamble`: an ampersand between capitalized words joins one organization's name.
    if (next?.text === '&' && tokens[last + 2]?.capitalized && !BREAKING_PUNCTUATION.test(current.post) && !BREAKING_PUNCTUATION.test(next.post)) {
      last += 2;
      firm ||= !organization;
      organization = true;
      continue;
    }
    // `Committee on Standards in Public Life`: after a connector, `in` and capitalized common words, no name among them,
    // go on (not a place: `Ministry of Defence in London`; nor a date: `Ways and Means Committee in March`).
    const domain = linked && next?.key === 'in' && !BREAKING_PUNCTUATION.test(current.post) && tokens[last + 2]?.tags.has('Date') !== true ? commonWordsEnd(tokens, last + 2, startsOther) : undefined;
    if (domain !== undefined) {
      last = domain;
      continue;
    }
    // `UN Mission in Nepal`, `African Union Mission in Somalia`: a mission's name goes on through `in` and the place it
    // is sent to (not a ministry's or an embassy's, named apart from where it sits: `Ministry of Defence in London`).
    if (current.key === 'mission' && current.capitalized && next?.key === 'in' && !BREAKING_PUNCTUATION.test(current.post) && !BREAKING_PUNCTUATION.test(next.post) && startsOther(last + 2)) {
      last = capitalizedRunEnd(tokens, last + 2);
      continue;
    }
    // `Committee to Protect Journalists`, `Alliance to End Hunger`: `to` after a body's head word, before two capitalized
    // common words or more that say what the body is for, goes on (not before a place: `sent the Commission to Kabul`).
    const purpose = ORGANIZATION_HEADS.has(current.key) && next?.key === 'to' && !next.capitalized && !BREAKING_PUNCTUATION.test(current.post) && !BREAKING_PUNCTUATION.test(next.post)
      ? commonWordsEnd(tokens, last + 2, startsOther) : undefined;
    if (purpose !== undefined && purpose > last + 2) {
      last = purpose;
      // (Its subjects may run on as a list: `Global Fund to Fight Aids, Tuberculosis and Malaria`.)
      linked = true;
      organization = true;
      continue;
    }
    let link = last + 1;
    const particle = (token: Token | undefined) => token !== undefined && (NAME_PARTICLES.has(token.text) || (HYPHENED_PARTICLES.has(token.text) && token.post === '-'));
    while (link <= last + 2 && particle(tokens[link]) && !/[,;:()]/.test(tokens[link]?.post ?? '')) link++;
    if (link > last + 1 && tokens[link]?.capitalized && !startsOther(link)) {
      last = link;
      continue;
    }
    link = last + 1;
    while (link <= last + 2 && ORGANIZATION_CONNECTORS.has(tokens[link]?.key ?? '') && !/[,;:()]/.test(tokens[link]?.post ?? '')) link++;
    // `and` continues an organization's name only inside it (`Bureau of Fisheries and ...`), not after its head word
    // (`Washington Post and Chad Smith`) nor after a person (`Rubio and the State Department`).
    const linking = ['of', 'for', 'on'].includes(tokens[last + 1]?.key ?? '');
    // `Council for National Salvation`, `Ministry of Defence`; `Economic Community of West African States`.
    // A place's head word takes `of` and `for` too (`Museum of Flight`, `Centre for Policy Studies`).
    // `Tanya Chan of the Civic Party`: a person's name (no common word in it, or a word tagged as a name) takes no `of`.
    const body = tokens.slice(first, last + 1);
    const personLike = body.some((token) => PERSON_TAGS.some((tag) => token.tags.has(tag))) || body.every((token) => !isEnglishWord(token));
    // `Western Theater Command of the People's Liberation Army`: a body's head word before `of` and a known body names
    // a part of that body, a body of its own.
    // `Members of the University and College Union`: a plural noun opening the sentence is the people of the body after it.
    const people = last === 0 && current.tags.has('Plural');
    const opensName = linking && ((ORGANIZATION_HEADS.has(current.key) && !startsBody(link)) || PLACE_HEADS.has(current.key) || (!personLike && !people && !startsOther(link) && endsInOrganizationHead(tokens, link)));
    // `Court of Appeals and J. Michael Vosk`: `and` before an initial or a given name and another capitalized word
    // joins a person to the body, not a word to its name; so does `and` before a surname and hyphened given name
    // (`Rhee In-je`);
    // `Department of Work and Pensions and the Home Office`: `and the` before a body's name joins a second body.
    const and = tokens[last + 1]?.key === 'and';
    const given = tokens[link + 1];
    const personNext = and && given?.capitalized === true
      && (isInitial(tokens[link]) || isGivenNameToken(tokens[link] as Token) || joinsSyllable(given, tokens[link + 2]));
    const bodyNext = and && tokens[last + 2]?.key === 'the' && (startsBody(link) || endsInOrganizationHead(tokens, link));
    // After a connector a head word is one of the body's subjects, and `and` adds another that heads nothing
    // (`Ministry of Foreign Affairs and Trade`; not `Ministry of Defence and Home Office`).
    const subject = linked && and && !startsOther(link) && !endsInOrganizationHead(tokens, link) && isEnglishWord(tokens[link] as Token);
    // (`Legal & General and Standard Life`: `and` after a firm's partners joins another firm, and so does `and` after a
    // company's legal form: `Vosk Bank NV and Orla Groep NV`.)
    // (A name whose head word opens it, with no connector yet, is whole before `and`: `Barisan Vosk and Pakatan Orla`.)
    const headFirst = ORGANIZATION_HEADS.has(tokens[first]?.key ?? '') && !linked;
    const inside = organization && !firm && !headFirst && !LEGAL_FORM.test(current.text) && (!ORGANIZATION_HEADS.has(current.key) || subject) && !PLACE_HEADS.has(current.key) && !personNext && !bodyNext;
    // `Securities and Exchange Commission`, `Food and Drug Administration`: common words, `and`, and words ending in an
    // organization's head word are one name.
    // A rank's word may open the second part (`Transport and General Workers' Union`).
    // Not in a list of names (`American Airlines, Delta Air Lines and Continental Airlines` are three).
    const listItem = tokens[first - 1]?.capitalized === true && /^,\s*$/.test(tokens[first - 1]?.post ?? '');
    // (Its opening words may be a place's or a people's, or an acronym, no dictionary knows, as long as the words on
    // both sides of `and` are the dictionary's: `British Beer and Pub Association`, `US Patent and Trademark Office`;
    // not `Tata Steel and Tata Motors`, two firms.)
    let named = body.length;
    while (named > 0 && isEnglishWord(body[named - 1] as Token)) named--;
    const worded = named < body.length && !personLike && (named === 0 || isEnglishWord({ key: tokens[link]?.key ?? '' }));
    const joinsWords = tokens[last + 1]?.key === 'and' && link === last + 2 && !listItem && worded
      && (!startsOther(link) || (titleLength(link) > 0 && !ORGANIZATION_HEADS.has(current.key))) && endsInOrganizationHead(tokens, link);
    // `Federal Trade Commission on Wednesday`: a day or month after a connector is when, not a word of the name; nor
    // are a body's members (`European Research Group of Eurosceptic Tory MPs`).
    const dated = tokens[link]?.tags.has('Date') === true;
    // `Quds Force of Iran's Revolutionary Guard`: `of` before a known name's possessive names the body this one is part
    // of (not a possessive of words: `Ministry of Women's Affairs`).
    const partOf = tokens[link]?.possessive === true && startsOther(link);
    const members = PARTY_MEMBERS.has(tokens[capitalizedRunEnd(tokens, link)]?.key ?? '');
    // `Court of Appeals for the 7th Circuit`: an ordinal in figures before a capitalized word is a word of the name.
    const ordinal = ORDINAL_FIGURES.test(tokens[link]?.text ?? '') && tokens[link + 1]?.capitalized === true && !/\S/.test(tokens[link]?.post ?? '');
    // `the Government of Prime Minister Ann Vale`: a title right after `of` and before a person's name is the holder's,
    // whose government or office the words before it name, not a word of a body's name.
    const holder = link === last + 2 && titleLength(link) > 1;
    if (link > last + 1 && (tokens[link]?.capitalized || ordinal) && !dated && !members && !partOf && !holder && !BREAKING_PUNCTUATION.test(tokens[link]?.pre ?? '') && (inside || opensName || joinsWords)) {
      last = link;
      organization = true;
      linked = true;
      // `Office of the Attorney General of Peru`, `Office of the Prime Minister`: an office after the body's
      // `of` is the one it serves, and its words are the name's.
      titleEnd = link + titleLength(link) - 1;
      continue;
    }
    return last;
  }
}

// `Ka-ki`, `Jong-un`, `Che-cheung`, `Kaewsri-arun`: two syllables of a name joined by a hyphen, the second in lower case
// (romanized syllables, or no English word), also before a possessive (`Kim Young-sam's`); not a compound after a name
// (`Trump-backed`, `Biden-era`).
function joinsSyllable(current: Token, next: Token | undefined): boolean {
  return next !== undefined && current.post === '-' && /^\p{Lu}\p{Ll}*$/u.test(current.text) && /^\p{Ll}+(?:['’]s)?$/u.test(next.text)
    && ((isRomanizedSyllable(current.text) && isRomanizedSyllable(next.text)) || !isEnglishWord(next));
}

// `Co-operation`, `Anti-corruption`, `Non-proliferation`: an English prefix joined by a hyphen to a lower-case word.
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['co', 'anti', 'non', 'counter', 'inter', 'multi', 'pan', 'post', 'pre', 'self', 'trans']);
function joinsPrefix(current: Token, next: Token | undefined): boolean {
  return next !== undefined && current.post === '-' && HYPHEN_PREFIXES.has(current.key) && /^\p{Ll}+$/u.test(next.text);
}

// `Murchison Radio-astronomy Observatory`, `Radio-television and Telecommunications Commission`: a capitalized word of
// the dictionary joined by a hyphen to a lower-case one is a compound word of the name when the name goes on after it
// (a capitalized word, or a connector and one); not a compound after a name that ends there (`the Trump-backed
// candidate`).
function joinsCompound(current: Token, next: Token | undefined, after: Token | undefined, afterNext: Token | undefined): boolean {
  if (next === undefined || after === undefined || current.post !== '-' || !/^\p{Lu}\p{Ll}+$/u.test(current.text) || !/^\p{Ll}+$/u.test(next.text)) return false;
  // (`Western-backed Future Movement`, `Kremlin-owned`: a participle after the hyphen makes a modifier, no word of the name.)
  if (!isEnglishWord(current) || !isEnglishWord(next) || /ed$/.test(next.text) || !/^\s+$/.test(next.post)) return false;
  return after.capitalized || (ORGANIZATION_CONNECTORS.has(after.key) && afterNext?.capitalized === true);
}

// The last of the capitalized words of the dictionary from `from` (no name, function word or possessive among them),
// undefined when there is none.
function commonWordsEnd(tokens: readonly Token[], from: number, startsOther: (at: number) => boolean): number | undefined {
  let at = from;
  const common = (token: Token | undefined) => token?.capitalized === true && !token.possessive && !FUNCTION_WORDS.has(token.key) && isEnglishWord(token) && !PERSON_TAGS.some((tag) => token.tags.has(tag));
  while (common(tokens[at]) && !startsOther(at)) {
    if (BREAKING_PUNCTUATION.test(tokens[at]?.post ?? '') || !common(tokens[at + 1])) return at;
    at++;
  }
  return undefined;
}

// `J.`, `R.`: a name's initial.
function isInitial(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}$/u.test(token.text) && /^\./.test(token.post);
}

// A word compromise tags as a given name, or one its lexicon knows as one.
function isGivenNameToken(token: Token): boolean {
  return ['FirstName', 'MaleName', 'FemaleName'].some((tag) => token.tags.has(tag)) || isKnownGivenName(token);
}

// `Peace and Security Council`: the capitalized words after a connector end in an organization word (a bracket ends
// them, as does a possessive, but not a plural's apostrophe: `General Workers' Union`).
function endsInOrganizationHead(tokens: readonly Token[], from: number): boolean {
  return ORGANIZATION_HEADS.has(tokens[headAt(tokens, from)]?.key ?? '');
}

// The last of the capitalized words from `from`, to a pause or a possessive other than a plural's.
function headAt(tokens: readonly Token[], from: number): number {
  let at = from;
  while (tokens[at + 1]?.capitalized && !BREAKING_PUNCTUATION.test(tokens[at]?.post.replace(/^['’]/, '') ?? '') && !/[[(]/.test(tokens[at + 1]?.pre ?? '') && (!tokens[at]?.possessive || isPluralPossessive(tokens[at] as Token))) at++;
  return at;
}

// The last word of a list of capitalized words from `from` that closes with `and` and a capitalized word (`Media and
// Sport`, `Food and Rural Affairs`), past commas; undefined when the words do not make one or name something else
// (`Ministry of Defence, France and Spain`).
function listEndAfter(tokens: readonly Token[], from: number, startsOther: (at: number) => boolean): number | undefined {
  let and = false;
  for (let at = from; at < from + 8; at++) {
    const word = tokens[at];
    if (!word) return undefined;
    if (word.key === 'and') {
      if (and || !tokens[at + 1]?.capitalized) return undefined;
      and = true;
      continue;
    }
    // Subjects are words of the dictionary (`Culture, Media and Sport`), not names (`Justice, Barclays and HSBC`).
    if (!word.capitalized || word.possessive || startsOther(at) || !isEnglishWord(word)) return undefined;
    const next = tokens[at + 1];
    if (and && (!next?.capitalized || BREAKING_PUNCTUATION.test(word.post))) return at;
    if (BREAKING_PUNCTUATION.test(word.post) && !/^,\s*$/.test(word.post)) return undefined;
  }
  return undefined;
}
