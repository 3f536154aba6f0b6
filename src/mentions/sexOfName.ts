import { lexiconTags } from './lexiconTags';

/** A person's sex as a courtesy title, a given name or a pronoun tells it. */
export type Sex = 'male' | 'female';

/** Courtesy titles that tell the sex of the person named after them (`Mrs May`, `Sir Ian`). */
export const TITLE_SEXES: ReadonlyMap<string, Sex> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'], ['baroness', 'female'], ['queen', 'female'], ['princess', 'female'],
]);

/** The sex compromise's lexicon gives a given name (`Maria` a woman's, `Timothy` a man's); undefined for others. */
export function sexOfName(key: string): Sex | undefined {
  const tag = lexiconTags(key);
  return tag === 'MaleName' ? 'male' : tag === 'FemaleName' ? 'female' : undefined;
}
