import { resolveCorpus } from '../../src/pipeline/resolveCorpus';
import { extractText, relationLines } from '../helpers/extractText';

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

  // (Through resolveCorpus, which places an office written without its country in the article's country.)
  it('counts the demonym opening a body\'s name for its country, once', () => {
    const text = [
      'Foreign Minister Karl Ost said on Monday that the Australian Medical Council would review the rules.',
      'The Australian Medical Council had asked for more time. The Australian Medical Council meets in May.',
    ].join('\n\n');
    const [resolved] = resolveCorpus([extractText(text)]);
    expect(resolved?.relations.map((relation) => `${relation.source} ${relation.type} ${relation.target}`)).toContain('person:karl-ost HOLDS_ROLE country:australia');
  });

  it('counts the towns and regions an article names for their country, when no other country outweighs them', () => {
    const text = [
      'The House voted on Thursday to censure Representative Karl Ost of New York.',
      'Representative Ann Vale of Ohio and Representative Tom Baxter of Alabama spoke.',
    ].join('\n\n');
    expect(relationLines(text)).toContain('person:ann-vale HOLDS_ROLE organization:us-house-of-representatives');
  });
});
