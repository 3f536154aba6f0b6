import type { Evidence } from '../../src/relations/EvidenceSchema';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';
import type { Gold } from './GoldSchema';
import type { GraphScore } from './GraphScore';

type GoldRelation = Gold['relations'][number];

// Only these node types are scored; Location nodes still resolve relation endpoints.
const SCORED_TYPES: ReadonlySet<string> = new Set(['Person', 'Country', 'Organization']);

/**
 * Scores a graph.json against a gold annotation exactly as /work/shared/eval/score-graph.mjs does (same normalisation,
 * matching, duplicates, required-only recall and evidence rate), so CI can hold the extractor to the shared scorer.
 */
export function scoreGraph(graph: SerializedGraph, gold: Gold): GraphScore {
  // Later entities win in the typed index but the first wins in the untyped one, as in the .mjs.
  const nameIndex = new Map<string, string>();
  const anyTypeIndex = new Map<string, string>();
  for (const entity of gold.entities) {
    for (const name of [entity.name, ...(entity.aliases ?? [])]) nameIndex.set(`${entity.type}|${norm(name)}`, entity.id);
  }
  for (const entity of gold.entities) {
    for (const name of [entity.name, ...(entity.aliases ?? [])]) if (!anyTypeIndex.has(norm(name))) anyTypeIndex.set(norm(name), entity.id);
  }

  const nodeGold = new Map<string, string | null>();
  const seen = new Map<string, number>();
  let tpE = 0;
  let fpE = 0;
  let duplicates = 0;
  const entityFalsePositives: string[] = [];
  for (const node of graph.nodes) {
    const { type, name } = node.attributes;
    const id = nameIndex.get(`${type}|${norm(name)}`) ?? null;
    // A relation endpoint may match a gold entity of another type (a Location node named like a Country).
    nodeGold.set(node.key, id ?? anyTypeIndex.get(norm(name)) ?? null);
    if (!SCORED_TYPES.has(type)) continue;
    if (id === null) {
      fpE++;
      entityFalsePositives.push(`${type}:${name}`);
      continue;
    }
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count === 1) tpE++;
    else {
      duplicates++;
      fpE++;
      entityFalsePositives.push(`duplicate ${type}:${name}`);
    }
  }
  const requiredEntities = gold.entities.filter((entity) => entity.required && SCORED_TYPES.has(entity.type));
  const foundEntities = requiredEntities.filter((entity) => seen.has(entity.id));
  const missedEntities = requiredEntities.filter((entity) => !seen.has(entity.id)).map((entity) => `${entity.type}:${entity.name}`);

  const goldRelations = new Map<string, GoldRelation>();
  for (const relation of gold.relations) {
    for (const type of [relation.type, ...(relation.alt_types ?? [])]) {
      for (const object of [relation.object, ...(relation.alt_objects ?? [])]) {
        goldRelations.set(tripleKey(relation.subject, type, object), relation);
        if (relation.symmetric) goldRelations.set(tripleKey(object, type, relation.subject), relation);
      }
    }
  }
  // Edges whose endpoints map to the same gold ids are one predicted triple with their evidence pooled.
  const predicted = new Map<string, Evidence[]>();
  for (const edge of graph.edges) {
    const subject = nodeGold.get(edge.source) ?? `?${edge.source}`;
    const object = nodeGold.get(edge.target) ?? `?${edge.target}`;
    const key = tripleKey(subject, edge.attributes.type, object);
    predicted.set(key, [...(predicted.get(key) ?? []), ...edge.attributes.evidence]);
  }
  let tpR = 0;
  let fpR = 0;
  let evidenceOk = 0;
  const matched = new Set<GoldRelation>();
  const relationFalsePositives: string[] = [];
  for (const [key, evidence] of predicted) {
    const relation = goldRelations.get(key);
    if (!relation) {
      fpR++;
      relationFalsePositives.push(key);
      continue;
    }
    if (matched.has(relation)) continue; // the same gold relation reached twice (alt object, symmetric): not a new hit
    matched.add(relation);
    tpR++;
    const quotes = relation.evidence.map((quote) => norm(quote.quote));
    // newsgraph evidence carries the sentence (the .mjs also reads `quote` or `text`, which graph.json never has).
    const texts = evidence.map((item) => norm(item.sentence));
    if (texts.some((text) => quotes.some((quote) => text.includes(quote) || (text.length > 20 && quote.includes(text))))) evidenceOk++;
  }
  const requiredRelations = gold.relations.filter((relation) => relation.required);
  const foundRelations = requiredRelations.filter((relation) => matched.has(relation));
  const missedRelations = requiredRelations
    .filter((relation) => !matched.has(relation))
    .map((relation) => tripleKey(relation.subject, relation.type, relation.object));

  const pE = tpE + fpE ? tpE / (tpE + fpE) : 0;
  const rE = requiredEntities.length ? foundEntities.length / requiredEntities.length : 0;
  const pR = tpR + fpR ? tpR / (tpR + fpR) : 0;
  const rR = requiredRelations.length ? foundRelations.length / requiredRelations.length : 0;
  return {
    entities: { precision: pE, recall: rE, f1: f1(pE, rE), duplicates, predicted: tpE + fpE, missed: missedEntities, falsePositives: entityFalsePositives },
    relations: { precision: pR, recall: rR, f1: f1(pR, rR), predicted: tpR + fpR, missed: missedRelations, falsePositives: relationFalsePositives },
    evidence: tpR ? evidenceOk / tpR : 0,
  };
}

// The gold file's normalisation: NFKC, straight quotes, no diacritics, lower case, no possessive, dots or leading "the".
function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function tripleKey(subject: string, type: string, object: string): string {
  return `${subject}|${type}|${object}`;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
