import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import { coordinatedActors } from '../syntax/coordinatedActors';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import { GROUP_NOUNS } from '../../mentions/nameWords';
import { pairs } from './pairs';
import { triggeredBy } from './triggeredBy';

const PAIR_NOUNS = new Set(['talks', 'negotiations', 'dialogue', 'meeting', 'summit']);

/**
 * Parties named together in talks: `The US and Ukraine ... following negotiations`, `American and Ukrainian negotiators`,
 * `US-Ukraine talks`, `talks between the US and Ukraine`.
 */
export const jointTalksRule: PatternRule = {
  id: 'joint-talks',
  reason: 'parties named jointly as the sides of talks or negotiations negotiated with each other',
  match(s, _context, lexicon) {
    const talks = s.tokens.findIndex((token) => {
      const rule = lexicon.nouns.get(token.key);
      return rule?.type === 'NEGOTIATED_WITH' || rule?.type === 'MET_WITH';
    });
    const rule = lexicon.nouns.get(s.tokens[talks]?.key ?? '');
    if (!rule) return [];
    // Each pair of distinct parties once, in the order the text names them.
    const emit = (parties: readonly string[], trigger: number): RelationMatch[] => {
      const distinct = [...new Set(parties)];
      return distinct.flatMap((source, a) => pairs([source], distinct.slice(a + 1), triggeredBy(this, rule, trigger)));
    };
    // `US-Ukraine talks`
    for (let i = 0; i + 2 < s.tokens.length; i++) {
      const left = s.mentionAt[i];
      const right = s.mentionAt[i + 1];
      if (left?.last === i && right?.first === i + 1 && s.tokens[i]?.post === '-' && PAIR_NOUNS.has(s.tokens[right.last + 1]?.key ?? '')) {
        return emit([left.entity, right.entity], right.last + 1);
      }
    }
    // `talks between X and Y`
    for (let i = 0; i + 1 < s.tokens.length; i++) {
      if (PAIR_NOUNS.has(s.tokens[i]?.key ?? '') && s.tokens[i + 1]?.key === 'between') {
        let at = i + 2;
        while (s.tokens[at]?.key === 'the') at++;
        const { actors } = coordinatedActors(s, at, 1);
        if (actors.length >= 2) return emit(actors.map((actor) => actor.entity), i);
      }
    }
    const opening = openingSubject(s);
    return opening.length >= 2 ? emit(opening, talks) : [];
  },
};

// The coordinated parties that open the sentence: `The United States and Ukraine say`, `US and Ukrainian negotiators`.
function openingSubject(s: AnalyzedSentence): string[] {
  let at = 0;
  while (s.tokens[at] && (s.tokens[at]?.key === 'the' || !s.mentionAt[at]) && at < 4 && !s.tokens[at]?.tags.has('Verb')) at++;
  const first = s.mentionAt[at];
  if (!first || first.first !== at) return [];
  const { actors, last } = coordinatedActors(s, at, 1);
  const parties = actors.filter((actor) => actor.type !== 'Location');
  if (parties.length < 2) return [];
  // Demonyms only as modifiers of a group noun (`American and Ukrainian negotiators`).
  if (parties.some((actor) => actor.kind === 'demonym') && !GROUP_NOUNS.has(s.tokens[last + 1]?.key ?? '')) return [];
  return parties.map((actor) => actor.entity);
}
