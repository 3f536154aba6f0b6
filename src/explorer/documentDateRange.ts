import type { ExplorerData } from './ExplorerData';

/** The first and last day (ISO `YYYY-MM-DD`) on which the graph's documents are dated; undefined when none is dated. */
export function documentDateRange(data: ExplorerData): { from: string; to: string } | undefined {
  const days = data.documents
    .map(([, , date]) => (date < 0 ? undefined : data.strings[date]?.slice(0, 10)))
    .filter((day): day is string => day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day))
    .sort();
  const [from] = days;
  const to = days[days.length - 1];
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}
