import type { TitleSpan } from '../mentions/TitleSpan';
import { normalizeKey } from '../text/normalizeKey';
import { ACCORD_NOUNS, defaultTreePatterns } from './defaultTreePatterns';
import type { RelationLexicon } from './RelationLexicon';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';
import { ACT_NOUN_WORDS, ARMED_ACT_NOUNS, PAIR_NOUNS, PAIR_WORDS, PERSON_PRONOUNS, PLAN_NOUNS } from './syntax/syntaxWords';

// The words tree patterns read besides the lexicon's (`appealed to`, `sided with`), and those that state an office
// (`heads`, `founded`) with the role nouns: an office is read only between a person and a body.
// (Not a conditional pattern's reporting verbs, `said`, `warned`, which most sentences have: see TERMS_WORDS.)
const wordsOf = (offices: boolean) => defaultTreePatterns.patterns
  .filter((entry) => (entry.pattern.trigger.type === 'HOLDS_ROLE') === offices && entry.pattern.trigger.conditional !== true)
  .flatMap((entry) => [...(entry.words ?? [])].map(normalizeKey));
const PATTERN_WORDS = new Set(wordsOf(false));
// A conditional pattern reads an act on terms (`would walk out unless`): the words its targets' classes name, in a
// sentence with `if` or `unless`.
const TERMS_WORDS = new Set(defaultTreePatterns.patterns
  .filter((entry) => entry.pattern.trigger.conditional === true)
  .flatMap((entry) => entry.target.flat().flatMap((step) => step.wordClasses ?? []))
  .flatMap((name) => [...(defaultTreePatterns.wordClasses.get(name) ?? [])].map(normalizeKey)));
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);
const OFFICE_WORDS = new Set([...wordsOf(true), ...defaultTreePatterns.knowledge.roleNouns]);

// Words that may stand for a party named elsewhere: a person named before (`he`, `urged him`, `his claims`), a plan
// and its owner, an act and its doer, an accord and its sides.
const STAND_INS = new Set(['he', 'she', 'him', 'her', 'his', 'it', ...PLAN_NOUNS, ...ACT_NOUN_WORDS, ...ARMED_ACT_NOUNS, ...ACCORD_NOUNS]);
// Possessives that may stand for a body named before (`Its editor, X,`).
const BODY_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);

/**
 * Whether a sentence can state a relation between two parties: it has a trigger word (of the lexicon, its judging
 * words included, or of a tree pattern) and two parties, named (two different actors, demonyms included) or one named
 * and one standing in (`he`, `it`, `the plan`, `the ruling`, `the agreement`, `both men`); or it has a word of an office (`professor`,
 * `co-founder`, `chairman of`, `heads`) that is not a title right before a name, which the token rules read, and a
 * person (or `he`, `she`) and a body (or `its`, `their`). Parsing only such sentences keeps the build fast.
 */
export function mayStateRelation(s: AnalyzedSentence, lexicon: RelationLexicon): boolean {
  const terms = s.tokens.some((token) => CONDITIONS.has(token.key));
  if (s.tokens.some((token) => lexicon.verbs.has(token.key) || lexicon.nouns.has(token.key) || lexicon.judgments.has(token.key) || PATTERN_WORDS.has(token.key) || (terms && TERMS_WORDS.has(token.key)))) {
    const parties = new Set(s.mentions.filter((mention) => mention.type !== 'Location').map((mention) => mention.entity));
    // `both men`, `the two governments`: two parties named before.
    const pair = s.tokens.some((token, at) => PAIR_WORDS.has(token.key) && PAIR_NOUNS.has(s.tokens[at + 1]?.key ?? ''));
    if (parties.size >= 2 || (parties.size === 1 && (pair || s.tokens.some((token) => STAND_INS.has(token.key))))) return true;
  }
  // `US Secretary of State Marco Rubio`, `Prime Minister Sir Keir Starmer`: a title right before a name is the token
  // rules' to read (not one a verb parts from the name: `Microsoft's chairman is Tom Baxter`).
  const named = (title: TitleSpan) => s.mentionAt[title.last + 1]?.type === 'Person' || (s.mentionAt[title.last + 2]?.type === 'Person' && s.tokens[title.last + 1]?.capitalized === true);
  const post = s.tokens.some((token, at) => OFFICE_WORDS.has(token.key) && !s.mentionAt[at] && !s.titles.some((title) => title.first <= at && at <= title.last && named(title)));
  // (`He is also chairman of Renault`: a person may be the one the sentence before named.)
  const person = s.mentions.some((mention) => mention.type === 'Person') || s.tokens.some((token) => PERSON_PRONOUNS.has(token.key));
  return post && person
    && (s.mentions.some((mention) => (mention.type === 'Organization' || mention.type === 'Country') && mention.kind !== 'demonym' && mention.kind !== 'capital')
      || s.tokens.some((token) => BODY_PRONOUNS.has(token.key)));
}
