import type { Knowledge } from '../knowledge/Knowledge';
import type { MentionCandidate } from '../mentions/MentionCandidate';

/**
 * `Mahmoud Abbas, the Palestinian president, ... the Palestinian Authority`: in an article that names the authority
 * governing a people (institutions.json's `governsPeople`), the people's demonym stands for that authority, not for a
 * state: its president, its negotiators and its officials are the authority's. Elsewhere the demonym keeps its country.
 */
export function peoplesOfGoverningBodies(sentences: readonly (readonly MentionCandidate[])[], knowledge: Knowledge): MentionCandidate[][] {
  const named = new Set(sentences.flatMap((candidates) => candidates.flatMap((candidate) => (candidate.known ? [candidate.known.entityId] : []))));
  const governed = new Map([...knowledge.governingBodies].filter(([, body]) => named.has(body.id)));
  if (governed.size === 0) return sentences.map((candidates) => [...candidates]);
  return sentences.map((candidates) =>
    candidates.map((candidate) => {
      const known = candidate.known;
      const body = known?.kind === 'demonym' ? governed.get(known.entityId) : undefined;
      if (!known || !body) return candidate;
      return { ...candidate, type: 'Organization', known: { ...known, entityId: body.id, type: 'Organization', name: body.name, countryId: known.entityId } };
    }),
  );
}
