import type { z } from 'zod';
import { type SerializedGraph, SerializedGraphSchema } from '../graph/SerializedGraphSchema';
import { LoaderError } from './LoaderError';

/**
 * Validates a parsed graph.json against SerializedGraphSchema. Anything else is a NG_LOAD_INPUT_INVALID error that
 * names `source` (the file as the user gave it) and, in plain words, the first field that is wrong.
 */
export function parseSerializedGraph(graph: unknown, source = 'the graph'): SerializedGraph {
  const parsed = SerializedGraphSchema.safeParse(graph);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // Some other JSON file (a package.json) has none of a graph's fields: saying so beats naming the first one missing.
  const foreign = typeof graph === 'object' && graph !== null && !Array.isArray(graph) && !GRAPH_FIELDS.some((field) => field in graph);
  const problem = foreign ? `it has none of the fields ${GRAPH_FIELDS.join(', ')}` : issue ? describeIssue(issue, graph) : 'it does not match graph.json';
  throw new LoaderError(
    'NG_LOAD_INPUT_INVALID',
    `${source} is not a graph newsgraph built: ${problem} (a graph.json has options, attributes.documents, nodes and edges)`,
    'give the graph.json that `newsgraph build <articles> --out out` writes, e.g. --from out/graph.json',
  );
}

const GRAPH_FIELDS = ['attributes', 'nodes', 'edges'];

function describeIssue(issue: z.core.$ZodIssue, graph: unknown): string {
  const field = issue.path.length > 0 ? `field ${issue.path.map(String).join('.')}` : 'its top level';
  if (issue.code !== 'invalid_type') return `${field}: ${issue.message}`;
  const found = valueAt(graph, issue.path);
  const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
  return found === undefined ? `${field} is missing (it should be ${expected})` : `${field} is ${kindOf(found)}, not ${expected}`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}
