import type { EntityView } from '../ExplorerViews';
import { plural } from '../plural';
import { element } from './element';
import { entityButton } from './entityButton';
import { renderDocument } from './renderDocument';
import { renderEvidenceList } from './renderEvidenceList';

/**
 * Fills the Details region with one entity: name, type, aliases, mentions, the documents naming it, and its relations
 * by type and counterpart, each with its evidence sentences.
 */
export function renderEntityDetails(container: HTMLElement, view: EntityView, select: (node: number) => void): void {
  const evidenceCount = view.relations.reduce((sum, relation) => sum + relation.groups.reduce((total, group) => total + group.weight, 0), 0);
  container.replaceChildren(
    element(
      'div',
      { class: 'entity' },
      element('h2', { id: 'details-title' }, view.name),
      element('p', { class: 'meta' }, `${view.type} · ${plural(view.mentions, 'mention')} · ${plural(view.degree, 'relation')} · ${view.id}`),
      view.aliases.length > 0 && element('p', {}, element('strong', {}, 'Also named: '), view.aliases.join(', ')),
      element('h3', {}, `Documents (${view.documents.length})`),
      element(
        'ul',
        {},
        ...view.documents.map((document) => element('li', {}, ...renderDocument(document), ` · ${plural(document.mentions, 'mention')}`)),
      ),
      element('h3', {}, `Relations (${view.degree}, ${plural(evidenceCount, 'sentence')})`),
      view.relations.length === 0 && element('p', {}, 'No relation is stated for this entity.'),
      ...view.relations.map((relation) =>
        element(
          'section',
          { class: 'relation', 'aria-label': relation.type },
          element('h3', {}, relation.type),
          ...relation.groups.map((group) =>
            element(
              'article',
              { class: 'group' },
              element(
                'h4',
                {},
                element('span', { 'aria-hidden': 'true' }, group.direction === 'out' ? '→' : '←'),
                element(
                  'span',
                  { class: 'visually-hidden' },
                  group.direction === 'out' ? `${view.name} ${relation.type}` : `${relation.type} ${view.name}, by`,
                ),
                entityButton(group.counterpart, select),
                element('span', { class: 'meta' }, `${group.counterpart.type} · ${plural(group.weight, 'sentence')}`),
              ),
              ...group.edges.map((edge) =>
                element(
                  'div',
                  {},
                  edge.title && element('p', { class: 'meta' }, `Office: ${edge.title} (${edge.weight})`),
                  edge.topics.length > 0 && element('p', { class: 'meta' }, `About: ${edge.topics.join('; ')}`),
                  renderEvidenceList(edge.evidence),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
