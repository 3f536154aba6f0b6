import { documentDateRange } from '../documentDateRange';
import { ENTITY_TYPE_COLORS, OTHER_COLOR, relationColor } from '../explorerColors';
import type { ExplorerData } from '../ExplorerData';
import type { ExplorerFilters } from '../ExplorerFilters';
import { element } from './element';

/** The filter controls of the page, by element id. */
export interface FilterControls {
  entityTypes: HTMLFieldSetElement;
  relationTypes: HTMLFieldSetElement;
  dates: HTMLFieldSetElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  minWeight: HTMLInputElement;
  hideIsolated: HTMLInputElement;
}

/**
 * Fills the filter panel (a checkbox per entity type and relation type present, with its colour and count, so the
 * list is also the legend; the date bounds of the documents; the minimum evidence) and calls `changed` with the new
 * filters after every change. Returns the filters in force at the start: everything shown.
 */
export function setupFilters(controls: FilterControls, data: ExplorerData, changed: (filters: ExplorerFilters) => void): ExplorerFilters {
  const shownTypes = new Set(data.entityTypes.map((_, index) => index));
  const shownRelations = new Set(data.relationTypes.map((_, index) => index));
  const filters: ExplorerFilters = { entityTypes: shownTypes, relationTypes: shownRelations, minWeight: 1, hideIsolated: false };
  const typeCounts = count(data.nodes.map((node) => node[2]), data.entityTypes.length);
  const relationCounts = count(data.edges.map((edge) => edge[3]), data.relationTypes.length);

  const checkboxes = (
    fieldset: HTMLFieldSetElement,
    names: readonly string[],
    counts: readonly number[],
    color: (name: string) => string,
    swatch: string,
    shown: Set<number>,
  ) => {
    names.forEach((name, index) => {
      if ((counts[index] ?? 0) === 0) return;
      const box = element('input', { type: 'checkbox', checked: true, value: name });
      box.addEventListener('change', () => {
        if (box.checked) shown.add(index);
        else shown.delete(index);
        changed(filters);
      });
      fieldset.append(
        element(
          'label',
          {},
          box,
          element('span', { class: swatch, style: `background:${color(name)}`, 'aria-hidden': 'true' }),
          name,
          element('span', { class: 'count' }, String(counts[index] ?? 0)),
        ),
      );
    });
  };
  checkboxes(controls.entityTypes, data.entityTypes, typeCounts, (type) => ENTITY_TYPE_COLORS[type] ?? OTHER_COLOR, 'swatch', shownTypes);
  checkboxes(controls.relationTypes, data.relationTypes, relationCounts, relationColor, 'swatch line', shownRelations);

  const range = documentDateRange(data);
  if (range) {
    for (const input of [controls.from, controls.to]) {
      input.min = range.from;
      input.max = range.to;
    }
    controls.from.value = range.from;
    controls.to.value = range.to;
  } else {
    controls.from.disabled = true;
    controls.to.disabled = true;
    controls.dates.append(element('p', { class: 'count' }, 'No document is dated.'));
  }
  const readDates = () => {
    // A bound at the edge of the documents' range filters nothing: leave it unset so undated documents stay shown.
    filters.from = controls.from.value && controls.from.value !== range?.from ? controls.from.value : undefined;
    filters.to = controls.to.value && controls.to.value !== range?.to ? controls.to.value : undefined;
    changed(filters);
  };
  controls.from.addEventListener('change', readDates);
  controls.to.addEventListener('change', readDates);
  controls.minWeight.addEventListener('change', () => {
    const value = Math.floor(Number(controls.minWeight.value));
    filters.minWeight = Number.isFinite(value) && value >= 1 ? value : 1;
    changed(filters);
  });
  controls.hideIsolated.addEventListener('change', () => {
    filters.hideIsolated = controls.hideIsolated.checked;
    changed(filters);
  });
  return filters;
}

function count(values: readonly number[], size: number): number[] {
  const counts = new Array<number>(size).fill(0);
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
