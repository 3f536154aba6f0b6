import { TreePatternSchema } from '../../src/relations/TreePattern';

const pattern = (trigger: Record<string, unknown>) => ({ id: 'p', reason: 'r', trigger, source: ['subject'], target: ['obj'], examples: [{ sentence: 'Ann Vale said Norway must go.', relations: [] }] });

describe('TreePatternSchema', () => {
  it.each([
    [{ lexicon: 'modal', words: ['must'], type: 'PRESSURED' }, true],
    // A modal trigger names its auxiliaries and the relation they state, and has no voice.
    [{ lexicon: 'modal', words: ['must'] }, false],
    [{ lexicon: 'modal', type: 'PRESSURED' }, false],
    [{ lexicon: 'modal', words: ['must'], type: 'PRESSURED', voice: 'active' }, false],
    // An unmet obligation (`should have`) is a modal's only.
    [{ lexicon: 'modal', words: ['should'], type: 'CRITICIZED', perfect: true }, true],
    [{ lexicon: 'verb', words: ['say'], type: 'CRITICIZED', perfect: true }, false],
    // A phrasal verb's particles are a verb trigger's, for its own words.
    [{ lexicon: 'verb', words: ['turn'], type: 'REJECTED', particles: { turn: ['down'] } }, true],
    [{ lexicon: 'verb', words: ['turn'], type: 'REJECTED', particles: { fight: ['off'] } }, false],
    [{ lexicon: 'noun', words: ['turn'], type: 'REJECTED', particles: { turn: ['down'] } }, false],
    [{ lexicon: 'role' }, true],
    [{ lexicon: 'role', words: ['head'] }, false],
  ])('reads the trigger %j as valid: %s', (trigger, valid) => {
    expect(TreePatternSchema.safeParse(pattern(trigger)).success).toBe(valid);
  });
});
