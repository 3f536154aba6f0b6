import { CueFileSchema, type WordCue } from './WordCue';
import { verbForms } from './verbForms';

/** A cue with every written form of its verbs and words, for lookup by token key. */
export interface CompiledCue extends WordCue {
  readonly forms: ReadonlySet<string>;
}

/**
 * Parses a cue data file and indexes its cues by id; the file must define exactly the ids the pattern reads, so no
 * cue is missing and none is written but never read.
 */
export function compileCues<Id extends string>(data: unknown, ids: readonly Id[]): Record<Id, CompiledCue> {
  const wanted = new Set<string>(ids);
  const file = CueFileSchema.refine((parsed) => parsed.cues.length === wanted.size && parsed.cues.every((cue) => wanted.has(cue.id)), {
    message: `a cue file defines exactly the cues ${ids.join(', ')}, once each`,
  }).parse(data);
  const compiled = {} as Record<Id, CompiledCue>;
  for (const id of ids) {
    const cue = file.cues.find((candidate) => candidate.id === id) as WordCue;
    compiled[id] = { ...cue, forms: new Set([...cue.verbs.flatMap(verbForms), ...cue.words.map((word) => word.toLowerCase())]) };
  }
  return compiled;
}
