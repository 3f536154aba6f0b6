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

  it.each([
    ['Spain left the U.S.-led coalition.', ['U.S.', 'led']],
    ['The U.N.-brokered truce held.', ['U.N.', 'brokered']],
  ])('splits a dotted acronym from the word hyphened to it, as in the undotted form: %j', (text, pieces) => {
    const tokens = tokenizeBlocks([block(text)]).flatMap((sentence) => sentence.tokens);
    const at = tokens.findIndex((token) => token.text === pieces[0]);
    expect(tokens.slice(at, at + 2).map((token) => [token.text, text.slice(token.start, token.end), token.post])).toEqual([
      [pieces[0], pieces[0], '-'],
      [pieces[1], pieces[1], ' '],
    ]);
  });

  it.each([
    ["A judge in L'Aquila, Marco Billi, ruled.", "L'Aquila", ', '],
    ["He flew to Cote d'Ivoire; then home.", "d'Ivoire", '; '],
  ])('keeps the punctuation after a word compromise expands as a contraction: %j', (text, word, post) => {
    const tokens = tokenizeBlocks([block(text)]).flatMap((sentence) => sentence.tokens);
    expect(tokens.find((token) => token.text === word)?.post).toBe(post);
  });

  it('splits sentences and spans each one in the block', () => {
    const text = 'Russia attacked. Ukraine answered!';
    expect(tokenizeBlocks([block(text)]).map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['Russia attacked.', 'Ukraine answered!']);
  });

  it.each([
    ['"We will win." Tony Blair criticised the plan.', ['"We will win."', 'Tony Blair criticised the plan.']],
    ['“We will win.” Tony Blair criticised the plan.', ['“We will win.”', 'Tony Blair criticised the plan.']],
    ["'The talks are over.' Moscow recalled its envoy.", ["'The talks are over.'", 'Moscow recalled its envoy.']],
    ['She called the offer "an insult." Canada rejected it.', ['She called the offer "an insult."', 'Canada rejected it.']],
    ['"Why should we pay?" The question divided the summit.', ['"Why should we pay?"', 'The question divided the summit.']],
    ['"Enough!" Protesters marched on.', ['"Enough!"', 'Protesters marched on.']],
    ['"It is over." "No, it is not," he replied.', ['"It is over."', '"No, it is not," he replied.']],
    ['"We will win." he said, to laughter.', ['"We will win." he said, to laughter.']],
    ['"We will win," he said.', ['"We will win," he said.']],
    ['He thanked "Mr." Smith for the report.', ['He thanked "Mr." Smith for the report.']],
    ['Troops left the "U.S." Embassy at dawn.', ['Troops left the "U.S." Embassy at dawn.']],
    ['The memo was signed "J." Smith at the end.', ['The memo was signed "J." Smith at the end.']],
    ['He said "no." 2024 was different.', ['He said "no." 2024 was different.']],
  ])('splits %j into the sentences %j', (text, expected) => {
    expect(tokenizeBlocks([block(text)]).map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(expected);
  });

  it('gives the tokens of a sentence after a closing quote their offsets in the block', () => {
    const text = 'Aides said: "It is over." Ministers left the room.';
    const [, second] = tokenizeBlocks([block(text)]);
    expect(second?.tokens.map((token) => [token.text, text.slice(token.start, token.end)])).toEqual([
      ['Ministers', 'Ministers'],
      ['left', 'left'],
      ['the', 'the'],
      ['room', 'room'],
    ]);
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

  it('reads a long document in windows of whole blocks, with the sentences, offsets and tokens of one pass', () => {
    const paragraph = (i: number) => `Russia attacked Ukraine on day ${i}. "We will answer," the minister said.`;
    const blocks = Array.from({ length: 320 }, (_, i) => block(paragraph(i))) // 23,000 characters: two windows;
    const done: number[] = [];
    const sentences = tokenizeBlocks(blocks, (blocksDone) => done.push(blocksDone));
    expect(done.length).toBeGreaterThan(1);
    expect(done[done.length - 1]).toBe(blocks.length);
    expect(sentences).toHaveLength(2 * blocks.length);
    sentences.forEach((sentence, i) => {
      expect(sentence.block).toBe(blocks[Math.floor(i / 2)]);
      for (const token of sentence.tokens) expect(sentence.block.text.slice(token.start, token.end)).toBe(token.text);
    });
    // Every block's last word is followed by the newline that joins blocks, whether or not a window ends there.
    expect(sentences.slice(0, -1).filter((_, i) => i % 2 === 1).every((sentence) => sentence.tokens[sentence.tokens.length - 1]?.post === '.\n')).toBe(true);
  });
});
