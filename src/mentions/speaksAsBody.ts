import type { Token } from '../text/Token';
import { SPEECH_VERBS } from './nameWords';

// Adverbs news writes between a speaker and `said` (`Vosk later said it`).
const SPEAKER_ADVERBS: ReadonlySet<string> = new Set(['also', 'later', 'earlier', 'previously', 'then', 'now', 'itself']);

/** Whether the word at `at` speaks of itself as `it` (`Vosk said it would appeal`): a body's, never a person's, words. */
export function speaksAsBody(tokens: readonly Token[], at: number): boolean {
  let verb = at + 1;
  if (/\S/.test(tokens[at]?.post ?? '') || tokens[at]?.possessive) return false;
  if (SPEAKER_ADVERBS.has(tokens[verb]?.key ?? '')) verb++;
  return SPEECH_VERBS.has(tokens[verb]?.key ?? '') && !/\S/.test(tokens[verb]?.post ?? '') && tokens[verb + 1]?.key === 'it';
}
