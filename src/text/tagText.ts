import nlp from 'compromise';
import { bulkMatch } from './bulkMatch';

// compromise runs these steps (hooks) in order on every text; the last of them, 'chunks', groups tagged terms into
// noun and verb phrases, which newsgraph never reads: it sets each term's `chunk` and no tag, and it was about a tenth of
// compromise's time on the bench corpus.
const world = nlp.world() as { hooks: string[]; methods: { one: { bulkMatch: unknown } } };
const SKIPPED = new Set(['chunks']);

/**
 * compromise's tokenized and tagged terms of `text`, by sentence: `nlp(text).document` without the phrase chunker, its
 * rules matched by newsgraph's faster bulkMatch. Every other nlp() call runs compromise as shipped.
 */
export function tagText(text: string): unknown {
  const { hooks } = world;
  const shipped = world.methods.one.bulkMatch;
  world.hooks = hooks.filter((hook) => !SKIPPED.has(hook));
  world.methods.one.bulkMatch = bulkMatch;
  try {
    return nlp(text).document;
  } finally {
    world.hooks = hooks;
    world.methods.one.bulkMatch = shipped;
  }
}
