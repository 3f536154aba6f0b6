import type { DocumentView } from '../ExplorerViews';
import { element } from './element';

/** A document as the Details cite it: title (or id), day, and source when it is not the id; `date` overrides its date. */
export function renderDocument(document: DocumentView, date = document.date): (Node | string)[] {
  return [
    element('cite', {}, document.title ?? document.id),
    date ? ` · ${date.slice(0, 10)}` : ' · undated',
    document.source && document.source !== document.id ? ` · ${document.source}` : '',
  ];
}
