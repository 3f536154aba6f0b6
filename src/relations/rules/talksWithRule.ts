import type { PatternRule } from '../PatternRule';
import { findObject } from '../syntax/findObject';
import { findSubject } from '../syntax/findSubject';
import { pairs } from './pairs';
import { triggeredBy } from './triggeredBy';

// `began talks jointly with North Macedonia`: the party after `with` shares the talks, it is not the other side.
const ALONGSIDE = new Set(['jointly', 'together', 'alongside', 'along']);
const TALK_VERBS = new Set(['held', 'hold', 'holds', 'holding', 'had', 'have', 'has', 'began', 'begin', 'opened', 'open', 'resumed', 'resume', 'was', 'were', 'is', 'are']);
// A copula governs talks only where its subject is in them or somewhere for them (`is in talks with`, `was in Manila for
// talks with`), not where the noun says what something is (`its priority was a trade deal with Y`).
const COPULAS = new Set(['was', 'were', 'is', 'are']);

/** `Araghchi held talks in Muscat on Monday with Albusaidi`: the subject of a meeting or talks noun met the party after `with`. */
export const talksWithRule: PatternRule = {
  id: 'talks-with',
  reason: 'the subject holds talks or a meeting with the party after "with"',
  match(s, context, lexicon) {
    return s.tokens.flatMap((token, i) => {
      const trigger = lexicon.nouns.get(token.key);
      if (!trigger || (trigger.type !== 'NEGOTIATED_WITH' && trigger.type !== 'MET_WITH')) return [];
      // The verb that governs the noun (`held talks`, `was in Manila for talks`), within a short phrase before it.
      let verb = -1;
      for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
        if (TALK_VERBS.has(s.tokens[k]?.key ?? '')) {
          verb = k;
          break;
        }
      }
      let withAt = -1;
      for (let k = i + 1; k < s.tokens.length && k <= i + 6; k++) {
        if (s.tokens[k]?.key === 'with') {
          withAt = k;
          break;
        }
        if (/[,;]/.test(s.tokens[k]?.post ?? '') || s.mentionAt[k]?.type === 'Person') break;
      }
      if (verb < 0 || withAt < 0 || ALONGSIDE.has(s.tokens[withAt - 1]?.key ?? '')) return [];
      if (COPULAS.has(s.tokens[verb]?.key ?? '') && !s.tokens.slice(verb + 1, i).some((word) => word.key === 'for' || word.key === 'in')) return [];
      const subject = findSubject(s, verb, context);
      const partner = findObject(s, withAt + 1, context);
      if (!subject || !partner) return [];
      return pairs(subject.entities, partner.entities, triggeredBy(this, trigger, i));
    });
  },
};
