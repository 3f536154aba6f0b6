import type { PatternRule } from '../PatternRule';
import { participleSubject } from './activeVerbRule';
import { findSubject } from '../syntax/findSubject';
import { isActor } from '../syntax/isActor';
import { pairs } from './pairs';

const WARN = new Set(['warn', 'warns', 'warned', 'warning']);

/** `Zelensky warned that Putin wants ...`: a warning about what a named party wants or does is criticism of that party. */
export const warningRule: PatternRule = {
  id: 'warning-that',
  reason: 'a public warning about a named party\'s intent or conduct is coded as criticism of that party (CAMEO 111)',
  match(s, context) {
    return s.tokens.flatMap((token, i) => {
      if (!WARN.has(token.key) || s.tokens[i + 1]?.key !== 'that') return [];
      const subject = participleSubject(s, i, context) ?? findSubject(s, i, context);
      // The that-clause's own subject: the last actor before its first verb.
      let verb = i + 2;
      while (verb < s.tokens.length && !(s.tokens[verb]?.tags.has('Verb') && !s.mentionAt[verb])) verb++;
      const clauseSubject = findSubject(s, verb, context);
      const named = clauseSubject?.mentions.filter((mention) => isActor(mention) && mention.first > i + 1) ?? [];
      if (!subject || named.length === 0) return [];
      return pairs(subject.entities, named.map((mention) => mention.entity), {
        type: 'CRITICIZED',
        rule: this.id,
        reason: this.reason,
        trigger: i,
      });
    });
  },
};
