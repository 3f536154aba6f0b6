import { buildGraph } from '../../src/graph/buildGraph';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { toAdminImportFiles } from '../../src/loader/toAdminImportFiles';
import { toLoadRows } from '../../src/loader/toLoadRows';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from './fixtures/sampleExtractions';

const graph = buildGraph(sampleExtractions('t', [...FIRST_ARTICLES, ...SECOND_ARTICLES])).export() as SerializedGraph;
const { files, arrayDelimiter, multilineFields } = toAdminImportFiles(graph);
const file = (name: string) => files.find((each) => each.name === name)?.text.trimEnd().split('\n') ?? [];

// A reader of what the files hold, as neo4j-admin reads RFC 4180 CSV: quoted fields, "" for a quote inside one.
function parseCsv(line: string): string[] {
  const cells: string[] = [];
  for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) cells.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ''));
  return cells;
}

describe('toAdminImportFiles', () => {
  it('writes documents and entities as nodes, MENTIONED_IN and the relations as relationships, with typed headers', () => {
    expect(files.map(({ name, kind }) => [name, kind])).toEqual([
      ['documents.csv', 'nodes'],
      ['entities.csv', 'nodes'],
      ['mentions.csv', 'relationships'],
      ['relations.csv', 'relationships'],
    ]);
    expect(file('entities.csv')[0]).toBe('id:ID(Entity),:LABEL,type,name,aliases:string[],country,mentions:long');
    expect(file('relations.csv')[0]).toBe(
      ':START_ID(Entity),:END_ID(Entity),:TYPE,key,title,topics:string[],weight:long,evidenceKeys:string[],evidenceDocs:string[],' +
        'evidenceSentences:string[],evidenceStarts:long[],evidenceEnds:long[],evidenceRules:string[],evidenceReasons:string[],evidenceVerbs:string[],evidenceDates:string[]',
    );
    expect([arrayDelimiter, multilineFields]).toEqual(['U+001F', false]);
  });

  it('gives one line per document, entity, MENTIONED_IN link and relation, as a load stores them', () => {
    const rows = toLoadRows(graph);
    expect(file('documents.csv')).toHaveLength(rows.documents.length + 1);
    expect(file('entities.csv')).toHaveLength(rows.entities.length + 1);
    expect(file('mentions.csv')).toHaveLength(rows.entities.reduce((total, row) => total + row.documents.length, 0) + 1);
    expect(file('relations.csv')).toHaveLength(rows.relations.length + 1);
  });

  it('keeps an edge with its evidence lists in step, split on the array delimiter, and its labels', () => {
    const line = file('relations.csv').find((each) => each.includes('"person:t-donald-trump|CRITICIZED|country:t-ukraine"')) ?? '';
    const cells = parseCsv(line);
    const [source, target, type, key, title, topics, weight, keys, docs, sentences, starts] = cells;
    expect([source, target, type, key, title]).toEqual(['person:t-donald-trump', 'country:t-ukraine', 'CRITICIZED', 'person:t-donald-trump|CRITICIZED|country:t-ukraine', '']);
    expect(topics).toBeDefined();
    expect(Number(weight)).toBe(2);
    expect(keys?.split('\u001f')).toHaveLength(2);
    expect(docs?.split('\u001f')).toEqual(['t/000.txt', 't/001.txt']);
    expect(sentences?.split('\u001f')[1]).toBe("Trump accused Ukraine's leaders of showing zero gratitude.");
    expect(starts?.split('\u001f').every((start) => /^\d+$/.test(start))).toBe(true);
    const ukraine = parseCsv(file('entities.csv').find((each) => each.startsWith('"country:t-ukraine"')) ?? '');
    expect(ukraine.slice(0, 5)).toEqual(['country:t-ukraine', 'Entity\u001fCountry', 'Country', 'Ukraine', 'Kyiv\u001fUkrainian']);
  });

  it('doubles a quote inside a value, and says when a value holds a line break', () => {
    const [document] = graph.attributes.documents;
    if (!document) throw new Error('the fixture has documents');
    const quoted = toAdminImportFiles({ ...graph, attributes: { ...graph.attributes, documents: [{ ...document, title: 'He said "no"\nthen left' }] } });
    expect(quoted.files[0]?.text).toContain('"He said ""no""\nthen left"');
    expect(quoted.multilineFields).toBe(true);
  });

  it('refuses a value holding the array delimiter', () => {
    const [document] = graph.attributes.documents;
    if (!document) throw new Error('the fixture has documents');
    const broken = { ...graph, attributes: { ...graph.attributes, documents: [{ ...document, title: 'a\u001fb' }] } };
    expect(() => toAdminImportFiles(broken)).toThrow(expect.objectContaining({ code: 'NG_LOAD_INPUT_INVALID' }));
  });
});
