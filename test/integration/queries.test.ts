import { readCypherFile } from '../../src/cli/readCypherFile';
import { loadGraph } from '../../src/loader/loadGraph';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { findStatement } from '../../src/loader/parseCypherFile';
import { FIRST_ARTICLES, SECOND_ARTICLES, sampleExtractions } from '../loader/fixtures/sampleExtractions';
import { CONNECTION, STATEMENTS, clearNamespace, connect, graphOf } from './loadSupport';

// Every query of cypher/queries.cypher, run on the loaded test articles. The database may hold other graphs too
// (queries span the whole database), so rows are kept when their ids belong to this file's namespace.
const NS = `queries${process.pid}`;
const extractions = sampleExtractions(NS, [...FIRST_ARTICLES, ...SECOND_ARTICLES]);
const QUERIES = readCypherFile('queries.cypher');
const id = (type: string, slug: string): string => `${type}:${NS}-${slug}`;
const ours = (value: unknown): boolean => typeof value === 'string' && value.startsWith(`${value.split(':')[0]}:${NS}-`);
const text = (file: string): string => [...FIRST_ARTICLES, ...SECOND_ARTICLES].find((article) => article.file === file)?.text ?? '';

let client: Neo4jClient;
const run = (name: string, parameters: Record<string, unknown>) =>
  client.read(findStatement(QUERIES, name, 'cypher/queries.cypher').text, parameters);

beforeAll(async () => {
  client = await connect();
  await clearNamespace(client, NS);
  await loadGraph(client, graphOf(extractions), STATEMENTS, { batchSize: 1000, uri: CONNECTION.uri });
});
afterAll(async () => {
  await clearNamespace(client, NS);
  await client.close();
});

const TESTED = [
  'whoCriticizedWhom',
  'officeHoldersInCountry',
  'delegationsAndLeaders',
  'membersOf',
  'evidenceForEdge',
  'neighbourhood',
  'shortestPath',
  'relationsOverTime',
];

describe('cypher/queries.cypher', () => {
  it('has a test below for every query it holds', () => {
    expect(QUERIES.map((query) => query.name).sort()).toEqual([...TESTED].sort());
  });
});

describe('whoCriticizedWhom', () => {
  const criticism = "US President Donald Trump publicly criticised Ukraine's leadership for showing zero gratitude.";
  const accusation = "Trump accused Ukraine's leaders of showing zero gratitude.";
  const warning = 'Ukrainian President Volodymyr Zelensky warned that Putin wants recognition of what he has stolen.';

  it('lists every criticism, the most attested first, with its sentences', async () => {
    const rows = (await run('whoCriticizedWhom', { minWeight: 1 })).filter((row) => ours(row.criticId));
    expect(rows.map(({ critic, target, times, sentences }) => ({ critic, target, times, sentences }))).toEqual([
      { critic: 'Donald Trump', target: 'Ukraine', times: 2, sentences: [criticism, accusation] },
      { critic: 'Volodymyr Zelensky', target: 'Vladimir Putin', times: 1, sentences: [warning] },
    ]);
  });

  it('keeps only edges with at least $minWeight sentences', async () => {
    const rows = (await run('whoCriticizedWhom', { minWeight: 2 })).filter((row) => ours(row.criticId));
    expect(rows.map((row) => [row.critic, row.target])).toEqual([['Donald Trump', 'Ukraine']]);
  });
});

describe('officeHoldersInCountry', () => {
  const expected = [
    { country: 'United States', office: 'President', holder: 'Donald Trump', evidence: 1 },
    { country: 'United States', office: 'Secretary of State', holder: 'Marco Rubio', evidence: 2 },
  ];

  it('lists the office holders of a country given by id, by office', async () => {
    const rows = await run('officeHoldersInCountry', { country: id('country', 'united-states') });
    expect(rows.map(({ country, office, holder, evidence }) => ({ country, office, holder, evidence }))).toEqual(expected);
  });

  it.each(['united states', 'US', 'American'])('finds the country by its name or alias %p, in any case', async (name) => {
    const rows = (await run('officeHoldersInCountry', { country: name })).filter((row) => ours(row.holderId));
    expect(rows.map(({ country, office, holder, evidence }) => ({ country, office, holder, evidence }))).toEqual(expected);
  });
});

describe('delegationsAndLeaders', () => {
  it('lists each delegation with its leader, the offices the leader holds for it and the evidence', async () => {
    const rows = (await run('delegationsAndLeaders', { party: null })).filter((row) => ours(row.partyId));
    expect(rows.map(({ delegation, leader, offices, documents, sentences }) => ({ delegation, leader, offices, documents, sentences }))).toEqual([
      {
        delegation: 'Ukraine',
        leader: 'Andriy Yermak',
        offices: [],
        documents: [`${NS}/002.txt`],
        sentences: ['Andriy Yermak, head of the Ukrainian delegation, thanked Trump for his commitment.'],
      },
      {
        delegation: 'United States',
        leader: 'Marco Rubio',
        offices: ['Secretary of State'],
        documents: [`${NS}/002.txt`],
        sentences: ['United States Secretary of State Marco Rubio, who led the American delegation, told reporters there was progress.'],
      },
    ]);
  });

  it('shows one party when $party names it', async () => {
    const rows = await run('delegationsAndLeaders', { party: id('country', 'ukraine') });
    expect(rows.map((row) => [row.delegation, row.leader])).toEqual([['Ukraine', 'Andriy Yermak']]);
  });
});

describe('membersOf', () => {
  const vane = 'In the British parliament, Labour MP Harriet Vane voted against the bill.';
  const wimsey = 'Peter Wimsey, a Labour MP, agreed.';
  const marple = 'Conservative leader Jane Marple abstained.';

  it("lists the members of every party with the party's country and the sentences that say so", async () => {
    const rows = (await run('membersOf', { organization: null, country: null })).filter((row) => ours(row.memberId));
    expect(rows.map(({ organization, country, member, evidence, sentences }) => ({ organization, country, member, evidence, sentences }))).toEqual([
      { organization: 'Conservative Party', country: 'United Kingdom', member: 'Jane Marple', evidence: 1, sentences: [marple] },
      { organization: 'Labour Party', country: 'United Kingdom', member: 'Harriet Vane', evidence: 1, sentences: [vane] },
      { organization: 'Labour Party', country: 'United Kingdom', member: 'Peter Wimsey', evidence: 1, sentences: [wimsey] },
    ]);
  });

  it.each(['Labour Party', 'labour', id('organization', 'labour-party')])('shows one party given by its name, alias or id %p, in any case', async (organization) => {
    const rows = (await run('membersOf', { organization, country: null })).filter((row) => ours(row.memberId));
    expect(rows.map((row) => [row.organization, row.member])).toEqual([
      ['Labour Party', 'Harriet Vane'],
      ['Labour Party', 'Peter Wimsey'],
    ]);
  });

  it.each(['United Kingdom', 'british', id('country', 'united-kingdom')])('shows the parties of one country given by its name, alias or id %p', async (country) => {
    const rows = (await run('membersOf', { organization: null, country })).filter((row) => ours(row.memberId));
    expect(rows.map((row) => [row.organization, row.member])).toEqual([
      ['Conservative Party', 'Jane Marple'],
      ['Labour Party', 'Harriet Vane'],
      ['Labour Party', 'Peter Wimsey'],
    ]);
  });

  it('shows no member for a country none of whose parties is named', async () => {
    expect((await run('membersOf', { organization: null, country: id('country', 'ukraine') })).filter((row) => ours(row.memberId))).toEqual([]);
  });
});

describe('evidenceForEdge', () => {
  it('gives each sentence behind an edge with its article, date, offsets, verb and rule', async () => {
    const rows = await run('evidenceForEdge', { source: id('person', 'donald-trump'), type: 'CRITICIZED', target: id('country', 'ukraine') });
    const criticism = "US President Donald Trump publicly criticised Ukraine's leadership for showing zero gratitude.";
    const accusation = "Trump accused Ukraine's leaders of showing zero gratitude.";
    const at = (file: string, sentence: string) => ({ startOffset: text(file).indexOf(sentence), endOffset: text(file).indexOf(sentence) + sentence.length });
    expect(rows.map(({ document, date, sentence, startOffset, endOffset, verb, rule }) => ({ document, date, sentence, startOffset, endOffset, verb, rule }))).toEqual([
      { document: `${NS}/000.txt`, date: '2025-11-23', sentence: criticism, ...at('000.txt', criticism), verb: 'criticised', rule: 'criticized-criticised' },
      { document: `${NS}/001.txt`, date: '2025-11-24T04:57:45', sentence: accusation, ...at('001.txt', accusation), verb: 'accused', rule: 'criticized-accused' },
    ]);
    expect(rows.every((row) => row.source === 'Donald Trump' && row.target === 'Ukraine' && row.type === 'CRITICIZED')).toBe(true);
  });

  it('gives the office title of a role and an empty date for an undated article', async () => {
    const [role] = await run('evidenceForEdge', { source: id('person', 'dmitry-peskov'), type: 'HOLDS_ROLE', target: id('country', 'russia') });
    expect(role).toMatchObject({ title: 'Spokesman', sentence: 'Kremlin spokesman Dmitry Peskov said Russia has not been briefed.' });
    const [attack] = await run('evidenceForEdge', { source: id('country', 'russia'), type: 'ATTACKED', target: id('country', 'ukraine') });
    expect(attack).toMatchObject({ document: `${NS}/003.txt`, date: '' });
  });
});

describe('neighbourhood', () => {
  it('lists every relation into and out of an entity, the best attested first, without its articles', async () => {
    const rows = await run('neighbourhood', { entity: id('country', 'ukraine') });
    expect(rows.map(({ direction, type, title, neighbour, weight }) => ({ direction, type, title, neighbour, weight }))).toEqual([
      { direction: 'in', type: 'CRITICIZED', title: null, neighbour: 'Donald Trump', weight: 2 },
      { direction: 'in', type: 'ATTACKED', title: null, neighbour: 'Russia', weight: 1 },
      { direction: 'in', type: 'HOLDS_ROLE', title: 'President', neighbour: 'Volodymyr Zelensky', weight: 1 },
      { direction: 'in', type: 'LEADS_DELEGATION', title: null, neighbour: 'Andriy Yermak', weight: 1 },
      { direction: 'out', type: 'REJECTED', title: null, neighbour: 'United States', weight: 1 },
    ]);
  });
});

describe('shortestPath', () => {
  it('finds the shortest chain of stated relations between two actors', async () => {
    const [row, ...others] = await run('shortestPath', { from: id('person', 'marco-rubio'), to: id('person', 'vladimir-putin') });
    expect(others).toEqual([]);
    // Rubio -[role or delegation]- US -[REJECTED]- Ukraine -[HOLDS_ROLE]- Zelensky -[CRITICIZED]- Putin: no shorter chain exists.
    expect(row?.actors).toEqual(['Marco Rubio', 'United States', 'Ukraine', 'Volodymyr Zelensky', 'Vladimir Putin']);
    expect(row?.hops).toBe(4);
    const [first, ...rest] = row?.relations as string[];
    expect(['HOLDS_ROLE', 'LEADS_DELEGATION']).toContain(first);
    expect(rest).toEqual(['REJECTED', 'HOLDS_ROLE', 'CRITICIZED']);
    expect((row?.path as { nodes: { properties: { name: string } }[] }).nodes.map((node) => node.properties.name)).toEqual(row?.actors);
  });

  it('finds no chain when only being named in the same article links two entities', async () => {
    // Kherson, Russia and Ukraine are all in 003.txt, but only Russia and Ukraine are linked by a stated relation.
    const [attack] = await run('shortestPath', { from: id('country', 'russia'), to: id('country', 'ukraine') });
    expect(attack?.relations).toEqual(['ATTACKED']);
    expect(await run('shortestPath', { from: id('location', 'kherson'), to: id('country', 'russia') })).toEqual([]);
  });
});

describe('relationsOverTime', () => {
  // The same count made from the extractions: statements per (day, type, source, target) by article date.
  const expected = (from: string | null, to: string | null) => {
    const names = new Map(extractions.flatMap((extraction) => extraction.entities.map((entity) => [entity.id, entity.name] as const)));
    const counts = new Map<string, { day: string; type: string; source: string; target: string; statements: number }>();
    for (const extraction of extractions) {
      const day = extraction.date?.slice(0, 10);
      if (!day || (from && day < from) || (to && day > to)) continue;
      for (const relation of extraction.relations) {
        const row = { day, type: relation.type, source: names.get(relation.source) ?? '', target: names.get(relation.target) ?? '' };
        const key = JSON.stringify(row);
        counts.set(key, { ...row, statements: (counts.get(key)?.statements ?? 0) + 1 });
      }
    }
    const order = (row: { day: string; type: string; source: string; target: string }) => [row.day, row.type, row.source, row.target].join('\u0000');
    return [...counts.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
  };

  it.each([
    ['2025-11-24', '2025-11-25'],
    ['2025-11-25', null],
    [null, '2025-11-23'],
    [null, null],
  ])('counts the statements of each relation per article day from %p to %p, leaving out undated articles', async (from, to) => {
    const rows = (await run('relationsOverTime', { from, to })).filter((row) => ours(row.sourceId));
    expect(rows.map(({ day, type, source, target, statements }) => ({ day, type, source, target, statements }))).toEqual(expected(from, to));
    expect(rows.length).toBeGreaterThan(0);
  });
});
