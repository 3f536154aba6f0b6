import { analyzeWords } from '../../src/syntax/analyzeWords';
import { loadParserModel } from '../../src/syntax/loadParserModel';

// The universal tag the shipped model gives `word` in `sentence` (words split on spaces).
function uposOf(sentence: string, word: string): string | undefined {
  const model = loadParserModel();
  const forms = sentence.split(' ');
  const { tags } = analyzeWords(model, forms);
  return model.tagger.tags[tags[forms.indexOf(word)] ?? -1]?.upos;
}

describe('tagWords', () => {
  it.each([
    ['Ann Vale paid tribute to Tom Baxter .', 'tribute', 'NOUN'],
    ['Tom Baxter paid tribute to the nurses .', 'tribute', 'NOUN'],
    // Not right after a verb: the tagger's own reading stands.
    ['They hoped to fuel the debate .', 'fuel', 'VERB'],
    ['Mr Vale only commits a tort .', 'commits', 'VERB'],
  ])('reads a rare word compromise knows only as a noun as no verb right after a verb: %s', (sentence, word, upos) => {
    expect(uposOf(sentence, word)).toBe(upos);
  });

  it.each([
    ['Ms Vale urged Mr Darling to bring the plan forward .', 'Darling'],
    ['Mrs Brown met Mr Vale .', 'Brown'],
    ['Dr. Cook said so .', 'Cook'],
  ])('reads a capitalized word after a courtesy title as a proper noun: %s', (sentence, word) => {
    expect(uposOf(sentence, word)).toBe('PROPN');
  });
});
