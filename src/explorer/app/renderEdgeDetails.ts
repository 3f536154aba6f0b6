import type { EdgeView } from '../ExplorerViews';
import { plural } from '../plural';
import { element } from './element';
import { entityButton } from './entityButton';
import { renderEvidenceList } from './renderEvidenceList';

/** Fills the Details region with one relation edge: its parties, type, office, topics and every evidence sentence. */
export function renderEdgeDetails(container: HTMLElement, view: EdgeView, select: (node: number) => void): void {
  container.replaceChildren(
    element(
      'div',
      { class: 'edge' },
      element('h2', { id: 'details-title' }, `${view.source.name} ${view.type} ${view.target.name}`),
      element('p', { class: 'meta' }, `${plural(view.weight, 'sentence')} · ${view.key}`),
      element('p', {}, 'From ', entityButton(view.source, select), ` (${view.source.type}) to `, entityButton(view.target, select), ` (${view.target.type})`),
      view.title && element('p', {}, element('strong', {}, 'Office: '), view.title),
      view.topics.length > 0 && element('p', {}, element('strong', {}, 'About: '), view.topics.join('; ')),
      element('h3', {}, 'Evidence'),
      renderEvidenceList(view.evidence),
    ),
  );
}
