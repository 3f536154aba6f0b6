import { z } from 'zod';
import { EdgeAttributesSchema } from './EdgeAttributesSchema';
import { GraphAttributesSchema } from './GraphAttributesSchema';
import { NodeAttributesSchema } from './NodeAttributesSchema';

/** graphology's own serialization (`graph.export()`) of a newsgraph graph, as written to `graph.json`. */
export const SerializedGraphSchema = z.object({
  options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }).partial(),
  attributes: GraphAttributesSchema,
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributesSchema })),
  edges: z.array(
    z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributesSchema }),
  ),
});

/** A parsed `graph.json`. */
export type SerializedGraph = z.infer<typeof SerializedGraphSchema>;
