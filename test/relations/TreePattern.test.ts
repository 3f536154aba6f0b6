import { compileTreePath, TreePatternFileSchema, TreePatternSchema } from '../../src/relations/TreePattern';

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

describe('compileTreePath', () => {
  it.each([
    ['obl[with|against]', [{ up: false, relation: 'obl', cases: new Set(['with', 'against']) }]],
    ['^obj{light} subject', [{ up: true, relation: 'obj', wordClasses: ['light'] }, { up: false, relation: 'subject' }]],
    // A step may lead to a word of one of several classes, or of none of them.
    ['xcomp{penalty|departure}', [{ up: false, relation: 'xcomp', wordClasses: ['penalty', 'departure'] }]],
    ['xcomp{!penalty|departure} ^xcomp obj', [{ up: false, relation: 'xcomp', wordClasses: ['penalty', 'departure'], excluded: true }, { up: true, relation: 'xcomp' }, { up: false, relation: 'obj' }]],
  ])('compiles %s', (path, steps) => {
    expect(compileTreePath(path)).toEqual(steps);
  });

  it('names the step it cannot read and the fix', () => {
    expect(() => compileTreePath('obj{!}')).toThrow('tree path step "obj{!}" is not of the form [^]relation[case|case]{class|class} or {!class}: fix the pattern file');
  });
});

describe('TreePatternFileSchema', () => {
  it('refuses two patterns with one id', () => {
    const file = (ids: string[]) => ({ reason: 'r', wordClasses: {}, patterns: ids.map((id) => ({ ...pattern({ lexicon: 'verb' }), id })) });
    expect(TreePatternFileSchema.safeParse(file(['a', 'b'])).success).toBe(true);
    const twice = TreePatternFileSchema.safeParse(file(['a', 'a']));
    expect(twice.success ? '' : twice.error.issues[0]?.message).toBe('two tree patterns have the id "a": give each its own');
  });
});
