import { toTextBlocks } from '../../src/text/toTextBlocks';

const article = ['---', 'title: "A title"', 'date: 2025-11-24', '---', '', '## Talks resume', 'Hereâ€™s the news from Kyiv.', '- A bullet about Moscow.', '#Peace #Talks', ''].join('\n');

describe('toTextBlocks', () => {
  const blocks = toTextBlocks(article);

  it('leaves out front matter, hashtag lines and line markup', () => {
    expect(blocks.map((block) => block.text)).toEqual(['Talks resume', 'Here’s the news from Kyiv.', 'A bullet about Moscow.']);
  });

  it('marks a title-case line without final punctuation as a heading', () => {
    expect(blocks.map((block) => block.heading)).toEqual([true, false, false]);
  });

  it.each([['Kyiv'], ['Moscow'], ['news']])('maps %j back to its offset in the raw article', (word) => {
    const block = blocks.find((candidate) => candidate.text.includes(word));
    const at = block?.text.indexOf(word) ?? -1;
    const start = block?.origin[at] ?? -1;
    const end = block?.origin[at + word.length] ?? -1;
    expect(article.slice(start, end)).toBe(word);
  });

  it.each([
    ['Talks at the caf&eacute; in Z&uuml;rich.', 'Talks at the café in Zürich.', 'café', 'caf&eacute;'],
    ['Talks at the caf&Atilde;&copy; in Zurich.', 'Talks at the café in Zurich.', 'café', 'caf&Atilde;&copy;'],
    ['&ldquo;We will win,&rdquo; said Fran&ccedil;ois.', '“We will win,” said François.', 'François.', 'Fran&ccedil;ois.'],
    ['- Ten&nbsp;km from Kyiv&#x2019;s centre', 'Ten km from Kyiv’s centre', 'Kyiv’s', 'Kyiv&#x2019;s'],
  ])('decodes HTML references in %j and maps %j back to the raw text', (raw, cleaned, word, rawWord) => {
    const [block] = toTextBlocks(raw);
    expect(block?.text).toBe(cleaned);
    const at = block?.text.indexOf(word) ?? -1;
    expect(raw.slice(block?.origin[at], block?.origin[at + word.length])).toBe(rawWord);
  });

  it('ends each block at the raw end of its line, after a repaired sequence', () => {
    const block = blocks[1];
    expect(block && article.slice(block.origin[0], block.origin[block.text.length])).toBe('Hereâ€™s the news from Kyiv.');
  });
});
