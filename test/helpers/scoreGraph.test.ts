import { EntityTypeSchema } from '../../src/knowledge/EntityType';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import { RelationTypeSchema } from '../../src/relations/RelationType';
import type { Gold } from './GoldSchema';
import { scoreGraph } from './scoreGraph';

/** An edge as `[source node, TYPE, target node, ...evidence sentences]`; nodes are written `Type:Name`. */
type EdgeRow = [string, string, string, ...string[]];

// A graph.json with one node per `Type:Name` (its key too) and one edge per row, with one evidence item per sentence.
function graphOf(nodes: readonly string[], edges: readonly EdgeRow[] = []): SerializedGraph {
  const keys = [...new Set([...nodes, ...edges.flatMap(([source, , target]) => [source, target])])];
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { name: 'newsgraph', documents: [{ id: 'd.txt' }] },
    nodes: keys.map((key) => {
      const [type = '', ...name] = key.split(':');
      return {
        key,
        attributes: { name: name.join(':'), type: EntityTypeSchema.parse(type), aliases: [], mentions: 1, documents: [{ id: 'd.txt', mentions: 1 }] },
      };
    }),
    edges: edges.map(([source, type, target, ...sentences], index) => ({
      key: `e${index}`,
      source,
      target,
      attributes: {
        type: RelationTypeSchema.parse(type),
        weight: Math.max(sentences.length, 1),
        topics: [],
        evidence: (sentences.length > 0 ? sentences : ['No quote.']).map((sentence) => ({
          doc: 'd.txt',
          sentence,
          start: 0,
          end: sentence.length,
          rule: 'test',
          reason: 'test',
          verb: 'test',
        })),
      },
    })),
  };
}

const ENTITY_GOLD: Gold = {
  entities: [
    { id: 'marco-rubio', type: 'Person', name: 'Marco Rubio', aliases: ['Rubio'], required: true },
    { id: 'united-states', type: 'Country', name: 'United States', aliases: ['U.S.'], required: true },
    { id: 'dmitry-peskov', type: 'Person', name: 'Dmitry Peskov', aliases: ['Peskov'], required: false },
    { id: 'geneva', type: 'Location', name: 'Geneva', required: true },
  ],
  relations: [],
};

const RUBIO = 'Person:Marco Rubio';
const UKRAINE = 'Country:Ukraine';
const US = 'Country:United States';
const EU = 'Organization:European Union';
const COMMISSION = 'Organization:European Commission';
const SEFCOVIC = 'Person:Maroš Šefčovič';
const QUOTE = 'Rubio criticised Ukraine for its ingratitude';

const RELATION_GOLD: Gold = {
  entities: [
    { id: 'marco-rubio', type: 'Person', name: 'Marco Rubio', aliases: ['Rubio'], required: true },
    { id: 'ukraine', type: 'Country', name: 'Ukraine', required: true },
    { id: 'united-states', type: 'Country', name: 'United States', required: true },
    { id: 'european-union', type: 'Organization', name: 'European Union', required: true },
    { id: 'european-commission', type: 'Organization', name: 'European Commission', required: true },
    { id: 'maros-sefcovic', type: 'Person', name: 'Maroš Šefčovič', required: true },
  ],
  relations: [
    { subject: 'marco-rubio', type: 'CRITICIZED', object: 'ukraine', required: true, evidence: [{ doc: 'd.txt', quote: QUOTE }] },
    { subject: 'united-states', type: 'MET_WITH', object: 'ukraine', symmetric: true, required: true, evidence: [{ doc: 'd.txt', quote: 'met in Geneva' }] },
    {
      subject: 'maros-sefcovic',
      type: 'HOLDS_ROLE',
      object: 'european-commission',
      alt_objects: ['european-union'],
      required: true,
      evidence: [{ doc: 'd.txt', quote: "Šefčovič, the EU's trade commissioner" }],
    },
    { subject: 'united-states', type: 'PRESSURED', object: 'ukraine', alt_types: ['THREATENED'], required: true, evidence: [{ doc: 'd.txt', quote: 'a deadline' }] },
    { subject: 'ukraine', type: 'PRAISED', object: 'united-states', required: false, evidence: [{ doc: 'd.txt', quote: 'Kyiv thanked Washington' }] },
  ],
};

const ALL_NODES = [RUBIO, UKRAINE, US, EU, COMMISSION, SEFCOVIC];
const CRITICIZED = 'marco-rubio|CRITICIZED|ukraine';
const MET = 'united-states|MET_WITH|ukraine';
const ROLE = 'maros-sefcovic|HOLDS_ROLE|european-commission';
const PRESSURED = 'united-states|PRESSURED|ukraine';

describe('scoreGraph', () => {
  it.each<[string, string[], Partial<ReturnType<typeof scoreGraph>['entities']>]>([
    ['matches nodes by name or alias, typed', [RUBIO, US], { precision: 1, recall: 1, f1: 1, missed: [], falsePositives: [] }],
    ['matches an alias after normalisation (case, curly possessive, dots, leading "the")', ['Person:RUBIO', 'Country:The U.S.’s'], { precision: 1, recall: 1, missed: [] }],
    [
      'needs the type to match as well as the name',
      ['Country:Marco Rubio', US],
      { precision: 0.5, recall: 0.5, missed: ['Person:Marco Rubio'], falsePositives: ['Country:Marco Rubio'] },
    ],
    [
      'counts a second node of one entity as a duplicate and a false positive',
      [RUBIO, 'Person:Rubio', US],
      { precision: 2 / 3, recall: 1, f1: 0.8, duplicates: 1, predicted: 3, falsePositives: ['duplicate Person:Rubio'] },
    ],
    ['does not miss an optional entity', [RUBIO, US], { recall: 1, missed: [] }],
    ['does not penalise finding an optional entity', [RUBIO, US, 'Person:Peskov'], { precision: 1, predicted: 3, falsePositives: [] }],
    ['scores no Location node, found or not', [RUBIO, US, 'Location:Geneva', 'Location:Atlantis'], { precision: 1, recall: 1, predicted: 2, falsePositives: [] }],
    ['scores an empty graph as zero', [], { precision: 0, recall: 0, f1: 0, missed: ['Person:Marco Rubio', 'Country:United States'] }],
  ])('entities: %s', (_title, nodes, expected) => {
    expect(scoreGraph(graphOf(nodes), ENTITY_GOLD).entities).toMatchObject(expected);
  });

  it.each<[string, string[], EdgeRow[], Partial<ReturnType<typeof scoreGraph>['relations']>]>([
    ['matches an edge to its gold relation', [], [[RUBIO, 'CRITICIZED', UKRAINE]], { precision: 1, recall: 0.25, missed: [MET, ROLE, PRESSURED] }],
    ['reads a symmetric relation in either direction', [], [[UKRAINE, 'MET_WITH', US]], { precision: 1, missed: [CRITICIZED, ROLE, PRESSURED] }],
    ['accepts an alternative object', [], [[SEFCOVIC, 'HOLDS_ROLE', EU]], { precision: 1, missed: [CRITICIZED, MET, PRESSURED] }],
    ['accepts an alternative type', [], [[US, 'THREATENED', UKRAINE]], { precision: 1, missed: [CRITICIZED, MET, ROLE] }],
    [
      'counts one gold relation reached twice (both directions, both objects) once',
      [],
      [
        [US, 'MET_WITH', UKRAINE],
        [UKRAINE, 'MET_WITH', US],
        [SEFCOVIC, 'HOLDS_ROLE', COMMISSION],
        [SEFCOVIC, 'HOLDS_ROLE', EU],
      ],
      { precision: 1, recall: 0.5, predicted: 2, missed: [CRITICIZED, PRESSURED], falsePositives: [] },
    ],
    [
      'counts a relation in the wrong direction as a false positive',
      [],
      [[UKRAINE, 'CRITICIZED', RUBIO]],
      { precision: 0, recall: 0, f1: 0, falsePositives: ['ukraine|CRITICIZED|marco-rubio'] },
    ],
    [
      'names an endpoint outside the gold by its node key',
      [],
      [['Person:Nobody', 'CRITICIZED', UKRAINE]],
      { precision: 0, falsePositives: ['?Person:Nobody|CRITICIZED|ukraine'] },
    ],
    [
      'does not miss an optional relation, nor penalise finding it',
      [],
      [
        [UKRAINE, 'PRAISED', US],
        [RUBIO, 'CRITICIZED', UKRAINE],
      ],
      { precision: 1, recall: 0.25, predicted: 2, missed: [MET, ROLE, PRESSURED] },
    ],
    ['resolves an endpoint by name when its type differs', [], [[RUBIO, 'CRITICIZED', 'Location:Ukraine']], { precision: 1, falsePositives: [] }],
    [
      'pools edges whose endpoints resolve to the same gold ids into one triple',
      ['Person:Rubio'],
      [
        [RUBIO, 'CRITICIZED', UKRAINE],
        ['Person:Rubio', 'CRITICIZED', UKRAINE],
      ],
      { precision: 1, predicted: 1 },
    ],
  ])('relations: %s', (_title, extraNodes, edges, expected) => {
    expect(scoreGraph(graphOf([...ALL_NODES, ...extraNodes], edges), RELATION_GOLD).relations).toMatchObject(expected);
  });

  it.each<[string, string[], number]>([
    ['a sentence containing the quote', ['Marco Rubio criticised Ukraine for its ingratitude on Monday.'], 1],
    ['the quote in other case and punctuation', ['MARCO RUBIO CRITICISED UKRAINE FOR ITS INGRATITUDE.'], 1],
    ['a fragment of more than 20 characters inside the quote', ['criticised Ukraine for its ingratitude'], 1],
    ['a fragment of 20 characters or fewer inside the quote', ['Rubio criticised'], 0],
    ['a sentence without the quote', ['Rubio spoke about Ukraine.'], 0],
    ['any one of several evidence items', ['He spoke.', QUOTE], 1],
  ])('evidence: counts %s', (_title, sentences, expected) => {
    expect(scoreGraph(graphOf(ALL_NODES, [[RUBIO, 'CRITICIZED', UKRAINE, ...sentences]]), RELATION_GOLD).evidence).toBe(expected);
  });

  it('evidence: rates the matched relations only, not the false positives', () => {
    const graph = graphOf(ALL_NODES, [
      [RUBIO, 'CRITICIZED', UKRAINE, QUOTE],
      [US, 'MET_WITH', UKRAINE, 'They spoke by phone.'],
      [UKRAINE, 'ATTACKED', US, QUOTE],
    ]);
    expect(scoreGraph(graph, RELATION_GOLD).evidence).toBe(0.5);
  });
});
