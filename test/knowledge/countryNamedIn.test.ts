import { countryNamedIn } from '../../src/knowledge/countryNamedIn';
import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';

describe('countryNamedIn', () => {
  it.each([
    ['Revolutionary Armed Forces of Colombia', 'country:colombia'],
    ['Communist Party of Nepal', 'country:nepal'],
    ['Central Bank of the Philippines', 'country:philippines'],
    // Not a name general knowledge knows, a capital or demonym, or a country before `of`.
    ['Bank of America', undefined],
    ['University of Paris', undefined],
    ['Vosk Front of Colombian Workers', undefined],
    ['Colombia of Tomorrow', undefined],
  ])('reads the country the body %j is named for as %j', (name, expected) => {
    expect(countryNamedIn(name, defaultKnowledge())).toBe(expected);
  });
});
