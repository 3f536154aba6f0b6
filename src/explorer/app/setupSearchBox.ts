import type { ExplorerData } from '../ExplorerData';
import { searchEntities, type EntityMatch } from '../searchEntities';
import { element } from './element';

const SUGGESTIONS = 8;

/**
 * Makes the search input an ARIA combobox over names and aliases: suggestions as the user types, arrow keys to move
 * through them, Enter to select the highlighted one or else the best match, Escape to close.
 */
export function setupSearchBox(
  input: HTMLInputElement,
  list: HTMLUListElement,
  data: ExplorerData,
  select: (node: number) => void,
  announce: (message: string) => void,
): void {
  let matches: EntityMatch[] = [];
  let active = -1;

  const show = () => {
    list.replaceChildren(
      ...matches.map((match, index) => {
        const type = data.entityTypes[data.nodes[match.node]?.[2] ?? -1] ?? '';
        const option = element(
          'li',
          { id: `suggestion-${index}`, role: 'option', 'aria-selected': index === active ? 'true' : 'false' },
          match.name,
          element('span', { class: 'hint' }, ` · ${type}${match.kind === 'exact' || match.kind === 'prefix' ? '' : ` · “${match.matched}”`}`),
        );
        // mousedown, not click: the input's blur would close the list before a click lands.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(index);
        });
        return option;
      }),
    );
    list.hidden = matches.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    active = -1;
    matches = [];
    show();
  };
  const choose = (index: number) => {
    const match = matches[index];
    if (!match) return;
    input.value = match.name;
    close();
    select(match.node);
  };

  input.addEventListener('input', () => {
    matches = searchEntities(data, input.value, SUGGESTIONS);
    active = -1;
    show();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) matches = searchEntities(data, input.value, SUGGESTIONS);
      if (matches.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + matches.length) % matches.length;
      show();
      event.preventDefault();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (matches.length === 0) matches = searchEntities(data, input.value, SUGGESTIONS);
      if (matches.length === 0) announce(`No entity matches “${input.value}”.`);
      choose(Math.max(0, active));
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
