import type { PatternRule } from '../PatternRule';
import { participleSubject } from './activeVerbRule';
import { findSubject } from '../syntax/findSubject';
import { isActor } from '../syntax/isActor';
import { HYPOTHETICAL } from '../syntax/syntaxWords';
import { pairs } from './pairs';

const WARN = new Set(['warn', 'warns', 'warned', 'warning']);
const FUTURE = new Set([...HYPOTHETICAL, 'will', 'shall', "'ll"]);

/**
 * `Zelensky warned that Putin wants ...`: a warning about what a named party wants or does is criticism of that party;
 * `warned that the EU will bear the consequences`: a warning of what a named party will suffer is a threat to it.
 */
export const warningRule: PatternRule = {
  id: 'warning-that',
  reason: 'a public warning about a named party\'s intent or conduct is criticism of it (CAMEO 111); a warning of what it will suffer is a threat (CAMEO 13)',
  match(s, context) {
    return s.tokens.flatMap((token, i) => {
      if (!WARN.has(token.key) || s.tokens[i + 1]?.key !== 'that') return [];
      const subject = participleSubject(s, i, context) ?? findSubject(s, i, context);
      // The that-clause's own subject: the actor right before its first verb, heading its phrase (not `the paths of Serbia`).
      let verb = i + 2;
      while (verb < s.tokens.length && !(s.tokens[verb]?.tags.has('Verb') && !s.mentionAt[verb])) verb++;
      const clauseSubject = findSubject(s, verb, context);
      const named = clauseSubject?.mentions.filter((mention) => isActor(mention) && mention.first > i + 1) ?? [];
      const first = Math.min(...named.map((mention) => mention.first));
      if (!subject || named.length === 0 || s.tokens[first - 1]?.key === 'of') return [];
      const threat = FUTURE.has(s.tokens[verb]?.key ?? '');
      return pairs(subject.entities, named.map((mention) => mention.entity), {
        type: threat ? 'THREATENED' : 'CRITICIZED',
        rule: `${this.id}:${threat ? 'consequence' : 'conduct'}`,
        reason: this.reason,
        trigger: i,
      });
    });
  },
};
