import { tokenizeBlock } from '../../src/text/tokenizeBlock';
import type { TextBlock } from '../../src/text/TextBlock';

function block(text: string): TextBlock {
  return { text, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i), heading: false };
}

describe('tokenizeBlock', () => {
  it('gives every token offsets that slice its text out of the block', () => {
    const text = 'Trump met Zelensky in Geneva. The US-backed plan, he said, was “final”.';
    for (const sentence of tokenizeBlock(block(text))) {
      for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('splits sentences and spans each one in the block', () => {
    const text = 'Russia attacked. Ukraine answered!';
    expect(tokenizeBlock(block(text)).map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['Russia attacked.', 'Ukraine answered!']);
  });

  it.each([
    ["Germany's", true],
    ['Germany’s', true],
    ['Germany', false],
  ])('reads %j as possessive: %s', (word, possessive) => {
    const [sentence] = tokenizeBlock(block(`${word} minister spoke.`));
    expect(sentence?.tokens[0]?.possessive).toBe(possessive);
  });
});
