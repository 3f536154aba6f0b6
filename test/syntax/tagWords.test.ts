import { analyzeWords } from '../../src/syntax/analyzeWords';
import { loadParserModel } from '../../src/syntax/loadParserModel';

// The universal tag the shipped model gives `word` in `sentence` (words split on spaces), the words `names` holds
// marked as names.
function uposOf(sentence: string, word: string, names: readonly string[] = []): string | undefined {
  const model = loadParserModel();
  const forms = sentence.split(' ');
  const { tags } = analyzeWords(model, forms, forms.map((form) => names.includes(form)));
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

  it.each([
    ['Tom Baxter criticised Mrs May over the deal .', 'Mrs'],
    ['Tom Baxter accused Mrs May of running down the clock .', 'Mrs'],
    ['Ann Vale met Mr Vosk .', 'Mr'],
  ])('reads a capitalized courtesy title before a capitalized word as a singular proper noun: %s', (sentence, word) => {
    const model = loadParserModel();
    const forms = sentence.split(' ');
    const { tags } = analyzeWords(model, forms, forms.map(() => false));
    expect(model.tagger.tags[tags[forms.indexOf(word)] ?? -1]).toMatchObject({ upos: 'PROPN', xpos: 'NNP' });
  });

  it.each([
    ['Ann Vale demanded that Tom Baxter resign .', 'resign', ['Tom', 'Baxter'], 'VERB'],
    ['Ann Vale insisted that Tom Baxter and Karl Ost sign a declaration .', 'sign', ['Tom', 'Baxter', 'Karl', 'Ost'], 'VERB'],
    ['Ann Vale demanded that Johnson apologise to the commissioner .', 'apologise', ['Johnson'], 'VERB'],
    ['Ann Vale was urging that Tom Baxter resign .', 'resign', ['Tom', 'Baxter'], 'VERB'],
    // Not after a verb that demands nothing.
    ['Ann Vale saw that Tom Baxter resign .', 'resign', ['Tom', 'Baxter'], 'NOUN'],
  ])('reads a noun right after a name opening a `that` clause of demanding as its base verb: %s', (sentence, word, names, upos) => {
    expect(uposOf(sentence, word, names)).toBe(upos);
  });

  it.each([
    ['Labour leader Sir Tom Baxter accused Ms Vosk of lying .', 'Labour', 'VERB'],
    ['Manchester United won .', 'United', 'VERB'],
  ])('reads a capitalized word of a name the pipeline found as a proper noun: %s', (sentence, word, without) => {
    expect([uposOf(sentence, word), uposOf(sentence, word, [word])]).toEqual([without, 'PROPN']);
  });
});
