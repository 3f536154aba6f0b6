import { candidateAt } from '../../src/mentions/candidateAt';
import { tokensOf } from '../helpers/tokensOf';

describe('candidateAt', () => {
  it.each([
    // The possessive's letters are no part of the name, its surface or its offsets.
    ["Ann Vale's plan failed.", 0, 1, 'Ann Vale'],
    ["The Workers' Party won.", 1, 2, "Workers' Party"],
    ['The Home Office replied.', 1, 2, 'Home Office'],
  ])('reads %j from word %d to word %d as %j', (text, first, last, surface) => {
    const found = candidateAt(tokensOf(text), first, last, 'Organization');
    expect([found.surface, text.slice(found.start, found.end)]).toEqual([surface, surface]);
  });

  it('keeps the words as written and names a renamed surface as a known name of its own', () => {
    const found = candidateAt(tokensOf('BRUSSELS, Nov 18 - Talks began.'), 0, 0, 'Location', undefined, (surface) => surface.charAt(0) + surface.slice(1).toLowerCase());
    expect([found.surface, found.known?.entityId, found.start, found.end]).toEqual(['Brussels', 'location:brussels', 0, 8]);
  });
});
