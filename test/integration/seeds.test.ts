import { readCypherFile } from '../../src/cli/readCypherFile';
import type { DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { findStatement } from '../../src/loader/parseCypherFile';
import { evidenceKey, toLoadRows } from '../../src/loader/toLoadRows';
import type { Neo4jClient } from '../../src/loader/Neo4jClient';
import { type DumpedNode, type DumpedRelationship, connect, dumpMatching } from './loadSupport';
import { SEED_FILES, clearSeeds, loadSeeds, seedExtractions, seedGraph, seedIdsPattern, seedText } from './seedsSupport';

// The seed articles through the real extractor into a real Neo4j. The extractor may still improve, so expectations
// are computed from the graph it builds, plus the facts the seeds state that every version must find.
const extractions = seedExtractions();
const graph = seedGraph(extractions);
// The same articles as two `newsgraph load` runs, each resolved on its own (a surname alone may then keep its own id).
const firstExtractions = seedExtractions(SEED_FILES.slice(0, 3));
const secondExtractions = seedExtractions(SEED_FILES.slice(3));
const first = seedGraph(firstExtractions);
const second = seedGraph(secondExtractions);
const GRAPHS = [graph, first, second];
const PATTERN = seedIdsPattern(GRAPHS);
const QUERIES = readCypherFile('queries.cypher');

const seedIds = new Set(graph.nodes.map((node) => node.key));
const ours = (id: unknown): boolean => typeof id === 'string' && seedIds.has(id);
const nameOf = (id: string): string | undefined => graph.nodes.find((node) => node.key === id)?.attributes.name;
const edgesOfType = (type: string) => graph.edges.filter((edge) => edge.attributes.type === type);
// Sorts as Cypher's ORDER BY on these keys does (a descending number is given negated).
const orderBy =
  <T>(...keys: ((item: T) => string | number | undefined)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const [x, y] = [key(a) ?? '', key(b) ?? ''];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
const tally = (items: readonly string[]) => Object.fromEntries([...new Set(items)].sort().map((item) => [item, items.filter((other) => other === item).length]));

let client: Neo4jClient;
const run = (name: string, parameters: Record<string, unknown>) =>
  client.read(findStatement(QUERIES, name, 'cypher/queries.cypher').text, parameters);
const dump = () => dumpMatching(client, PATTERN);

beforeAll(async () => {
  client = await connect();
  // The seeds use real ids: whatever an earlier run or a manual load left under them goes first.
  await clearSeeds(client, GRAPHS);
});
afterAll(async () => {
  await clearSeeds(client, GRAPHS);
  await client.close();
});

/** What the loader promises after these graphs are loaded in turn, in the terms of `stateOf`: each document as the last graph holding it has it. */
function expectedAfter(graphs: readonly SerializedGraph[]) {
  const entities = new Map<string, { type: string; name: string; aliases: string[] }>();
  const mentioned = new Map<string, { source: string; target: string; count: number }>();
  const relations = new Map<string, { source: string; type: string; target: string; evidenceKeys: string[] }>();
  const documents = new Set<string>();
  const hashes = new Map<string, string>();
  for (const loaded of graphs) {
    const { attributes, nodes, edges } = loaded;
    // A document loaded before with other content loses its evidence and mentions first, and so do the relations
    // and entities left empty.
    for (const { id, hash } of toLoadRows(loaded).documents) {
      if (hashes.has(id) && hashes.get(id) !== hash) {
        for (const [key, link] of mentioned) if (link.target === id) mentioned.delete(key);
        for (const [key, relation] of relations) {
          relation.evidenceKeys = relation.evidenceKeys.filter((item) => !item.startsWith(`${id}|`));
          if (relation.evidenceKeys.length === 0) relations.delete(key);
        }
        for (const entity of entities.keys()) {
          const linked = [...mentioned.values()].some((link) => link.source === entity);
          const related = [...relations.values()].some((relation) => relation.source === entity || relation.target === entity);
          if (!linked && !related) entities.delete(entity);
        }
      }
      hashes.set(id, hash);
    }
    for (const document of attributes.documents) documents.add(document.id);
    for (const { key, attributes: node } of nodes) {
      // Merged by id: the last name wins and earlier names become aliases.
      const known = entities.get(key);
      const aliases = [...new Set([...(known?.aliases ?? []), ...(known ? [known.name] : []), ...node.aliases])].filter((alias) => alias !== node.name);
      entities.set(key, { type: node.type, name: node.name, aliases: aliases.sort() });
      // MENTIONED_IN.count is set per article, never added.
      for (const document of node.documents) mentioned.set(`${key}|${document.id}`, { source: key, target: document.id, count: document.mentions });
    }
    for (const edge of edges) {
      // Evidence is appended only when its key is new.
      const known = relations.get(edge.key)?.evidenceKeys ?? [];
      const fresh = edge.attributes.evidence.map(evidenceKey).filter((key) => !known.includes(key));
      relations.set(edge.key, { source: edge.source, type: edge.attributes.type, target: edge.target, evidenceKeys: [...known, ...fresh] });
    }
  }
  const links = [...mentioned.values()];
  return {
    documents: [...documents].sort(),
    entities: [...entities]
      .map(([id, entity]) => ({
        id,
        labels: ['Entity', entity.type].sort(),
        ...entity,
        mentions: links.filter((link) => link.source === id).reduce((total, link) => total + link.count, 0),
      }))
      .sort(orderBy((entity) => entity.id)),
    mentioned: links.sort(orderBy((link) => link.source, (link) => link.target)),
    relations: [...relations]
      .map(([key, relation]) => ({ key, ...relation, weight: relation.evidenceKeys.length }))
      .sort(orderBy((relation) => relation.key)),
  };
}

/** The database's seeds state as `expectedAfter` describes it. */
function stateOf({ nodes, relationships }: { nodes: DumpedNode[]; relationships: DumpedRelationship[] }) {
  const entities = nodes.filter((node) => node.labels.includes('Entity'));
  const mentions = relationships.filter((relationship) => relationship.type === 'MENTIONED_IN');
  return {
    documents: nodes
      .filter((node) => node.labels.includes('Document'))
      .map((node) => node.id)
      .sort(),
    entities: entities
      .map(({ id, labels, properties: p }) => ({ id, labels, type: p.type, name: p.name, aliases: p.aliases, mentions: p.mentions }))
      .sort(orderBy((entity) => entity.id)),
    mentioned: mentions.map(({ source, target, properties }) => ({ source, target, count: properties.count })).sort(orderBy((link) => link.source, (link) => link.target)),
    relations: relationships
      .filter((relationship) => relationship.type !== 'MENTIONED_IN')
      .map(({ source, type, target, properties: p }) => ({ key: String(p.key), source, type, target, evidenceKeys: p.evidenceKeys, weight: p.weight }))
      .sort(orderBy((relation) => relation.key)),
  };
}

/** The entity ids each of whose mentions resolves to that same id whether the articles are resolved at once or in batches. */
function resolvedAlike(atOnce: readonly DocumentExtraction[], inBatches: readonly DocumentExtraction[]): Set<string> {
  const spots = (all: readonly DocumentExtraction[]) =>
    new Map(all.flatMap((extraction) => extraction.mentions.map((mention) => [`${extraction.id}|${mention.start}|${mention.end}`, mention.entity] as const)));
  const once = spots(atOnce);
  const batched = spots(inBatches);
  const differing = new Set<string | undefined>();
  for (const spot of new Set([...once.keys(), ...batched.keys()])) {
    if (once.get(spot) !== batched.get(spot)) differing.add(once.get(spot)).add(batched.get(spot));
  }
  return new Set([...once.values(), ...batched.values()].filter((id) => !differing.has(id)));
}

/** The edge keys with the same evidence whether the articles are resolved at once or in batches (offices placed across the corpus may differ). */
function statedAlike(atOnce: SerializedGraph, inBatches: readonly SerializedGraph[]): Set<string> {
  const evidence = (graphs: readonly SerializedGraph[]) => {
    const keys = new Map<string, Set<string>>();
    for (const edge of graphs.flatMap((one) => one.edges)) {
      const known = keys.get(edge.key) ?? new Set<string>();
      for (const item of edge.attributes.evidence) known.add(evidenceKey(item));
      keys.set(edge.key, known);
    }
    return keys;
  };
  const once = evidence([atOnce]);
  const batched = evidence(inBatches);
  const same = (a: Set<string> | undefined, b: Set<string> | undefined) => a !== undefined && b !== undefined && a.size === b.size && [...a].every((key) => b.has(key));
  return new Set([...once.keys()].filter((key) => same(once.get(key), batched.get(key))));
}

describe('the seed articles loaded into Neo4j', () => {
  beforeEach(() => clearSeeds(client, GRAPHS));

  it('stores one :Entity with its type label per node of the graph, one :Document per article and one relationship per edge and per article naming an entity', async () => {
    const summary = await loadSeeds(client, graph);
    const { nodes, relationships } = await dump();
    expect(tally(nodes.flatMap((node) => node.labels))).toEqual(
      tally([...graph.nodes.flatMap((node) => ['Entity', node.attributes.type]), ...graph.attributes.documents.map(() => 'Document')]),
    );
    expect(tally(relationships.map((relationship) => relationship.type))).toEqual(
      tally([...graph.edges.map((edge) => edge.attributes.type), ...graph.nodes.flatMap((node) => node.attributes.documents.map(() => 'MENTIONED_IN'))]),
    );
    expect(nodes.map((node) => node.id).sort()).toEqual([...graph.nodes.map((node) => node.key), ...SEED_FILES].sort());
    expect(stateOf({ nodes, relationships })).toEqual(expectedAfter([graph]));
    const links = graph.nodes.reduce((total, node) => total + node.attributes.documents.length, 0);
    expect(summary).toMatchObject({
      documents: { rows: SEED_FILES.length, created: SEED_FILES.length },
      entities: { rows: graph.nodes.length, created: graph.nodes.length },
      mentions: { rows: links, created: links },
      relations: { rows: graph.edges.length, created: graph.edges.length },
    });
  });

  it('leaves a full dump unchanged when the seeds are loaded again, and reports everything as matched', async () => {
    await loadSeeds(client, graph);
    const before = await dump();
    const summary = await loadSeeds(client, graph);
    expect(await dump()).toEqual(before);
    expect([summary.documents, summary.entities, summary.mentions, summary.relations].map((tallied) => tallied.created)).toEqual([0, 0, 0, 0]);
    expect(summary.relations.rows).toBe(graph.edges.length);
  });

  it('merges articles 003-004 into 000-002 by entity id and appends their evidence to the edges already there', async () => {
    await loadSeeds(client, first);
    const summary = await loadSeeds(client, second);
    const state = stateOf(await dump());
    expect(state).toEqual(expectedAfter([first, second]));
    expect(new Set(state.entities.map((entity) => entity.id)).size).toBe(state.entities.length);

    // Both batches name Rubio, Trump, Ukraine...: matched, not created again.
    const firstIds = new Set(first.nodes.map((node) => node.key));
    const named = second.nodes.filter((node) => firstIds.has(node.key)).length;
    expect(named).toBeGreaterThan(0);
    expect(summary.entities).toEqual({ rows: second.nodes.length, created: second.nodes.length - named });
    // Rubio is Secretary of State in both batches: one relationship holding the evidence of both.
    const role = state.relations.find((relation) => relation.key === 'person:marco-rubio|HOLDS_ROLE:Secretary of State|country:united-states');
    const documents = new Set((role?.evidenceKeys as string[]).map((key) => key.split('|')[0]));
    expect(SEED_FILES.slice(0, 3).some((file) => documents.has(file))).toBe(true);
    expect(SEED_FILES.slice(3).some((file) => documents.has(file))).toBe(true);
  });

  it('appends no evidence twice when all five articles come again after both batches', async () => {
    await loadSeeds(client, first);
    await loadSeeds(client, second);
    await loadSeeds(client, graph);
    const state = stateOf(await dump());
    expect(state).toEqual(expectedAfter([first, second, graph]));
    for (const relation of state.relations) expect(new Set(relation.evidenceKeys as string[]).size).toBe(relation.weight);
  });

  it('ends like one load of all five articles for every entity that both ways resolve alike and every edge both ways state alike', async () => {
    const alike = resolvedAlike(extractions, [...firstExtractions, ...secondExtractions]);
    const stated = statedAlike(graph, [first, second]);
    expect(stated.has('person:marco-rubio|HOLDS_ROLE:Secretary of State|country:united-states')).toBe(true);
    expect([...alike]).toEqual(expect.arrayContaining(['person:marco-rubio', 'country:united-states', 'person:donald-trump', 'country:ukraine']));
    await loadSeeds(client, graph);
    const atOnce = await dump();
    await clearSeeds(client, GRAPHS);
    await loadSeeds(client, first);
    await loadSeeds(client, second);
    const inTwo = await dump();

    // Names are the most used spelling of each batch, so they are compared apart: the one-shot name stays known. A
    // document's content hash is of what its own batch resolved, so it differs too.
    const kept = ({ nodes, relationships }: { nodes: DumpedNode[]; relationships: DumpedRelationship[] }) => ({
      nodes: nodes
        .filter((node) => node.labels.includes('Document') || alike.has(node.id))
        .map(({ id, labels, properties: { name: _name, aliases: _aliases, contentHash: _hash, ...properties } }) => ({ id, labels, properties })),
      relationships: relationships.filter(
        (relationship) =>
          alike.has(relationship.source) &&
          (relationship.type === 'MENTIONED_IN' || (alike.has(relationship.target) && stated.has(String(relationship.properties.key)))),
      ),
    });
    expect(kept(inTwo)).toEqual(kept(atOnce));
    for (const node of atOnce.nodes.filter((candidate) => alike.has(candidate.id))) {
      const other = inTwo.nodes.find((candidate) => candidate.id === node.id)?.properties;
      expect([other?.name, ...((other?.aliases as string[] | undefined) ?? [])]).toContain(node.properties.name);
    }
  });
});

// Every query of cypher/queries.cypher, run on the loaded seeds; rows of other graphs in the database are left out.
describe('cypher/queries.cypher on the seed articles', () => {
  const TESTED = ['whoCriticizedWhom', 'officeHoldersInCountry', 'delegationsAndLeaders', 'evidenceForEdge', 'neighbourhood', 'shortestPath', 'relationsOverTime', 'membersOf'];

  beforeAll(async () => {
    await clearSeeds(client, GRAPHS);
    await loadSeeds(client, graph);
  });

  it('has a test below for every query it holds', () => {
    expect(QUERIES.map((query) => query.name).sort()).toEqual([...TESTED].sort());
  });

  describe('whoCriticizedWhom', () => {
    const criticisms = edgesOfType('CRITICIZED')
      .map((edge) => ({
        critic: nameOf(edge.source),
        target: nameOf(edge.target),
        times: edge.attributes.weight,
        sentences: edge.attributes.evidence.map((item) => item.sentence),
      }))
      .sort(orderBy((row) => -row.times, (row) => row.critic, (row) => row.target));
    const trump = criticisms.find((row) => row.critic === 'Donald Trump' && row.target === 'Ukraine');

    it('lists every criticism, the most attested first, with its sentences: Donald Trump criticized Ukraine', async () => {
      expect(trump).toBeDefined();
      const rows = (await run('whoCriticizedWhom', { minWeight: 1 })).filter((row) => ours(row.criticId));
      expect(rows.map(({ critic, target, times, sentences }) => ({ critic, target, times, sentences }))).toEqual(criticisms);
    });

    it('keeps only the edges with at least $minWeight sentences', async () => {
      const minWeight = trump?.times ?? 1;
      const rows = (await run('whoCriticizedWhom', { minWeight })).filter((row) => ours(row.criticId));
      expect(rows.map((row) => [row.critic, row.target])).toEqual(criticisms.filter((row) => row.times >= minWeight).map((row) => [row.critic, row.target]));
      expect(rows.map((row) => [row.critic, row.target])).toContainEqual(['Donald Trump', 'Ukraine']);
      const most = Math.max(...criticisms.map((row) => row.times));
      expect((await run('whoCriticizedWhom', { minWeight: most + 1 })).filter((row) => ours(row.criticId))).toEqual([]);
    });
  });

  describe('officeHoldersInCountry', () => {
    const offices = edgesOfType('HOLDS_ROLE')
      .filter((edge) => edge.target === 'country:united-states')
      .map((edge) => ({ country: 'United States', office: edge.attributes.title, holder: nameOf(edge.source), evidence: edge.attributes.weight }))
      .sort(orderBy((row) => row.office, (row) => row.holder));
    // Aliases no other seed entity shares, so the rows are the United States' alone.
    const others = graph.nodes.filter((node) => node.key !== 'country:united-states').flatMap((node) => [node.attributes.name, ...node.attributes.aliases]);
    const aliases = (graph.nodes.find((node) => node.key === 'country:united-states')?.attributes.aliases ?? []).filter(
      (alias) => !others.some((other) => other.toLowerCase() === alias.toLowerCase()),
    );

    it.each([['country:united-states'], ['united states'], ...aliases.map((alias) => [alias.toUpperCase()])])(
      'lists the office holders of the United States, named %p, by office: Marco Rubio is Secretary of State',
      async (country) => {
        const rows = (await run('officeHoldersInCountry', { country })).filter((row) => ours(row.holderId));
        expect(rows.map(({ country: name, office, holder, evidence }) => ({ country: name, office, holder, evidence }))).toEqual(offices);
        expect(rows).toContainEqual(expect.objectContaining({ office: 'Secretary of State', holder: 'Marco Rubio' }));
        expect(rows).toContainEqual(expect.objectContaining({ office: 'President', holder: 'Donald Trump' }));
      },
    );
  });

  describe('membersOf', () => {
    // The seeds name no party member today; the query must give exactly the graph's MEMBER_OF edges, however many.
    const memberships = edgesOfType('MEMBER_OF')
      .map((edge) => ({ organization: nameOf(edge.target), member: nameOf(edge.source), evidence: edge.attributes.weight }))
      .sort(orderBy((row) => row.organization, (row) => row.member));

    it("lists the graph's memberships, with their evidence counts", async () => {
      const rows = (await run('membersOf', { organization: null, country: null })).filter((row) => ours(row.memberId));
      expect(rows.map(({ organization, member, evidence }) => ({ organization, member, evidence }))).toEqual(memberships);
    });
  });

  describe('delegationsAndLeaders', () => {
    const delegations = edgesOfType('LEADS_DELEGATION')
      .map((edge) => ({
        delegation: nameOf(edge.target),
        leader: nameOf(edge.source),
        offices: edgesOfType('HOLDS_ROLE')
          .filter((role) => role.source === edge.source && role.target === edge.target)
          .map((role) => role.attributes.title)
          .sort(),
        documents: edge.attributes.evidence.map((item) => item.doc),
        sentences: edge.attributes.evidence.map((item) => item.sentence),
      }))
      .sort(orderBy((row) => row.delegation, (row) => row.leader));

    it('lists each delegation with its leader, the offices the leader holds for it and the evidence: Marco Rubio led the United States', async () => {
      const rows = (await run('delegationsAndLeaders', { party: null })).filter((row) => ours(row.partyId));
      const shown = rows.map(({ delegation, leader, offices, documents, sentences }) => ({
        delegation,
        leader,
        offices: [...(offices as string[])].sort(),
        documents,
        sentences,
      }));
      expect(shown).toEqual(delegations);
      expect(shown).toContainEqual(expect.objectContaining({ delegation: 'United States', leader: 'Marco Rubio', offices: expect.arrayContaining(['Secretary of State']) }));
      expect(shown).toContainEqual(expect.objectContaining({ delegation: 'Ukraine', leader: 'Andriy Yermak' }));
    });

    it('shows one party when $party names it', async () => {
      const rows = await run('delegationsAndLeaders', { party: 'country:united-states' });
      expect(rows.map((row) => [row.delegation, row.leader])).toEqual(
        delegations.filter((row) => row.delegation === 'United States').map((row) => [row.delegation, row.leader]),
      );
      expect(rows.map((row) => row.leader)).toContain('Marco Rubio');
    });
  });

  describe('evidenceForEdge', () => {
    it.each([
      ['person:donald-trump', 'CRITICIZED', 'country:ukraine'],
      ['person:marco-rubio', 'LEADS_DELEGATION', 'country:united-states'],
      ['person:marco-rubio', 'HOLDS_ROLE', 'country:united-states'],
    ])('gives each sentence behind %s %s %s, where the article has it, with the verb it contains', async (source, type, target) => {
      const edges = graph.edges.filter((edge) => edge.source === source && edge.attributes.type === type && edge.target === target);
      expect(edges.length).toBeGreaterThan(0);
      const expected = edges
        .flatMap((edge) =>
          edge.attributes.evidence.map((item) => ({
            title: edge.attributes.title ?? null,
            document: item.doc,
            date: item.date ?? '',
            sentence: item.sentence,
            startOffset: item.start,
            endOffset: item.end,
            verb: item.verb,
            rule: item.rule,
          })),
        )
        .sort(orderBy((row) => row.title ?? undefined, (row) => row.document, (row) => row.startOffset));
      const rows = await run('evidenceForEdge', { source, type, target });
      expect(rows.map(({ title, document, date, sentence, startOffset, endOffset, verb, rule }) => ({ title, document, date, sentence, startOffset, endOffset, verb, rule }))).toEqual(expected);
      for (const row of rows) {
        expect(row).toMatchObject({ source: nameOf(source), type, target: nameOf(target) });
        expect(String(row.verb)).not.toBe('');
        expect(row.sentence).toContain(row.verb);
        expect(seedText(String(row.document)).slice(Number(row.startOffset), Number(row.endOffset))).toBe(row.sentence);
      }
    });
  });

  describe('neighbourhood', () => {
    it('lists every relation into and out of Marco Rubio, the best attested first, without his articles', async () => {
      const center = 'person:marco-rubio';
      const expected = graph.edges
        .filter((edge) => edge.source === center || edge.target === center)
        .map((edge) => ({
          direction: edge.source === center ? 'out' : 'in',
          type: edge.attributes.type,
          title: edge.attributes.title ?? null,
          neighbour: nameOf(edge.source === center ? edge.target : edge.source),
          weight: edge.attributes.weight,
        }));
      const rows = (await run('neighbourhood', { entity: center })).map(({ direction, type, title, neighbour, weight }) => ({ direction, type, title, neighbour, weight }));
      const canonical = orderBy((row: (typeof expected)[number]) => JSON.stringify(row));
      expect([...(rows as typeof expected)].sort(canonical)).toEqual([...expected].sort(canonical));
      expect(rows.map((row) => row.weight)).toEqual([...rows.map((row) => Number(row.weight))].sort((a, b) => b - a));
      expect(rows).toContainEqual(expect.objectContaining({ direction: 'out', type: 'LEADS_DELEGATION', neighbour: 'United States' }));
      expect(rows).toContainEqual(expect.objectContaining({ direction: 'out', type: 'HOLDS_ROLE', title: 'Secretary of State', neighbour: 'United States' }));
    });
  });

  describe('shortestPath', () => {
    // Hops between two entities over the graph's edges in either direction (breadth first).
    const distance = (from: string, to: string): number | undefined => {
      const seen = new Map([[from, 0]]);
      for (let frontier = [from]; frontier.length > 0; ) {
        const next: string[] = [];
        for (const id of frontier) {
          for (const edge of graph.edges) {
            const other = edge.source === id ? edge.target : edge.target === id ? edge.source : undefined;
            if (other === undefined || seen.has(other)) continue;
            seen.set(other, (seen.get(id) ?? 0) + 1);
            next.push(other);
          }
        }
        frontier = next;
      }
      return seen.get(to);
    };
    const linked = (a: string, b: string, type: unknown) =>
      graph.edges.some((edge) => edge.attributes.type === type && ((edge.source === a && edge.target === b) || (edge.source === b && edge.target === a)));

    it('finds a shortest chain of stated relations from Marco Rubio to Vladimir Putin', async () => {
      const hops = distance('person:marco-rubio', 'person:vladimir-putin');
      expect(hops).toBeGreaterThan(0);
      const [row, ...others] = await run('shortestPath', { from: 'person:marco-rubio', to: 'person:vladimir-putin' });
      expect(others).toEqual([]);
      expect(row?.hops).toBe(hops);
      const ids = (row?.path as { nodes: { properties: { id: string } }[] }).nodes.map((node) => node.properties.id);
      expect([ids[0], ids.at(-1)]).toEqual(['person:marco-rubio', 'person:vladimir-putin']);
      expect(ids.map(nameOf)).toEqual(row?.actors);
      (row?.relations as string[]).forEach((type, hop) => expect(linked(ids[hop] ?? '', ids[hop + 1] ?? '', type)).toBe(true));
    });

    it('finds no chain to an entity the seeds only name, with no stated relation', async () => {
      const related = new Set(graph.edges.flatMap((edge) => [edge.source, edge.target]));
      const named = graph.nodes.find((node) => !related.has(node.key))?.key;
      expect(named).toBeDefined();
      expect(await run('shortestPath', { from: 'person:marco-rubio', to: named })).toEqual([]);
    });
  });

  describe('relationsOverTime', () => {
    const dateOf = new Map(graph.attributes.documents.map((document) => [document.id, document.date]));
    const statements = graph.edges.flatMap((edge) =>
      edge.attributes.evidence.flatMap((item) => {
        const day = dateOf.get(item.doc)?.slice(0, 10);
        return day ? [{ day, type: edge.attributes.type, source: edge.source, target: edge.target }] : [];
      }),
    );
    const expected = (from: string | null, to: string | null) => {
      const counts = new Map<string, { day: string; type: string; source?: string; target?: string; statements: number }>();
      for (const { day, type, source, target } of statements) {
        if ((from && day < from) || (to && day > to)) continue;
        const key = [day, type, source, target].join('|');
        counts.set(key, { day, type, source: nameOf(source), target: nameOf(target), statements: (counts.get(key)?.statements ?? 0) + 1 });
      }
      return [...counts.values()].sort(orderBy((row) => row.day, (row) => row.type, (row) => row.source, (row) => row.target));
    };
    const days = [...new Set(statements.map((statement) => statement.day))].sort();
    const firstDay = days[0] ?? '';
    const lastDay = days.at(-1) ?? '';
    const dayAfter = lastDay && new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

    it('has dated articles among the seeds', () => {
      expect(days.length).toBeGreaterThan(0);
    });

    it.each([
      [null, null],
      [firstDay, firstDay],
      [null, lastDay],
      [dayAfter, null],
    ])('counts the statements of each relation per article day from %p to %p, leaving out undated articles', async (from, to) => {
      const rows = (await run('relationsOverTime', { from, to })).filter((row) => ours(row.sourceId));
      expect(rows.map(({ day, type, source, target, statements: count }) => ({ day, type, source, target, statements: count }))).toEqual(expected(from, to));
    });
  });
});
