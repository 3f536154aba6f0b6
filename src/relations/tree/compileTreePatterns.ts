import { NewsgraphError } from '../../errors/NewsgraphError';
import type { Knowledge } from '../../knowledge/Knowledge';
import { verbForms } from '../verbForms';
import { compileTreePath, type TreePattern, type TreePatternFile, type TreeStep } from '../TreePattern';

/** A tree pattern with its paths compiled. */
export interface CompiledTreePattern {
  readonly pattern: TreePattern;
  readonly source: readonly (readonly TreeStep[])[];
  readonly target: readonly (readonly TreeStep[])[];
  /** Every written form of the trigger's own words, when it names them. */
  readonly words?: ReadonlySet<string>;
  /** For a HOLDS_ROLE trigger of its own words, the title each written form gives (`headed`: Head). */
  readonly titles?: ReadonlyMap<string, string>;
  /** For a phrasal verb trigger, the particles each written form needs (`turned`: down). */
  readonly particles?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Tree patterns ready to match: compiled paths, every inflection of each word class's verbs, and the knowledge of posts. */
export interface CompiledTreePatterns {
  readonly patterns: readonly CompiledTreePattern[];
  /** For each word some pattern names as its trigger, the patterns that word can open, in file order. */
  readonly byWord: ReadonlyMap<string, readonly CompiledTreePattern[]>;
  /** The patterns that name no trigger words, in file order: all that any other word can open. */
  readonly anyWord: readonly CompiledTreePattern[];
  readonly wordClasses: ReadonlyMap<string, ReadonlySet<string>>;
  /** Role nouns, titles and party offices: what a `role` trigger is and how its title is written. */
  readonly knowledge: Knowledge;
}

/** Compiles a tree pattern file; a path that names an unknown word class is an error naming the pattern. */
export function compileTreePatterns(file: TreePatternFile, knowledge: Knowledge): CompiledTreePatterns {
  const wordClasses = new Map(Object.entries(file.wordClasses).map(([name, { verbs }]) => [name, new Set(verbs.flatMap(verbForms))] as const));
  const patterns = file.patterns.map((pattern) => {
    const source = pattern.source.map(compileTreePath);
    const target = pattern.target.map(compileTreePath);
    for (const step of [...source, ...target].flat()) {
      for (const name of step.wordClasses ?? []) {
        if (!wordClasses.has(name)) throw new NewsgraphError('NG_TREE_PATTERN', `tree pattern "${pattern.id}" names the word class {${name}}, which the pattern file does not define: add it under "wordClasses"`);
      }
    }
    const { words, lexicon, titles, particles } = pattern.trigger;
    const formsOf = (word: string) => (lexicon === 'verb' ? verbForms(word) : [word.toLowerCase()]);
    const forms = words && new Set(words.flatMap(formsOf));
    const titleOf = titles && new Map(Object.entries(titles).flatMap(([word, title]) => formsOf(word).map((form) => [form, title] as const)));
    const particlesOf = particles && new Map(Object.entries(particles).flatMap(([word, list]) => formsOf(word).map((form) => [form, new Set(list)] as const)));
    return { pattern, source, target, ...(forms ? { words: forms } : {}), ...(titleOf ? { titles: titleOf } : {}), ...(particlesOf ? { particles: particlesOf } : {}) };
  });
  // A node tries only the patterns its word can open (a role trigger is any word for a post, whatever the pattern names).
  const opens = (entry: CompiledTreePattern, word: string | undefined) => entry.pattern.trigger.lexicon === 'role' || !entry.words || (word !== undefined && entry.words.has(word));
  const named = new Set(patterns.flatMap((entry) => [...(entry.words ?? [])]));
  const byWord = new Map([...named].map((word) => [word, patterns.filter((entry) => opens(entry, word))] as const));
  return { patterns, byWord, anyWord: patterns.filter((entry) => opens(entry, undefined)), wordClasses, knowledge };
}
