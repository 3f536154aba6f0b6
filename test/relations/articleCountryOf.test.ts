import { relationLines } from '../helpers/extractText';

// Through extractDocument: the article's country places the offices it names without one.
describe('articleCountryOf', () => {
  it('counts a body named for its country as that country\'s, so a foreign ministry\'s remarks do not outweigh it', () => {
    const text = [
      'President Karl Ost ended talks with the Patriotic Front of Colombia on Wednesday.',
      'The Patriotic Front of Colombia had kidnapped a senator. The Patriotic Front of Colombia denied it.',
      'The State Department said Washington backed Mr Ost.',
    ].join('\n\n');
    expect(relationLines(text)).toContain('person:karl-ost HOLDS_ROLE country:colombia');
  });
});
