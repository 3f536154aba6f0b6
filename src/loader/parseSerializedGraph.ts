import { type SerializedGraph, SerializedGraphSchema } from '../graph/SerializedGraphSchema';
import { LoadInputError } from './LoadInputError';

/** Validates a parsed graph.json against SerializedGraphSchema; a `LoadInputError` names the first bad field. */
export function parseSerializedGraph(graph: unknown): SerializedGraph {
  const parsed = SerializedGraphSchema.safeParse(graph);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LoadInputError(`${issue?.path.join('.') || 'the graph'}: ${issue?.message ?? 'not a newsgraph graph'}`);
  }
  return parsed.data;
}
