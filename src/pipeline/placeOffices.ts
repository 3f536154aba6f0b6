import type { DocumentExtraction } from './DocumentExtractionSchema';
import { countryOfEntity } from '../entities/countryOfEntity';
import type { Relation } from '../relations/RelationSchema';
import type { UnplacedOffice } from '../relations/UnplacedOfficeSchema';

const IMPLIED = 'role:implied-';
// Offices placed by a guess about the article's country, checked against what the corpus states.
const GUESSED: ReadonlySet<string> = new Set(['role:implied-country', 'role:implied-named-country']);
/** Rule id of an office placed by the same person's same office stated elsewhere in the corpus. */
export const IMPLIED_HOLDER = 'role:implied-holder';
const IMPLIED_HOLDER_REASON = 'an office named without its country or body is held where the corpus states that the same person holds that office';

/**
 * Checks the offices each document placed or left unplaced against the offices the corpus states explicitly (ids
 * already merged across documents). When the corpus states that the same person holds the same office of one country
 * or body (`US President George Bush` in one article), an office named alone (`President Bush` in another) takes that
 * holder, and so does an office the article's country, or the one country the article names that has such an office,
 * implied for the person; one the explicit offices contradict is dropped: the same office stated for two other
 * holders, or a person stated to hold offices of or belong to parties of other countries only.
 */
export function placeOffices(extractions: readonly DocumentExtraction[]): DocumentExtraction[] {
  const countryOf = new Map<string, string>();
  for (const entity of extractions.flatMap((extraction) => extraction.entities)) {
    const country = countryOfEntity(entity);
    if (country) countryOf.set(entity.id, country);
  }
  const names = new Map(extractions.flatMap((extraction) => extraction.entities.map((entity) => [entity.id, entity.name] as const)));
  // Explicit offices by person and title, with one document stating each; the countries each person is tied to.
  const holders = new Map<string, Map<string, string>>();
  const affiliations = new Map<string, Set<string>>();
  for (const relation of extractions.flatMap((extraction) => extraction.relations)) {
    if ((relation.type !== 'HOLDS_ROLE' && relation.type !== 'MEMBER_OF') || relation.evidence.rule.startsWith(IMPLIED)) continue;
    const country = countryOf.get(relation.target);
    if (country) affiliations.set(relation.source, (affiliations.get(relation.source) ?? new Set()).add(country));
    if (relation.type !== 'HOLDS_ROLE' || !relation.title) continue;
    const key = `${relation.source}|${relation.title}`;
    const stated = holders.get(key) ?? new Map<string, string>();
    if (!stated.has(relation.target)) stated.set(relation.target, relation.evidence.doc);
    holders.set(key, stated);
  }
  const placed = (relation: Omit<Relation, 'type' | 'target'>, holder: string, doc: string): Relation => ({
    ...relation,
    type: 'HOLDS_ROLE',
    target: holder,
    evidence: { ...relation.evidence, rule: IMPLIED_HOLDER, reason: `${IMPLIED_HOLDER_REASON}: ${relation.title ?? ''} of ${names.get(holder) ?? holder} in ${doc}` },
  });

  // The one holder the corpus states for a person's office, if it states exactly one.
  const onlyHolder = (stated: ReadonlyMap<string, string> | undefined) => {
    const [only, ...more] = stated ?? [];
    return more.length === 0 ? only : undefined;
  };

  return extractions.map(({ offices, ...extraction }) => {
    const relations = extraction.relations.flatMap((relation): Relation[] => {
      if (!GUESSED.has(relation.evidence.rule)) return [relation];
      const stated = holders.get(`${relation.source}|${relation.title ?? ''}`);
      if (stated) {
        const only = onlyHolder(stated);
        return stated.has(relation.target) ? [relation] : only ? [placed(relation, ...only)] : [];
      }
      const tied = affiliations.get(relation.source);
      return tied && !tied.has(relation.target) ? [] : [relation];
    });
    const unplaced: UnplacedOffice[] = [];
    for (const office of offices ?? []) {
      const only = onlyHolder(holders.get(`${office.source}|${office.title}`));
      if (only) relations.push(placed(office, ...only));
      else unplaced.push(office);
    }
    return { ...extraction, relations, ...(unplaced.length > 0 ? { offices: unplaced } : {}) };
  });
}
