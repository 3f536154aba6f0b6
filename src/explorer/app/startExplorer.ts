import { toBlob } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { toGraphml } from '../../exporters/toGraphml';
import type { NewsGraph } from '../../graph/NewsGraph';
import { describeEdge } from '../describeEdge';
import { describeEntity } from '../describeEntity';
import { detectCommunities } from '../detectCommunities';
import { COMMUNITY_COLORS, DIMMED_COLOR, ENTITY_TYPE_COLORS, OTHER_COLOR, relationColor } from '../explorerColors';
import type { ExplorerData } from '../ExplorerData';
import type { ExplorerFilters } from '../ExplorerFilters';
import { filterView, type FilteredView } from '../filterView';
import { indexExplorerData } from '../indexExplorerData';
import { nodeSize } from '../nodeSize';
import { unpackExplorerData } from '../unpackExplorerData';
import { withinDates } from '../withinDates';
import { downloadBlob } from './downloadBlob';
import { renderCommunityLegend } from './renderCommunityLegend';
import { renderEdgeDetails } from './renderEdgeDetails';
import { renderEntityDetails } from './renderEntityDetails';
import { setupFilters } from './setupFilters';
import { setupSearchBox } from './setupSearchBox';

/** What the page offers scripts as `window.newsgraphExplorer`. */
export interface ExplorerHandle {
  nodePosition(id: string): { x: number; y: number } | undefined;
  /** The ids of the nodes highlighted as the neighbourhood of the hovered (or else the selected) node. */
  neighbourhood(): string[];
}

interface ViewState {
  filters: ExplorerFilters;
  view: FilteredView;
  colorBy: 'type' | 'community';
  sizeBy: 'mentions' | 'degree';
  communities?: number[];
  selectedNode?: number;
  selectedEdge?: number;
  hoveredNode?: number;
  /** The nodes joined by a shown edge to the hovered, or else the selected, node. */
  neighbours: Set<number>;
}

/**
 * Starts the explorer in a page written by renderExplorerHtml: reads the packed graph, draws it with sigma.js at its
 * build-time layout, wires search, details, filters and exports, and sets `data-ready="true"` on the body once the
 * first frame is on screen.
 */
export function startExplorer(page: Document): void {
  const find = <T extends HTMLElement>(id: string): T => {
    const found = page.getElementById(id);
    if (!found) throw new Error(`the explorer page has no #${id}: write it again with newsgraph explore`);
    return found as T;
  };
  const data = JSON.parse(find('newsgraph-data').textContent ?? '{}') as ExplorerData;
  const index = indexExplorerData(data);
  const details = find<HTMLElement>('details');
  const stats = find<HTMLElement>('stats');
  const legend = find<HTMLElement>('legend');
  const text = (at: number) => data.strings[at] ?? '';

  const largestMentions = data.nodes.reduce((most, node) => Math.max(most, node[3]), 0);
  const largestDegree = index.degree.reduce((most, degree) => Math.max(most, degree), 0);
  const sizes = {
    mentions: data.nodes.map((node) => nodeSize(node[3], largestMentions, data.nodes.length)),
    degree: index.degree.map((degree) => nodeSize(degree, largestDegree, data.nodes.length)),
  };

  const graph = new MultiDirectedGraph();
  data.nodes.forEach(([, name, type, , x, y], node) => {
    graph.addNode(String(node), { x, y, label: text(name), size: sizes.mentions[node], color: ENTITY_TYPE_COLORS[data.entityTypes[type] ?? ''] ?? OTHER_COLOR });
  });
  data.edges.forEach(([, source, target, type], edge) => {
    graph.addDirectedEdgeWithKey(String(edge), String(source), String(target), { color: relationColor(data.relationTypes[type] ?? ''), size: 1 });
  });

  const filters = setupFilters(
    {
      entityTypes: find('entity-types'),
      relationTypes: find('relation-types'),
      dates: find('dates'),
      from: find('date-from'),
      to: find('date-to'),
      minWeight: find('min-weight'),
      hideIsolated: find('hide-isolated'),
    },
    data,
    () => {
      state.view = filterView(data, state.filters);
      update();
    },
  );
  const state: ViewState = { filters, view: filterView(data, filters), colorBy: 'type', sizeBy: 'mentions', neighbours: new Set() };

  const focus = () => state.hoveredNode ?? state.selectedNode;
  const nodeColor = (node: number) => {
    if (state.colorBy === 'community' && state.communities) return COMMUNITY_COLORS[state.communities[node] ?? -1] ?? OTHER_COLOR;
    return ENTITY_TYPE_COLORS[data.entityTypes[data.nodes[node]?.[2] ?? -1] ?? ''] ?? OTHER_COLOR;
  };
  const edgeSize = (weight: number) => Math.min(6, 1 + Math.log2(Math.max(1, weight)));

  const renderer = new Sigma(graph, find('graph'), {
    defaultEdgeType: 'arrow',
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    // Captions for the largest nodes only at the default zoom (a quarter of the largest count and up), more as one
    // zooms in, never two on top of each other (as in Gephi Lite).
    labelRenderedSizeThreshold: nodeSize(1, 16, data.nodes.length),
    labelDensity: 1.5,
    labelGridCellSize: 60,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    zIndex: true,
    nodeReducer: (key, attributes): Partial<NodeDisplayData> => {
      const node = Number(key);
      if (!state.view.nodes[node]) return { ...attributes, hidden: true };
      const display: Partial<NodeDisplayData> = { ...attributes, size: sizes[state.sizeBy][node], color: nodeColor(node), zIndex: 1 };
      const centre = focus();
      const edge = state.selectedEdge === undefined ? undefined : data.edges[state.selectedEdge];
      if (node === state.selectedNode || (edge && (edge[1] === node || edge[2] === node))) {
        return { ...display, highlighted: true, forceLabel: true, zIndex: 3 };
      }
      if (centre === undefined) return display;
      if (node === centre || state.neighbours.has(node)) return { ...display, forceLabel: true, zIndex: 2 };
      return { ...display, color: DIMMED_COLOR, label: null, zIndex: 0 };
    },
    edgeReducer: (key, attributes): Partial<EdgeDisplayData> => {
      const edge = Number(key);
      if (!state.view.edges[edge]) return { ...attributes, hidden: true };
      const size = edgeSize(state.view.weights[edge] ?? 1);
      if (edge === state.selectedEdge) return { ...attributes, size: size + 2, zIndex: 3 };
      const centre = focus();
      if (centre === undefined) return { ...attributes, size, zIndex: 1 };
      const [, source, target] = data.edges[edge] ?? [];
      if (source === centre || target === centre) return { ...attributes, size: size + 1, zIndex: 2 };
      return { ...attributes, size, color: DIMMED_COLOR, zIndex: 0 };
    },
  });

  const update = () => {
    const centre = focus();
    state.neighbours = new Set();
    if (centre !== undefined) {
      for (const edge of index.incident[centre] ?? []) {
        const [, source = -1, target = -1] = data.edges[edge] ?? [];
        if (state.view.edges[edge]) state.neighbours.add(source === centre ? target : source);
      }
    }
    renderer.refresh({ skipIndexation: true });
    stats.textContent =
      `Showing ${state.view.shownNodes.toLocaleString('en')} of ${data.nodes.length.toLocaleString('en')} entities and ` +
      `${state.view.shownEdges.toLocaleString('en')} of ${data.edges.length.toLocaleString('en')} relations`;
  };
  const announce = (message: string) => {
    stats.textContent = message;
  };
  const moveCameraTo = (node: number) => {
    const position = renderer.getNodeDisplayData(String(node));
    if (!position) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  };
  const selectNode = (node: number) => {
    state.selectedNode = node;
    state.selectedEdge = undefined;
    renderEntityDetails(details, describeEntity(data, node), selectNode);
    update();
    moveCameraTo(node);
  };
  const selectEdge = (edge: number) => {
    state.selectedEdge = edge;
    state.selectedNode = undefined;
    renderEdgeDetails(details, describeEdge(data, edge), selectNode);
    update();
  };

  renderer.on('enterNode', ({ node }) => {
    state.hoveredNode = Number(node);
    update();
  });
  renderer.on('leaveNode', () => {
    state.hoveredNode = undefined;
    update();
  });
  renderer.on('clickNode', ({ node }) => selectNode(Number(node)));
  renderer.on('clickEdge', ({ edge }) => selectEdge(Number(edge)));

  setupSearchBox(find('search'), find('suggestions'), data, selectNode, announce);

  find<HTMLSelectElement>('size-by').addEventListener('change', (event) => {
    state.sizeBy = (event.target as HTMLSelectElement).value === 'degree' ? 'degree' : 'mentions';
    update();
  });
  find<HTMLSelectElement>('color-by').addEventListener('change', (event) => {
    state.colorBy = (event.target as HTMLSelectElement).value === 'community' ? 'community' : 'type';
    if (state.colorBy === 'community') {
      state.communities ??= detectCommunities(data);
      renderCommunityLegend(legend, data, state.communities);
    }
    legend.hidden = state.colorBy !== 'community';
    update();
  });
  find('fit').addEventListener('click', () => void renderer.getCamera().animatedReset({ duration: 400 }));
  find('export-png').addEventListener('click', () => {
    void toBlob(renderer, { format: 'png', backgroundColor: '#ffffff' }).then((blob) => downloadBlob(blob, 'newsgraph-view.png'));
  });
  find('export-graphml').addEventListener('click', () => {
    const subgraph = unpackExplorerData(data, {
      node: (node) => state.view.nodes[node] === true,
      edge: (edge) => state.view.edges[edge] === true,
      evidenceDate: (date) => withinDates(date, state.filters),
    });
    const xml = toGraphml(MultiDirectedGraph.from(subgraph as Parameters<typeof MultiDirectedGraph.from>[0]) as unknown as NewsGraph);
    downloadBlob(new Blob([xml], { type: 'application/graphml+xml' }), 'newsgraph-filtered.graphml');
  });
  page.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || (event.target as HTMLElement | null)?.id === 'search') return;
    state.selectedNode = undefined;
    state.selectedEdge = undefined;
    update();
  });

  // For tests and automation: where a node (by id) is drawn on the page, in CSS pixels, so a script can hover or click it.
  const nodeById = new Map(data.nodes.map(([id], node) => [text(id), node]));
  const handle: ExplorerHandle = {
    nodePosition: (id) => {
      const display = renderer.getNodeDisplayData(String(nodeById.get(id)));
      if (!display) return undefined;
      const box = find('graph').getBoundingClientRect();
      const { x, y } = renderer.framedGraphToViewport(display);
      return { x: box.left + x, y: box.top + y };
    },
    neighbourhood: () => [...state.neighbours].map((node) => text(data.nodes[node]?.[0] ?? -1)).sort(),
  };
  (window as unknown as { newsgraphExplorer: ExplorerHandle }).newsgraphExplorer = handle;

  update();
  // Sigma drew the first frame synchronously; two animation frames later it has been painted.
  requestAnimationFrame(() => requestAnimationFrame(() => page.body.setAttribute('data-ready', 'true')));
}
