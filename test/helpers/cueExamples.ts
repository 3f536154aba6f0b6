import type { CompiledCue } from '../../src/relations/compileCues';

/** The examples of a pattern's cues as [cue id, sentence, expected relation lines] rows, for it.each. */
export function cueExamples(cues: Record<string, CompiledCue>): [string, string, string[]][] {
  return Object.values(cues).flatMap((cue) => cue.examples.map((example): [string, string, string[]] => [cue.id, example.text, example.relations]));
}
