import { extractDocument } from '../../src/pipeline/extractDocument';
import { resolveCorpus } from '../../src/pipeline/resolveCorpus';

describe('resolveCorpus', () => {
  const corpus = resolveCorpus([
    extractDocument({ id: 'a.txt', text: 'Russian President Vladimir Putin spoke on Monday.' }),
    extractDocument({ id: 'b.txt', text: 'President Putin criticized NATO again.' }),
  ]);

  it('joins a surname-only person to the one full name with that surname in the corpus', () => {
    expect(corpus[1]?.relations.map((relation) => `${relation.source} ${relation.type} ${relation.target}`)).toEqual([
      'person:vladimir-putin CRITICIZED organization:nato',
    ]);
    expect(corpus[1]?.entities.find((entity) => entity.type === 'Person')).toMatchObject({ id: 'person:vladimir-putin', name: 'Vladimir Putin' });
  });

  it('rewrites mentions to the merged id', () => {
    expect(corpus[1]?.mentions.map((mention) => mention.entity)).toContain('person:vladimir-putin');
  });

  it('leaves a surname shared by two full names unresolved, rather than guess or add a node', () => {
    const apart = resolveCorpus([
      extractDocument({ id: 'a.txt', text: 'Hillary Clinton spoke. Bill Clinton listened.' }),
      extractDocument({ id: 'b.txt', text: 'Senator Clinton spoke.' }),
    ]);
    expect(apart[1]?.entities.map((entity) => entity.id)).toEqual([]);
    expect(apart[0]?.entities.map((entity) => entity.id)).toEqual(['person:hillary-clinton', 'person:bill-clinton']);
  });
});
