import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { apposedPost } from '../../src/mentions/apposedPost';
import { tokensOf } from '../helpers/tokensOf';

describe('apposedPost', () => {
  it.each([
    ['Orlak, a professor of history at Kessel, spoke.', 0, true],
    ['Vela, the Labour MP for Orla, spoke.', 0, true],
    // A role bodies are described by as well, and a name after a preposition, describe no person.
    ['Orlak, a member of the coalition, spoke.', 0, false],
    ['In Orla, a city official said so.', 1, false],
    ['Orlak, the city, agreed.', 0, false],
  ])('in %j reads the name at word %i as a person\'s by the post after it: %s', (text, at, expected) => {
    expect(apposedPost(tokensOf(text), at, at, defaultKnowledge())).toBe(expected);
  });
});
