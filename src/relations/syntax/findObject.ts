import type { AnalyzedSentence } from './AnalyzedSentence';
import { coordinatedActors } from './coordinatedActors';
import type { DiscourseContext } from './DiscourseContext';
import type { PartyReference } from './PartyReference';
import { planReference } from './planReference';
import { DETERMINERS, GROUP_NOUNS, PLAN_NOUNS } from './syntaxWords';

/**
 * The party a verb acts on, starting at token `from`: named actors (coordinated or not), a named party's group or plan
 * (`Ukraine's leadership`, `the US plan`), or `it`/`the plan` for the document's last owned plan. Only a party that heads
 * the phrase counts: `limits on Ukraine's forces` is not Ukraine.
 */
export function findObject(s: AnalyzedSentence, from: number, context: DiscourseContext, prepositions: ReadonlySet<string> = new Set()): PartyReference | undefined {
  let i = from;
  while (s.tokens[i]?.tags.has('Adverb') && !s.tokens[i]?.capitalized) i++;
  if (prepositions.has(s.tokens[i]?.key ?? '')) i++;
  while (DETERMINERS.has(s.tokens[i]?.key ?? '')) i++;
  const token = s.tokens[i];
  if (!token) return undefined;
  const mention = s.mentionAt[i];
  if (!mention || mention.first !== i || mention.type === 'Location') {
    return token.key === 'it' || PLAN_NOUNS.has(token.key) ? planReference(s, i, context) : undefined;
  }
  const { actors, last } = coordinatedActors(s, i, 1);
  const parties = actors.filter((actor) => actor.type !== 'Location');
  const end = s.tokens[last];
  const after = s.tokens[last + 1];
  const headNoun = after !== undefined && (GROUP_NOUNS.has(after.key) || PLAN_NOUNS.has(after.key));
  // A demonym names its country only as the modifier of a group noun; any name followed by another noun is a modifier.
  if (parties.some((actor) => actor.kind === 'demonym') && !headNoun) return undefined;
  if (!headNoun && after && !/[,.;:]/.test(end?.post ?? '') && (after.tags.has('Noun') && !s.mentionAt[last + 1] && !after.tags.has('Pronoun') || end?.possessive)) {
    return undefined;
  }
  if (parties.length === 0) return undefined;
  const topic = after && PLAN_NOUNS.has(after.key) ? s.sentence.block.text.slice(s.tokens[i]?.start ?? 0, after.end) : undefined;
  return { entities: parties.map((actor) => actor.entity), edge: headNoun ? last + 1 : last, mentions: parties, ...(topic ? { topic } : {}) };
}
