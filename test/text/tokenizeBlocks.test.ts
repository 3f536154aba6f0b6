import { tokenizeBlocks } from '../../src/text/tokenizeBlocks';
import type { TextBlock } from '../../src/text/TextBlock';

function block(text: string): TextBlock {
  return { text, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i), heading: false };
}

describe('tokenizeBlocks', () => {
  it('gives every token offsets that slice its text out of the block', () => {
    const text = 'Trump met Zelensky in Geneva. The US-backed plan, he said, was “final”.';
    for (const sentence of tokenizeBlocks([block(text)])) {
      for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('splits sentences and spans each one in the block', () => {
    const text = 'Russia attacked. Ukraine answered!';
    expect(tokenizeBlocks([block(text)]).map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['Russia attacked.', 'Ukraine answered!']);
  });

  it.each([
    ["Germany's", true],
    ['Germany’s', true],
    ['Germany', false],
  ])('reads %j as possessive: %s', (word, possessive) => {
    const [sentence] = tokenizeBlocks([block(`${word} minister spoke.`)]);
    expect(sentence?.tokens[0]?.possessive).toBe(possessive);
  });

  it('keeps each sentence in its own block, with offsets local to that block', () => {
    const blocks = [block('Key Points'), block('Ukraine would withdraw. Russia agreed.')];
    const sentences = tokenizeBlocks(blocks);
    expect(sentences.map((sentence) => [blocks.indexOf(sentence.block), sentence.block.text.slice(sentence.start, sentence.end)])).toEqual([
      [0, 'Key Points'],
      [1, 'Ukraine would withdraw.'],
      [1, 'Russia agreed.'],
    ]);
  });
});
