import { defaultPatterns } from './defaultPatterns';
import { ACCORD_NOUNS } from './defaultTreePatterns';
import type { PatternRule } from './PatternRule';
import type { RelationLexicon } from './RelationLexicon';
import type { RelationMatch } from './RelationMatch';
import { judgesOwnersFate } from './rules/judgesOwnersFate';
import { likewiseParties } from './rules/likewiseParties';
import { senseOfAttack } from './rules/senseOfAttack';
import { senseOfDismissal } from './rules/senseOfDismissal';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';
import type { DiscourseContext } from './syntax/DiscourseContext';
import { isFormerPost } from './syntax/isFormerPost';
import { isParty } from './syntax/isParty';
import { nextContext } from './syntax/nextContext';
import { ACT_NOUN_WORDS, ACT_NOUNS, ARMED_ACT_NOUNS } from './syntax/syntaxWords';
import { unassertedClauses, type UnassertedClause } from './syntax/unassertedClauses';

// The membership a party post states, read from the office whatever rule read it.
const PARTY_POST = { id: 'member-of:party-post', reason: 'a post in a party is held by one of its members' };
// `T&G general secretary X`, `deputy general secretary of the CWU`: the post a union or party elects from its members
// (not `Secretary-General`, a post of states' bodies: the UN's, NATO's; nor a federation's, whose members are bodies).
const MEMBERS_POST = {
  id: 'member-of:general-secretary',
  reason: 'a union\'s or party\'s general secretary is one of its members',
  title: /\bgeneral secretary$/i,
  federation: /-(congress|confederation|federation)(-|$)/,
};

/**
 * Reads the relations a document states, sentence by sentence, carrying plans and persons from one sentence to the
 * next; what a sentence says inside a denied, disputed or conditional clause is not stated, and gives no relation, and
 * an attack is read as armed or verbal by what the sentence shows (senseOfAttack), and a dismissal from a post as a
 * sacking (senseOfDismissal).
 */
export function extractRelations(
  sentences: readonly AnalyzedSentence[],
  lexicon: RelationLexicon,
  patterns: readonly PatternRule[] = defaultPatterns,
): { sentence: AnalyzedSentence; match: RelationMatch }[] {
  const found: { sentence: AnalyzedSentence; match: RelationMatch }[] = [];
  let context: DiscourseContext = { sentence: 0 };
  const offices = new Map<string, string>();
  const accusers = new Map<string, string>();
  const pressers = new Map<string, string>();
  // The bodies the document names as parties anywhere (`the Workers' party (PT)` ... `the president of the PT`).
  const parties = new Set(sentences.flatMap((s) => s.mentions.filter((mention) => isParty(s, mention)).map((mention) => mention.entity)));
  for (const sentence of sentences) {
    const acts = new Map<string, { actor: string; target: string; sides?: true }>();
    const next = nextContext(sentence, context);
    // Plans named in this sentence count already; who `he`/`she`/`its` is was named in an earlier sentence.
    const current: DiscourseContext = {
      ...next,
      sentence: context.sentence,
      lastPerson: context.lastPerson,
      lastParty: context.lastParty,
      onlyParty: context.onlyParty,
      ...(context.named ? { named: context.named } : {}),
      offices,
      accusers,
      pressers,
      parties,
    };
    context = next;
    const seen = new Set<string>();
    const first = found.length;
    // Each relation once per sentence, whichever rule read it first.
    const add = (match: RelationMatch): boolean => {
      const key = `${match.source}|${match.type}|${match.title ?? ''}|${match.target}`;
      if (seen.has(key)) return false;
      seen.add(key);
      found.push({ sentence, match });
      return true;
    };
    const unasserted = unassertedClauses(sentence);
    for (const pattern of patterns) {
      for (const read of pattern.match(sentence, current, lexicon)) {
        // (A tree pattern's conditions are read on the tree: `said it would repeal the law if it won and urged X to ...`
        // has urged X, whatever the words after `if` run to.)
        const tree = read.rule.startsWith('tree-');
        if (unasserted.some((clause) => withinUnasserted(clause, read) && !(tree && clause.kind === 'condition'))) continue;
        // `former cabinet minister X`, `a former member of`: an office or membership held once, or not yet
        // (`President-elect`), is not held.
        if ((read.type === 'HOLDS_ROLE' || read.type === 'MEMBER_OF') && isFormerPost(sentence, read.trigger, read.triggerLast)) continue;
        // `attacks Blair's lies` is criticism; an attack the sentence does not show to be armed or verbal is dropped.
        // `dismissed X as defence minister` sacks X.
        const sensed = senseOfAttack(sentence, read);
        const match = sensed && senseOfDismissal(sentence, sensed, offices);
        if (!match || judgesOwnersFate(sentence, match)) continue;
        if (!add(match)) continue;
        if (match.type === 'HOLDS_ROLE') offices.set(match.source, match.target);
        // `the leader of the Jewish Power party`, `RN president X`: a post in a party is held by one of its members.
        if (match.type === 'HOLDS_ROLE' && parties.has(match.target)) {
          add({ type: 'MEMBER_OF', source: match.source, target: match.target, rule: PARTY_POST.id, reason: PARTY_POST.reason, trigger: match.trigger });
        } else if (match.type === 'HOLDS_ROLE' && match.target.startsWith('organization:') && MEMBERS_POST.title.test(match.title ?? '') && !MEMBERS_POST.federation.test(match.target)) {
          add({ type: 'MEMBER_OF', source: match.source, target: match.target, rule: MEMBERS_POST.id, reason: MEMBERS_POST.reason, trigger: match.trigger });
        }
        // (A lawsuit or a charge accuses as criticism does: `X is suing Y, claiming ... Y has rejected the claim`.)
        if (match.type === 'CRITICIZED' || match.type === 'SANCTIONED') accusers.set(match.target, match.source);
        if (match.type === 'PRESSURED') pressers.set(match.target, match.source);
        const sides = match.type === 'NEGOTIATED_WITH' ? { sides: true as const } : {};
        for (const noun of actNouns(sentence, match)) acts.set(noun, { actor: match.source, target: match.target, ...sides });
      }
    }
    // `X condemned Y, as did Z`: Z does what the clause before says.
    for (const match of likewiseParties(sentence, found.slice(first).map(({ match }) => match))) add(match);
    // (`X, the leader of the Y party, which ..., accused Z`: where the tree reads a person as a verb's subject, a body the
    // token walk reads for the same verb is the one it met on the way.)
    const read = found.slice(first).map(({ match }) => match);
    const treePeople = new Set(read.filter((match) => match.rule.startsWith(TREE_RULE) && match.source.startsWith(PERSON)).map((match) => `${match.trigger}|${match.type}`));
    const overruled = (match: RelationMatch) => match.rule.startsWith(VERB_ACTIVE) && match.source.startsWith(ORGANIZATION) && treePeople.has(`${match.trigger}|${match.type}`);
    if (read.some(overruled)) found.splice(first, found.length - first, ...found.slice(first).filter(({ match }) => !overruled(match)));
    // Acts the relations read count from the next sentence on, beside those nextContext reads from the words alone.
    if (acts.size > 0) context = { ...context, acts: new Map([...(context.acts ?? []), ...acts]) };
  }
  return found;
}

// The nouns that refer back to the act a relation reads: an armed attack's whatever word reported it (`launched air
// strikes ... condemned the raids`), a sanction's those of its verb (`fined`: `the fine`) or its own noun (`a ban`),
// talks' the nouns of the accord they reached, when the sentence names one (`X and Y signed a peace agreement ... Z
// welcomed the deal`), whatever noun it names.
function actNouns(s: AnalyzedSentence, match: RelationMatch): readonly string[] {
  if (match.type === 'ATTACKED') return [...ARMED_ACT_NOUNS];
  if (match.type === 'NEGOTIATED_WITH') return s.tokens.some((token) => ACCORD_NOUNS.has(token.key)) ? [...ACCORD_NOUNS] : [];
  if (match.type !== 'SANCTIONED') return [];
  const word = s.tokens[match.trigger]?.key ?? '';
  return ACT_NOUNS.get(word) ?? (ACT_NOUN_WORDS.has(word) ? [word] : []);
}

// The prefix of the rule ids of tree patterns' matches, and of the token rule that walks from a verb to its parties.
const TREE_RULE = 'tree-';
const VERB_ACTIVE = 'verb-active:';
const PERSON = 'person:';
const ORGANIZATION = 'organization:';

// Whether a relation is read inside a clause the sentence does not assert, or, by a token rule, from a disputing verb
// whose clause starts right after it (`denied Greece had attacked`: Greece is the clause's subject, not what was
// denied; the tree tells such a subject from an object, `rejected Labor claims`). An office named in such a clause is
// still held: a title is presupposed, not asserted.
function withinUnasserted(clause: UnassertedClause, match: RelationMatch): boolean {
  if (match.type === 'HOLDS_ROLE') return false;
  const opened = !match.rule.startsWith(TREE_RULE) && match.trigger === clause.opener && clause.first === clause.opener + 1;
  return (match.trigger >= clause.first && match.trigger <= clause.last) || opened;
}
