import { generateCorpus } from '../../src/bench/generateCorpus';
import { countWords } from '../../src/bench/countWords';
import { DocumentSchema } from '../../src/document/DocumentSchema';

const ARTICLES = [
  '---\ntitle: "Front matter is metadata"\nauthor: someone\n---\n\nRubio met Yermak in Geneva. Trump criticized Ukraine.\n',
  'Kyiv rejected the plan. Moscow said nothing.\n## A heading line\n- A bullet line\n#Ukraine #Peace\n',
];

describe('generateCorpus', () => {
  it('makes the number of documents asked for, each valid and at least as long as asked', () => {
    const documents = generateCorpus(ARTICLES, { documents: 4, wordsPerDocument: 30, seed: 3 });
    expect(documents).toHaveLength(4);
    for (const document of documents) {
      expect(DocumentSchema.safeParse(document).success).toBe(true);
      expect(countWords(document.text)).toBeGreaterThanOrEqual(30);
    }
    expect(new Set(documents.map((document) => document.id)).size).toBe(4);
  });

  it('gives the same corpus for the same seed and another for another seed', () => {
    const options = { documents: 3, wordsPerDocument: 40, seed: 9 };
    expect(generateCorpus(ARTICLES, options)).toEqual(generateCorpus(ARTICLES, options));
    expect(generateCorpus(ARTICLES, { ...options, seed: 10 })).not.toEqual(generateCorpus(ARTICLES, options));
  });

  it('recombines whole sentences and lines of the articles, leaving front matter out', () => {
    const units = new Set([
      'Rubio met Yermak in Geneva.',
      'Trump criticized Ukraine.',
      'Kyiv rejected the plan.',
      'Moscow said nothing.',
      '## A heading line',
      '- A bullet line',
      '#Ukraine #Peace',
    ]);
    const text = generateCorpus(ARTICLES, { documents: 5, wordsPerDocument: 50, seed: 1 })
      .map((document) => document.text)
      .join('\n\n');
    let rest = text;
    for (const unit of units) rest = rest.split(unit).join('');
    expect(rest.trim()).toMatch(/^\s*$/);
    expect(text).not.toContain('Front matter');
  });

  it('invents a share of the sentences, each document naming its own people, so the corpus names many', () => {
    const options = { documents: 20, wordsPerDocument: 200, seed: 2 };
    const invented = generateCorpus(ARTICLES, { ...options, invented: 0.6 });
    expect(generateCorpus(ARTICLES, { ...options, invented: 0.6 })).toEqual(invented);
    const text = invented.map((document) => document.text).join('\n');
    expect(text).toContain('Rubio met Yermak in Geneva.');
    // The articles name two people; the invented sentences name dozens.
    const people = new Set(text.match(/\b[A-Z][a-z]+ [A-Z][a-z]+(?= (?:met|criticized|said|told|accused|and|thanked|warned|held|spoke|,))/g));
    expect(people.size).toBeGreaterThan(40);
  });

  it('makes no document from articles without text', () => {
    expect(generateCorpus(['', '---\ntitle: x\n---\n'], { documents: 3, wordsPerDocument: 10, seed: 1 })).toEqual([]);
  });
});
