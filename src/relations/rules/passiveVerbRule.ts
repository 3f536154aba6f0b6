import type { PatternRule } from '../PatternRule';
import { findObject } from '../syntax/findObject';
import { findSubject } from '../syntax/findSubject';
import { BE_FORMS } from '../syntax/syntaxWords';
import { pairs } from './pairs';
import { triggeredBy } from './triggeredBy';

/** `Ukraine was criticized by Trump`, `a plan welcomed by Russia`: the party after `by` acts on the subject. */
export const passiveVerbRule: PatternRule = {
  id: 'verb-passive',
  reason: 'passive voice: the agent after "by" acts on the subject',
  match(s, context, lexicon) {
    return s.tokens.flatMap((token, i) => {
      const trigger = lexicon.verbs.get(token.key);
      if (!trigger || !/ed$|en$/.test(token.key)) return [];
      let by = i + 1;
      while (s.tokens[by]?.tags.has('Adverb')) by++;
      if (s.tokens[by]?.key !== 'by') return [];
      let be = i - 1;
      while (s.tokens[be]?.tags.has('Adverb') && !s.tokens[be]?.capitalized) be--;
      if (!BE_FORMS.has(s.tokens[be]?.key ?? '')) return [];
      const agent = findObject(s, by + 1, context);
      const patient = findSubject(s, be, context);
      if (!agent || !patient || agent.topic) return [];
      return pairs(agent.entities, patient.entities, {
        ...triggeredBy(this, trigger, i),
        ...(patient.topic ? { topic: patient.topic } : {}),
      });
    });
  },
};
