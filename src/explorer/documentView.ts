import type { ExplorerData } from './ExplorerData';
import type { DocumentView } from './ExplorerViews';
import { indexExplorerData } from './indexExplorerData';

/** The DocumentView of the document whose id is string `id` of the data (just the id if the graph does not list it). */
export function documentView(data: ExplorerData, id: number): DocumentView {
  const text = (index: number | undefined) => (index === undefined || index < 0 ? undefined : data.strings[index]);
  const [, title, date, source] = indexExplorerData(data).documentById.get(id) ?? [];
  return {
    id: text(id) ?? '',
    ...(text(title) === undefined ? {} : { title: text(title) }),
    ...(text(date) === undefined ? {} : { date: text(date) }),
    ...(text(source) === undefined ? {} : { source: text(source) }),
  };
}
