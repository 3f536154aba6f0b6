import countries from 'world-countries';
import type { EntityType } from '../../src/knowledge/EntityType';
import type { DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';
import type { ChainError, ChainErrorKind, EntityChainScore } from './EntityChainScore';
import type { GumChain, GumMention, GumNewsEntities } from './GumNewsEntitiesSchema';

/** Which entities and chains a score counts. */
export type ChainScope =
  /** Person, Country, Organization and Location entities; person, organization and place chains. */
  | 'all'
  /** Person, Country and Organization entities; person and organization chains, and place chains that are countries. */
  | 'no places';

const SCOPED_GUM_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place']);
const SCOPE_TYPES: Record<ChainScope, ReadonlySet<EntityType>> = {
  all: new Set(['Person', 'Country', 'Organization', 'Location']),
  'no places': new Set(['Person', 'Country', 'Organization']),
};

// Wikipedia titles of the states and territories world-countries lists (`United_States`, `North_Korea`, `Hong_Kong`).
const COUNTRY_IDENTITIES: ReadonlySet<string> = new Set(
  countries.flatMap((country) => [country.name.common, country.name.official].map((name) => name.replace(/ /g, '_'))),
);

/**
 * Scores each document's extracted entities against GUM's coreference chains by character offsets.
 *
 * - A predicted mention hits a gold mention when it overlaps the gold mention's head word or minimal span (see
 *   hitChain for which of several); an entity lands on the chain most of its mentions hit (on a tie, the one hit first).
 * - Types: person -> Person, organization -> Organization, place -> Country or Location, and a chain whose identity is
 *   a country (`North_Korea`, which GUM types organization when it acts) -> Country.
 * - The first entity of a compatible type on a named person, organization or place chain finds it; a second is a
 *   duplicate. A wrong type (a place read as a Person), a named chain of another GUM type (a product, an event) and no
 *   GUM mention at all are false positives. All of them count against precision.
 * - Out of scope, neither found nor false: an entity on an unnamed person, organization or place chain (`the
 *   military`), and in the no-places scope a Country on a place that is not a country (`Kyiv said`).
 */
export function scoreEntityChains(
  reference: GumNewsEntities,
  extractions: ReadonlyMap<string, DocumentExtraction>,
  scope: ChainScope,
): EntityChainScore {
  const entityTypes = SCOPE_TYPES[scope];
  const inScope = (chain: GumChain) =>
    chain.named && SCOPED_GUM_TYPES.has(chain.type) && (scope === 'all' || chain.type !== 'place' || isCountry(chain));
  let found = 0;
  let chainCount = 0;
  let truePositives = 0;
  let predicted = 0;
  let duplicates = 0;
  const errors: ChainError[] = [];
  const confusions: Record<string, number> = {};

  for (const document of reference.documents) {
    const extraction = extractions.get(document.name);
    if (!extraction) throw new Error(`no extraction of ${document.name}`);
    const doc = document.name;
    const chainsFound = new Set<GumChain>();
    for (const { entity, mentions, chain } of landEntities(document.chains, extraction)) {
      if (!entityTypes.has(entity.type)) continue;
      const verdict = judge(entity.type, chain, inScope);
      if (verdict === 'out of scope') continue;
      predicted++;
      const name = `${entity.type}:${entity.name}`;
      if (!chain) {
        errors.push({ doc, kind: 'unannotated', text: `${name} at ${mentions.map((mention) => `"${mention.text}"`).join(', ')}` });
      } else if (verdict !== 'compatible') {
        const pair = `${chain.type} -> ${entity.type}`;
        if (verdict === 'type') confusions[pair] = (confusions[pair] ?? 0) + 1;
        errors.push({ doc, kind: verdict, text: `${name} is GUM ${chain.type} ${describe(chain)}` });
      } else if (chainsFound.has(chain)) {
        duplicates++;
        errors.push({ doc, kind: 'duplicate', text: `${name} again for ${chain.type} ${describe(chain)}` });
      } else {
        chainsFound.add(chain);
        truePositives++;
      }
    }
    for (const chain of document.chains.filter(inScope)) {
      chainCount++;
      if (chainsFound.has(chain)) found++;
      else errors.push({ doc, kind: 'missed', text: `${chain.type} ${describe(chain)}` });
    }
  }
  const precision = predicted ? truePositives / predicted : 0;
  const recall = chainCount ? found / chainCount : 0;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, duplicates, predicted, chains: chainCount, errors, confusions };
}

type Landed = { entity: DocumentExtraction['entities'][number]; mentions: DocumentExtraction['mentions']; chain: GumChain | undefined };

// Each entity of the document with its mentions and the chain they land on, in the order the text first names them.
function landEntities(chains: readonly GumChain[], extraction: DocumentExtraction): Landed[] {
  const gold = chains.flatMap((chain) => chain.mentions.map((mention) => ({ chain, mention })));
  const landed: Landed[] = extraction.entities.map((entity) => {
    const mentions = extraction.mentions.filter((mention) => mention.entity === entity.id).sort((a, b) => a.start - b.start);
    const hits = new Map<GumChain, number>();
    for (const mention of mentions) {
      const chain = hitChain(gold, mention);
      if (chain) hits.set(chain, (hits.get(chain) ?? 0) + 1);
    }
    // Map order is first-hit order, so the sort keeps the chain hit first on a tie.
    const chain = [...hits].sort((a, b) => b[1] - a[1])[0]?.[0];
    return { entity, mentions, chain };
  });
  return landed.sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
}

// The chain of the gold mention a predicted span hits. It hits a gold mention when it overlaps its head word or its
// minimal span (GUM's minimal span is sometimes odd: `United States` in `Indiana, United States`). Of several, one whose
// head it overlaps wins, then the one whose core (from head and minimal span) covers most of it (`Weatherspoon Art
// Museum` is the museum, not the person `Weatherspoon` inside it), then the shortest (`Texas` in `Irving, Texas`).
function hitChain(gold: ReadonlyArray<{ chain: GumChain; mention: GumMention }>, span: { start: number; end: number }): GumChain | undefined {
  const overlap = (start: number, end: number) => Math.max(0, Math.min(span.end, end) - Math.max(span.start, start));
  const onHead = (mention: GumMention) => overlap(mention.headStart, mention.headEnd) > 0;
  const covered = (mention: GumMention) => overlap(coreStart(mention), coreEnd(mention)) / (span.end - span.start);
  return gold
    .filter(({ mention }) => onHead(mention) || overlap(mention.minStart, mention.minEnd) > 0)
    .map(({ chain, mention }) => ({ chain, head: Number(onHead(mention)), covered: covered(mention), length: mention.end - mention.start }))
    .sort((a, b) => b.head - a.head || b.covered - a.covered || a.length - b.length)[0]?.chain;
}

// What an entity of this type on this chain is: a candidate to find it, a false positive of some kind, or out of scope.
function judge(
  type: EntityType,
  chain: GumChain | undefined,
  inScope: (chain: GumChain) => boolean,
): 'compatible' | 'out of scope' | Extract<ChainErrorKind, 'type' | 'other' | 'unannotated'> {
  if (!chain) return 'unannotated';
  if (!SCOPED_GUM_TYPES.has(chain.type)) return 'other';
  if (!chain.named) return 'out of scope';
  if (!compatible(type, chain)) return 'type';
  return inScope(chain) ? 'compatible' : 'out of scope';
}

function compatible(type: EntityType, chain: GumChain): boolean {
  if (type === 'Country' && isCountry(chain)) return true;
  if (chain.type === 'place') return type === 'Country' || type === 'Location';
  return (chain.type === 'person' && type === 'Person') || (chain.type === 'organization' && type === 'Organization');
}

function isCountry(chain: GumChain): boolean {
  return chain.identity !== null && COUNTRY_IDENTITIES.has(chain.identity);
}

// `"Kim Jong-un" (Kim_Jong-un)`: the core (head word and minimal span) of the first mention that names the chain, and
// its identity.
function describe(chain: GumChain): string {
  const naming = chain.mentions.find((mention) => !mention.group && mention.proper) ?? chain.mentions[0];
  const text = naming ? naming.text.slice(coreStart(naming) - naming.start, coreEnd(naming) - naming.start) : '?';
  return `"${text}"${chain.identity ? ` (${chain.identity})` : ''}`;
}

function coreStart(mention: GumMention): number {
  return Math.min(mention.minStart, mention.headStart);
}

function coreEnd(mention: GumMention): number {
  return Math.max(mention.minEnd, mention.headEnd);
}
