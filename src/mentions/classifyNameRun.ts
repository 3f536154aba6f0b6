import type { EntityType } from '../knowledge/EntityType';
import type { Token } from '../text/Token';
import { BREAKING_PUNCTUATION, CLUB_WORDS, FOREIGN_NATIONAL_ADJECTIVES, FOREIGN_PLACE_HEADS, isCompanyAbbreviation, JUDGING_VERBS, MASTHEAD_WORDS, NAME_PARTICLES, NAMING_BODY_NOUNS, NON_ENTITY_HEADS, NON_ORGANIZATION_ACRONYMS, NOT_NAME_TAGS, NUMBERED_BODY_HEADS, ORGANIZATION_CONNECTORS, ORGANIZATION_HEADS, PARTY_MEMBERS, PARTY_STANDINGS, ORGANIZATION_NOUNS, PERSON_TAGS, PLACE_HEADS, PLACE_NOUNS, PLACE_PREPOSITIONS, RELATIVE_PRONOUNS, SAINT_PREFIXES, SPEECH_VERBS, SPORTS, STORM_WORDS, SURNAME_BODY_WORDS, VEHICLE_CLASSES, VERB_ADVERBS, VESSEL_PREFIXES } from './nameWords';
import { isAdjectiveWord } from './isAdjectiveWord';
import { isCommonWord } from './isCommonWord';
import { isEnglishWord } from './isEnglishWord';
import { isKnownGivenName } from './isKnownGivenName';
import { isListedGivenName } from './isListedGivenName';
import { isRomanizedSyllable } from './isRomanizedSyllable';
import { lexiconTags } from './lexiconTags';
import { namesTextAfter } from './namesTextAfter';
import { singularBodyNoun } from './singularBodyNoun';
import { startsPersonName } from './startsPersonName';

// Nouns for a firm, never for a person, which news writes before the firm's name even when it is a person's
// (`the retailer John Lewis`, `the bookmaker William Hill`).
const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'retailer', 'airline', 'carmaker', 'automaker', 'brewer', 'bank', 'chain', 'supermarket', 'grocer', 'conglomerate',
  'consultancy', 'label', 'studio', 'insurer', 'lender', 'manufacturer', 'drugmaker', 'chipmaker', 'housebuilder', 'bookmaker', 'store',
  'startup', 'steelmaker', 'planemaker', 'subsidiary', 'brand', 'refiner', 'distributor', 'exporter',
]);

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
// Nouns of things that initials before them name (`the XCP software`, `CCTV footage`, `the RTS index`), not a body.
const ACRONYM_THING_NOUNS: ReadonlySet<string> = new Set([
  'system', 'systems', 'software', 'index', 'footage', 'camera', 'cameras', 'virus', 'strain', 'vaccine', 'drug', 'motorway', 'road',
  'arena', 'airport', 'franc', 'tax', 'number', 'numbers', 'server', 'servers', 'digger', 'rocket', 'format', 'standard', 'protocol',
  'engine', 'chip', 'chips', 'device', 'devices', 'test', 'tests', 'scan', 'scanner', 'code', 'codes', 'file', 'files', 'technology',
]);
// Nouns for a body, not a trade, that make an acronym of a thing a body's name before them (`the PCS union`).
const ACRONYM_BODY_NOUNS: ReadonlySet<string> = new Set(['union', 'party', 'group', 'association', 'federation', 'agency', 'movement', 'organisation', 'organization', 'charity', 'militia', 'faction', 'campaign']);
// Months' names, but `May`.
const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
// `IE9`, `MH370`: letters and a number make a model's, version's or flight's code (one letter and a number may be a group: `M23`, `G7`).
const MODEL_CODE = /^[A-Z]{2,4}-?\d+$/;
// `(R-Texas)`, `(D-Calif.)`: an American legislator's party and state, no name.
const PARTY_AND_STATE = /^[RDI]-\p{Lu}[\p{L}.]+$/u;
// Common nouns for prizes, after the name a prize is known by.
const PRIZE_WORDS: ReadonlySet<string> = new Set(['award', 'awards', 'prize', 'prizes', 'trophy', 'medal', 'medals', 'lecture']);
// `PlayStation`, `GlaxoSmithKline`, `BSkyB`: a capital after a small letter inside a word of four letters or more marks
// a brand's or a firm's name (`PhD` is a degree); a person's only after a surname's prefix (`McLaren`, `DiCaprio`,
// `LaHood`, `VanDyke`, `O'Neill` is no such word).
const BRAND_WORD = /^(?!Mc|Mac|Di|De|Da|La|Le|Van|Von|Fitz)(?=\p{L}{4})\p{Lu}\p{L}*\p{Ll}\p{Lu}/u;
// Nouns for a settlement or an area, whose name `of` gives (`the city of X`).
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'resort', 'port', 'suburb', 'province', 'region', 'district', 'county', 'island', 'state', 'municipality', 'neighbourhood', 'neighborhood',
]);
// Place words that are also surnames.
const SURNAME_PLACE_WORDS: ReadonlySet<string> = new Set([
  'hall', 'park', 'temple', 'street', 'tower', 'bridge', 'forest', 'hill', 'field', 'wood', 'lane', 'brook', 'ford', 'marsh', 'banks', 'mills', 'moss', 'lake', 'rivers',
]);
// Heads of names of texts and events that are common surnames too (`Peter Law`, `Doris Day`); not `Cup` (`Stanley Cup`).
const SURNAME_TEXT_WORDS: ReadonlySet<string> = new Set(['law', 'day', 'fair']);
// `Secunia.com`: a web address names a site.
const WEB_ADDRESS = /\.(?:com|org|net|gov|edu|info|io)$/i;

// `NATO`, `VMRO-DPMNE`, `OGB-L`: one all-capital word, or several joined by hyphens (the last may be a letter).
function isAcronym(run: readonly Token[]): boolean {
  return run.every((token, i) => {
    const text = token.text.replace(/['’]s$/, '');
    return (ACRONYM.test(text) || (i > 0 && /^[A-Z]$/.test(text))) && (i === run.length - 1 || token.post === '-');
  });
}

/**
 * What a capitalized name found by its shape names, from its words and its context: `null` for names of texts and
 * events, products and vehicles (`Mutual Defense Treaty`, `Space Shuttle Discovery`, `IE9`), undefined when nothing tells.
 */
export function classifyNameRun(tokens: readonly Token[], first: number, last: number, titled: boolean): EntityType | null | undefined {
  const run = tokens.slice(first, last + 1);
  const lastToken = run[run.length - 1] as Token;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  // The head word is the last one, or the one before `of` (`Museum of Flight`, `Gulf of Mexico`, `Ministry of Defence`).
  const of = run.findIndex((token, k) => k > 0 && (token.key === 'of' || token.key === 'for'));
  const head = of > 0 ? (run[of - 1] as Token) : lastToken;
  // A name of two or three words opening with a given name, or written after a title, whose last word may be a surname.
  const personal = run.length >= 2 && run.length <= 3 && (titled || (run[0]?.tags.has('FirstName') ?? false) || isKnownGivenName(run[0] as Token));
  // `Peter Law`, `Doris Day`: a given name or a title before a word that heads names of texts and events is a surname.
  const surname = run.length === 2 && personal && SURNAME_TEXT_WORDS.has(head.key);
  // `Helen Steel`, `Ms Steel`: so is a body's head word after a known given name or a title (not `Grace Church`,
  // written after `the`).
  if (run.length <= 2 && SURNAME_BODY_WORDS.has(head.key) && (titled || (run.length === 2 && isKnownGivenName(run[0] as Token))) && before?.key !== 'the') return 'Person';
  if (run.length > 1 && ((NON_ENTITY_HEADS.has(head.key) && !surname) || VESSEL_PREFIXES.has(run[0]?.text ?? '') || STORM_WORDS.has(run[0]?.text ?? '') || STORM_WORDS.has(`${run[0]?.text} ${run[1]?.text}`))) return null;
  if (namesThing(run, lastToken, after, tokens[last + 2]) || productBefore(tokens, first)) return null;
  // `since January`, `in June`: a month alone is a date, however compromise tags it (`May` is a surname as often, but
  // no place: `fell in May`); `"Sir, I salute you"`, `voted No`: the pronoun `I` and a referendum's answer are no names.
  const monthIn = lastToken.key === 'may' && PLACE_PREPOSITIONS.has(before?.key ?? '') && before?.key !== 'from';
  if (run.length === 1 && (MONTHS.has(lastToken.key) || monthIn || ['I', 'No', 'Yes'].includes(lastToken.text))) return null;
  // `the Champions League`, `the AFC Champions League`, `the Diamond League`: competitions named a league, which a body
  // named elsewhere runs, are events, not bodies (a league of clubs is one: `Premier League`, `Arab League`).
  if (run.length > 1 && lastToken.key === 'league' && COMPETITION_LEAGUE_WORDS.has(run[run.length - 2]?.key ?? '')) return null;
  // `insulted Islam`, `a critic of Islam`: a faith's name alone is no one's, though `Islam` is a surname after a given
  // name (`Yusuf Islam`), and no party of a relation either.
  if (run.length === 1 && !titled && FAITH_NAMES.has(lastToken.key)) return null;
  // `Aid agencies estimate`, `Rail union threatens strike`: an ordinary word opening the sentence before a body's common
  // noun qualifies the noun, and names no body (compromise tags both words a company's); `party` is left to the
  // party's own rule (`Freedom party`).
  const commonBodyNoun = after !== undefined && !after.capitalized && after.key !== 'party' && singularBodyNoun(after.key) !== undefined;
  if (run.length === 1 && first === 0 && commonBodyNoun && isEnglishWord(lastToken) && !/\S/.test(lastToken.post)) return null;
  // `General Security of Military Information Agreement`: words before `of` and a text's or event's name are its first.
  if (!personal && namesTextAfter(tokens, last + 1)) return null;
  // `MPs said`, `Senators voted`: members of a body, no one's name.
  if (run.length === 1 && PARTY_MEMBERS.has(lastToken.key)) return null;
  // `Stuart Hall`, `Shirley Temple`, `Marc Lamont Hill`, `Defence Secretary Lee Park`: a given name or a title before a
  // place word is a person's.
  const givenName = personal && SURNAME_PLACE_WORDS.has(head.key);
  // A facility's word before `for` names the body it houses (`Centre for Policy Studies`, `Museum for ...`).
  if (run.length > 1 && PLACE_HEADS.has(head.key) && !givenName) return run[of]?.key === 'for' ? 'Organization' : 'Location';
  // (`Plaza de Mayo`, `Palazzo Chigi`: so is a square's, street's or palace's word of another language, first.)
  if (run.length > 1 && FOREIGN_PLACE_HEADS.has(run[0]?.key ?? '') && !titled) return 'Location';
  // `Toronto Star`, `Edmonton Sun`: a place and a masthead word name a newspaper; `Leeds United`, a club.
  // `Ernst & Young`: an ampersand joins the names of a firm's partners.
  // `Deutsche Shell`, `Norske Skog`: a national adjective of another language opens a company's or body's name.
  if (run.length > 1 && (run.some((token) => ORGANIZATION_HEADS.has(token.key) || token.text === '&' || isCompanyAbbreviation(token)) || MASTHEAD_WORDS.has(lastToken.key) || CLUB_WORDS.has(lastToken.key) || FOREIGN_NATIONAL_ADJECTIVES.has(run[0]?.key ?? ''))) return 'Organization';
  // `UK Athletics`, `Zimbabwe Cricket`, `USA Cycling`: a sport's name with a country's is the sport's governing body
  // there, not a place (not a person's: `Ann Cricket`).
  if (run.length > 1 && !personal && run.some((token) => SPORTS.has(token.key))) return 'Organization';
  // `NATO`, `VMRO-DPMNE`; but `GDP`, `HTML`, `QC` name no body, nor anyone, unless a body's noun follows (`the PCS union`;
  // not a trade's: `the PC maker`).
  const bodyNoun = after !== undefined && !after.capitalized && ACRONYM_BODY_NOUNS.has(after.key) && !/\S/.test(lastToken.post);
  // (`the XCP software`, `CCTV footage`, `the ICI system`, `the M3 motorway`: initials before a thing's noun name the thing.)
  const thing = after !== undefined && !after.capitalized && ACRONYM_THING_NOUNS.has(after.key) && !/\S/.test(lastToken.post) && !lastToken.possessive;
  if (isAcronym(run)) return (NON_ORGANIZATION_ACRONYMS.has(lastToken.key) && !bodyNoun) || thing ? null : 'Organization';
  if (run.length === 1 && BRAND_WORD.test(lastToken.text)) return 'Organization';
  // `Ipsos MORI`, `Vela KPN`: a word of three capitals or more ending a name is a body's initials, no part of a person's
  // name (a Roman numeral is: `John Paul III`; so is a surname in capitals after a given name: `Ann VALE`), nor a
  // place's (`pro-Beijing DAB` is two names).
  const initials = /^[A-Z]{3,}$/.test(lastToken.text.replace(/['’]s?$/, '')) && !/^[IVXLC]+$/.test(lastToken.text);
  // (compromise may read the initials themselves as a given name: `Provisional IRA`.)
  if (run.length > 1 && initials && !isKnownGivenName(run[0] as Token) && !run.slice(0, -1).some((token) => token.tags.has('FirstName') || token.tags.has('Place'))) return 'Organization';
  // `the Redmond-based company`, `Orla-born`: a name joined to `based` or `born` is a place.
  if (run.length === 1 && lastToken.post === '-' && ['based', 'born', 'headquartered'].includes(after?.key ?? '')) return 'Location';
  if (titled) return 'Person';
  // `the Alternative Democratic Pole`, `Civic Nationalist Union`: a political creed's adjective in a name of two words or
  // more that opens with no given name and ends in a noun names a party or movement; no one's name holds one. (Names
  // ending in an adjective are cut short or qualify something else: `Social Democratic`, `Republican presidential`; one
  // before `of` and a name may run on: `Democratic Choice of Kazakhstan`.)
  const runsOn = after?.key === 'of' && tokens[last + 2]?.capitalized === true;
  const nounEnd = !CREED_ADJECTIVES.has(lastToken.key) && !PARTY_MEMBERS.has(lastToken.key) && !lastToken.tags.has('Adjective') && !runsOn;
  if (run.length > 1 && !personal && nounEnd && run.some((token) => CREED_ADJECTIVES.has(token.key))) return 'Organization';
  // `San Bruno`, `Santa Maria`, `Sao Bernardo do Campo`: a saint's title in Spanish, Italian or Portuguese opening a
  // name is a place's, named after the saint (a body's name ends in its head word, read above: `San Miguel Corporation`).
  if (run.length > 1 && SAINT_PREFIXES.has(run[0]?.key ?? '')) return 'Location';
  // `the eastern city of Santa Cruz`, `the resort of Gros Islet`: a name after a settlement's or area's noun and `of` is the place.
  if (before?.key === 'of' && SETTLEMENT_NOUNS.has(tokens[first - 2]?.key ?? '') && tokens[first - 2]?.capitalized === false) return 'Location';
  // `at Ebbw Vale leisure centre`, `the Sellafield nuclear plant`: a name qualifying a facility in lower case is the place's.
  if (!lastToken.possessive && facilityAfter(tokens, last)) return 'Location';
  // compromise tags a person's possessive before a company as the company's (`Ann Vale's Orlak Holdings`): a given name
  // opening the name outweighs that tag.
  const opening = run[0] as Token;
  const possessor = run.length > 1 && lastToken.possessive && (PERSON_TAGS.some((tag) => opening.tags.has(tag)) || isKnownGivenName(opening));
  // compromise's lexicon knows a company's one-word name where its tagger read the word otherwise (`Sony chairman`).
  // (`Christine Blasey Ford`: words compromise took for a company's, after a given name that is none, are a surname.)
  const companySurname = run.length >= 2 && run.length <= 3 && !titled && PERSON_TAGS.some((tag) => opening.tags.has(tag)) && !opening.tags.has('Organization');
  if ((run.some((token) => token.tags.has('Organization')) || (run.length === 1 && lexiconTags(lastToken.key) === 'Organization')) && !possessor && !companySurname) return 'Organization';
  // `the localist group Civic Passion`: a common noun for an organization before a name outweighs compromise's guess of
  // a person, unless the name opens with a given name.
  const organizationNoun = before !== undefined && !before.capitalized && !before.possessive && NAMING_BODY_NOUNS.has(before.key);
  // `Ma's ruling Kuomintang`, `the opposition Fidesz`: so does a word placing a party in or out of power, before a name
  // that ends here (not one cut by a known name or running on: `the ruling United Russia`, `the opposition Blue and White`).
  const ends = after === undefined || BREAKING_PUNCTUATION.test(lastToken.post) || (!after.capitalized && !ORGANIZATION_CONNECTORS.has(after.key) && after.key !== '&');
  const standing = before !== undefined && !before.capitalized && PARTY_STANDINGS.has(before.key) && ends;
  // (A firm's noun names one opening with a given name too, `the retailer Oliver Bonas`, `the bookmaker William Hill`,
  // right before it and with no verb after it: `the company John Smith founded` is a clause about the person.)
  const clause = after !== undefined && !after.capitalized && after.tags.has('Verb') && !BREAKING_PUNCTUATION.test(lastToken.post);
  const firm = before !== undefined && FIRM_NOUNS.has(before.key) && !before.capitalized && /^\s*$/.test(before.post) && run.length > 1 && !clause;
  if ((organizationNoun || standing) && (!run[0]?.tags.has('FirstName') || firm)) return 'Organization';
  // `the ruling Nur Otan party`: a name between `the` (or a party's standing) and the word `party` is the party's, even
  // one opening with a given name.
  if (after?.key === 'party' && !after.capitalized && !lastToken.possessive && (before?.key === 'the' || standing)) return 'Organization';
  // `Russia's Volk mercenary group`, `the Hamas militant group`: a name before a common noun for an organization
  // (up to two words qualifying it) is the organization's, even a word that is a surname too.
  // (Not an adjective alone: `the Western alliance`.)
  if (/^\p{Lu}\p{Ll}/u.test(run[0]?.text ?? '') && !run[0]?.tags.has('FirstName') && !(run.length === 1 && isAdjectiveWord(opening)) && namesGroupAfter(tokens, last)) return 'Organization';
  const personTagged = run.some((token) => PERSON_TAGS.some((tag) => token.tags.has(tag)));
  // (`a rally in Hayes`: a lone surname after a preposition of place is the town named so.)
  const placed = run.length === 1 && before !== undefined && PLACE_PREPOSITIONS.has(before.key) && before.key !== 'from';
  if (personTagged && (run.length > 1 || (lastToken.tags.has('LastName') && !placed))) return 'Person';
  // `the Awami League party`, `Likud party leader`: a name before the word party is the party's; `the union Unison`,
  // `Unison, the public sector union,`: a name a common noun for an organization qualifies is an organization's.
  if (after?.key === 'party' && !after.capitalized) return 'Organization';
  if (organizationNoun || apposedOrganizationNoun(tokens, last)) return 'Organization';
  // compromise tags `Marc Lamont Hill` and `Park Joo-ho` as places for their last or first word: a known given name first,
  // or a given name's hyphenated syllables, make a person's name; so does a given name compromise does not know, first
  // of two or three words (`Domenico De Sole`), unless a plural noun ends them (`Neo Democrats`).
  const pluralEnd = /s$/.test(lastToken.key) && isEnglishWord(lastToken);
  const listed = run.length > 1 && run.length <= 3 && isListedGivenName(run[0] as Token) && !pluralEnd;
  const givenNameFirst = run.length > 1 && (isKnownGivenName(run[0] as Token) || listed);
  const syllables = run.length > 1 && run.length <= 3 && hyphenatedSyllables(run);
  // (`Marine Le Pen`, `Robert De Niro`: a capitalized particle between two words opens a surname, whatever the first
  // word, unless the last word is a place's or a body's, `Banco De Chile`, or the first is a particle too, `La La Land`.)
  const particled = run.length === 3 && NAME_PARTICLES.has(run[1]?.key ?? '') && run[1]?.capitalized === true && !NAME_PARTICLES.has(run[0]?.key ?? '')
    && !lastToken.tags.has('Place') && !ORGANIZATION_HEADS.has(lastToken.key);
  if (givenNameFirst || syllables || particled) return 'Person';
  if (PLACE_NOUNS.has(after?.key ?? '') || (run.length === 1 && PLACE_PREPOSITIONS.has(before?.key ?? '')) || run.some((token) => token.tags.has('Place'))) {
    return 'Location';
  }
  // Reporting context: `Andriy Yermak, head of ...`, `Andriy Yermak said`.
  // A plural noun ending the name is a group's (`the Welsh Liberal Democrats, who`), not a person's.
  const plural = /s$/.test(lastToken.key) && isEnglishWord(lastToken);
  const apposedWho = /,/.test(lastToken.post) && ['who', 'head', 'leader', 'chief'].includes(after?.key ?? '');
  if (apposedWho && plural && run.length > 1) return 'Organization';
  // `Unions warned`, `Analysts said`, `Opponents, who`: a plural common noun opening the sentence names a group, not a
  // person. `The Commission said`: a body's head word alone is no one's name either.
  const lonePlural = run.length === 1 && (plural || ORGANIZATION_HEADS.has(lastToken.key));
  // (Not words of the dictionary after `for` or `of`, which name an office's field: `the High Commissioner for Human
  // Rights, said`.)
  const field = ['for', 'of'].includes(before?.key ?? '') && !personTagged && run.every((token) => isEnglishWord(token));
  const spoken = (SPEECH_VERBS.has(after?.key ?? '') || apposedWho) && !lonePlural && !field;
  if (spoken || (personTagged && run.length > 1)) return 'Person';
  // Two or three words compromise does not know make a person's name when the first is no English word either (`Imogen
  // Hale`; not `Sea Org`), none is a code in capitals (`Windows XP`) and the last is no plural noun (`Neo Democrats`).
  const unknown = run.every((token) => !isCommonWord(token) && !/^[A-Z]{2,}$/.test(token.text));
  // (`Pakatan Rakyat leader Anwar Ibrahim`, `the Pakatan Rakyat alliance`: such words before a body's post in lower case
  // and another name, or before a noun for an alliance, name a body: a person has no leader, nor is an alliance.)
  const bodyAfter = after !== undefined && !after.capitalized && !lastToken.possessive && !BREAKING_PUNCTUATION.test(lastToken.post)
    && ((BODY_POST_WORDS.has(after.key) && startsPersonName(tokens, last + 2)) || ALLIANCE_NOUNS.has(after.key));
  if (run.length >= 2 && run.length <= 3 && unknown && bodyAfter) return 'Organization';
  // (`died in Isla Negra`, `a house in Barra da Tijuca`, `fighting in the Cordillera del Condor`: such words after a
  // preposition of place, perhaps with `the`, name the place; a person is rarely `in` anyone, and not by unknown words.)
  const preposition = before?.key === 'the' ? tokens[first - 2] : before;
  const placedRun = preposition !== undefined && PLACE_PREPOSITIONS.has(preposition.key) && preposition.key !== 'from' && preposition.key !== 'into' && !lastToken.possessive;
  if (run.length >= 2 && run.length <= 3 && unknown && placedRun) return 'Location';
  if (run.length >= 2 && run.length <= 3 && unknown && !isEnglishWord(run[0] as Token) && !plural) return 'Person';
  if (run.length === 1 && judgesOrJudged(tokens, first)) return 'Person';
  // `accused Gate Gourmet of`, `Premier Rugby condemned`: ordinary words, capitalized, that judge or are judged name a
  // body (a person's name with a given name was read above).
  if (run.length > 1 && run.every((token) => isEnglishWord(token)) && judgesOrJudged(tokens, first, last)) return 'Organization';
  return undefined;
}

// The words before `League` in the names of competitions (`Champions League`, `Europa League`, `Nations League`).
const COMPETITION_LEAGUE_WORDS: ReadonlySet<string> = new Set(['champions', 'europa', 'nations', 'diamond']);

// The names of faiths (`Islam`, `Christianity`).
const FAITH_NAMES: ReadonlySet<string> = new Set(['islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'sikhism']);

// Adjectives of political creeds, as parties and movements name themselves.
const CREED_ADJECTIVES: ReadonlySet<string> = new Set([
  'democratic', 'republican', 'socialist', 'communist', 'liberal', 'conservative', 'progressive', 'nationalist', 'patriotic',
  'revolutionary', 'populist', 'islamist', 'marxist', 'leninist', 'maoist', 'federalist', 'unionist', 'separatist',
]);

// Posts only a body has, written in lower case between its name and its holder's (`X leader Y`); not a spokesman or an
// aide, whom a person has too.
const BODY_POST_WORDS: ReadonlySet<string> = new Set(['leader', 'chairman', 'chairwoman', 'chair', 'president', 'founder']);
// Nouns for bodies made of other bodies, after their name (`the Pakatan Rakyat alliance`).
const ALLIANCE_NOUNS: ReadonlySet<string> = new Set(['alliance', 'coalition', 'bloc', 'front']);

// `Vosk has criticized X`, `Orlak, too, has criticized`, `praised Vosk for`: a name (tokens `at` to `last`), not after
// an article or a modifier (`the Taoiseach dismissed`), subject or object of a verb of judging.
function judgesOrJudged(tokens: readonly Token[], at: number, last = at): boolean {
  const token = tokens[last] as Token;
  const before = tokens[at - 1];
  if (NOT_NAME_TAGS.some((tag) => token.tags.has(tag)) || ORGANIZATION_HEADS.has(token.key)) return false;
  if (before && ['Determiner', 'Adjective', 'Possessive'].some((tag) => before.tags.has(tag))) return false;
  let verb = last + 1;
  while (VERB_ADVERBS.has(tokens[verb]?.key ?? '')) verb++;
  // A pause after the name ends its phrase, but for `too` (`Sea-Watch, a charity in the Mediterranean, denounced`).
  const paused = BREAKING_PUNCTUATION.test(token.post) && tokens[last + 1]?.key !== 'too';
  const subject = JUDGING_VERBS.has(tokens[verb]?.key ?? '') && !paused;
  // Not a word qualifying the noun after it (`accused Western members`), nor owning it (`rejected Unison's claim` is a
  // union's as often as a person's).
  const after = tokens[last + 1];
  const object = JUDGING_VERBS.has(before?.key ?? '') && !token.possessive && !(after !== undefined && !after.capitalized && after.tags.has('Noun'));
  return subject || object;
}

// Common nouns for products and works, in lower case before a product's or work's own name (`the arthritis drug X`,
// `the rival drugs X and Y`, `the novel X`).
const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  'drug', 'drugs', 'medicine', 'medicines', 'vaccine', 'vaccines', 'painkiller', 'painkillers', 'pill', 'pills', 'antidepressant',
  'smartphone', 'smartphones', 'handset', 'handsets', 'browser', 'console', 'novel', 'album', 'film', 'movie', 'musical', 'opera',
]);

// A product's noun before the name, or before a name and `and` before it (`drugs Celebrex and Bextra`).
function productBefore(tokens: readonly Token[], first: number): boolean {
  const noun = (at: number) => tokens[at]?.capitalized === false && PRODUCT_NOUNS.has(tokens[at]?.key ?? '') && !/\S/.test(tokens[at]?.post ?? '');
  return noun(first - 1) || (tokens[first - 1]?.key === 'and' && tokens[first - 2]?.capitalized === true && noun(first - 3));
}

// A product, vehicle, edition or code rather than a body or person: `Space Shuttle Discovery`, `Internet Explorer 6`,
// `STS-1`, `IE9`, `XVII`, `Secunia.com`, `R-Texas`, and a common word set in capitals for emphasis (`UNLESS`).
function namesThing(run: readonly Token[], lastToken: Token, after: Token | undefined, counted: Token | undefined): boolean {
  const words = run.map((token) => token.key);
  if (VEHICLE_CLASSES.has(words.slice(0, 2).join(' ')) || VEHICLE_CLASSES.has(words[0] ?? '')) return true;
  // (Not a number counting time: `toppling Prime Minister X 13 months after he took office`.)
  const numbered = after !== undefined && /^\d+$/.test(after.text) && /^[ -]$/.test(lastToken.post) && !lastToken.possessive && !counted?.tags.has('Duration');
  if (numbered && !NUMBERED_BODY_HEADS.has(lastToken.key)) return true;
  // `the Alexander Korda award`, `four Olivier awards`: a name before a prize's word names the prize.
  if (after !== undefined && !after.capitalized && PRIZE_WORDS.has(after.key) && !lastToken.possessive && !/\S/.test(lastToken.post)) return true;
  if (run.length > 1) return false;
  const text = lastToken.text.replace(/['’]s$/, '');
  if (MODEL_CODE.test(text) || WEB_ADDRESS.test(text) || PARTY_AND_STATE.test(text) || lastToken.tags.has('RomanNumeral')) return true;
  // Short acronyms are often words too (`DAB`, `CAT`); a longer capitalized word is shouted.
  return /^[A-Z]{4,}$/.test(lastToken.text) && !lastToken.tags.has('Acronym') && isEnglishWord(lastToken);
}

// `Park Joo-ho`, `Kwong Chun-yu`, `Leung Che-cheung`: a name ending in two short syllables joined by a hyphen, as Korean and Chinese given
// names are written.
function hyphenatedSyllables(run: readonly Token[]): boolean {
  const [first, second] = run.slice(-2);
  return first !== undefined && second !== undefined && first.post === '-' && /^\p{Lu}\p{Ll}*$/u.test(first.text) && /^\p{L}\p{Ll}*$/u.test(second.text)
    && isRomanizedSyllable(first.text) && isRomanizedSyllable(second.text);
}

// Lower-case words right after the name, the last an organization's common noun (`Volk mercenary group`).
function namesGroupAfter(tokens: readonly Token[], last: number): boolean {
  if (tokens[last]?.possessive || BREAKING_PUNCTUATION.test(tokens[last]?.post ?? '')) return false;
  for (let at = last + 1; at <= last + 3; at++) {
    const token = tokens[at];
    if (!token || token.capitalized || token.possessive) return false;
    // The noun ends the phrase (`Obama party officials` are officials).
    if (ORGANIZATION_NOUNS.has(token.key)) return BREAKING_PUNCTUATION.test(token.post) || !tokens[at + 1]?.tags.has('Noun');
    if (!token.tags.has('Adjective') && !token.tags.has('Noun')) return false;
    if (BREAKING_PUNCTUATION.test(token.post)) return false;
  }
  return false;
}

// Lower-case nouns for a facility, which the name of the place it stands in may qualify (`Ebbw Vale leisure centre`).
const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  'centre', 'center', 'stadium', 'hospital', 'airport', 'station', 'prison', 'jail', 'racecourse', 'circuit', 'plant', 'factory', 'refinery',
  'reactor', 'barracks', 'camp', 'base', 'mine', 'port', 'harbour', 'harbor', 'cathedral', 'mosque', 'church', 'museum', 'campus',
]);

// A facility's noun right after the name, or after one lower-case word qualifying it (`leisure centre`, `nuclear plant`).
function facilityAfter(tokens: readonly Token[], last: number): boolean {
  if (/\S/.test(tokens[last]?.post ?? '')) return false;
  for (let at = last + 1; at <= last + 2; at++) {
    const token = tokens[at];
    if (!token || token.capitalized) return false;
    if (FACILITY_NOUNS.has(token.key)) return !/^(?:of|for)$/.test(tokens[at + 1]?.key ?? '');
    if (/\S/.test(token.post) || token.tags.has('Verb') || token.tags.has('Determiner')) return false;
  }
  return false;
}

// Adverbs that may open an apposition (`Vela, once the biggest bank,`).
const APPOSITION_ADVERBS: ReadonlySet<string> = new Set(['once', 'now', 'formerly', 'still']);

// `Unison, the public sector union,`: a comma, an article and lower-case words ending in an organization noun; an
// adverb may open the apposition (`once the biggest company`), and a possessive name may stand for the article or after
// it (`Spain's biggest bank`, `the UK's sixth-largest bank`).
function apposedOrganizationNoun(tokens: readonly Token[], last: number): boolean {
  if (!/^,/.test(tokens[last]?.post ?? '')) return false;
  let start = APPOSITION_ADVERBS.has(tokens[last + 1]?.key ?? '') ? last + 2 : last + 1;
  const article = ['the', 'a', 'an'].includes(tokens[start]?.key ?? '');
  if (article) start++;
  const owner = tokens[start]?.capitalized === true && tokens[start]?.possessive === true;
  if (owner) start++;
  else if (!article) return false;
  for (let at = start; at <= start + 4; at++) {
    const token = tokens[at];
    // `the Vela-based fund`: a place joined to a lower-case word qualifies the noun.
    if (!token || (token.capitalized && !(token.post === '-' && /^\p{Ll}/u.test(tokens[at + 1]?.text ?? '')))) return false;
    // The noun ends the phrase (`the activist fund founded by`), not qualifies the next (`the fund manager`).
    const next = tokens[at + 1];
    if (ORGANIZATION_NOUNS.has(token.key)) return !token.possessive && (/^[,.;:]/.test(token.post) || next === undefined || !next.tags.has('Noun'));
    // (A phrase after the head is no qualifier of it: `X, the rise of the team`, whose head is `rise`; nor is a relative
    // clause: `X, the populist whose new party is surging`.)
    if (/[,;:]/.test(token.post) || token.tags.has('Preposition') || RELATIVE_PRONOUNS.has(token.key)) return false;
  }
  return false;
}
