import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import { isActor } from '../syntax/isActor';

const BACKING = new Set(['backed', 'supported', 'sponsored', 'funded', 'armed']);

/** `the Rwanda-backed M23 rebel group`, `Iran-backed Hezbollah`: the party hyphened to the participle supports the one it qualifies. */
export const backedRule: PatternRule = {
  id: 'backed',
  reason: 'a party hyphened to "backed" or "sponsored" before another party\'s name supports that party',
  match(s) {
    const matches: RelationMatch[] = [];
    s.tokens.forEach((token, i) => {
      if (!BACKING.has(token.key) || s.tokens[i - 1]?.post !== '-') return;
      const backer = s.mentionAt[i - 1];
      const backed = s.mentionAt[i + 1];
      if (!isActor(backer) || backer.last !== i - 1 || !isActor(backed) || backed.first !== i + 1 || backer.entity === backed.entity) return;
      matches.push({ type: 'SUPPORTED', source: backer.entity, target: backed.entity, rule: this.id, reason: this.reason, trigger: i });
    });
    return matches;
  },
};
