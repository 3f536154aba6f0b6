import { sexOfName, TITLE_SEXES, type Sex } from '../../mentions/sexOfName';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';

/** The sex each personal pronoun refers to. */
export const PRONOUN_SEXES: ReadonlyMap<string, Sex> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['she', 'female'], ['her', 'female'], ['hers', 'female'],
]);

/**
 * The sex a person's mention tells: the courtesy title before it (`Mrs May`), else compromise's lexicon of given names
 * for its first word (`Maria` is a woman's, `Timothy` a man's); undefined when neither tells.
 */
export function sexOfMention(s: AnalyzedSentence, mention: ActorMention): Sex | undefined {
  if (mention.type !== 'Person' || mention.first < 0) return undefined;
  return TITLE_SEXES.get(s.tokens[mention.first - 1]?.key ?? '') ?? sexOfName(s.tokens[mention.first]?.key ?? '');
}
