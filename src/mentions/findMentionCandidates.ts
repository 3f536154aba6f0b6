import type { GazetteerEntry } from '../knowledge/GazetteerEntry';
import { isPartyOffice } from '../knowledge/isPartyOffice';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { normalizeKey } from '../text/normalizeKey';
import { acceptsEntry } from './acceptsEntry';
import { agreesAsBody } from './agreesAsBody';
import { americanPartyLetter } from './americanPartyLetter';
import { apposedBody } from './apposedBody';
import { apposedPost } from './apposedPost';
import { bodyHeadEnd } from './bodyHeadEnd';
import { bracketedAt } from './bracketedAt';
import { candidateAt } from './candidateAt';
import { capitalizedRunEnd } from './capitalizedRunEnd';
import { classifyNameRun } from './classifyNameRun';
import { clubPostAt } from './clubPostAt';
import { datelineEnd } from './datelineEnd';
import { findNameRunEnd } from './findNameRunEnd';
import { isEnglishWord } from './isEnglishWord';
import { isAdjectiveWord } from './isAdjectiveWord';
import { isFactionWord } from './isFactionWord';
import { isInitialism } from './isInitialism';
import { joinChamberCommittees } from './joinChamberCommittees';
import { lexiconHas } from './lexiconHas';
import { isKnownGivenName } from './isKnownGivenName';
import { isNameWord } from './isNameWord';
import { isOrdinaryPartyWord } from './isOrdinaryPartyWord';
import { isPeople } from './isPeople';
import { isPluralPossessive } from './isPluralPossessive';
import { joinGivenNamePairs } from './joinGivenNamePairs';
import { joinKnownAsNames } from './joinKnownAsNames';
import { joinSpelledOutNames } from './joinSpelledOutNames';
import { joinWordsToCountries } from './joinWordsToCountries';
import { looksLikeGivenName } from './looksLikeGivenName';
import { matchKnownTitleAt } from './matchKnownTitleAt';
import { matchPhraseAt } from './matchPhraseAt';
import { matchTitleAt } from './matchTitleAt';
import type { MentionCandidate } from './MentionCandidate';
import { namedInWords } from './namedInWords';
import { playsMatchAt } from './playsMatchAt';
import { postOfBody } from './postOfBody';
import { namesOrganization } from './namesOrganization';
import { BREAKING_PUNCTUATION, CAPTION_LABELS, isCompanyAbbreviation, CLUB_PREFIXES, FOREIGN_PLACE_HEADS, NUMBERED_BODY_HEADS, ORGANIZATION_CONNECTORS, ORGANIZATION_NOUNS, FUNCTION_WORDS, GENERIC_BODY_WORDS, GROUP_NOUNS, LEGAL_FORMS, NAME_PARTICLES, NAMING_BODY_NOUNS, ORDINAL_FIGURES, ORGANIZATION_HEADS, PARTY_MEMBERS, PERSON_ORGANIZATION_NOUNS, PLACE_BRAND_PREFIXES, PLAYER_POSTS, PORTFOLIO_HEADS, SURNAME_BODY_WORDS, VEHICLE_CLASSES } from './nameWords';
import { opensBodyName } from './opensBodyName';
import { opensCompanyPost, ownsCompanyThing } from './ownsCompanyThing';
import { speaksAsBody } from './speaksAsBody';
import { qualifyGenericBodies } from './qualifyGenericBodies';
import { rankedCompany } from './rankedCompany';
import { staffBefore } from './staffBefore';
import { staffedFacility } from './staffedFacility';
import { listedAfterPluralHonorific } from './listedAfterPluralHonorific';
import { standsAsSurname } from './standsAsSurname';
import { unionPostAt } from './unionPostAt';
import { startsPersonName } from './startsPersonName';
import type { TitleSpan } from './TitleSpan';
import { typeListedNames } from './typeListedNames';

const VENUE_PREPOSITIONS = new Set(['in', 'at']);
// Kinds of known names that are places a person may be named after.
const SURNAME_KINDS: ReadonlySet<string> = new Set(['place', 'capital', 'company']);

// Words after a surname that are part of the name (`Martin Luther King Jr`).
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

// Verbs of working for an employer (`works at X`).
const WORKING = new Set(['work', 'works', 'worked', 'working']);
// The word for a county, written before its name in Ireland and Britain (`Co Antrim`, `County Durham`).
const COUNTY_WORDS: ReadonlySet<string> = new Set(['Co', 'Co.', 'County']);
// Plural jobs held at a firm, not at a place (`analysts at Merrill Lynch`; `workers at Heathrow` work at a place).
const FIRM_JOBS: ReadonlySet<string> = new Set(['analysts', 'economists', 'strategists', 'executives', 'bankers', 'lawyers', 'traders', 'brokers']);
// What one holds in a company (`shares in X`, `a stake in X`).
const STAKES: ReadonlySet<string> = new Set(['shares', 'stake', 'stakes', 'stock', 'shareholding', 'holding', 'holdings', 'investment']);
// How many words a body's name needs for any one word after `, or` to be its short form.
const OR_ALIAS_WORDS = 3;

// Seats held for a constituency (`the MP for Grantham`).
const SEATS: ReadonlySet<string> = new Set(['mp', 'msp', 'mla', 'am', 'mep', 'member', 'candidate', 'councillor', 'congressman', 'congresswoman']);

// Words that open a title before a post (`Deputy general secretary`).
const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['deputy', 'assistant', 'acting', 'former', 'interim', 'new']);

// Military ranks written as a title before a name (`General Ann Vale`).
const RANKS: ReadonlySet<string> = new Set(['general', 'admiral', 'colonel', 'major', 'marshal', 'captain', 'commander']);

// The nouns a party or an alliance of parties goes by (`the Georgian Dream party`, `the Georgian Dream coalition`).
const PARTY_NOUNS: ReadonlySet<string> = new Set(['party', 'coalition', 'alliance', 'bloc']);

// The chair of a board, which no person has (`Santander's chairman`).
const CHAIRS: ReadonlySet<string> = new Set(['chairman', 'chairwoman']);
// Posts only a body gives (`Vela's director`, `Yabloko's leader`), unlike a person's `spokesman` or `adviser`.
const BODY_POSTS: ReadonlySet<string> = new Set([...CHAIRS, 'director', 'treasurer', 'founder', 'owner', 'owners', 'leader']);

const ADJECTIVE: ReadonlySet<string> = new Set(['Adjective']);

// compromise's tags of words that open a sentence and never a name (`But`, `The`, `Yesterday`, `Should`).
const OPENER_TAGS: readonly string[] = ['Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'Adverb', 'Auxiliary', 'Modal', 'Copula', 'Date'];

// A town's offices (`Kyiv Mayor X`), held for the town, not the state whose capital it is.
const TOWN_OFFICES: ReadonlySet<string> = new Set(['mayor', 'lord mayor', 'deputy mayor']);

// A word of capitals only, three or more (`CONCACAF`, `NAFO`).
const ACRONYM = /^[A-Z]{3,}$/;
// A person's two initials written together without stops (`KP`, `PJ`).
const INITIALS = /^[A-Z]{2}$/;

// Currencies, whose country's name or demonym before them names no party (`Swiss francs`).
const CURRENCY_NOUNS: ReadonlySet<string> = new Set(['franc', 'francs', 'dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros', 'yen', 'yuan', 'rupee', 'rupees', 'peso', 'pesos', 'rand', 'rouble', 'roubles', 'ruble', 'rubles', 'krona', 'kronor', 'krone', 'kroner', 'dinar', 'dinars', 'riyal', 'riyals', 'shekel', 'shekels', 'lira']);

// A number that may open a body's name (`19`, `1922`).
const NUMBER_WORD = /^\d+$/;

// Titles of peers, by which a peer is known with the surname alone (`Lord Levy`, `Baroness Mallory`).
const PEERAGES: ReadonlySet<string> = new Set(['lord', 'lady', 'baroness', 'viscount', 'viscountess']);
// Styles a judge is known by with the surname alone, as a peer is by the peerage (`Justice Mann`).
const STYLES: ReadonlySet<string> = new Set([...PEERAGES, 'justice']);
// Words that open an English judge's style before `Justice` (`Mr Justice Mann`, `Lord Justice Mann`): the style is the
// three words, not the American `Justice Mann`.
const JUDGE_STYLE_OPENERS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'lord', 'lady']);

// Royal titles, whose plurals name places and clubs rather than holders (`Queens Park Rangers`, `Kings Cross`).
const ROYAL_TITLES: ReadonlySet<string> = new Set(['queen', 'king', 'prince', 'princess']);

// A post's plural (`MPs`, `Senators`, `Officers`): capitalized, the singular a title or a role noun, not a royal one.
function isPluralPost(word: Token, knowledge: Knowledge): boolean {
  const one = word.key.endsWith('s') ? word.key.slice(0, -1) : '';
  return word.capitalized && one.length > 1 && !ROYAL_TITLES.has(one) && (knowledge.titles.has(one) || knowledge.titleHeads.has(one) || knowledge.roleNouns.has(one));
}

/** Finds the names in one sentence: known names from general knowledge, office titles, and capitalized names by their context. */
export function findMentionCandidates(
  tokens: readonly Token[],
  knowledge: Knowledge,
  heading: boolean,
): { candidates: MentionCandidate[]; titles: TitleSpan[] } {
  const candidates: MentionCandidate[] = [];
  const titles: TitleSpan[] = [];
  const untyped: MentionCandidate[] = [];
  const { gazetteer } = knowledge;
  const titleAt = (at: number) => matchTitleAt(tokens, at, knowledge);
  // `Treasury Secretary X`, `the US treasury secretary`, `Lib Dem Treasury spokesman`, `the Treasury committee`: a body's
  // name ending in a word that is a portfolio too names the portfolio before an office or a body's word.
  const endsInPortfolio = (last: number) =>
    PORTFOLIO_HEADS.has(tokens[last]?.key ?? '') && ((titleAt(last)?.length ?? 0) > 1 || (tokens[last + 1]?.capitalized === false && ORGANIZATION_HEADS.has(tokens[last + 1]?.key ?? '')));
  // Whether the capitalized words from `at` end in a body's head word right before a title (`National Committee Chairman`).
  const bodyBeforeTitle = (at: number) => {
    const last = capitalizedRunEnd(tokens, at);
    for (let end = at; end < last && !tokens[end]?.possessive; end++) if (ORGANIZATION_HEADS.has(tokens[end]?.key ?? '') && titleAt(end + 1)) return true;
    return false;
  };
  const knownAt = (at: number) =>
    gazetteer.starts.has(tokens[at]?.key ?? '')
      ? matchPhraseAt(tokens, at, gazetteer.entries, gazetteer.maxWords, (entries, length) => pickEntry(entries, tokens, at, length) !== undefined && !endsInPortfolio(at + length - 1))
      : undefined;

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    const dateline = datelineEnd(tokens, i);
    if (dateline !== undefined) {
      candidates.push(candidateAt(tokens, i, dateline, 'Location', undefined, titleCase));
      i = dateline + 1;
      continue;
    }
    // `Ted Cruz, R-Texas,`, `(D-Calif.)`: the letter before an American legislator's state names the party.
    const letterParty = americanPartyLetter(tokens, i, knowledge);
    if (letterParty) {
      candidates.push({ first: i, last: i, type: 'Organization', surface: token.text.charAt(0), start: token.start, end: token.start + 1, known: letterParty, needsSupport: false });
      i++;
      continue;
    }
    // `19 Entertainment`, `the 1922 Committee`: a number opening common words that end in a body's head word is the
    // body's first word (not before a known name: `12 Labour Party offices`).
    const end = NUMBER_WORD.test(token.text) && !/\S/.test(token.post) && !knownAt(i + 1) && !titleAt(i + 1) ? bodyHeadEnd(tokens, i + 1) : undefined;
    if (end !== undefined) {
      // `40 Central Reserve Police Force personnel`: a count of what the name's noun after it says.
      const counted = tokens[end + 1] !== undefined && !tokens[end + 1]?.capitalized && tokens[end + 1]?.tags.has('Noun') === true && !tokens[end + 1]?.tags.has('Verb');
      // (`... Court of Appeals`: a name that goes on after a connector is read as names are.)
      const goesOn = ORGANIZATION_CONNECTORS.has(tokens[end + 1]?.key ?? '') && tokens[end + 2]?.capitalized === true;
      if (!counted && !goesOn && tokens.slice(i + 1, end + 1).every((word) => isEnglishWord(word) || ORGANIZATION_HEADS.has(word.key))) {
        candidates.push(candidateAt(tokens, i, end, 'Organization'));
        i = end + 1;
        continue;
      }
    }
    // `Co Antrim`, `County Durham`: a county's word before a known place is part of the place's name, no body's.
    const county = COUNTY_WORDS.has(token.text) ? knownAt(i + 1) : undefined;
    if (county?.value.every((entry) => entry.type === 'Location')) {
      candidates.push(candidateAt(tokens, i, i + county.length, 'Location'));
      i += county.length + 1;
      continue;
    }
    // `Northern Ireland Secretary`: a known office that opens with a known name is the office.
    const known = knownAt(i);
    // (So does a party's word that is a portfolio too: `Labour Minister X`.)
    const longerTitle = known !== undefined && ((matchKnownTitleAt(tokens, i, knowledge)?.length ?? 0) > known.length
      || (known.value.some((entry) => entry.kind === 'party') && (titleAt(i)?.length ?? 0) > known.length));
    // `Dawn Hudson`: a word that is the whole name of one foreign party known only with its country, before a
    // capitalized word that is no given name (`Conservative Jeremy Middleton` is a party's member), body's head,
    // member's noun, title or known name, opens a person's name.
    const following = tokens[i + 1];
    const soleParty = known?.length === 1 && known.value.length === 1 ? known.value[0] : undefined;
    // (The party's whole name, not a member's word for it: `Democrat Ro Khanna`.)
    const givenFirst = soleParty?.kind === 'party' && soleParty.needsCountry === true && soleParty.phrase === soleParty.name && !BREAKING_PUNCTUATION.test(token.post)
      && following !== undefined && !isKnownGivenName(following) && !['FirstName', 'MaleName', 'FemaleName'].some((tag) => following.tags.has(tag))
      && /^\p{Lu}\p{Ll}+$/u.test(following.text) && !ORGANIZATION_HEADS.has(following.key) && !PARTY_MEMBERS.has(following.key) && !knownAt(i + 1) && !titleAt(i + 1);
    if (known && !longerTitle && !givenFirst) {
      const entry = pickEntry(known.value, tokens, i, known.length) as GazetteerEntry;
      const after = i + known.length;
      const next = tokens[after];
      const lastKnown = tokens[after - 1] as Token;
      const party = !lastKnown.possessive ? knownAt(after) : undefined;
      // `Microsoft Corp.`, `Centrica plc`: a listed company's name and its legal forms are the company.
      const legalEnd = entry.kind === 'company' ? legalFormsEnd(tokens, after) : after;
      if (legalEnd > after) {
        candidates.push(candidateAt(tokens, i, legalEnd - 1, 'Organization', entry));
        i = legalEnd;
        continue;
      }
      // `British Labour Party`, `German Social Democrats`: a demonym before its own country's party says which party.
      // So does a country's name (`US Democratic Party`).
      const national = entry.kind === 'demonym' || (entry.type === 'Country' && (entry.kind === 'name' || entry.kind === 'alias'));
      const own = national ? party?.value.find((option) => option.kind === 'party' && option.countryId === entry.entityId && acceptsEntry(option, tokens, after, party.length)) : undefined;
      if (party && own) {
        candidates.push(candidateAt(tokens, i, after + party.length - 1, 'Organization', own));
        i = after + party.length;
        continue;
      }
      // `England and Wales Cricket Board`: two places joined by `and` before capitalized words that end in a body's head
      // word open the body's name.
      const second = entry.type !== 'Organization' && next?.key === 'and' && !BREAKING_PUNCTUATION.test(lastKnown.post) ? knownAt(after + 1) : undefined;
      const jointEnd = second?.value.every((option) => option.type === 'Country' || option.type === 'Location') ? bodyHeadEnd(tokens, after + 1) : undefined;
      if (second && jointEnd !== undefined && jointEnd >= after + 1 + second.length) {
        candidates.push(candidateAt(tokens, i, jointEnd, 'Organization'));
        i = jointEnd + 1;
        continue;
      }
      // `Washington Post`, `Chad Smith`, `Chinese Communist Party`: a known name that runs on into an unknown
      // capitalized word or another country's party is part of another name; a demonym or party word before a person
      // (`Tory Liam Fox`) is not. `Communist Party of China`: a party name of several countries opens a longer one, as
      // a chamber's name many countries share does (`Congress of South African Trade Unions`).
      const partyAfter = party?.value.some((option) => option.kind === 'party') === true;
      // (`Liberal National Party`: a party's word before a party's name ending in `Party` opens a party's longer name.)
      const joinedParties = entry.kind === 'party' && partyAfter && ORGANIZATION_HEADS.has(tokens[after + (party?.length ?? 0) - 1]?.key ?? '');
      // (`Republican National Committee Chairman X`: or a body's name that a title and its holder's name follow.)
      const bodyAfter = namesOrganization(tokens, after) || bodyBeforeTitle(after);
      // (`British Retail Consortium`: a demonym before ordinary words written as a name opens a body's name.)
      const wordsEnd = entry.kind === 'demonym' && !bodyAfter && !next?.tags.has('Organization') ? namedInWords(tokens, after) : undefined;
      // `... to the U.S. The President`: a function word opens a new sentence, not a longer name.
      const runsOn = (next !== undefined && next.capitalized && !FUNCTION_WORDS.has(next.key) && !lastKnown.possessive && !BREAKING_PUNCTUATION.test(lastKnown.post) && !BREAKING_PUNCTUATION.test(next.pre)
        && !titleAt(after) && (!party || (national && partyAfter) || (entry.type !== 'Organization' && bodyHeadEnd(tokens, after) !== undefined) || joinedParties)
        // (An honorific opens a person's name, but takes no possessive: `Los Angeles Sheriff's office`.)
        && !(knowledge.honorifics.has(next.key) && !next.possessive)
        // `Conservative MPs`, `Republican Senators`: a party's members after its word are no part of a name.
        && !(entry.kind === 'party' && PARTY_MEMBERS.has(next.key))
        // `American Express`: or a name compromise knows as a company's, or one written in ordinary words.
        && (entry.kind !== 'demonym' || bodyAfter || next.tags.has('Organization') || wordsEnd !== undefined)
        && (entry.kind !== 'party' || bodyAfter || !startsPersonName(tokens, after) || (namedInWords(tokens, after) !== undefined && !knownAt(after)))
        // `United Kingdom Home Office`, `Pakistan Army`, `Chinese Foreign Ministry`: a country or its demonym before a body every state has is that country's body
        // (qualifyGenericBodies joins them), not part of an unknown name.
        && !(entry.type === 'Country' && GENERIC_BODY_WORDS.has(next.key))
        // `Governor of Washington Chris Gregoire`, `Arlington Amneh Jafari`: a place is no part of the name after it.
        // (Within the phrase: not `Rosario Murillo; Ovidio Reyes`.)
        && !(entry.type !== 'Organization' && looksLikeGivenName(next) && tokens[after + 1]?.capitalized === true && !BREAKING_PUNCTUATION.test(next.post) && !bodyAfter)
        // `Ambassador to Peru Wu Jianhua`, `envoy to the United States X`: the country an envoy is sent to ends there.
        && !(entry.type === 'Country' && (tokens[i - 1]?.key === 'to' || (tokens[i - 1]?.key === 'the' && tokens[i - 2]?.key === 'to'))))
        || ((entry.kind === 'party' || entry.sharedBy !== undefined) && entry.needsCountry === true && ORGANIZATION_HEADS.has(lastKnown.key) && ['of', 'for'].includes(next?.key ?? '')
          && tokens[after + 1]?.capitalized === true && !/[,;:]/.test(lastKnown.post))
        // (`Securities and Exchange Commission of Pakistan`: as does a body's name before `of` and a country's other than
        // the body's own, which names that country's namesake.)
        || (entry.type === 'Organization' && ORGANIZATION_HEADS.has(lastKnown.key) && next?.key === 'of' && !/[,;:]/.test(lastKnown.post)
          && knownAt(after + 1)?.value.some((option) => option.type === 'Country' && option.entityId !== entry.countryId && ['name', 'alias'].includes(option.kind)) === true)
        // `Dominique de Villepin`, `Salvador del Solar`: a given name that is also a country's other name, or a city's
        // one-word name, before a surname's particle.
        || (known.length === 1 && (isKnownGivenName(token) || entry.kind === 'place') && NAME_PARTICLES.has(next?.key ?? '') && tokens[after + 1]?.capitalized === true);
      // `the ruling Georgian Dream party`, `the Georgian Dream coalition`: a demonym and one capitalized word of the
      // dictionary's nouns that names nothing known, before a party's or coalition's noun in lower case, name the party
      // (not an adjective of creed or colour, which many countries' parties share: `the German Green party`).
      const word = tokens[after];
      const partyNoun = tokens[after + 1];
      if (entry.kind === 'demonym' && known.length === 1 && word?.capitalized && !word.possessive && isEnglishWord(word) && !isAdjectiveWord(word) && !knownAt(after) && !ORGANIZATION_HEADS.has(word.key)
        && !BREAKING_PUNCTUATION.test(lastKnown.post) && !BREAKING_PUNCTUATION.test(word.post) && partyNoun?.capitalized === false && PARTY_NOUNS.has(partyNoun.key)) {
        candidates.push(candidateAt(tokens, i, after, 'Organization'));
        i = after + 1;
        continue;
      }
      if (runsOn && wordsEnd !== undefined) {
        candidates.push(candidateAt(tokens, i, wordsEnd, 'Organization'));
        i = wordsEnd + 1;
        continue;
      }
      // `BBC Scotland said`, `Tiscali UK, the internet provider`: a company's, broadcaster's or body's known name and a
      // country's or region's right after it, ending the phrase, name its branch there (not `NATO Afghanistan mission`).
      const branchEnd = party ? after + party.length : after;
      const ends = BREAKING_PUNCTUATION.test(tokens[branchEnd - 1]?.post ?? '') || tokens[branchEnd] === undefined || tokens[branchEnd]?.possessive === true
        || ['Verb', 'Preposition', 'Conjunction'].some((tag) => tokens[branchEnd]?.tags.has(tag) === true) || (tokens[branchEnd - 1]?.possessive ?? false);
      const branch = entry.type === 'Organization' && ['company', 'media', 'organization'].includes(entry.kind) && party !== undefined && !lastKnown.possessive
        && !/\S/.test(lastKnown.post) && party.value.every((option) => option.type === 'Country' || option.kind === 'region') && !tokens[branchEnd]?.capitalized && ends;
      if (branch) {
        candidates.push(candidateAt(tokens, i, branchEnd - 1, 'Organization'));
        i = branchEnd;
        continue;
      }
      // `Space Shuttle Columbia`: a place's name after a vehicle's class word names the vehicle; `the former Soviet
      // republic`, `a former British colony`: a demonym after `former` tells what a thing was, and names no party.
      // `75,000 Swiss francs`, `Hong Kong dollars`: a currency's country names no party (but `Argentina's peso` does).
      const currency = (entry.kind === 'demonym' || entry.type === 'Country') && CURRENCY_NOUNS.has(tokens[i + known.length]?.key ?? '')
        && tokens[i + known.length - 1]?.possessive !== true;
      if ((entry.kind === 'place' && VEHICLE_CLASSES.has(tokens[i - 1]?.key ?? '')) || (entry.kind === 'demonym' && tokens[i - 1]?.key === 'former') || currency) {
        i += known.length;
        continue;
      }
      // `Newcastle chairman Freddy Shepherd`: a town's name before a club's or firm's post and a person's name is the
      // club's or firm's (not `London Mayor X`, an office of the town).
      // (`Leicester beat Bath`, `Yorkshire drew with Kent`: so is a town or region that wins, draws or loses a match.)
      // (`the chairman of Santander`, `Granada's chief executive`: so is a town's name owning a company's post or shares,
      // or after such a post and `of`: a town has a mayor, not a chairman.)
      const places = known.value.every((option) => option.kind === 'place');
      const end = i + known.length - 1;
      const firm = places && ((tokens[end]?.possessive === true && (CHAIRS.has(tokens[end + 1]?.key ?? '') || ownsCompanyThing(tokens, end + 1)))
        || (tokens[i - 1]?.key === 'of' && tokens[end + 1]?.capitalized !== true && (CHAIRS.has(tokens[i - 2]?.key ?? '') || opensCompanyPost(tokens, i - 3))));
      // (`Tottenham have appointed X`: so is a town with a plural verb, as British usage writes clubs.)
      const team = places && known.length === 1 && agreesAsBody(tokens, i);
      if ((places && clubPostAt(tokens, i + known.length)) || firm || team || (known.value.every((option) => option.kind === 'place' || option.kind === 'region') && playsMatchAt(tokens, i, end))) {
        candidates.push({ ...candidateAt(tokens, i, end, 'Organization'), townBody: true });
        i += known.length;
        continue;
      }
      // `Party of the Democratic Revolution (PRD)`: a bracketed acronym names the organization right before it, whatever
      // else general knowledge abbreviates so (Portugal's PRD).
      const written = candidates[candidates.length - 1];
      if (known.length === 1 && bracketedAt(tokens, i) && entry.type === 'Organization' && /^\p{Lu}{2,}$/u.test(token.text) && written?.last === i - 1 && written.type === 'Organization') {
        // (`Socialist Workers' Party (PSOE)`: a name general knowledge does not know is the body its known acronym
        // abbreviates when that body's name ends with it, the rest being its country's demonym: Spanish.)
        const named = !written.known && !written.options && endsName(entry.name, written.surface) ? { ...written, known: { ...entry, phrase: written.surface } } : written;
        if (named !== written) candidates[candidates.length - 1] = named;
        candidates.push({ ...candidateAt(tokens, i, i, named.type, named.known), ...(named.options ? { options: named.options } : {}), sameAs: named });
        i++;
        continue;
      }
      if (!runsOn && !isOrdinaryPartyWord(tokens, i, known.length, entry, knowledge)) {
        // `Kyiv Mayor X`, `the mayor of Moscow`: a capital before or after a town's office is the town, not the state.
        const townOffice = TOWN_OFFICES.has(titleAt(after)?.title.toLowerCase() ?? '') || (tokens[i - 1]?.key === 'of' && TOWN_OFFICES.has(tokens[i - 2]?.key ?? ''));
        const venue = entry.kind === 'capital' && ((VENUE_PREPOSITIONS.has(tokens[i - 1]?.key ?? '') && !GROUP_NOUNS.has(tokens[i - 2]?.key ?? '')) || townOffice);
        // `summit in Addis Ababa` is a venue; `officials in Beijing` and `Beijing said` stand for the state.
        const found = venue ? candidateAt(tokens, i, i + known.length - 1, 'Location') : candidateAt(tokens, i, i + known.length - 1, entry.type, entry);
        const options = entry.countryId ? known.value.filter((option) => option.countryId && acceptsEntry(option, tokens, i, known.length)) : [];
        // `Labour MP X`, `Labour leader`, `Democrat X`: a party word before an office or a name names a party, whatever its country.
        const partyWord = entry.kind === 'party' && (titleAt(after) !== undefined || startsPersonName(tokens, after));
        // `Porsche Chief Executive X`, `Porsche's shares`: a listed company's one word owning what only a company has is
        // the company, whatever person of that surname the article names (`Wolfgang Porsche`).
        const company = entry.kind === 'company' && known.length === 1 && ownsCompanyThing(tokens, after);
        candidates.push(options.length > 1 || entry.needsCountry ? { ...found, options, ...(partyWord ? { partyWord } : {}) } : company ? { ...found, company } : found);
        i += known.length;
        continue;
      }
      // `Senate Majority Leader ...` opening a sentence: an ordinary word that runs on starts a name no more than it would
      // unknown (but a party's word before a body's name opens it: `Republican National Committee Chairman X said`).
      if (entry.needsCountry && !isNameWord(tokens, i) && !(entry.kind === 'party' && bodyAfter)) {
        i++;
        continue;
      }
    }
    // `Unison general secretary X`, `Unison's general secretary, X,`: one word before a general secretary's post and name
    // is the union or party, even a word of the dictionary (not a body's head word or a title's: `Party general secretary
    // X`, `Deputy general secretary`).
    if (token.capitalized && !knownAt(i) && !ORGANIZATION_HEADS.has(token.key) && !knowledge.titleHeads.has(token.key)
      && !TITLE_MODIFIERS.has(token.key) && !isKnownGivenName(token) && unionPostAt(tokens, i + 1, token.possessive)) {
      candidates.push(candidateAt(tokens, i, i, 'Organization'));
      i++;
      continue;
    }
    const title = titleAt(i);
    // `the Prime Minister's Office`: an office's possessive before a body's head word names the office's body.
    const officeBody = title && tokens[i + title.length - 1]?.possessive && ORGANIZATION_HEADS.has(tokens[i + title.length]?.key ?? '') && tokens[i + title.length]?.capitalized;
    if (title && officeBody) {
      candidates.push(candidateAt(tokens, i, i + title.length, 'Organization'));
      i += title.length + 1;
      continue;
    }
    // `General Electric`, `General Dynamics`: a rank before one capitalized word of the dictionary, no surname, is a
    // company's first word, not a general's title.
    if (title?.length === 1 && RANKS.has(token.key) && rankedCompany(tokens, i + 1, knowledge) && !opensBodyName(tokens, i + 1, knowledge)) {
      candidates.push(candidateAt(tokens, i, i + 1, 'Organization'));
      i += 2;
      continue;
    }
    // `General Audit Directorate`, `General Administration of Taxes`, `General Motors`: a title's word opening
    // words that end in a body's head word is the body's first word.
    if (title && !opensBodyName(tokens, i + title.length, knowledge)) {
      const head = tokens[i + title.length - 1]?.key ?? '';
      const words = normalizeKey(title.title).split(' ');
      // `Tory leader`, `Labour's shadow chancellor`: offices a party gives, by their last words or a word like `shadow`;
      // a party's `president` in lower case (`Sinn Fein president X`; `Republican President X` holds the state's).
      const lowerPresident = head === 'president' && tokens[i + title.length - 1]?.capitalized === false;
      const partyOffice = isPartyOffice(words, knowledge) || words.some((word) => knowledge.partyPostModifiers.has(word)) || lowerPresident;
      titles.push({ first: i, last: i + title.length - 1, title: title.title, posting: knowledge.postings.has(head), partyOffice });
      i += title.length;
      continue;
    }
    // A known name that runs on into a longer one (`China Coast Guard`) starts a name wherever it stands; a caption's
    // label (`Image:`) starts none.
    // An ordinary word opening a sentence opens a name when capitalized words after it, no name by themselves, end in a
    // body's head word (`Police Service of Northern Ireland`, `Health Select Committee`). Not a word compromise's lexicon
    // knows as an adjective, as words of place are (`Outside Parliament`). An ampersand joins it to a firm's next
    // partner (`Marks & Spencer`); a player's place and name after it make it a team's (`Arsenal defender X`).
    // (An adjective does, before a plural's possessive: `Professional Footballers' Association`.)
    const pluralNext = tokens[i + 1] !== undefined && isPluralPossessive(tokens[i + 1] as Token);
    const noun = !OPENER_TAGS.some((tag) => token.tags.has(tag)) && !FUNCTION_WORDS.has(token.key) && (!lexiconHas(token.key, ADJECTIVE) || pluralNext) && !BREAKING_PUNCTUATION.test(token.post);
    const opensBody = (noun && tokens[i + 1]?.capitalized === true && !knownAt(i + 1) && !knowledge.chamberWords.has(tokens[i + 1]?.key ?? '') && opensBodyName(tokens, i, knowledge))
      || (noun && !isAdjectiveWord(token) && tokens[i + 1]?.capitalized === false && PLAYER_POSTS.has(tokens[i + 1]?.key ?? '') && startsPersonName(tokens, i + 2))
      || (tokens[i + 1]?.text === '&' && tokens[i + 2]?.capitalized === true && !BREAKING_PUNCTUATION.test(token.post));
    if (!token.capitalized || (CAPTION_LABELS.has(token.key) && /^:/.test(token.post)) || (!known && !isNameWord(tokens, i) && !knowledge.honorifics.has(token.key) && !opensBody)) {
      i++;
      continue;
    }
    // `the Chamber`: a chamber's head word alone could be any country's chamber, and names none (but the one general
    // knowledge gives it in its country's news: `House Speaker X` in American news); it opens a committee's name
    // (`House Armed Services Committee`).
    if (knowledge.chamberWords.has(token.key) && tokens[i + 1]?.key !== 'of' && !opensBodyName(tokens, i + 1, knowledge)) {
      i++;
      continue;
    }
    let first = i;
    // `Mr Prescott`, `Blairite Alan Milburn`: a courtesy title or a faction's word before a name is not part of it.
    // `Justice Department`: a courtesy title's word before a body's head word is the body's first word.
    // `Ms de Palacio`, `Senor de la Rua`: a surname's particles may follow the title.
    // (`Ms Steel`: a courtesy title before a body's word that is a surname too names the person.)
    const named = (at: number) => (tokens[at]?.capitalized === true && (!ORGANIZATION_HEADS.has(tokens[at]?.key ?? '') || (knowledge.courtesyTitles.has(tokens[at - 1]?.key ?? '') && SURNAME_BODY_WORDS.has(tokens[at]?.key ?? ''))))
      || (NAME_PARTICLES.has(tokens[at]?.key ?? '') && (tokens[at + 1]?.capitalized === true || (NAME_PARTICLES.has(tokens[at + 1]?.key ?? '') && tokens[at + 2]?.capitalized === true)));
    // `Swede Anna Berg`: so is a noun for a person of a nation, and a post's plural before the list of its holders
    // (`Labour MPs Ann Vale and Tom Baxter`).
    const describes = (word: Token) => isFactionWord(word) || knowledge.nationals.has(word.key) || isPluralPost(word, knowledge);
    // `Air Vice Marshal X`, `Detective Chief Inspector X`: words of rank before an honorific go with it.
    const honorificEnd = (at: number) => {
      let end = at;
      while (knowledge.rankModifiers.has(tokens[end]?.key ?? '')) end++;
      return knowledge.honorifics.has(tokens[end]?.key ?? '') && named(end + 1) ? end : undefined;
    };
    // (`Nationalist Republican Alliance`: before capitalized words that end in a body's head word, a describing word opens
    // the body's name.)
    while (true) {
      const end = honorificEnd(first);
      if (end !== undefined) first = end + 1;
      else if (describes(tokens[first] as Token) && tokens[first + 1]?.capitalized === true && startsPersonName(tokens, first + 1) && bodyHeadEnd(tokens, first + 1) === undefined) first++;
      else break;
    }
    // A party name several countries share (`Communist Party`) may close a longer name (`Chinese Communist Party`);
    // a courtesy title always opens a new one (`Following Mr Prescott`).
    // A city's or a company's name after a given name is a surname (`Valeska Paris`, `John Bolton`, `Carla Toto`), and so
    // is a people's (`Mike German`).
    // `Mike German`, `Chris French`, `Ray Mali`: a demonym or a country's name is a surname only after a name the
    // lexicon knows as a given name (not after any unknown word: `Sunni Iraqi`).
    const surnameKind = (entry: GazetteerEntry) => SURNAME_KINDS.has(entry.kind) || ((entry.kind === 'demonym' || entry.type === 'Country') && isKnownGivenName(tokens[first] as Token));
    let knownSurname = false;
    // (A company's or a town's name after middle names, initials or a surname's particle too: `Ana Maria Saab`,
    // `Muhammad Abdul Bari`, `Lars von Trier`; after an initial, any first name: `Tore O. Sandvik`.)
    const surnameAt = (at: number, entry: GazetteerEntry) => {
      const given = tokens[first] as Token;
      const middle = tokens.slice(first + 1, at);
      // (After an office's title, any one word before a town's name opens a person's name: `Vice Foreign Minister Wu Dawei`.)
      const named = middle.length === 0
        ? looksLikeGivenName(given) || (entry.kind === 'place' && titles.some((span) => span.last === first - 1))
        : (entry.kind === 'company' || entry.kind === 'place') && middle.every((word) => isInitial(word) || NAME_PARTICLES.has(word.text) || (isKnownGivenName(word) && !BREAKING_PUNCTUATION.test(word.post))) && (looksLikeGivenName(given) || middle.some(isInitial));
      return (knownSurname ||= named && !BREAKING_PUNCTUATION.test(given.post));
    };
    // `Royal Dutch Petroleum`, `British American Tobacco`: a place's or people's name inside capitalized words that end
    // in a body's head word is a word of the body's name, not a name of its own (not after a given name: `Ann Vale`).
    // The words of the known name the run opens with are its own (`New York Stock Exchange` is not cut at `York`).
    const startsOther = (at: number) => {
      if (known && first === i && at < i + known.length) return false;
      // (`Air France`: an airline's first word before its country's name.)
      if (at === first + 1 && PLACE_BRAND_PREFIXES.has(tokens[first]?.key ?? '')) return false;
      const other = knownAt(at);
      const inside = other !== undefined && !isKnownGivenName(tokens[first] as Token) && bodyHeadEnd(tokens, at + other.length) !== undefined;
      // (`All Progressives Congress`, `Random House`: a body's or chamber's head word that names one country's chamber only
      // in that country's news closes the name it ends; `National Security Council`: so does a known body's name
      // ending in a head word after words of the dictionary, which make another body's name of it.)
      const ending = other && tokens[at + other.length - 1]?.key;
      const head = ending !== undefined && at > first && (ORGANIZATION_HEADS.has(ending) || knowledge.chamberWords.has(ending));
      const worded = head && tokens.slice(first, at).every((word) => isEnglishWord(word) && !isKnownGivenName(word));
      const closes = (entry: GazetteerEntry) => entry.type === 'Organization' && entry.kind !== 'party' && ((other?.length === 1 && entry.needsCountry === true) || worded);
      // (`a Georgia Republican`, `a Virginia Democrat`: a party's one word right after a place's name, or after one word an
      // indefinite article opens, and ending the name, is its member's party, not a surname: not `Quebec Liberal Party`.)
      const placeFirst = at === first + 1 && other?.length === 1 && tokens[at + 1]?.capitalized !== true
        && (knownAt(first)?.value.some((option) => option.type === 'Location') === true || ['a', 'an'].includes(tokens[first - 1]?.key ?? ''));
      const starts = (entry: GazetteerEntry) => (entry.kind !== 'party' || !entry.needsCountry || placeFirst) && !(head && closes(entry)) && !(surnameKind(entry) && surnameAt(at, entry)) && !(entry.type !== 'Organization' && inside);
      const title = titleAt(at);
      // (`Army Gen. Ann Vale`: so does a rank's abbreviation before a name.)
      const rank = knowledge.honorifics.has(tokens[at]?.key ?? '') && /^\.\s/.test(tokens[at]?.post ?? '');
      return (title !== undefined && !surnameTitle(at, title.length)) || other?.value.some(starts) === true || ((knowledge.courtesyTitles.has(tokens[at]?.key ?? '') || rank) && tokens[at + 1]?.capitalized === true);
    };
    // `Billie Jean King said`, `Martin Luther King Jr`: a one-word title after a given name, before no name of its own,
    // is a surname (`Don King Productions`: before a body's head word too).
    // (`Peter T. King`: a middle initial's full stop breaks nothing.)
    const surnameTitle = (at: number, words: number) => {
      const next = tokens[at + 1];
      const before = tokens[at - 1];
      const initial = at - 1 > first && before !== undefined && isInitial(before);
      return words === 1 && at > first && isKnownGivenName(tokens[first] as Token) && (initial || !BREAKING_PUNCTUATION.test(before?.post ?? ''))
        && (next === undefined || !next.capitalized || NAME_SUFFIXES.has(next.key) || ORGANIZATION_HEADS.has(next.key) || BREAKING_PUNCTUATION.test(tokens[at]?.post ?? ''));
    };
    const startsBody = (at: number) => knownAt(at)?.value.some((entry) => entry.type === 'Organization' && entry.kind !== 'party') === true;
    const runFrom = (start: number) => findNameRunEnd(tokens, start, startsOther, (at) => titleAt(at)?.length ?? 0, startsBody, known && start === i ? i + known.length - 1 : start);
    // `Prime Minister KP Sharma Oli`: after a title, two capitals general knowledge does not know are a person's
    // initials, not a body's acronym ending before a name (`NASA Bill Ingalls`).
    const initials = !known && first === i && titles.some((span) => span.last === first - 1) && INITIALS.test(tokens[first]?.text ?? '') && /^\s+$/.test(tokens[first]?.post ?? '');
    const shortRun = runFrom(first);
    const runEnd = initials && shortRun === first && tokens[first + 1]?.capitalized === true && startsPersonName(tokens, first + 1) ? runFrom(first + 1) : shortRun;
    // `The Dutchman, who took over`: a noun for a person of a nation, alone, is no one's name (but a masthead's word
    // is, after `The` inside a sentence or before a body's noun: `told The Scotsman`, `the Scotsman newspaper`).
    // (`The Dane, who won the stage,`: so is one that is a given name too, after `the`.)
    const masthead = (first > 1 && tokens[first - 1]?.text === 'The') || ORGANIZATION_NOUNS.has(tokens[first + 1]?.key ?? '');
    const national = knowledge.nationals.has(tokens[first]?.key ?? '') || (tokens[first - 1]?.key === 'the' && knowledge.articleNationals.has(tokens[first]?.key ?? ''));
    if (runEnd === first && national && !masthead) {
      i = first + 1;
      continue;
    }
    // `Channel 4`, `BBC Radio 5`: a broadcaster's word and the number after it are one name.
    const channel = NUMBERED_BODY_HEADS.has(tokens[runEnd]?.key ?? '') && NUMBER_WORD.test(tokens[runEnd + 1]?.text ?? '') && !/\S/.test(tokens[runEnd]?.post ?? '');
    if (channel) {
      candidates.push(candidateAt(tokens, first, runEnd + 1, 'Organization'));
      i = runEnd + 2;
      continue;
    }
    const last = runEnd;
    // `the European Commissioner for Internal Affairs and Migration, X`: a portfolio's words after an office's `for` name
    // what the office holds, no body.
    // (With the portfolios it joins by `and`: `and Migration`.)
    if (tokens[first - 1]?.key === 'for' && PORTFOLIO_HEADS.has(tokens[last]?.key ?? '') && titles.some((span) => span.last === first - 2)) {
      let end = last;
      while (tokens[end + 1]?.key === 'and' && tokens[end + 2]?.capitalized === true && !BREAKING_PUNCTUATION.test(tokens[end]?.post ?? '')) end = capitalizedRunEnd(tokens, end + 2);
      i = end + 1;
      continue;
    }
    // `Major General Tom Okoro`: a rank that opens a title (`General`) leaves the title to be read as one.
    if (first > i && titleAt(first)) {
      i = first;
      continue;
    }
    // (`Prime Minister's Questions`: a title's possessive names what the office has, not its holder.)
    const titled = (titles.some((span) => span.last === i - 1) || first > i) && !tokens[first - 1]?.possessive;
    // `Lord Levy`, `Justice Mann`: the peerage a peer or the style a judge is known by, written before the name.
    const style = first > i && STYLES.has(tokens[first - 1]?.key ?? '') ? tokens[first - 1]?.text : undefined;
    const opener = style?.toLowerCase() === 'justice' && JUDGE_STYLE_OPENERS.has(tokens[first - 2]?.key ?? '') ? tokens[first - 2]?.text : undefined;
    const peerage = opener ? `${opener} ${style}` : style;
    const courtesy = first > i && knowledge.courtesyTitles.has(tokens[first - 1]?.key ?? '') ? tokens[first - 1]?.key : undefined;
    // `King Vosk`: the title a monarch's one name was written after.
    const regnal = titled && first === last ? titles.find((span) => span.last === first - 1 && knowledge.regnalTitles.has(normalizeKey(span.title)))?.title : undefined;
    // `Real Madrid`, `Bayern Munich`: a club's first word before a town's known name is the club; `Air France`, an
    // airline's.
    const prefix = tokens[first]?.key ?? '';
    const club = last === first + 1 && (CLUB_PREFIXES.has(prefix) || PLACE_BRAND_PREFIXES.has(prefix)) && knownAt(last)?.value.some((entry) => entry.type !== 'Organization') === true;
    // `Severn Trent Water`, `Sony Pictures`: a listed company's name opening a longer name opens a company's (its own or
    // another's: a subsidiary keeps its name).
    const opensCompany = first === i && last > first && known?.value.some((entry) => entry.kind === 'company') === true;
    // (`Avenida Paulista`: a street's or square's word of another language opens no given name before a known name.)
    const street = FOREIGN_PLACE_HEADS.has(tokens[first]?.key ?? '');
    const classified = club || opensCompany ? 'Organization' : knownSurname && last === first + 1 && !street ? 'Person' : classifyNameRun(tokens, first, last, titled);
    // `an economist at Merrill Lynch`, `works at Charles Schwab`: the name after a post or a job and `at` is the employer
    // (not a possessor: `a lawyer at John Smith's house`).
    const before = tokens[first - 2]?.key ?? '';
    // `an Emery employee`, `a Pentagon official`: a name between an indefinite article and a post is the employer's too.
    // (Not a body's head word alone: `a Commission spokesperson` is the one Commission the article names in full.)
    const staffOf = ['a', 'an'].includes(tokens[first - 1]?.key ?? '') && knowledge.roleNouns.has(tokens[last + 1]?.key ?? '') && tokens[last + 1]?.capitalized === false
      && !(first === last && ORGANIZATION_HEADS.has(tokens[first]?.key ?? ''));
    // `leader of Amicus`: a name that is no word, after a job's `of`, is the body the job is held at (`professor of
    // Economics` holds a field; `governor of X` may hold a place).
    // Whether the one or two words ending at `end` are a party's or union's post (`leader`, `general secretary`).
    const partyOfficeEndsAt = (end: number) => [1, 2].some((words) => knowledge.partyOffices.has(tokens.slice(end + 1 - words, end + 1).map((word) => word.key).join(' ')));
    // A union's or party's post (`general secretary of Unison`, `leader of Respect`) takes a body however ordinary its one word.
    const bodyPost = first === last && !tokens[last + 1]?.capitalized && !isKnownGivenName(tokens[first] as Token) && partyOfficeEndsAt(first - 2);
    // `leader of the Traditional Unionist Voice`: after a party's or body's post, `of the` and several words name a body,
    // never a person.
    const ofThe = first < last && tokens[first - 1]?.key === 'the' && tokens[first - 2]?.key === 'of' && partyOfficeEndsAt(first - 3);
    // (An office's `president of` may take a place; an acronym of three letters or more is no place general knowledge
    // lacks: `president of CONCACAF`.)
    const acronym = first === last && ACRONYM.test(tokens[first]?.text ?? '');
    const postOf = (tokens[first - 1]?.key === 'of' && ((knowledge.roleNouns.has(before) && (!knowledge.titleHeads.has(before) || acronym) && tokens.slice(first, last + 1).every((word) => !isEnglishWord(word))) || bodyPost)) || ofThe;
    const job = knowledge.roleNouns.has(before) || FIRM_JOBS.has(before) || WORKING.has(before);
    // `said Daniel Keane of Canaccord Adams`: a name after a person's full name and `of` is the body the person is of
    // (a place there is one general knowledge names, or one word that is a given name too: `John Warner of Virginia`).
    const previous = candidates[candidates.length - 1];
    const personsOf = tokens[first - 1]?.key === 'of' && previous?.type === 'Person' && previous.last === first - 2 && previous.first < previous.last && !knownAt(first)
      && !(first === last && (isKnownGivenName(tokens[first] as Token) || tokens[first]?.tags.has('Person') === true));
    const employer = (((tokens[first - 1]?.key === 'at' && job) || postOf || personsOf) && !tokens[last]?.possessive) || staffOf
      || staffBefore(tokens, first, last, knowledge);
    // `International Paper's chairman`: words that tell nothing, owning a post, are the employer's name.
    const postOwner = classified === undefined && first < last && tokens[last]?.possessive === true && (knowledge.roleNouns.has(tokens[last + 1]?.key ?? '') || titleAt(last + 1) !== undefined);
    // `Kessel Trent's shares`, `Vela Holding's board`: words a person's name could be, owning what only a company has.
    // `Vela's director`, `Vela's board`: one such word, when it is no English word, given name or surname, owning a post
    // only bodies give (not `Northern Rock's board` read from `Rock`).
    const lone = tokens[first] as Token;
    const loneBody = first === last && classified === undefined && !knowledge.surnames.has(lone.key) && !isKnownGivenName(lone) && !isEnglishWord(lone)
      && (BODY_POSTS.has(tokens[last + 1]?.key ?? '') || ownsCompanyThing(tokens, last + 1));
    // (A name compromise guessed a place's from a word, `Rio Tinto`, but no place general knowledge names, too.)
    const guessed = classified === undefined || classified === 'Person' || (classified === 'Location' && !knownAt(first));
    // `Ferrari's team principal`: a lone word, a surname's perhaps, owning a post only a body has (not a given name's).
    const postOwning = first === last && !isKnownGivenName(lone) && (opensCompanyPost(tokens, last + 1) || CHAIRS.has(tokens[last + 1]?.key ?? ''));
    const company = tokens[last]?.possessive === true && guessed && ((first < last && (ownsCompanyThing(tokens, last + 1) || CHAIRS.has(tokens[last + 1]?.key ?? ''))) || loneBody || postOwning);
    if (company) {
      candidates.push({ ...candidateAt(tokens, first, last, 'Organization'), company });
      i = last + 1;
      continue;
    }
    const unsure = classified === undefined || classified === 'Person';
    let type = classified;
    // (A name compromise takes for a place's is a club's or firm's too before such a post: `Everton chairman X`; so is
    // one it takes for a person's or cannot tell: `Rangers chairman X`, `West Ham manager X`.)
    const clubPost = (clubPostAt(tokens, last + 1) && ((classified === 'Location' && first === last) || (unsure && !knownAt(first))))
      || (classified === 'Location' && playsMatchAt(tokens, first, last));
    // (`shares in Martha Stewart Living Omnimedia`, `a stake in X`: what one holds shares in is a company.)
    const held = tokens[first - 1]?.key === 'in' && STAKES.has(tokens[first - 2]?.key ?? '') && !tokens[last]?.possessive;
    // (`the director of Urgenda`, `the manager of Tottenham`: a body's post names its body after `of`, a place's
    // name too that general knowledge does not know as one.)
    const postHeldAt = guessed && !tokens[last]?.possessive && postOfBody(tokens, first, { givenName: isKnownGivenName(tokens[first] as Token), place: classified === 'Location' });
    if (postOwner || ((employer || held) && unsure) || clubPost || postHeldAt) type = 'Organization';
    // (`Hutchison Whampoa, the Hong Kong conglomerate`: an apposition headed by a body's noun describes a body.)
    else if (unsure && first < last && !isKnownGivenName(tokens[first] as Token) && apposedBody(tokens, first, last)) type = 'Organization';
    else if ((classified === undefined || classified === 'Location') && apposedPost(tokens, first, last, knowledge)) type = 'Person';
    i = last + 1;
    // `the Congolese army`: a demonym shared by several states, so not known, names a people, not a body or person;
    // so do the plural names of peoples (`Scots`, `Gibraltarians`).
    const abbreviated = candidates[candidates.length - 1];
    // `Rapid Support Forces (RSF)`: the bracketed acronym names what stands right before it.
    // `(PNDS-Tarayya)`, `(PT)`: a short form opening in capitals abbreviates the organization, whatever else its words
    // could be; so does one written as a word from its initials (`Association of Chief Police Officers (Acpo)`), or
    // from another language's (`National Institute for Space Research (Inpe)`: no word of the dictionary nor a known name).
    const shortForm = type === 'Organization' || (abbreviated?.type === 'Organization'
      && (/^\p{Lu}{2,}\b/u.test(tokens[first]?.text ?? '') || isInitialism(tokens[first]?.key ?? '', abbreviated.surface) || (!knownAt(first) && !isEnglishWord(tokens[first] as Token))));
    // `the Revolutionary Armed Forces of Colombia, or FARC,`: so does a short form after `, or`.
    const orForm = tokens[first - 1]?.key === 'or' && /^,/.test(tokens[first - 2]?.post ?? '') && /^[,.;)]/.test(tokens[first]?.post ?? '') && abbreviated?.last === first - 2
      && abbreviated.type === 'Organization';
    // (After a long name, any one word: `the Union of South American Nations, or Unasur,`.)
    const orAlias = orForm && (abbreviated?.surface.split(' ').length ?? 0) >= OR_ALIAS_WORDS;
    if (first === last && ((bracketedAt(tokens, first) && abbreviated?.last === first - 1 && shortForm) || (orForm && (shortForm || orAlias)))) {
      // A name several countries' parties share (`Green Party (GP)`) leaves the acronym as open as the name.
      candidates.push({ ...candidateAt(tokens, first, last, abbreviated.type, abbreviated.known), ...(abbreviated.options ? { options: abbreviated.options } : {}), sameAs: abbreviated });
      continue;
    }
    // (`the Brazilian club Corinthians`: a body's noun before a people's word makes it the body's name.)
    const bodyNamed = tokens[first - 1]?.capitalized === false && NAMING_BODY_NOUNS.has(tokens[first - 1]?.key ?? '');
    if (type === null || (first === last && isPeople(tokens[first] as Token, knowledge) && !bodyNamed)) continue;
    // `at 11:30 BST`, `9 a.m. EST`, `at 0700 BST`: capitals after a clock time (four figures of the 24-hour clock too)
    // are its time zone.
    // (Not a year: `In 2003 EMI held talks`; the hour follows `at`, `by`, `until` or `from`.)
    const clock = tokens[first - 1]?.tags.has('Time') || (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(tokens[first - 1]?.text ?? '') && CLOCK_PREPOSITIONS.has(tokens[first - 2]?.key ?? ''));
    if (first === last && /^\p{Lu}{2,5}$/u.test(tokens[first]?.text ?? '') && clock) continue;
    // `the former Roman Catholic bishop`: a faith's adjective before a common noun is no name.
    if (knowledge.faiths.has(normalizeKey(tokens.slice(first, last + 1).map((token) => token.text).join(' '))) && tokens[last + 1]?.capitalized === false) continue;
    // `the far-right Freedom party`: a party named by one word of the dictionary is named with the word party (not
    // `the Likud party`, whose name is Likud, nor `the Popular Action party`, named in full without it).
    if (type === 'Organization' && first === last && tokens[last + 1]?.key === 'party' && tokens[last + 1]?.capitalized === false && !tokens[last]?.possessive
      && !knownAt(first) && isEnglishWord(tokens[first] as Token)) {
      // (`the Democracy and Progress party`: so is one of two such words joined by `and`.)
      // (The lone word is no name of its own, whatever its shape suggested.)
      const lone = candidates.at(-1)?.last === first - 2 ? candidates.at(-1) : undefined;
      const joined = tokens[first - 1]?.key === 'and' && tokens[first - 2]?.capitalized === true && isEnglishWord(tokens[first - 2] as Token)
        && !FUNCTION_WORDS.has(tokens[first - 2]?.key ?? '') && !BREAKING_PUNCTUATION.test(tokens[first - 2]?.post ?? '')
        && (lone === undefined || (lone.first === first - 2 && lone.needsSupport && lone.known === undefined));
      if (joined && lone) candidates.pop();
      candidates.push(candidateAt(tokens, joined ? first - 2 : first, last + 1, 'Organization'));
      i = last + 2;
      continue;
    }
    // `the Lee government`, `the Bush administration`: a person's government is that person's (the one Lee or Bush
    // named in full, however ordinary the word); another name before the noun names a body (`the Hamas government`).
    // (Not an adjective opening the sentence: `Local government minister X`.)
    const adjective = first === last && first === 0 && isAdjectiveWord(tokens[first] as Token) && !knownAt(first);
    if (!heading && !adjective && PERSON_ORGANIZATION_NOUNS.has(tokens[last + 1]?.key ?? '') && !tokens[last]?.possessive && type !== 'Location') {
      const person = type === 'Person' || (first === last && !knownAt(first) && !/^\p{Lu}+$/u.test(tokens[first]?.text ?? ''));
      // (One word counts only as the surname of a person the article names in full: `the Catalan government` is no one's.)
      candidates.push(person ? { ...candidateAt(tokens, first, last, 'Person'), needsSupport: first === last && type !== 'Person' } : candidateAt(tokens, first, last + 1, 'Organization'));
      i = last + 2;
      continue;
    }
    // `Chelsea have been fined`, `Vela were beaten`: one word no dictionary knows, not plural, with a plural verb names
    // a team or a firm, as British usage writes them; `Vela said it would appeal`: one that speaks of itself as `it`.
    // (Not a common noun's plural opening the sentence: `Supporters said it would restore ...`, `Protesters said`; nor
    // a government's own word: `the Government warned that it would`.)
    const opensWithPlural = first === 0 && tokens[first]?.tags.has('Plural') === true && isEnglishWord({ key: tokens[first]?.key.replace(/s$/, '') ?? '' });
    const governing = PERSON_ORGANIZATION_NOUNS.has(tokens[first]?.key ?? '');
    // (A place general knowledge does not know is its team only with a plural verb, as a known town is above.)
    const asBody = () => (!type || type === 'Person' ? agreesAsBody(tokens, first) || speaksAsBody(tokens, first) : type === 'Location' && agreesAsBody(tokens, first));
    if (!heading && first === last && !titled && !opensWithPlural && !governing && asBody()) {
      candidates.push(candidateAt(tokens, first, last, 'Organization'));
      continue;
    }
    // `Aer Lingus said it would fight`, `Vela Orla, which has 800 staff,`: so do words that read as a person's name only
    // for being no one's dictionary words, wherever else the article writes them (`company`).
    const givenName = isKnownGivenName(tokens[first] as Token) || tokens[first]?.tags.has('FirstName') === true;
    if (!heading && first < last && type === 'Person' && !titled && !givenName && speaksAsBody(tokens, first, last)) {
      candidates.push({ ...candidateAt(tokens, first, last, 'Organization'), company: true });
      continue;
    }
    // `the MP for Grantham and Stamford`: a seat's constituency is a place.
    const constituency = tokens[first - 1]?.key === 'for' && SEATS.has(tokens[first - 2]?.key ?? '') && type !== 'Country';
    // `the chairman of MizMedi Hospital`: a facility with staff is its institution.
    const staffed = type === 'Location' && staffedFacility(tokens, first, last, knowledge);
    // `Communist Party of India (Marxist)`: a bracketed word of doctrine or standing after a body's name is part of it.
    const qualifier = type === 'Organization' && !heading ? bracketedQualifierEnd(tokens, last) : undefined;
    if (qualifier !== undefined) {
      const words = tokens.slice(last + 1, qualifier + 1).map((word) => word.text + (word.post === '-' ? '-' : '')).join('');
      const name = `${candidateAt(tokens, first, last, 'Organization').surface} (${words})`;
      candidates.push({ ...candidateAt(tokens, first, qualifier, 'Organization', undefined, () => name), end: (tokens[qualifier] as Token).end + 1 });
      i = qualifier + 1;
      continue;
    }
    if (type && !heading) {
      const person = type === 'Person';
      // `Jean-Louis said`, `its Weet-Bix cereal`: words joined by hyphens alone are one word, which counts as a person's
      // only if it is the name of one met in full (not `Inzamam-ul-Haq`, names joined by a particle).
      const oneWord = person && !titled && first < last && tokens.slice(first, last).every((token) => token.post === '-')
        && !tokens.slice(first + 1, last).some((token) => NAME_PARTICLES.has(token.key));
      candidates.push({
        ...candidateAt(tokens, first, last, constituency ? 'Location' : staffed ? 'Organization' : type),
        ...(oneWord ? { needsSupport: true } : {}),
        ...(clubPost && type === 'Organization' ? { townBody: true } : {}),
        ...(peerage && person ? { peerage } : {}),
        ...(regnal && person ? { regnal } : {}),
        ...(courtesy && person ? { courtesy } : {}),
        ...(titled && person ? { titled } : {}),
      });
      // `Lord Hunt of Kings Heath`: the place a peer's title is of is no name of its own.
      if (PEERAGES.has(peerage?.toLowerCase() ?? '') && tokens[last + 1]?.key === 'of' && !BREAKING_PUNCTUATION.test(tokens[last]?.post ?? '')) {
        let end = last + 2;
        while (tokens[end]?.capitalized && !BREAKING_PUNCTUATION.test(tokens[end - 1]?.post ?? '')) end++;
        i = Math.max(i, end);
      }
      continue;
    }
    // Lone capitalized words (and names in headings) count only if they turn out to be a person's name met in full.
    if (last === first && constituency) candidates.push(candidateAt(tokens, first, last, 'Location'));
    // (`Justices Toohey, Gaudron and Gummow`: a later name of a list a plural title opens is a person's too.)
    else if (last === first) candidates.push({ ...candidateAt(tokens, first, last, 'Person'), needsSupport: heading || !(standsAsSurname(tokens, first, knowledge) || listedAfterPluralHonorific(tokens, first)) });
    // `Le Guen's reign`: so does a surname opening with its particle, which nothing else types (Paul Le Guen).
    else if (last === first + 1 && NAME_PARTICLES.has(tokens[first]?.key ?? '')) candidates.push({ ...candidateAt(tokens, first, last, 'Person'), needsSupport: true });
    // `called on DP World to ...`: words nothing here types count only as the same words the article types elsewhere
    // (`DP World, the ports operator`); kept apart, so that they shape no other name of the sentence.
    else if (type === undefined) untyped.push({ ...candidateAt(tokens, first, last, 'Person'), needsSupport: true });
  }
  const named = joinKnownAsNames(joinChamberCommittees(typeListedNames(qualifyGenericBodies(joinWordsToCountries(joinGivenNamePairs(joinSpelledOutNames(candidates, tokens), tokens), tokens), tokens), tokens), tokens), tokens);
  return { candidates: [...named.map((candidate) => withOrdinal(candidate, tokens)), ...untyped].sort((a, b) => a.first - b.first), titles };
}


// `the 9th US Circuit Court of Appeals`, `21st Century Fox`, `the 1st Armoured Division`: an ordinal in figures right
// before a body's name no knowledge holds is the name's first word (a court's circuit, a unit's number), as it is
// inside one (`Court of Appeals for the 7th Circuit`).
function withOrdinal(candidate: MentionCandidate, tokens: readonly Token[]): MentionCandidate {
  const before = tokens[candidate.first - 1];
  if (candidate.type !== 'Organization' || candidate.known || !before || !ORDINAL_FIGURES.test(before.text) || /\S/.test(before.post)) return candidate;
  const joined = candidateAt(tokens, candidate.first - 1, candidate.last, 'Organization');
  return { ...candidate, first: joined.first, start: joined.start, surface: joined.surface };
}

function pickEntry(entries: readonly GazetteerEntry[], tokens: readonly Token[], at: number, length: number): GazetteerEntry | undefined {
  return entries.find((entry) => acceptsEntry(entry, tokens, at, length));
}

// Words in brackets after a body's name that tell which of its kind it is, not another name (`(Marxist)`,
// `(Provisional)`); doctrines by their ending (`Maoist`, `Marxist-Leninist`).
const QUALIFIERS: ReadonlySet<string> = new Set(['provisional', 'official', 'revolutionary', 'unified', 'reformed', 'renewed', 'independent']);

// The last word of a bracketed qualifier right after the name ending at `last` (closed right after it), else undefined.
function bracketedQualifierEnd(tokens: readonly Token[], last: number): number | undefined {
  if (!/\($/.test(tokens[last]?.post ?? '') && !/^\($/.test(tokens[last + 1]?.pre ?? '')) return undefined;
  for (let at = last + 1; at <= last + 3; at++) {
    const word = tokens[at];
    if (!word || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(word.text) || !(/ists?$/.test(word.key) || QUALIFIERS.has(word.key))) return undefined;
    if (/^\)/.test(word.post)) return at;
    if (word.post !== '-') return undefined;
  }
  return undefined;
}

function titleCase(surface: string): string {
  return surface.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase());
}

// A middle initial, with or without its full stop (`O.` of `Tore O. Sandvik`).
function isInitial(word: Token): boolean {
  return /^\p{Lu}$/u.test(word.text) && /^\.?\s*$/.test(word.post);
}

// Where the legal forms written after a name that ends before `at` end (`Corp.`, `plc`, `Group Plc`, `& Co.`,
// `& Company`): `at` if none.
function legalFormsEnd(tokens: readonly Token[], at: number): number {
  let end = at;
  const partner = tokens[at + 1];
  if (tokens[at]?.text === '&' && partner !== undefined && (isCompanyAbbreviation(partner) || partner.text === 'Co' || partner.text === 'Company') && !BREAKING_PUNCTUATION.test(tokens[at - 1]?.post ?? '')) end += 2;
  while (LEGAL_FORMS.has(tokens[end]?.key ?? '') && (tokens[end]?.capitalized === true || tokens[end]?.key === 'plc') && !tokens[end - 1]?.possessive
    && !BREAKING_PUNCTUATION.test(tokens[end - 1]?.post ?? '')) end++;
  return end;
}

// Whether the known name `name` ends with the words of `written`, apostrophes and a leading article aside
// (`Spanish Socialist Workers Party` ends with `Socialist Workers' Party`).
function endsName(name: string, written: string): boolean {
  const words = (text: string) => normalizeKey(text.replace(/^the\s+/i, '').replace(/['’]/g, '')).split(' ');
  const full = words(name);
  const tail = words(written);
  return tail.length >= 2 && tail.length < full.length && tail.every((word, k) => word === full[full.length - tail.length + k]);
}

// Prepositions before an hour of the 24-hour clock (`walked out at 0700 BST`).
const CLOCK_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after']);
