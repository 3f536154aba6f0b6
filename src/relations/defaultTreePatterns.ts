import { defaultKnowledge } from '../knowledge/defaultKnowledge';
import treePatterns from './rules/treePatterns.json';
import { compileTreePatterns, type CompiledTreePatterns } from './tree/compileTreePatterns';
import { TreePatternFileSchema } from './TreePattern';

/** The built-in relation patterns over dependency trees, validated and compiled with the built-in knowledge of posts. */
export const defaultTreePatterns: CompiledTreePatterns = compileTreePatterns(TreePatternFileSchema.parse(treePatterns), defaultKnowledge());

/** The nouns of what talks end in (the patterns' {accord} words: `deal`, `agreement`, `treaty`), which refer back to the talks' sides. */
export const ACCORD_NOUNS: ReadonlySet<string> = new Set(treePatterns.wordClasses.accord.verbs);
