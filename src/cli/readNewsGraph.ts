import { MultiDirectedGraph } from 'graphology';
import type { NewsGraph } from '../graph/NewsGraph';
import { SerializedGraphSchema } from '../graph/SerializedGraphSchema';
import { GraphInvalidError } from './GraphInvalidError';
import { readGraphFile } from './readGraphFile';

/** Reads a graph.json into a graph, validated against SerializedGraphSchema; `file` is shown as the user gave it. */
export async function readNewsGraph(file: string, cwd: string): Promise<NewsGraph> {
  const parsed = SerializedGraphSchema.safeParse(await readGraphFile(file, cwd));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GraphInvalidError(file, `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'not a graph'}`);
  }
  const graph: NewsGraph = new MultiDirectedGraph();
  try {
    // Its options are this graph's own (directed, multi): only the data is imported.
    const { attributes, nodes, edges } = parsed.data;
    graph.import({ attributes, nodes, edges });
  } catch (error) {
    // graphology refuses an edge whose end is not a node, or a key given twice.
    throw new GraphInvalidError(file, error instanceof Error ? error.message : String(error), { cause: error });
  }
  return graph;
}
