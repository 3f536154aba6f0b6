import { COMMUNITY_COLORS, OTHER_COLOR } from '../explorerColors';
import type { ExplorerData } from '../ExplorerData';
import { element } from './element';

/** The legend of the colouring by community: each coloured community by its size and its most mentioned members, in words. */
export function renderCommunityLegend(container: HTMLElement, data: ExplorerData, communities: readonly number[]): void {
  const members = COMMUNITY_COLORS.map(() => [] as number[]);
  let others = 0;
  communities.forEach((community, node) => {
    const list = members[community];
    if (list) list.push(node);
    else others++;
  });
  const mentions = (node: number) => data.nodes[node]?.[3] ?? 0;
  const name = (node: number) => data.strings[data.nodes[node]?.[1] ?? -1] ?? '';
  container.replaceChildren(
    element('h2', {}, 'Communities'),
    element(
      'ol',
      {},
      ...members
        .map((nodes, community) => ({ nodes, community }))
        .filter(({ nodes }) => nodes.length > 0)
        .map(({ nodes, community }) =>
          element(
            'li',
            {},
            element('span', { class: 'swatch', style: `background:${COMMUNITY_COLORS[community] ?? OTHER_COLOR}`, 'aria-hidden': 'true' }),
            `${community + 1}: ${[...nodes].sort((a, b) => mentions(b) - mentions(a)).slice(0, 2).map(name).join(', ')}${nodes.length > 2 ? '…' : ''}`,
            element('span', { class: 'count' }, String(nodes.length)),
          ),
        ),
      others > 0 &&
        element(
          'li',
          {},
          element('span', { class: 'swatch', style: `background:${OTHER_COLOR}`, 'aria-hidden': 'true' }),
          'smaller communities',
          element('span', { class: 'count' }, String(others)),
        ),
    ),
  );
}
