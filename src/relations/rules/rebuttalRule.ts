import type { PatternRule } from '../PatternRule';
import { findSubject } from '../syntax/findSubject';
import { CLAIM_NOUNS } from '../syntax/syntaxWords';
import { pairs } from './pairs';
import { triggeredBy } from './triggeredBy';

// Words that point back to a charge already made (`the`, `these`), and how many words may qualify it before its noun
// (`the fraud allegations`).
const ANAPHORIC = new Set(['the', 'this', 'these', 'that', 'those', 'such']);
const MAX_QUALIFIERS = 2;

/**
 * `India accused Pakistan of ... . Islamabad rejected the allegation`: rejecting or denying `the accusation`, `the
 * claim`, `these charges` answers whoever last accused (or sued, charged or sanctioned) the rejecting party in the
 * article, or the country or body whose office the rejecting person holds.
 */
export const rebuttalRule: PatternRule = {
  id: 'rebuttal',
  reason: 'rejecting an accusation rejects the party that made it, the one that last accused the rejecting party',
  match(s, context, lexicon) {
    return s.tokens.flatMap((token, i) => {
      const trigger = lexicon.verbs.get(token.key);
      if (trigger?.type !== 'REJECTED' || !token.tags.has('Verb') || !ANAPHORIC.has(s.tokens[i + 1]?.key ?? '')) return [];
      let noun = i + 2;
      while (noun < i + 2 + MAX_QUALIFIERS && !CLAIM_NOUNS.has(s.tokens[noun]?.key ?? '') && !s.mentionAt[noun]) noun++;
      if (!CLAIM_NOUNS.has(s.tokens[noun]?.key ?? '')) return [];
      const subject = findSubject(s, i, context);
      if (!subject) return [];
      return subject.entities.flatMap((entity) => {
        // (`The Northern Ireland Secretary, X, rejected the claim` answers one made against the government X serves.)
        const served = context.offices?.get(entity);
        const accuser = context.accusers?.get(entity) ?? (served === undefined ? undefined : context.accusers?.get(served));
        return accuser ? pairs([entity], [accuser], triggeredBy(this, trigger, i)) : [];
      });
    });
  },
};
