import { compileCues } from '../../src/relations/compileCues';

const file = (ids: string[]) => ({
  reason: 'test cues',
  cues: ids.map((id) => ({ id, reason: `why ${id}`, verbs: ['favour'], words: ['Keen'], examples: [{ text: 'A sentence.', relations: [] }] })),
});

describe('compileCues', () => {
  it('indexes every inflection of the verbs and the words in lower case', () => {
    const { wanted } = compileCues(file(['wanted']), ['wanted']);
    expect([...wanted.forms].sort()).toEqual(['favour', 'favoured', 'favouring', 'favours', 'keen']);
  });

  it.each([
    ['a cue the pattern reads is missing', file(['wanted']), ['wanted', 'ready']],
    ['the file has a cue no pattern reads', file(['wanted', 'spare']), ['wanted']],
  ])('rejects a file when %s', (_case, data, ids) => {
    expect(() => compileCues(data, ids)).toThrow(/defines exactly the cues/);
  });

  it('rejects a cue without examples', () => {
    const data = { reason: 'r', cues: [{ id: 'wanted', reason: 'why', words: ['keen'], examples: [] }] };
    expect(() => compileCues(data, ['wanted'])).toThrow();
  });
});
