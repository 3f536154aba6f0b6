import type { PatternRule } from '../PatternRule';
import { findObject } from '../syntax/findObject';
import { findSubject } from '../syntax/findSubject';
import { BE_FORMS } from '../syntax/syntaxWords';
import { isReciprocal } from './isReciprocal';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import type { DiscourseContext } from '../syntax/DiscourseContext';
import type { PartyReference } from '../syntax/PartyReference';
import { pairs } from './pairs';
import { triggeredBy } from './triggeredBy';

// Prepositions some relations take before their object (`met with`, `negotiated with`).
const OBJECT_PREPOSITIONS = new Set(['with']);

/** `Trump criticised Ukraine's leadership`: the actor before a trigger verb acts on the party right after it. */
export const activeVerbRule: PatternRule = {
  id: 'verb-active',
  reason: 'active voice: the subject of the verb acts on its object',
  match(s, context, lexicon) {
    return s.tokens.flatMap((token, i) => {
      const trigger = lexicon.verbs.get(token.key);
      // (A word in capitals is a name, whatever the tagger says: `Williams, BAR, Toyota`.)
      if (!trigger || !token.tags.has('Verb') || BE_FORMS.has(s.tokens[i - 1]?.key ?? '') || /^\p{Lu}{2,}$/u.test(token.text)) return [];
      const subject = participleSubject(s, i, context) ?? findSubject(s, i, context);
      const object = findObject(s, i + 1, context, OBJECT_PREPOSITIONS) ?? relativeObject(s, subject);
      // `Serbia and Kosovo met on Monday`: a meeting verb with coordinated subjects and no object relates them to each other.
      if (subject && !object && subject.entities.length >= 2 && isReciprocal(trigger)) {
        const [first, ...others] = subject.entities;
        return pairs([first as string], others, triggeredBy(this, trigger, i));
      }
      if (!subject || !object) return [];
      return pairs(subject.entities, object.entities, {
        ...triggeredBy(this, trigger, i),
        ...(object.topic ?? subject.topic ? { topic: object.topic ?? subject.topic } : {}),
      });
    });
  },
};

/** `Petro, whom the US Treasury sanctioned`: the object is the named antecedent of `whom` before the subject. */
export function relativeObject(s: AnalyzedSentence, subject: PartyReference | undefined): PartyReference | undefined {
  if (!subject) return undefined;
  let at = subject.edge - 1;
  if (s.tokens[at]?.key === 'the') at--;
  if (s.tokens[at]?.key !== 'whom' || !/,/.test(s.tokens[at - 1]?.post ?? '')) return undefined;
  const antecedent = s.mentionAt[at - 1];
  return antecedent && antecedent.type !== 'Location' && antecedent.last === at - 1 ? { entities: [antecedent.entity], edge: at - 1, mentions: [antecedent] } : undefined;
}

/** `Speaking to parliament, Zelensky described it..., warning that ...`: a participle after a comma shares the main clause's subject. */
export function participleSubject(s: AnalyzedSentence, verb: number, context: DiscourseContext): PartyReference | undefined {
  const token = s.tokens[verb];
  // compromise tags some participles as nouns (`warning`); the -ing form after a comma is what counts.
  if (!token || !(token.tags.has('Gerund') || /ing$/.test(token.key)) || !/,/.test(s.tokens[verb - 1]?.post ?? '')) return undefined;
  for (let k = verb - 1; k > 0; k--) {
    const word = s.tokens[k];
    if (word?.tags.has('Verb') && !word.tags.has('Gerund') && !word.tags.has('Auxiliary')) return findSubject(s, k, context);
  }
  return undefined;
}
