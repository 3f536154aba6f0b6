import { NewsgraphError } from '../../errors/NewsgraphError';
import { verbForms } from '../verbForms';
import { compileTreePath, type TreePattern, type TreePatternFile, type TreeStep } from '../TreePattern';

/** A tree pattern with its paths compiled. */
export interface CompiledTreePattern {
  readonly pattern: TreePattern;
  readonly source: readonly (readonly TreeStep[])[];
  readonly target: readonly (readonly TreeStep[])[];
  /** Every written form of the trigger's own words, when it names them. */
  readonly words?: ReadonlySet<string>;
}

/** Tree patterns ready to match: compiled paths, and every inflection of each word class's verbs. */
export interface CompiledTreePatterns {
  readonly patterns: readonly CompiledTreePattern[];
  readonly wordClasses: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Compiles a tree pattern file; a path that names an unknown word class is an error naming the pattern. */
export function compileTreePatterns(file: TreePatternFile): CompiledTreePatterns {
  const wordClasses = new Map(Object.entries(file.wordClasses).map(([name, { verbs }]) => [name, new Set(verbs.flatMap(verbForms))] as const));
  const patterns = file.patterns.map((pattern) => {
    const source = pattern.source.map(compileTreePath);
    const target = pattern.target.map(compileTreePath);
    for (const step of [...source, ...target].flat()) {
      if (step.wordClass !== undefined && !wordClasses.has(step.wordClass)) {
        throw new NewsgraphError('NG_TREE_PATTERN', `tree pattern "${pattern.id}" names the word class {${step.wordClass}}, which the pattern file does not define: add it under "wordClasses"`);
      }
    }
    const { words, lexicon } = pattern.trigger;
    const forms = words && new Set(words.flatMap((word) => (lexicon === 'verb' ? verbForms(word) : [word.toLowerCase()])));
    return { pattern, source, target, ...(forms ? { words: forms } : {}) };
  });
  return { patterns, wordClasses };
}
