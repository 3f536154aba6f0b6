import { ORGANIZATION_NOUNS } from '../../mentions/nameWords';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import type { DiscourseContext } from './DiscourseContext';
import { afterPlacePreposition } from './afterPlacePreposition';
import { isActor } from './isActor';

/**
 * Whose post the possessive at token `before` names (`his`, `its`, `whose`, `Trump's`, `the company's`, before a post):
 * `His foreign minister`, `Trump's adviser`: the country or body of the office held by the person named before (or
 * right before the post, possessive); `Its spokesperson`: the country or body named before, earlier in the sentence
 * (`PAIGC rejected ..., saying its leader, X,`) or else as the only one of the sentence before; `the United States,
 * whose president, X,`: the party the relative clause is about; `the union's chairman`: the body of that kind named
 * last.
 */
export function possessiveHolder(s: AnalyzedSentence, before: number, context: DiscourseContext): string | undefined {
  const pronoun = s.tokens[before]?.key;
  const owner = s.mentionAt[before];
  if (owner?.type === 'Person' && owner.last === before && s.tokens[before]?.possessive) return context.offices?.get(owner.entity);
  const earlier = s.mentions.filter((mention) => mention.last < before && isActor(mention));
  if (pronoun === 'his' || pronoun === 'her') {
    // `Yvan Gil, his foreign minister,`: the apposed name is the office holder, not whose office it is.
    const apposed = s.mentionAt[before - 1]?.last === before - 1 && /,/.test(s.tokens[before - 1]?.post ?? '') ? s.mentionAt[before - 1] : undefined;
    const person = earlier.filter((mention) => mention.type === 'Person' && mention !== apposed).at(-1)?.entity ?? context.lastPerson;
    return person ? context.offices?.get(person) : undefined;
  }
  if (pronoun === 'whose') {
    const antecedent = s.mentionAt[before - 1];
    return antecedent && antecedent.last === before - 1 && antecedent.type !== 'Person' && isActor(antecedent) ? antecedent.entity : undefined;
  }
  // `the country's foreign minister`: the country named last, in this sentence or as the one party of the one before.
  if (pronoun === 'country' && s.tokens[before]?.possessive && s.tokens[before - 1]?.key === 'the') {
    const country = earlier.filter((mention) => mention.type === 'Country').at(-1)?.entity ?? context.lastParty;
    return country?.startsWith('country:') ? country : undefined;
  }
  // `The union's chairman, X,`, `the Japanese carmaker's president, X,`: the body named last in the sentence, or the
  // only party of the sentence before; not one the sentence called another kind (`spoke to the union and to the
  // company's chairman`).
  if (BODY_KIND_NOUNS.has(pronoun ?? '') && s.tokens[before]?.possessive && definiteBefore(s, before)) {
    const kinds = earlier.filter((mention) => mention.type === 'Organization' && !calledOtherKind(s, mention, pronoun ?? ''));
    const body = kinds.at(-1)?.entity ?? context.onlyParty;
    return body?.startsWith('organization:') ? body : undefined;
  }
  if (pronoun !== 'its') return undefined;
  // `accused BSkyB and its chief executive, X,`: the party joined to it by `and`; else the sentence's first body or
  // country, its subject as often as not (`HBOS, which has looked at Abbey, ... but its chief executive, X,`).
  // (Not a word qualifying a body's name after it: `Tory` of `the Tory backbench 1922 Committee`.)
  // (`"... a request from the United States," said its spokesman`: the quotation's words are not the speaker's.)
  const quoted = quotationEnd(s, before);
  // (`In the US, the AMA called ... and its president`: nor a country the sentence is set in; `the number two in the
  // Socialist Party, who defied its leader`: a body after `in` is one.)
  const setting = (mention: ActorMention) => mention.type !== 'Organization' && afterPlacePreposition(s, mention.first);
  const bodies = earlier.filter((mention) => mention.type !== 'Person' && !qualifiesBody(s, mention) && mention.last > quoted && !setting(mention));
  // (`, and its chairman`: a comma before `and` joins clauses, not the body to its officer.)
  const joined = s.tokens[before - 1]?.key === 'and' && !/,/.test(s.tokens[before - 2]?.post ?? '') ? bodies.find((mention) => mention.last === before - 2) : undefined;
  const body = joined ?? bodies[0];
  // (`The data firm ... has suspended its chief executive`, `... will leave the bank, among them X, its chief operating
  // officer`: `its` is the body a definite noun names, unnamed, as the sentence's subject before any body named, or
  // where the party before is a country, which such a body is not.)
  let unnamed = before - 1;
  while (unnamed >= 0 && !(BODY_KIND_NOUNS.has(s.tokens[unnamed]?.key ?? '') && !s.mentionAt[unnamed] && definiteBefore(s, unnamed))) unnamed--;
  if (unnamed >= 0 && (body ? unnamed <= SUBJECT_NOUN_REACH && unnamed < body.first : context.lastParty?.startsWith('country:'))) return undefined;
  return body?.entity ?? context.lastParty;
}

// How far into the sentence a definite body noun stands as its subject (`The Japanese data firm`).
const SUBJECT_NOUN_REACH = 3;

// The last token of a quotation that opens the sentence and closes before `at`; -1 when there is none.
function quotationEnd(s: AnalyzedSentence, at: number): number {
  if (!/["“]/.test(s.tokens[0]?.pre ?? '')) return -1;
  for (let k = at - 1; k >= 0; k--) if (/["”]/.test(s.tokens[k]?.post ?? '')) return k;
  return -1;
}

// Common nouns for a kind of body, which `the` and a possessive refer back with (`the company's chairman`).
const BODY_KIND_NOUNS: ReadonlySet<string> = new Set([...ORGANIZATION_NOUNS, 'business', 'corporation', 'exchange', 'federation'].filter((noun) => noun !== 'party'));
// Kinds of body no company is called by, and the nouns for each (a company is `the firm`, `the group`, `the bank` alike).
const DISTINCT_KINDS: ReadonlyMap<string, string> = new Map([
  ['union', 'union'], ['party', 'party'], ['charity', 'charity'], ['regulator', 'regulator'], ['watchdog', 'regulator'], ['club', 'club'], ['team', 'club'],
]);

// A mention written as a common noun for another kind of body (`the union` where the company is sought).
function calledOtherKind(s: AnalyzedSentence, mention: ActorMention, kind: string): boolean {
  const head = s.tokens[mention.last];
  if (head === undefined || head.capitalized || !BODY_KIND_NOUNS.has(head.key)) return false;
  return (DISTINCT_KINDS.get(head.key) ?? 'body') !== (DISTINCT_KINDS.get(kind) ?? 'body');
}

// How many words may qualify such a noun after `the` (`the Japanese carmaker's`, `the US mobile operator's`).
const KIND_QUALIFIERS = 2;

// `the union's`, `the Japanese carmaker's`: `the` before the noun at `noun`, with a few qualifying words between
// (lower case, or a people's or country's name).
function definiteBefore(s: AnalyzedSentence, noun: number): boolean {
  for (let at = noun - 1; at >= Math.max(0, noun - 1 - KIND_QUALIFIERS); at--) {
    const token = s.tokens[at];
    if (token?.key === 'the') return true;
    const mention = s.mentionAt[at];
    if (!token || /[,;:]/.test(token.post) || (token.capitalized && mention?.type !== 'Country')) return false;
  }
  return false;
}

// How many lower-case words may stand between a party or people's word and the body it qualifies.
const QUALIFIED_WITHIN = 3;

// `the Tory backbench 1922 Committee`: a mention followed, within a few unbroken words, by an organization's name.
function qualifiesBody(s: AnalyzedSentence, mention: ActorMention): boolean {
  for (let at = mention.last + 1; at <= mention.last + QUALIFIED_WITHIN; at++) {
    if (/[,;:]/.test(s.tokens[at - 1]?.post ?? '')) return false;
    const next = s.mentionAt[at];
    if (next) return next.type === 'Organization';
    if (s.tokens[at]?.capitalized !== false) return false;
  }
  return false;
}
