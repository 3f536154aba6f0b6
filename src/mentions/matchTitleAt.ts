import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { normalizeKey } from '../text/normalizeKey';
import { bodyHeadEnd } from './bodyHeadEnd';
import { isAdjectiveWord } from './isAdjectiveWord';
import { isEnglishWord } from './isEnglishWord';
import { isKnownGivenName } from './isKnownGivenName';
import { lexiconHas } from './lexiconHas';
import { lexiconTags } from './lexiconTags';
import { matchKnownTitleAt } from './matchKnownTitleAt';
import { matchPhraseAt } from './matchPhraseAt';
import { CLUB_POSTS, ORGANIZATION_HEADS, PLAYER_POSTS, PORTFOLIO_HEADS } from './nameWords';
import { startsPersonName } from './startsPersonName';

// compromise's lexicon tags of a town's name (`Everton`), whatever its tagger reads it as.
const TOWN_TAGS: ReadonlySet<string> = new Set(['Place', 'City']);
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Organization', 'Demonym'];
const NOT_MODIFIER_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Verb', 'Date', 'Value', 'QuestionWord'];
const MAX_MODIFIERS = 3;
// `First Deputy Prime Minister`: ranks are written as ordinals, which compromise tags as numbers.
const ORDINALS = new Set(['first', 'second', 'third']);
// `Deputy General Secretary`, `Assistant Chief Constable`: words of rank qualify an office, however compromise tags a
// run of capitalized words (places, here).
const RANKS = new Set(['deputy', 'assistant', 'vice', 'associate', 'joint', 'general']);
// The heads of a minister's title, whose modifiers are a portfolio (`International Development Secretary`).
const MINISTERS = new Set(['secretary', 'minister']);
// Fields of government that name parties too (`Labour`, `Labor`, Poland's `Law and Justice`).
const PORTFOLIO_PARTY_WORDS: ReadonlySet<string> = new Set(['labour', 'labor', 'justice']);
// Words a title writes in lower case inside it (`Assistant Secretary of State`, `Minister for Health and Children`).
const TITLE_LINKS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the']);
// The first two of PORTFOLIO_HEADS only end a portfolio, so they open no title.
const PORTFOLIO_ENDS = new Set(['affairs', 'relations']);
// `Children's Secretary`, `Women's Minister`: the people a portfolio serves, written as its possessive.
const PORTFOLIO_OWNERS = new Set(['children', 'women', 'veterans', 'families', 'pensioners']);
// Posts of a club or a body, never of a portfolio (`chairman`, not `secretary` or `spokesman`).
const BODY_POSTS: ReadonlySet<string> = new Set([...CLUB_POSTS, 'president', 'founder', 'chief', 'executive']);
// Fields of work inside a body that qualify its posts, written capitalized in some copy (`Finance director`, `Sales manager`).
const JOB_AREAS = new Set([
  'finance', 'financial', 'sales', 'marketing', 'communications', 'operations', 'technical', 'commercial', 'sporting', 'football', 'research', 'creative',
  'artistic', 'musical', 'executive', 'news', 'editorial', 'programme', 'programmes', 'design', 'production', 'development', 'policy', 'legal', 'medical',
  'campaign', 'campaigns', 'press', 'media', 'personnel', 'technology', 'strategy', 'engineering', 'security', 'safety', 'fitness', 'general', 'managing',
  'project', 'programming', 'regional', 'national', 'international', 'team', 'club', 'assistant', 'academy', 'youth', 'reserve', 'caretaker', 'interim',
]);
// compromise does not always tag a capitalized `Its` opening a sentence as a pronoun.
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * The office title that starts at token `at`: a known title (`Secretary of State`), or ordinary words ending in a title
 * head (`Commerce Minister`, `caretaker Prime Minister`, `foreign policy chief`). Its canonical form leaves out words
 * that only say when or how the office is held (`caretaker`, `acting`).
 */
export function matchTitleAt(tokens: readonly Token[], at: number, knowledge: Knowledge): { length: number; title: string } | undefined {
  // `and` joins two portfolios inside a title; it opens none (`Mickoski and Foreign Minister X`). Nor does a portfolio's
  // last word, or a word after a body's `of`: `Ministry of External Affairs spokesperson X` is the ministry's spokesperson.
  const first = tokens[at];
  // (But a known title before a person's name is the holder's: `the Government of Prime Minister Ann Vale`.)
  const insideName = tokens[at - 1]?.key === 'of' && ORGANIZATION_HEADS.has(tokens[at - 2]?.key ?? '') && !heldBy(tokens, at, knowledge);
  // `Mr King`, `Ms Prince`: a monarch's title after a courtesy title is a surname, and the two open no office.
  const courtesied = (k: number) => knowledge.courtesyTitles.has(tokens[k]?.key ?? '') && knowledge.regnalTitles.has(tokens[k + 1]?.key ?? '');
  // (So is one after an unknown word of a name, before no name: `Labour's Oona King by 823 votes`; not `the Saudi King`.)
  const previous = tokens[at - 1];
  const lastName = previous !== undefined && previous.capitalized && !previous.possessive && !/\S/.test(previous.post) && knowledge.regnalTitles.has(first?.key ?? '')
    && tokens[at + 1]?.capitalized !== true && !isEnglishWord(previous) && !knowledge.gazetteer.entries.has(previous.key) && !knowledge.honorifics.has(previous.key);
  const surname = courtesied(at) || courtesied(at - 1) || lastName;
  if (!first || first.key === 'and' || PORTFOLIO_ENDS.has(first.key) || insideName || surname) return undefined;
  const found = matchKnownTitleAt(tokens, at, knowledge);
  // `Ann Sen,`: an abbreviated title (`Sen`, `Gov`) after a name or before no name is a word of a name (not after a
  // country's or place's name: `U.S. Rep. Ann Vale`).
  const bare = found !== undefined && found.length === 1 && /^\p{Lu}\p{Ll}{1,2}$/u.test(found.value);
  const afterName = tokens[at - 1]?.capitalized === true && !knowledge.honorifics.has(tokens[at - 1]?.key ?? '') && !knowledge.gazetteer.entries.has(tokens[at - 1]?.key ?? '');
  const known = bare && (afterName || tokens[at + 1]?.capitalized !== true) ? undefined : found;
  let best = known ? { length: known.length, title: known.value } : undefined;
  const ministerial = endsInMinister(tokens, at);
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    const head = tokens[at + k];
    if (!head) break;
    // `shadow chancellor`: a word that makes the office a party's, whatever compromise tags it (a verb here).
    const previous = k > 0 ? tokens[at + k - 1] : undefined;
    // `interior and overseas minister`, `Commerce and Industry Minister`: `and` between two words of portfolios (common
    // English words; not `Abiy and Somali President`).
    const joins = previous?.key === 'and' && k >= 2 && isEnglishWord(tokens[at + k - 2] as Token) && isEnglishWord(head);
    const afterCountry = k === 1 && tokens[at - 1] !== undefined && namesCountry(tokens[at - 1] as Token, knowledge);
    // `Shadow education secretary`, `Shadow international development secretary`: compromise reads a portfolio after
    // `Shadow` as an organization's word too.
    const afterShadow = k >= 2 && tokens.slice(at, at + k - 1).some((token) => knowledge.partyPostModifiers.has(token.key));
    // `Arsenal defender`: a capitalized word before a player's place names the team, not a field (an adjective opening
    // the sentence does qualify it: `Central defender`).
    const team = previous?.capitalized === true && PLAYER_POSTS.has(head.key) && !isAdjectiveWord(previous);
    // `acting President`, `acting director-general`: a word saying how the office is held is a modifier, whatever
    // compromise tags it (a verb, before a hyphenated head).
    const transient = knowledge.transientModifiers.has(previous?.key ?? '');
    // `defying President X`, `voted to impeach President X`: a lower-case verb form or infinitive before a capitalized
    // head is the clause's, not a word of the office (compromise tags it an actor or a noun there).
    const infinitive = k === 1 && tokens[at - 1]?.key === 'to';
    const verbForm = previous !== undefined && !previous.capitalized && head.capitalized && (/ing$/.test(previous.key) || infinitive) && !transient;
    // `said Rangers chairman X`: inside a sentence, a capitalized word before a club's or body's post in lower case is
    // the body's name, however English (not a rank, `Vice president`, nor a field of work, `Finance director`). Opening
    // a sentence, only a plural is (`Rangers chairman X`; not `Executive chairman X`).
    const opening = at + k - 1 === 0 && !(previous?.tags.has('Plural') && /s$/.test(previous.key));
    const body = previous !== undefined && previous.capitalized && !head.capitalized && !opening && BODY_POSTS.has(head.key) && !RANKS.has(previous.key) && !JOB_AREAS.has(previous.key);
    // `the former Labour foreign secretary X`, `former Republican senator X`: a party's word names the party the holder
    // belongs to, not a portfolio, unless it makes a known office with the head (`Labor Secretary`).
    const office = `${previous?.key} ${head.key}`;
    // (`Labour Minister X`, both words capitalized, is the minister of labour, a field of government that names parties
    // too, however compromise tags the field opening a sentence (`Labor` as a verb); a party's minister is `a Labour
    // minister`, and `Conservative Minister X` is still a party's.)
    const portfolio = k === 1 && previous?.capitalized === true && head.capitalized && MINISTERS.has(head.key) && PORTFOLIO_PARTY_WORDS.has(previous.key);
    const party = previous !== undefined && namesParty(previous, knowledge) && !knowledge.titles.has(office) && !knowledge.nationalOffices.has(office) && !portfolio;
    if (previous && ((!isModifier(previous, afterCountry || afterShadow || ministerial, !MINISTERS.has(head.key)) && !knowledge.partyPostModifiers.has(previous.key) && !joins && !transient && !portfolio) || namesCountry(previous, knowledge) || party || team || verbForm || body)) break;
    if (!knowledge.titleHeads.has(head.key)) continue;
    const exact = matchPhraseAt(tokens, at + k, knowledge.titles, knowledge.maxTitleWords);
    // `prosecutor general`, `Inspector General`, `Prosecutor-General`: `general` after an office's head is part of it (in
    // the head's case, and not a possessive's: `the prosecutor's General X`).
    const headEnd = tokens[at + k + (exact?.length ?? 1) - 1];
    const generalAfter = tokens[at + k + (exact?.length ?? 1)];
    const general = generalAfter?.key === 'general' && generalAfter.capitalized === headEnd?.capitalized && !headEnd.possessive && /^(?:\s*|-)$/.test(headEnd.post);
    const length = k + (exact?.length ?? 1) + (general ? 1 : 0);
    if (best && best.length >= length) continue;
    // (A possessive is the title's own only inside it: `Children's Secretary`, not `Home Secretary's`.)
    const words = tokens.slice(at, at + length).map((token, index) => (index === length - 1 ? token.text.replace(/['’]s$/, '') : token.text));
    while (words.length > 1 && knowledge.transientModifiers.has((words[0] ?? '').toLowerCase())) words.shift();
    // (`Co-operation` keeps its hyphen: a prefix is no word; `Vice-President` is the same office as `Vice President`.)
    const dropped = length - words.length;
    const prefixed = (index: number) => index >= 0 && index < words.length - 1 && isPrefixOfWord(tokens, at + dropped + index) && !isEnglishWord(tokens[at + dropped + index] as Token);
    const cased = (word: string, index: number) => (index > 0 && TITLE_LINKS.has(word.toLowerCase())) || prefixed(index - 1) ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    best = { length, title: words.map((word, index) => cased(word, index) + (prefixed(index) ? '-' : ' ')).join('').trim() };
  }
  // `Newsweek Editor Mark Whitaker`, `Uber Founder X`: a job's noun written with a capital right before a person's name
  // is the person's post, as a title is (not an honorific, `Professor X`, nor the first word of a body's name, `Doctor
  // Who Society`).
  if (!best && first.capitalized && knowledge.roleNouns.has(first.key) && !knowledge.honorifics.has(first.key) && !/\S/.test(first.post) && startsPersonName(tokens, at + 1)
    && bodyHeadEnd(tokens, at + 1) === undefined) {
    return { length: 1, title: first.text };
  }
  const length = best?.length ?? 0;
  const lastWord = tokens[at + length - 1]?.key ?? '';
  // (`Assistant Secretary of State for African Affairs X`: a secretary of state's portfolio follows `State`.)
  const ofState = lastWord === 'state' && tokens[at + length - 2]?.key === 'of' && tokens[at + length - 3]?.key === 'secretary';
  const portfolio = best && (MINISTERS.has(lastWord) || ofState) ? portfolioAfter(tokens, at + length) : 0;
  return best && portfolio > 0 ? { length: best.length + portfolio, title: `${best.title} ${tokens.slice(at + best.length, at + best.length + portfolio).map((token) => token.text).join(' ')}` } : best;
}

// `Minister for Health Mary Harney`, `Minister of Foreign Affairs X`: after a minister's title, `for` or `of` and
// capitalized words of the dictionary right before a person's name are the title's portfolio, not words of the name
// (not a country's: `Prime Minister of Japan X`). The number of words, 0 if none.
function portfolioAfter(tokens: readonly Token[], at: number): number {
  if (!['for', 'of'].includes(tokens[at]?.key ?? '') || /\S/.test(tokens[at - 1]?.post ?? '')) return 0;
  let end = at + 1;
  while (end < at + 1 + PORTFOLIO_WORDS && (isPortfolioWord(tokens[end]) || regionalAffairs(tokens, end) || (tokens[end]?.key === 'and' && (isPortfolioWord(tokens[end + 1]) || regionalAffairs(tokens, end + 1))))) end++;
  const next = tokens[end];
  const named = next !== undefined && next.capitalized && !/\S/.test(tokens[end - 1]?.post ?? '') && (isKnownGivenName(next) || ['Person', 'FirstName'].some((tag) => next.tags.has(tag)) || !isEnglishWord(next));
  return end > at + 1 && named ? end - at : 0;
}

// Whether a known title starts at `at` and a person's name right after it (`party of President Ann Vale`).
function heldBy(tokens: readonly Token[], at: number, knowledge: Knowledge): boolean {
  const known = matchKnownTitleAt(tokens, at, knowledge);
  return known !== undefined && startsPersonName(tokens, at + known.length);
}

// How many words a portfolio after `for` or `of` may run to (`Minister for Social and Family Affairs`).
const PORTFOLIO_WORDS = 5;

// (compromise tags such a word a person's when a name follows it: `Health` of `Health Mary Harney`.)
function isPortfolioWord(token: Token | undefined): boolean {
  return token !== undefined && token.capitalized && isEnglishWord(token) && !isKnownGivenName(token) && !token.possessive && !/\S/.test(token.post)
    && !PORTFOLIO_NAME_TAGS.some((tag) => token.tags.has(tag));
}

// `for African Affairs`, `for East Asian and Pacific Affairs`: a people's or region's adjective opens the affairs of a
// region, a portfolio (not `for Health Mary Harney`'s name).
function regionalAffairs(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token?.capitalized || token.possessive || /\S/.test(token.post)) return false;
  for (let end = at + 1; end < at + PORTFOLIO_WORDS; end++) {
    const word = tokens[end];
    if (PORTFOLIO_ENDS.has(word?.key ?? '')) return true;
    if (!word?.capitalized && word?.key !== 'and') return false;
  }
  return false;
}

// Tags of a word that names someone or somewhere, never a portfolio.
const PORTFOLIO_NAME_TAGS = ['FirstName', 'LastName', 'Place', 'Country', 'City', 'Demonym'];

// `International Development Secretary`, `Culture Minister`: common words running into a minister's title are its
// portfolio, whatever compromise tags them (an organization's words, here).
function endsInMinister(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k <= MAX_MODIFIERS + 1; k++) {
    const token = tokens[at + k];
    if (!token) return false;
    if (k > 0 && MINISTERS.has(token.key)) return true;
    if (!(isEnglishWord(token) || isPrefixOfWord(tokens, at + k)) || token.possessive || /[,;:()]/.test(token.post)) return false;
  }
  return false;
}

// `Co-` of `International Co-operation Minister`: a prefix joined by a hyphen to an English word makes one word with it.
function isPrefixOfWord(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return tokens[at]?.post === '-' && next !== undefined && isEnglishWord(next);
}

// `Environment Canada spokesperson`: a country's name, however compromise tags it, is no word of a portfolio.
function namesCountry(token: Token, knowledge: Knowledge): boolean {
  return knowledge.gazetteer.entries.get(token.key)?.some((entry) => entry.type === 'Country' && entry.kind !== 'demonym') === true;
}

// A capitalized word that is a party's whole name (`Labour`, `Republican`).
function namesParty(token: Token, knowledge: Knowledge): boolean {
  return token.capitalized && knowledge.gazetteer.entries.get(token.key)?.some((entry) => entry.kind === 'party' && normalizeKey(entry.phrase) === token.key) === true;
}

// A word that can qualify an office (`Commerce`, `foreign policy`): not a name, verb or function word, and not ending the phrase.
function isModifier(token: Token, afterCountry: boolean, bodyOffice: boolean): boolean {
  if ((token.possessive && !PORTFOLIO_OWNERS.has(token.key)) || /[,;:()"“”]/.test(token.post) || POSSESSIVE_DETERMINERS.has(token.key)) return false;
  // `External Affairs Minister`, `Foreign Relations Secretary`: a portfolio, though it heads bodies' names too; but
  // `Foreign Ministry spokesperson`: the ministry is a body of its own, not part of the title.
  if (PORTFOLIO_HEADS.has(token.key)) return true;
  if (ORGANIZATION_HEADS.has(token.key)) return false;
  if (ORDINALS.has(token.key) || RANKS.has(token.key)) return true;
  // `NASA Administrator`, `FBI Director`: an acronym names the body whose office follows, even one compromise does not know.
  if (/^\p{Lu}{2,}$/u.test(token.text)) return false;
  // `Microsoft chairman`, `Nintendo president`, `Orlak manager`: a word compromise's lexicon knows as a company's, or
  // a capitalized word neither it nor the dictionary knows, names the body whose office follows, however compromise
  // tags it there (an actor); before a minister's title such a word is a new portfolio (`Brexit Secretary`).
  // So does a place's name before a body's office (`Everton chairman`, `London Mayor`).
  if (token.capitalized && (isKnownOrganizationWord(token) || (bodyOffice && !isEnglishWord(token) && (lexiconTags(token.key) === undefined || lexiconHas(token.key, TOWN_TAGS))))) return false;
  // compromise tags role words (`Deputy`) as people too; its Honorific and Actor tags tell them from names.
  const role = token.tags.has('Honorific') || token.tags.has('Actor');
  // compromise tags a portfolio after a country as an organization's word (`U.S. Energy Secretary`); a common word
  // there still qualifies the title.
  const portfolio = afterCountry && (isEnglishWord(token) || token.post === '-') && !isKnownOrganizationWord(token);
  return !NOT_MODIFIER_TAGS.some((tag) => token.tags.has(tag)) && !NAME_TAGS.some((tag) => token.tags.has(tag) && !(role && tag === 'Person') && !(portfolio && tag === 'Organization'));
}

// compromise's lexicon knows some organizations by one word (`Apple`, `Shell`): those name a body, not a portfolio.
function isKnownOrganizationWord(token: Token): boolean {
  return lexiconTags(token.key) === 'Organization';
}
