import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GumNewsEntitiesSchema } from './GumNewsEntitiesSchema';

const FOLDER = join(__dirname, '..', 'fixtures', 'gumnews');
const RAW: unknown = JSON.parse(readFileSync(join(FOLDER, 'gumnews.entities.json'), 'utf8'));

describe('GumNewsEntitiesSchema', () => {
  const reference = GumNewsEntitiesSchema.parse(RAW);

  it('reads the committed GUM news reference whole', () => {
    expect(reference.documents).toHaveLength(24);
    expect(reference).toEqual(RAW);
  });

  it.each(reference.documents.map((document) => [document.name, document] as const))(
    'places every mention of %s on its text in the article',
    (_name, document) => {
      const article = readFileSync(join(FOLDER, document.article), 'utf8');
      const misplaced = document.chains.flatMap((chain) =>
        chain.mentions.filter((mention) => article.slice(mention.start, mention.end) !== mention.text).map((mention) => mention.text),
      );
      expect(misplaced).toEqual([]);
      expect(article.endsWith('\n')).toBe(true);
    },
  );

  it('names the entities of korea as GUM does', () => {
    const korea = reference.documents.find((document) => document.name === 'korea');
    const named = korea?.chains.filter((chain) => chain.named && ['person', 'organization', 'place'].includes(chain.type)).map((chain) => chain.identity);
    expect(named).toEqual(['North_Korea', "Korean_People's_Army", 'Yonhap_News_Agency', 'Korean_Central_News_Agency', 'South_Korea', 'Kim_Jong-un', 'Yeoncheon_County']);
  });

  it.each([
    ['a mention without offsets', { start: 0, text: 'X', minStart: 0, minEnd: 1, headStart: 0, headEnd: 1, proper: true, group: false }],
    ['a minimal span outside its mention', { start: 5, end: 6, text: 'X', minStart: 0, minEnd: 1, headStart: 5, headEnd: 6, proper: true, group: false }],
    ['a head word outside its mention', { start: 0, end: 1, text: 'X', minStart: 0, minEnd: 1, headStart: 0, headEnd: 2, proper: true, group: false }],
  ])('rejects %s', (_title, mention) => {
    const document = { name: 'd', article: 'articles/d.txt', gumId: 'GUM_news_d', title: 'T', sourceURL: 'https://x.org', dateCreated: '', chains: [] };
    const chains = [{ gumIds: [1], type: 'person', identity: null, named: true, mentions: [mention] }];
    expect(GumNewsEntitiesSchema.safeParse({ about: '', documents: [{ ...document, chains }] }).success).toBe(false);
  });
});
