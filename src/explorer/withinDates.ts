import type { ExplorerFilters } from './ExplorerFilters';

/**
 * Whether a date (ISO, any precision) falls on a day within the filters' bounds. With no bound set every date passes,
 * an undated one too; with a bound set an undated one does not, since it cannot be placed.
 */
export function withinDates(date: string | undefined, filters: Pick<ExplorerFilters, 'from' | 'to'>): boolean {
  if (filters.from === undefined && filters.to === undefined) return true;
  if (date === undefined) return false;
  const day = date.slice(0, 10);
  return (filters.from === undefined || day >= filters.from) && (filters.to === undefined || day <= filters.to);
}
