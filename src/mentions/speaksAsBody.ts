import type { Token } from '../text/Token';
import { SPEECH_VERBS } from './nameWords';

// Words that tie a word to the name or noun phrase before it.
const NAME_LINKS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', '&']);
// Adverbs news writes between a speaker and `said` (`Vosk later said it`).
const SPEAKER_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'earlier', 'previously', 'then', 'now', 'itself']);

/**
 * Whether the word at `at` speaks of itself as `it` (`Vosk said it would appeal`) or is described with `which` (`Vosk,
 * which has 800,000 members,`): a body's, never a person's, words.
 */
export function speaksAsBody(tokens: readonly Token[], at: number): boolean {
  // (Not a word of a longer name or one after an article: `Royal Mail, which`, `Gears of War, which`, `the Games, which`.)
  const before = tokens[at - 1];
  const alone = before === undefined || (!before.capitalized && !NAME_LINKS.has(before.key));
  if (/^,\s*$/.test(tokens[at]?.post ?? '') && tokens[at + 1]?.key === 'which') return alone;
  let verb = at + 1;
  if (/\S/.test(tokens[at]?.post ?? '') || tokens[at]?.possessive) return false;
  if (SPEAKER_ADVERBS.has(tokens[verb]?.key ?? '')) verb++;
  return SPEECH_VERBS.has(tokens[verb]?.key ?? '') && !/\S/.test(tokens[verb]?.post ?? '') && tokens[verb + 1]?.key === 'it';
}
