import type { NewsGraph } from '../graph/NewsGraph';
import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { packExplorerData } from './packExplorerData';
import { renderExplorerHtml } from './renderExplorerHtml';

/** The explorer page (graph.html) of a graph, with the explorer's script bundle inlined: see renderExplorerHtml. */
export function toExplorerHtml(graph: NewsGraph, script: string): string {
  // graphology types every attribute record as optional; a NewsGraph always has them.
  return renderExplorerHtml(packExplorerData(graph.export() as SerializedGraph), script);
}
