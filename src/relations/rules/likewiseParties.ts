import type { RelationMatch } from '../RelationMatch';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import { coordinatedActors } from '../syntax/coordinatedActors';

/** The rule of an elliptical `as did Z` clause, whose parties do what the clause before says its subject did. */
export const LIKEWISE = {
  id: 'likewise:as-did',
  reason: 'a party named in an elliptical clause after a comma (`X condemned Y, as did Z`, `as has Z`) does what the clause before says its subject did',
  // (What the rule adds to each text: `source TYPE target`.)
  examples: [
    { text: 'Cuba condemned Ann Vale, as did Norway.', relations: ['country:norway CRITICIZED person:ann-vale'] },
    { text: 'Cuba and Bolivia have stood by Ann Vale, as has Russia, which lent her money.', relations: ['country:russia SUPPORTED person:ann-vale'] },
    { text: 'Cuba condemned Ann Vale, as did the press.', relations: [] },
    { text: "Cuba condemned Ann Vale, as did Norway's allies.", relations: [] },
    { text: 'Ann Vale, the Vosk Party leader, spoke, as did Tom Baxter.', relations: [] },
  ],
} as const;

// The auxiliaries that stand for the verb before them in such a clause.
const STANDING_AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had']);

/**
 * The relations an elliptical `, as did Z` clause gives its parties: those of `read` (the sentence's relations) that
 * the subject of the nearest relation before the clause holds, with each party named in the clause as the source.
 * Offices and memberships are no act one does likewise.
 */
export function likewiseParties(s: AnalyzedSentence, read: readonly RelationMatch[]): RelationMatch[] {
  return s.tokens.flatMap((token, at) => {
    if (token.key !== 'as' || !/,\s*$/.test(s.tokens[at - 1]?.post ?? '') || !STANDING_AUXILIARIES.has(s.tokens[at + 1]?.key ?? '')) return [];
    const named = s.mentionAt[at + 2];
    if (!named || named.first !== at + 2) return [];
    const { actors, last } = coordinatedActors(s, at + 2, 1);
    // (The clause ends with its parties: `, as did Z.`, `, as has Z, which ...`; not `as did Z's allies`.)
    if (s.tokens[last + 1] !== undefined && !/[,.;:]/.test(s.tokens[last]?.post ?? '')) return [];
    const before = read.filter((match) => match.trigger < at && match.type !== 'HOLDS_ROLE' && match.type !== 'MEMBER_OF');
    const nearest = before.reduce<RelationMatch | undefined>((best, match) => (best === undefined || match.trigger > best.trigger ? match : best), undefined);
    if (!nearest) return [];
    return before
      .filter((match) => match.source === nearest.source)
      .flatMap((match) => actors.filter((actor) => actor.entity !== match.target && actor.entity !== match.source).map((actor) => ({ ...match, source: actor.entity, rule: LIKEWISE.id, reason: LIKEWISE.reason })));
  });
}
