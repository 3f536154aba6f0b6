import { readConllu } from '../../src/syntax/readConllu';
import { CONLLU_FIXTURE } from './conlluFixture';

describe('readConllu', () => {
  const sentences = readConllu(CONLLU_FIXTURE, 'fixture');

  it('reads each sentence with its id, text and syntactic words (not the multiword token line)', () => {
    expect(sentences.map((sentence) => [sentence.id, sentence.words.length])).toEqual([
      ['s1', 7],
      ['s2', 15],
      ['s3', 8],
    ]);
    expect(sentences[0]?.text).toBe("I don't like cold tea.");
    expect(sentences[0]?.words.map((word) => word.form)).toEqual(['I', 'do', "n't", 'like', 'cold', 'tea', '.']);
  });

  it('keeps tags, heads and relations with their subtypes', () => {
    expect(sentences[1]?.words[1]).toEqual({ form: 'report', upos: 'NOUN', xpos: 'NN', head: 9, deprel: 'nsubj:pass', spaceAfter: false });
  });

  it.each([
    [0, 0, true],
    [0, 1, false],
    [0, 2, true],
    [0, 5, false],
  ])('reads sentence %i word %i as followed by a space: %s (from SpaceAfter, a multiword token giving it to its last word)', (s, w, spaceAfter) => {
    expect(sentences[s]?.words[w]?.spaceAfter).toBe(spaceAfter);
  });

  it.each([
    ['1\tI\tI\tPRON\tPRP\t_\t0\troot\t_', 'needs 10 tab-separated columns'],
    ['2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_', 'out of sequence'],
    ['1\tI\tI\tPRON\tPRP\t_\t3\troot\t_\t_', 'points past the last word'],
  ])('rejects the malformed line %j', (line, message) => {
    expect(() => readConllu(line, 'bad.conllu')).toThrow(message);
  });
});
