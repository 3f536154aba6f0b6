import nlp from 'compromise';

// compromise runs these steps (hooks) in order on every text; the last of them, 'chunks', groups tagged terms into
// noun and verb phrases, which newsgraph never reads: it sets each term's `chunk` and no tag, and it was about a tenth of
// compromise's time on the bench corpus.
const world = nlp.world() as { hooks: string[] };
const SKIPPED = new Set(['chunks']);

/** compromise's tokenized and tagged terms of `text`, by sentence: `nlp(text).document` without the phrase chunker. */
export function tagText(text: string): unknown {
  const hooks = world.hooks;
  world.hooks = hooks.filter((hook) => !SKIPPED.has(hook));
  try {
    return nlp(text).document;
  } finally {
    world.hooks = hooks;
  }
}
