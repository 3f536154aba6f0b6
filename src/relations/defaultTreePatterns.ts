import { defaultKnowledge } from '../knowledge/defaultKnowledge';
import treePatterns from './rules/treePatterns.json';
import { compileTreePatterns, type CompiledTreePatterns } from './tree/compileTreePatterns';
import { TreePatternFileSchema } from './TreePattern';

/** The built-in relation patterns over dependency trees, validated and compiled with the built-in knowledge of posts. */
export const defaultTreePatterns: CompiledTreePatterns = compileTreePatterns(TreePatternFileSchema.parse(treePatterns), defaultKnowledge());
