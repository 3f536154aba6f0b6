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
      // `President Putin` holds the office the other article states for the merged name.
      'person:vladimir-putin HOLDS_ROLE country:russia',
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

  it("joins an organization whose country one article did not tell to the one of that name with a country, keeping the country", () => {
    const parties = resolveCorpus([
      extractDocument({ id: 'a.txt', text: 'Labour and the Lib Dems clashed in the House of Commons.' }),
      extractDocument({ id: 'b.txt', text: 'The Labour Party met in Leeds.' }),
    ]);
    expect(parties[1]?.entities.filter((entity) => entity.type === 'Organization')).toEqual([
      { id: 'organization:united-kingdom-labour-party', type: 'Organization', name: 'Labour Party', aliases: ['Labour'], country: 'country:united-kingdom' },
    ]);
  });

  it('keeps apart an organization named in an article that names other countries only', () => {
    const parties = resolveCorpus([
      extractDocument({ id: 'a.txt', text: 'Labour and the Lib Dems clashed in the House of Commons.' }),
      extractDocument({ id: 'b.txt', text: 'In Japan and South Korea, the Labour Party won no seat.' }),
    ]);
    expect(parties[1]?.entities.filter((entity) => entity.type === 'Organization').map((entity) => entity.id)).toEqual(['organization:labour-party']);
  });

  it('joins an organization named in an article that names another country once in passing', () => {
    const parties = resolveCorpus([
      extractDocument({ id: 'a.txt', text: 'Labour and the Lib Dems clashed in the House of Commons.' }),
      extractDocument({ id: 'b.txt', text: 'Ann Vale, who rejoined the Labour Party in 2004, once worked in Germany.' }),
    ]);
    expect(parties[1]?.entities.filter((entity) => entity.type === 'Organization').map((entity) => entity.id)).toEqual(['organization:united-kingdom-labour-party']);
  });

  it("leaves out an organization whose country is not told when two countries' organizations bear its name", () => {
    const parties = resolveCorpus([
      extractDocument({ id: 'a.txt', text: 'Labour and the Lib Dems clashed in the House of Commons.' }),
      extractDocument({ id: 'b.txt', text: 'Labour and Fine Gael clashed in the Dáil.' }),
      extractDocument({ id: 'c.txt', text: 'The Labour Party met in Leeds.' }),
    ]);
    expect(parties[2]?.entities.filter((entity) => entity.type === 'Organization')).toEqual([]);
  });
});

