import type { RelationType } from '../RelationType';
import type { PatternRule } from '../PatternRule';
import type { RelationLexicon } from '../RelationLexicon';
import { coordinatedActors } from '../syntax/coordinatedActors';
import { findObject } from '../syntax/findObject';
import { findSubject } from '../syntax/findSubject';
import type { PartyReference } from '../syntax/PartyReference';
import { pairs } from './pairs';
import { triggeredBy } from './triggeredBy';

// The prepositions that bring in the target of each kind of event noun (`strikes on`, `support for`, `criticism of`).
const TARGET_PREPOSITIONS: Partial<Record<RelationType, ReadonlySet<string>>> = {
  ATTACKED: new Set(['on', 'against', 'across', 'at', 'into', 'in']),
  SANCTIONED: new Set(['on', 'against']),
  THREATENED: new Set(['to', 'against']),
  CRITICIZED: new Set(['of', 'against', 'with']),
  REJECTED: new Set(['of']),
  PRAISED: new Set(['for', 'of']),
  SUPPORTED: new Set(['for']),
};

// Words after which an event noun is the topic of what comes before (`a statement regarding the rejection`).
const TOPIC_WORDS: ReadonlySet<string> = new Set(['regarding', 'about', 'concerning', 'over', 'on', 'into']);

/**
 * `Russia continues missile and drone strikes across Ukraine`, `US sanctions on Iran`, `Wang Yi expressed support for
 * Pakistan`: an event noun whose target follows its preposition; the actor is the noun's modifier or the subject of
 * the verb governing it.
 */
export const nominalEventRule: PatternRule = {
  id: 'noun-event',
  reason: 'an event noun: its modifier or the subject of the verb governing it acts on the party after the preposition',
  match(s, context, lexicon) {
    return s.tokens.flatMap((token, i) => {
      // compromise often reads `strikes` as a verb; the preposition and target after it decide.
      const trigger = lexicon.nouns.get(token.key);
      const prepositions = trigger ? TARGET_PREPOSITIONS[trigger.type] : undefined;
      if (!trigger || !prepositions?.has(s.tokens[i + 1]?.key ?? '')) return [];
      const target = findObject(s, i + 2, context);
      const actor = nounModifier(s, i) ?? governingSubject(s, i, context, lexicon);
      if (!actor || !target) return [];
      return pairs(actor.entities, target.entities, {
        ...triggeredBy(this, trigger, i),
        ...(target.topic ? { topic: target.topic } : {}),
      });
    });
  },
};

// `Russian strikes`, `Russia's attacks`, `US sanctions`: the actor right before the noun (past other nouns and adjectives).
function nounModifier(s: Parameters<PatternRule['match']>[0], noun: number): PartyReference | undefined {
  for (let k = noun - 1; k >= 0 && k >= noun - 4; k--) {
    const mention = s.mentionAt[k];
    if (mention && mention.type !== 'Location' && mention.last === k) {
      const { actors } = coordinatedActors(s, k, -1);
      return { entities: actors.map((actor) => actor.entity), edge: k, mentions: actors };
    }
    const word = s.tokens[k];
    if (!word || !(word.tags.has('Adjective') || word.tags.has('Noun') || word.key === 'and') || word.tags.has('Determiner') || /,/.test(word.post)) return undefined;
  }
  return undefined;
}

// `Russia continues/launched ... strikes`: the subject of the nearest verb before the noun, within a short phrase. When
// that verb states a relation itself (`Pakistan condemned the attack on India`, `backed sanctions on Iran`), its subject
// reacts to the event and is not its actor.
function governingSubject(s: Parameters<PatternRule['match']>[0], noun: number, context: Parameters<PatternRule['match']>[1], lexicon: RelationLexicon): PartyReference | undefined {
  for (let k = noun - 1; k >= 0 && k >= noun - 5; k--) {
    const word = s.tokens[k];
    // (`issued a statement regarding the rejection of X`, `ordered an inquiry into the attack on X`: the event is what
    // the verb's noun is about, not the verb's subject's act.)
    if (!word || /,/.test(word.post) || TOPIC_WORDS.has(word.key)) return undefined;
    if (word.tags.has('Verb') && !word.tags.has('Gerund')) return lexicon.verbs.has(word.key) ? undefined : findSubject(s, k, context);
  }
  return undefined;
}
