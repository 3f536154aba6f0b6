import { edgeLabel } from '../../src/exporters/edgeLabel';
import type { EdgeAttributes } from '../../src/graph/EdgeAttributesSchema';

describe('edgeLabel', () => {
  it.each<[Pick<EdgeAttributes, 'type' | 'title'>, string]>([
    [{ type: 'CRITICIZED' }, 'CRITICIZED'],
    [{ type: 'HOLDS_ROLE', title: 'Secretary of State' }, 'HOLDS_ROLE: Secretary of State'],
    [{ type: 'HOLDS_ROLE', title: '' }, 'HOLDS_ROLE'],
  ])('labels %j as %j', (attributes, expected) => {
    expect(edgeLabel(attributes)).toBe(expected);
  });
});
