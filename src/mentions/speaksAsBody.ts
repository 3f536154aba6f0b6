import type { Token } from '../text/Token';
import { SPEECH_VERBS } from './nameWords';

// Words that tie a word to the name or noun phrase before it.
const NAME_LINKS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', '&']);
// Adverbs news writes between a speaker and `said` (`Vosk later said it`).
const SPEAKER_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'earlier', 'previously', 'then', 'now', 'itself']);

/**
 * Whether the name from `first` to `last` speaks of itself as `it` (`Vosk said it would appeal`, `said in a statement
 * that it`) or is described with `which` (`Vosk Orla, which has 800,000 members,`): a body's, never a person's, words.
 */
export function speaksAsBody(tokens: readonly Token[], first: number, last = first): boolean {
  // (Not a word of a longer name or one after an article: `Royal Mail, which`, `Gears of War, which`, `the Games, which`.)
  const before = tokens[first - 1];
  const at = last;
  const alone = before === undefined || (!before.capitalized && !NAME_LINKS.has(before.key));
  if (/^,\s*$/.test(tokens[at]?.post ?? '') && tokens[at + 1]?.key === 'which') return alone;
  let verb = at + 1;
  if (/\S/.test(tokens[at]?.post ?? '') || tokens[at]?.possessive) return false;
  if (SPEAKER_ADVERBS.has(tokens[verb]?.key ?? '')) verb++;
  if (!SPEECH_VERBS.has(tokens[verb]?.key ?? '') || /\S/.test(tokens[verb]?.post ?? '')) return false;
  const it = itAfter(tokens, verb + 1);
  return it !== undefined && !isExpletive(tokens, it);
}

// Nouns of what a body issues, after `said in a` (`said in a brief statement that it`).
const STATEMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'letter', 'filing', 'release']);

// The `it` that opens what was said, past `in a statement` and `that` (`Vosk said in a statement that it would appeal`).
function itAfter(tokens: readonly Token[], at: number): number | undefined {
  if (tokens[at]?.key === 'in' && ['a', 'an', 'its'].includes(tokens[at + 1]?.key ?? '')) {
    const noun = [at + 2, at + 3].find((k) => STATEMENT_NOUNS.has(tokens[k]?.key ?? ''));
    if (noun === undefined || /[^\s,]/.test(tokens[noun]?.post ?? '')) return undefined;
    at = noun + 1;
  }
  if (tokens[at]?.key === 'that' && !/\S/.test(tokens[at]?.post ?? '')) at++;
  return tokens[at]?.key === 'it' ? at : undefined;
}

// Auxiliaries between `it` and its verb, and the verbs an `it` that stands for no one takes (`said it would be a shame`).
const AUXILIARIES: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'had', 'has', 'have', 'did', 'does', 'not', 'also']);
const EXPLETIVE_VERBS: ReadonlySet<string> = new Set(['be', 'is', 'was', 'were', 'been', "'s", 'seems', 'seemed', 'seem', 'appeared', 'appears', 'remains', 'remained']);

// `X said it was "a shame"`: an `it` whose verb is a copula, unless a participle follows (`it was considering`, `it was
// disappointed`).
function isExpletive(tokens: readonly Token[], it: number): boolean {
  let at = it + 1;
  while (AUXILIARIES.has(tokens[at]?.key ?? '')) at++;
  if (!EXPLETIVE_VERBS.has(tokens[at]?.key ?? '')) return false;
  if (['been', 'be'].includes(tokens[at + 1]?.key ?? '')) at++;
  return !/(?:ing|ed)$/.test(tokens[at + 1]?.key ?? '');
}
