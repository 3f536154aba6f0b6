import type { EntityRef } from '../ExplorerViews';
import { element } from './element';

/** A button naming an entity that selects it (in the details and on the graph) when pressed. */
export function entityButton(entity: EntityRef, select: (node: number) => void): HTMLButtonElement {
  const button = element('button', { type: 'button', class: 'entity-link', 'data-node': entity.node }, entity.name);
  button.addEventListener('click', () => select(entity.node));
  return button;
}
