import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { demonymBodyCountry } from '../../src/relations/demonymBodyCountry';

describe('demonymBodyCountry', () => {
  it.each([
    ['Australian Federal Police', 'country:australia'],
    ['South African Medical Association', 'country:south-africa'],
    ['French Tennis Federation', 'country:france'],
    // Not an event, a name general knowledge knows, a name with no demonym, or a demonym alone.
    ['French Open', undefined],
    ['American Express', undefined],
    ['Vosk Federal Police', undefined],
    ['Australian', undefined],
  ])('reads the country of the body %j as %j', (name, expected) => {
    expect(demonymBodyCountry(name, defaultKnowledge())).toBe(expected);
  });
});
