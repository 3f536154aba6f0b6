import { lexiconTags } from '../../mentions/lexiconTags';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';

/** A person's sex as a pronoun refers to it: `he` and `him`, `she` and `her`. */
export type Sex = 'male' | 'female';

/** The sex each personal pronoun refers to. */
export const PRONOUN_SEXES: ReadonlyMap<string, Sex> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['she', 'female'], ['her', 'female'], ['hers', 'female'],
]);

// Courtesy titles that say the sex of the person named after them.
const TITLE_SEXES: ReadonlyMap<string, Sex> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'], ['baroness', 'female'], ['queen', 'female'], ['princess', 'female'],
]);

/**
 * The sex a person's mention tells: the courtesy title before it (`Mrs May`), else compromise's lexicon of given names
 * for its first word (`Maria` is a woman's, `Max` a man's); undefined when neither tells.
 */
export function sexOfMention(s: AnalyzedSentence, mention: ActorMention): Sex | undefined {
  if (mention.type !== 'Person' || mention.first < 0) return undefined;
  const title = TITLE_SEXES.get(s.tokens[mention.first - 1]?.key ?? '');
  if (title) return title;
  const given = lexiconTags(s.tokens[mention.first]?.key ?? '');
  return given === 'MaleName' ? 'male' : given === 'FemaleName' ? 'female' : undefined;
}
