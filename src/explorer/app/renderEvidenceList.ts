import type { EvidenceView } from '../ExplorerViews';
import { element } from './element';
import { renderEvidence } from './renderEvidence';

// A hub's relations can cite hundreds of sentences: show a few of each, and the rest on request.
const SHOWN_AT_FIRST = 5;

/** The evidence of one relation as a list, the first few shown and a button that shows the others. */
export function renderEvidenceList(evidence: readonly EvidenceView[]): HTMLElement {
  const list = element('ol', { class: 'evidence' });
  for (const item of evidence.slice(0, SHOWN_AT_FIRST)) list.append(renderEvidence(item));
  if (evidence.length <= SHOWN_AT_FIRST) return list;
  const more = element('button', { type: 'button', class: 'entity-link' }, `Show ${evidence.length - SHOWN_AT_FIRST} more sentences`);
  more.addEventListener('click', () => {
    for (const item of evidence.slice(SHOWN_AT_FIRST)) list.append(renderEvidence(item));
    more.remove();
  });
  return element('div', {}, list, more);
}
