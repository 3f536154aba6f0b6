import nlp from 'compromise';
import { tagText } from '../../src/text/tagText';

type Terms = { text: string; pre: string; post: string; tags: Set<string>; chunk?: string }[][];

const words = (document: unknown) =>
  (document as Terms).map((terms) => terms.map(({ text, pre, post, tags }) => [pre, text, post, [...tags]]));

describe('tagText', () => {
  it.each([
    ['Marco Rubio met Sergei Lavrov in Geneva on Tuesday.'],
    ["The U.S. won't sign the treaty, the State Department's spokesman said. Talks resume in May."],
    ['Prime Minister Keir Starmer, 62, heads the Labour Party; he was elected in 2015.'],
  ])('gives the terms and tags nlp() gives for "%s"', (text) => {
    expect(words(tagText(text))).toEqual(words(nlp(text).document));
  });

  it('skips the phrase chunker, and leaves it running for every other nlp() call', () => {
    const text = 'The old minister signed the deal.';
    const chunks = (document: unknown) => (document as Terms).flat().map((term) => term.chunk);
    // compromise's tagger chunks a few terms itself; the chunker fills in the rest (`The` of `The old minister`).
    expect(chunks(tagText(text))[0]).toBeUndefined();
    expect(chunks(nlp(text).document)[0]).toBe('Noun');
    expect(nlp.hooks()).toContain('chunks');
  });
});
