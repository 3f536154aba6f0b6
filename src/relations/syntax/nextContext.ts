import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import type { DiscourseContext } from './DiscourseContext';
import { afterPlacePreposition } from './afterPlacePreposition';
import { isActor } from './isActor';
import { sexOfMention } from './sexOfMention';
import { ACT_NOUNS, BE_FORMS, OWNERSHIP_PARTICIPLES, PERSON_PRONOUNS, PLAN_NOUNS, SKIPPABLE_BEFORE_VERB, WEEKDAYS } from './syntaxWords';

// How many people back a pronoun may look for one of its sex.
const REMEMBERED_PEOPLE = 6;

/**
 * The discourse context after a sentence: the plan it ascribes to a party (`the US-backed plan`), the acts it says a
 * party did (`the court ruled`), the person it is about, the one country or body it names (or the one it opens
 * with). Offices are recorded by extractRelations from the roles read.
 */
export function nextContext(s: AnalyzedSentence, context: DiscourseContext): DiscourseContext {
  let plan = context.plan;
  s.tokens.forEach((token, i) => {
    if (!PLAN_NOUNS.has(token.key)) return;
    for (const gap of [1, 2]) {
      const k = i - gap;
      const participle = s.tokens[k];
      // `US-backed (peace) plan`
      if (participle && OWNERSHIP_PARTICIPLES.has(participle.key) && s.tokens[k - 1]?.post === '-') {
        const owner = s.mentionAt[k - 1];
        if (owner && owner.type !== 'Location') plan = { owner: owner.entity, topic: topic(s, owner.first, i), sentence: context.sentence };
        return;
      }
      // `the US (peace) plan`, `Washington's proposal`
      const owner = s.mentionAt[k];
      if (owner && owner.last === k && owner.type !== 'Location' && owner.type !== 'Person') {
        plan = { owner: owner.entity, topic: topic(s, owner.first, i), sentence: context.sentence };
        return;
      }
    }
  });
  const acts = actsOf(s, context);
  // A quotation that names no one (`"We cannot ask the people to vote."`) goes on in the voice of the person before.
  const quoted = /["“'‘]/.test(s.tokens[0]?.pre ?? '');
  // So does a sentence that names no one but `he` or `she`, the person before (`Mr X ... In May he said ... In April he sacked Y`).
  const continued = s.tokens.some((token) => token.key === 'he' || token.key === 'she');
  const person = subjectPerson(s)?.entity ?? (quoted || continued ? context.lastPerson : undefined);
  const parties = new Set(s.mentions.filter((mention) => isActor(mention) && mention.type !== 'Person').map((mention) => mention.entity));
  // `its` is the one party the sentence named, or else the party it opened with, its subject as often as not (`The GMB
  // union, which represents workers at X, welcomed it. Its general secretary ...`).
  // Not one of two coordinated (`Kenya and Uganda disagreed. Its ...` names neither).
  // Not a place the sentence opens in (`In the UK, the BPI said ...`).
  const opening = s.mentions.find((mention) => isActor(mention) && !afterPlacePreposition(s, mention.first));
  const coordinated = opening !== undefined && ['and', 'or'].includes(s.tokens[opening.last + 1]?.key ?? '');
  const [party] = parties.size === 1 ? parties : opening && opening.type !== 'Person' && !coordinated ? [opening.entity] : [];
  const named = s.mentions.filter((mention) => mention.type === 'Person');
  const people = [...new Set([...named.map((mention) => mention.entity).reverse(), ...(context.people ?? [])])].slice(0, REMEMBERED_PEOPLE);
  let sexes = context.sexes;
  for (const mention of named) {
    const sex = sexes?.has(mention.entity) ? undefined : sexOfMention(s, mention);
    if (sex) sexes = new Map(sexes).set(mention.entity, sex);
  }
  return {
    sentence: context.sentence + 1,
    ...(people.length > 0 ? { people } : {}),
    ...(sexes ? { sexes } : {}),
    ...(plan ? { plan } : {}),
    ...(acts ? { acts } : {}),
    ...(person ? { lastPerson: person } : {}),
    ...(party ? { lastParty: party } : {}),
    ...(parties.size === 1 ? { onlyParty: party } : {}),
    named: [s.mentions, ...(context.named ?? [])].slice(0, NAMED_SENTENCES),
  };
}

// The person a sentence names first outside a prepositional phrase, its subject as a rule (`In a letter to Dr X, Mr Y
// said ...`: `he` in the next sentence is Y), else the person it names first; not a phrase of `according to X`, whose
// X is the speaker.
function subjectPerson(s: AnalyzedSentence): ActorMention | undefined {
  const people = s.mentions.filter((mention) => mention.type === 'Person');
  return people.find((mention) => !inPrepositionalPhrase(s, mention.first)) ?? people[0];
}

// Whether the name starting at `first` follows a preposition, titles and `the` between (`to Dr X`, `with the Foreign
// Secretary X`), or is coordinated with a name that does.
function inPrepositionalPhrase(s: AnalyzedSentence, first: number): boolean {
  let at = first - 1;
  while (at >= 0 && !s.mentionAt[at] && (s.tokens[at]?.capitalized || s.tokens[at]?.key === 'the') && !/[,;:]/.test(s.tokens[at]?.post ?? '')) at--;
  const before = s.tokens[at];
  // (`at Ashley and Wise`: a name coordinated with one in the phrase is in it.)
  const conjunct = before && ['and', 'or'].includes(before.key) && !/,/.test(s.tokens[at - 1]?.post ?? '') ? s.mentionAt[at - 1] : undefined;
  if (conjunct) return inPrepositionalPhrase(s, conjunct.first);
  return before !== undefined && PREPOSITIONS.has(before.key) && s.tokens[at - 1]?.key !== 'according';
}

// Prepositions before a name (compromise tags `to` a conjunction, so a list).
const PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with', 'for', 'by', 'from', 'of', 'on', 'at', 'against', 'about', 'in', 'into', 'under', 'towards', 'toward', 'between', 'among', 'after', 'before']);

// `The European Commission ruled on Wednesday that ...`, `Ofwat has fined Severn Trent`: an act verb whose subject is
// the named party right before it (auxiliaries and adverbs between; not a passive: `Vela was fined`) records the party
// as the doer of the act its nouns refer back to.
function actsOf(s: AnalyzedSentence, context: DiscourseContext): DiscourseContext['acts'] {
  let acts = context.acts;
  // `The Court of Arbitration for Sport upheld the ban ... WADA welcomed the ruling`: until an act is told, a ruling is
  // that of the first court a sentence names alone, however it says what the court did (a verb that names no act, a
  // passive, a clause).
  const courts = new Set(s.mentions.filter((mention) => mention.type === 'Organization' && COURT_NAME.test(mention.entity)).map((mention) => mention.entity));
  const [court] = courts;
  const untold = COURT_ACT_NOUNS.filter((noun) => !acts?.has(noun));
  if (courts.size === 1 && court !== undefined && untold.length > 0) acts = new Map([...(acts ?? []), ...untold.map((noun) => [noun, { actor: court }] as const)]);
  s.tokens.forEach((token, i) => {
    const nouns = ACT_NOUNS.get(token.key);
    if (!nouns) return;
    let at = i - 1;
    for (let skip = 1; skip > 0; at -= skip) {
      const key = s.tokens[at]?.key ?? '';
      skip = SKIPPABLE_BEFORE_VERB.has(key) && !BE_FORMS.has(key) ? 1 : whenOrHowBefore(s, at);
    }
    // `Mr Justice X rejected the claim. He ruled that ...`: `he` or `she` before the verb, in a sentence that names no
    // person before it, is the person the sentence before named first.
    const pronoun = PERSON_PRONOUNS.has(s.tokens[at]?.key ?? '') && !s.mentions.some((mention) => mention.type === 'Person' && mention.last < at) ? context.lastPerson : undefined;
    const before = s.mentionAt[at];
    const doer = pronoun ?? (before && before.last === at && isActor(before) && !/[,;:]/.test(s.tokens[at]?.post ?? '') ? before.entity : undefined);
    if (!doer) return;
    // (`Severn Trent fined record 35.8m by Ofwat`: a headline's passive drops its `was`; the agent did the act.)
    const actor = agentAfter(s, i);
    if (actor === null || (actor === undefined && !hasObject(s, i)) || isMembersVote(s, i)) return;
    const next = new Map(acts ?? []);
    for (const noun of nouns) next.set(noun, { actor: actor?.entity ?? doer });
    acts = next;
  });
  return acts;
}

// A court's or a tribunal's entity id, and the nouns for what it decides.
const COURT_NAME = /^organization:(?:.*-)?(?:court|tribunal)(?:-|$)/;
const COURT_ACT_NOUNS: readonly string[] = ['ruling', 'verdict', 'judgment', 'judgement'];

// How many words end at `at` to say when or how (`yesterday`, `on Tuesday`, `on Monday night`, `last week`,
// `unanimously`), 0 if none: `The Supreme Court on Tuesday ruled` names the court that ruled.
function whenOrHowBefore(s: AnalyzedSentence, at: number): number {
  const key = (k: number) => s.tokens[k]?.key ?? '';
  if (WHEN_OR_HOW_WORDS.has(key(at))) return 1;
  const day = PARTS_OF_DAY.has(key(at)) ? at - 1 : at;
  if (WEEKDAYS.has(key(day)) && ['on', 'last'].includes(key(day - 1))) return at - day + 2;
  return ['week', 'month', 'year'].includes(key(at)) && ['last', 'this'].includes(key(at - 1)) ? 2 : 0;
}

// Adverbs of time and of manner news writes between a doer and its act (`later`, `formally`, `unanimously`).
const WHEN_OR_HOW_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'finally', 'formally', 'unanimously']);
const PARTS_OF_DAY: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

// The party after `by` in the clause of the verb at `verb` (`fined 35.8m by Ofwat`): undefined when there is no `by`,
// null when the party after it is not an actor.
function agentAfter(s: AnalyzedSentence, verb: number): ActorMention | null | undefined {
  for (let at = verb + 1; at < s.tokens.length && at <= verb + AGENT_REACH; at++) {
    if (s.tokens[at]?.key === 'by') {
      const agent = s.mentionAt[s.tokens[at + 1]?.key === 'the' ? at + 2 : at + 1];
      return agent && isActor(agent) ? agent : null;
    }
    // (`adopted a resolution drafted by Senegal`: a `by` after another participle is that participle's.)
    if (/[,;:]/.test(s.tokens[at]?.post ?? '') || /ed$/.test(s.tokens[at]?.key ?? '')) return undefined;
  }
  return undefined;
}

// Whether the act verb at `verb` has its object after it, as a sanction's verb in the active voice does (`Ofwat fined
// Severn Trent`, `the FA banned him`); a headline drops a passive's `was` (`Warne banned for a year`).
function hasObject(s: AnalyzedSentence, verb: number): boolean {
  if (!OBJECT_VERBS.has(s.tokens[verb]?.key ?? '')) return true;
  const next = s.tokens[verb + 1];
  return s.mentionAt[verb + 1] !== undefined || OBJECT_OPENERS.has(next?.key ?? '');
}

// `The Assembly voted unanimously to impose ...`: a body's vote is the decision a `to` after it states within a few
// words; `Cuba and Syria voted against` and `how Mr Blair had voted` are members' votes, not a body's decision.
function isMembersVote(s: AnalyzedSentence, verb: number): boolean {
  if (s.tokens[verb]?.key !== 'voted') return false;
  for (let at = verb + 1; at <= verb + VOTE_REACH; at++) {
    const token = s.tokens[at];
    if (!token || MEMBER_VOTE_WORDS.has(token.key)) return true;
    if (token.key === 'to') return false;
    if (/[,;:.]/.test(token.post)) return true;
  }
  return true;
}
const MEMBER_VOTE_WORDS: ReadonlySet<string> = new Set(['against', 'for', 'with', 'in', 'no', 'yes']);
// How many words after `voted` its `to` may come (`voted overwhelmingly on Tuesday to`).
const VOTE_REACH = 5;

// Act verbs that take an object in the active voice, and words that open one.
const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'fined', 'banned', 'suspended', 'expelled', 'sacked', 'stripped', 'disqualified', 'impeached', 'removed', 'arrested', 'detained', 'indicted', 'charged', 'sued', 'barred',
]);
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'him', 'them', 'it', 'two', 'three', 'four', 'five', 'six']);

// How many words after an act's verb its `by` may come (`fined a record 35.8m by`).
const AGENT_REACH = 6;

// How many sentences back `both men` may look for the two it means.
const NAMED_SENTENCES = 3;

function topic(s: AnalyzedSentence, first: number, last: number): string {
  const text = s.sentence.block.text;
  return text.slice(s.tokens[first]?.start ?? 0, s.tokens[last]?.end ?? 0);
}
