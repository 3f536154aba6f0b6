import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { coordinatedActors } from './coordinatedActors';
import type { DiscourseContext } from './DiscourseContext';
import type { PartyReference } from './PartyReference';
import { planReference } from './planReference';
import { DETERMINERS, OTHER_PERSON_NOUNS, PLAN_NOUNS } from './syntaxWords';
import { GROUP_NOUNS, ONE_PERSON_GROUP_NOUNS } from '../../mentions/nameWords';

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
  // `met with Australian Prime Minister Anthony Albanese`: the person, not the country of the title, is the object.
  const title = s.titles.find((span) => span.first === i || (s.mentionAt[i]?.first === i && span.first === (s.mentionAt[i]?.last ?? 0) + 1));
  if (title && s.mentionAt[title.last + 1]?.type === 'Person') i = title.last + 1;
  const token = s.tokens[i];
  if (!token) return undefined;
  const mention = s.mentionAt[i];
  if (!mention || mention.first !== i || mention.type === 'Location') {
    return token.key === 'it' || PLAN_NOUNS.has(token.key) ? planReference(s, i, context) : undefined;
  }
  // `Colombia's host president, Gustavo Petro`, `his Philippine counterpart, Gilberto Teodoro`: the named person.
  const apposed = apposedPerson(s, mention);
  if (apposed) return { entities: [apposed.entity], edge: apposed.last, mentions: [apposed] };
  const { actors, last } = coordinatedActors(s, i, 1);
  const parties = actors.filter((actor) => actor.type !== 'Location');
  const end = s.tokens[last];
  const after = s.tokens[last + 1];
  const headNoun = after !== undefined && (GROUP_NOUNS.has(after.key) || PLAN_NOUNS.has(after.key));
  // A demonym names its country only as the modifier of a group noun; any name followed by another noun is a modifier.
  if (parties.some((actor) => actor.kind === 'demonym') && !headNoun) return undefined;
  // `blamed the Labour leader`: one person a body gives a post, not the body (a country's leader acts for it).
  if (headNoun && ONE_PERSON_GROUP_NOUNS.has(after.key) && parties.every((actor) => actor.type === 'Organization')) return undefined;
  // `China's trade policy`: acting on what a party owns or does is acting on the party, with the thing as topic (as CAMEO codes it).
  const owned = end?.possessive === true && parties.length === 1 ? ownedPhraseEnd(s, last + 1) : undefined;
  // (`sacked Tom Baxter's successor`: another person tied to the party is not the party.)
  if (owned !== undefined && OTHER_PERSON_NOUNS.has(s.tokens[owned]?.key ?? '')) return undefined;
  if (!headNoun && owned === undefined && after && !/[,.;:]/.test(end?.post ?? '') && (after.tags.has('Noun') && !s.mentionAt[last + 1] && !after.tags.has('Pronoun') || end?.possessive)) {
    return undefined;
  }
  if (parties.length === 0) return undefined;
  const topicEnd = after && PLAN_NOUNS.has(after.key) ? last + 1 : owned;
  const topic = topicEnd !== undefined && !GROUP_NOUNS.has(after?.key ?? '') ? s.sentence.block.text.slice(s.tokens[i]?.start ?? 0, s.tokens[topicEnd]?.end ?? 0) : undefined;
  return { entities: parties.map((actor) => actor.entity), edge: headNoun ? last + 1 : last, mentions: parties, ...(topic ? { topic } : {}) };
}

// The last token of the noun phrase a possessive owns (`trade policy`, `spending record`, `broken promises`), up to four
// words; undefined when no noun follows.
function ownedPhraseEnd(s: AnalyzedSentence, from: number): number | undefined {
  let end: number | undefined;
  for (let k = from; k < s.tokens.length && k < from + 4; k++) {
    const token = s.tokens[k];
    const modifier = token !== undefined && (token.tags.has('Noun') || token.tags.has('Adjective') || token.tags.has('Gerund') || token.tags.has('PastTense'));
    if (!token || s.mentionAt[k] || !modifier || token.tags.has('Pronoun')) break;
    if (token.tags.has('Noun')) end = k;
    if (/[,.;:]/.test(token.post)) break;
  }
  return end;
}

// A country or body, then its title or group noun, a comma, and a person's name: the name is who is meant. So is a
// person's name apposed to what anyone's possessive owns (`Rooney's agent, Paul Stretford,`).
function apposedPerson(s: AnalyzedSentence, holder: ActorMention): ActorMention | undefined {
  const owned = s.tokens[holder.last]?.possessive ? ownedPhraseEnd(s, holder.last + 1) : undefined;
  const title = s.titles.find((span) => span.first === holder.last + 1);
  const group = GROUP_NOUNS.has(s.tokens[holder.last + 1]?.key ?? '') ? holder.last + 1 : undefined;
  const end = holder.type === 'Person' ? owned : (title?.last ?? group ?? owned);
  if (end === undefined || !/,/.test(s.tokens[end]?.post ?? '')) return undefined;
  const person = s.mentionAt[end + 1];
  return person?.type === 'Person' && person.first === end + 1 ? person : undefined;
}
