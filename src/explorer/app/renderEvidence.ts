import type { EvidenceView } from '../ExplorerViews';
import { element } from './element';
import { renderDocument } from './renderDocument';

/** One evidence item: the sentence with both parties marked, then its document, date and the rule's reason. */
export function renderEvidence(item: EvidenceView): HTMLLIElement {
  const quote = element('q');
  let at = 0;
  for (const mark of item.marks) {
    quote.append(item.sentence.slice(at, mark.start));
    quote.append(element('mark', { 'data-party': mark.party }, item.sentence.slice(mark.start, mark.end)));
    at = mark.end;
  }
  quote.append(item.sentence.slice(at));
  return element(
    'li',
    {},
    element('blockquote', {}, quote),
    element('p', { class: 'provenance' }, ...renderDocument(item.document, item.date ?? item.document.date), ` · rule ${item.rule}: ${item.reason}`),
  );
}
