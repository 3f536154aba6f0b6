import type { PatternRule } from '../PatternRule';
import { findObject } from '../syntax/findObject';
import { findSubject } from '../syntax/findSubject';
import { pairs } from './pairs';

const GIVE = new Set(['give', 'gives', 'gave', 'given', 'giving', 'set', 'sets', 'setting', 'issue', 'issued', 'issues', 'impose', 'imposed', 'imposes']);
const DEADLINES = new Set(['deadline', 'ultimatum']);

/** `Trump gave Ukraine a Thursday deadline`, `gave Ukraine until Thursday to agree`, `set a deadline for Ukraine`. */
export const deadlineRule: PatternRule = {
  id: 'deadline',
  reason: 'setting a party a deadline or ultimatum is pressure on that party (CAMEO 10: demand)',
  match(s, context) {
    return s.tokens.flatMap((token, i) => {
      if (!GIVE.has(token.key)) return [];
      const subject = findSubject(s, i, context);
      if (!subject) return [];
      const base = { type: 'PRESSURED' as const, rule: this.id, reason: this.reason, trigger: i };
      const direct = findObject(s, i + 1, context);
      if (direct) {
        const rest = s.tokens.slice(direct.edge + 1, direct.edge + 6).map((word) => word.key);
        if (rest[0] === 'until' || rest.some((key) => DEADLINES.has(key))) return pairs(subject.entities, direct.entities, base);
      }
      for (let k = i + 1; k < s.tokens.length && k <= i + 5; k++) {
        if (!DEADLINES.has(s.tokens[k]?.key ?? '')) continue;
        if (s.tokens[k + 1]?.key !== 'for') return [];
        const target = findObject(s, k + 2, context);
        return target ? pairs(subject.entities, target.entities, base) : [];
      }
      return [];
    });
  },
};
