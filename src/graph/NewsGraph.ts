import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes } from './EdgeAttributesSchema';
import type { GraphAttributes } from './GraphAttributesSchema';
import type { NodeAttributes } from './NodeAttributesSchema';

/** The newsgraph graph: a directed multigraph keyed by entity id, one edge per (source, type[, title], target). */
export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
