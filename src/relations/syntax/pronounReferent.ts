import type { DiscourseContext } from './DiscourseContext';
import { PRONOUN_SEXES } from './sexOfMention';

/**
 * The person an earlier sentence named whom `he`, `she`, `him` or `her` stands for: the last person named first, unless
 * that person's name or title tells the other sex (`Tom Vosk ... her contract`), then the most recent person of the
 * pronoun's sex; undefined when none is known.
 */
export function pronounReferent(pronoun: string, context: DiscourseContext): string | undefined {
  const sex = PRONOUN_SEXES.get(pronoun);
  const last = context.lastPerson;
  if (!last || !sex || (context.sexes?.get(last) ?? sex) === sex) return last;
  return context.people?.find((person) => context.sexes?.get(person) === sex);
}
