import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import type { ActorMention } from '../syntax/ActorMention';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import type { DiscourseContext } from '../syntax/DiscourseContext';
import { afterPlacePreposition } from '../syntax/afterPlacePreposition';
import { isActor } from '../syntax/isActor';
import { personAfterTitle } from '../syntax/personAfterTitle';
import { personBeforeTitle } from '../syntax/personBeforeTitle';
import { ARTICLES } from '../syntax/syntaxWords';
import { ORGANIZATION_HEADS, ORGANIZATION_NOUNS, PLAYER_POSTS } from '../../mentions/nameWords';
import { normalizeKey } from '../../text/normalizeKey';
import type { TitleSpan } from '../../mentions/TitleSpan';

const HOLDER_LINKS = new Set(['of', 'for', 'to']);

/**
 * A person holds the office of the country or body named with the title: before it (`US Secretary of State Marco Rubio`,
 * `Germany's Foreign Minister Johann Wadephul`, `Kremlin spokesman Dmitry Peskov`) or after it (`the foreign minister of
 * Oman`), with the name right after the title, or in an apposition on either side (`Marco Rubio, the US secretary of
 * state,`; `Britain's ambassador to the UN, Harriet Collins`), or through a word that points to the holder (`His foreign
 * minister, Yvan Gil,`; `X, Trump's senior adviser`; `Its spokesperson, X,`; `the United States, whose president, X,`;
 * `X, the country's prime minister`).
 */
export const roleRule: PatternRule = {
  id: 'role',
  reason: 'an office title with a country or organization and a person\'s name says the person holds that office there',
  match(s, context) {
    const matches: RelationMatch[] = [];
    for (const title of s.titles) {
      const qualifier = holderBefore(s, title);
      // `the firm's US chairman`, `Vela Motors' US chairman`: the body whose possessive comes before the country or party
      // qualifying the post holds it; an unnamed one (`the committee's Labour chairman`) leaves whose post it is unsaid.
      const owner = qualifier ? possessiveOwner(s, qualifier) : undefined;
      if (owner === null) continue;
      const before = owner ?? qualifier;
      const after = holderAfter(s, title);
      // `ambassador to the UN`: the body after `to` is where a diplomat is posted, not whose diplomat.
      const posted = title.posting && s.tokens[title.last + 1]?.key === 'to';
      const holder = before ?? (posted ? undefined : after);
      // `Labour MP X`, `Republican senator X`: a party before a state's office says whose member X is (memberOfRule),
      // not whose office it is; `Tory leader X` holds the party's office.
      if (holder?.kind === 'party' && !title.partyOffice) continue;
      // `the CDU chairman of the Bundestag's committee`: the body after `of` gives the post; the party only the member.
      if (holder?.kind === 'party' && holder === before && s.tokens[title.last + 1]?.key === 'of') continue;
      // `the Uruguayan midfielder X`: a player's people is where the player is from, not whose post it is.
      if (holder?.kind === 'demonym' && PLAYER_POSTS.has(normalizeKey(title.title).split(' ').at(-1) ?? '')) continue;
      // `the British chair of the ISU's committee`, `the American chief executive of Vela`: a post of the body named
      // after `of`, whose holder's people the demonym tells.
      if (holder?.kind === 'demonym' && holder === before && bodyOfPost(s, title) !== undefined) continue;
      // `President Jacques Chirac of France`: a country right after the name the title opens holds the office.
      // (Not after another office: `FIFA Vice President Prince Ali of Jordan` names where the prince is from.)
      const chained = s.titles.some((other) => other.last === title.first - 1);
      const nameOfCountry = !holder && !posted && !chained ? countryAfterName(s, title) : undefined;
      if (nameOfCountry) {
        matches.push({ type: 'HOLDS_ROLE', source: nameOfCountry.person.entity, target: nameOfCountry.country.entity, title: title.title, reason: this.reason, rule: `${this.id}:name-of-country`, trigger: title.first, triggerLast: title.last });
        continue;
      }
      if (!holder) {
        const earlier = pronounHolder(s, title, context);
        // The word before the title is the pronoun or the possessive name's last word; the phrase starts with it.
        const start = s.mentionAt[title.first - 1]?.first ?? title.first - 1;
        const following = /,/.test(s.tokens[title.last]?.post ?? '') ? personAfterTitle(s, start, title.last, true) : undefined;
        const named = earlier ? following ?? personBeforeTitle(s, start) : undefined;
        if (earlier && named) {
          matches.push({ type: 'HOLDS_ROLE', source: named.entity, target: earlier, title: title.title, reason: this.reason, rule: `${this.id}:reference`, trigger: title.first, triggerLast: title.last });
        }
        continue;
      }
      const phraseStart = before ? before.first : title.first;
      const phraseEnd = after ? after.last : title.last;
      const base = { type: 'HOLDS_ROLE' as const, target: holder.entity, title: title.title, reason: this.reason, trigger: title.first, triggerLast: title.last };
      const named = personAfterTitle(s, phraseStart, phraseEnd, title.last === phraseEnd);
      if (named) {
        matches.push({ ...base, source: named.entity, rule: `${this.id}:before-name` });
        continue;
      }
      // `Qatar's Prime Minister and Foreign Minister, Sheikh Mohammed ...`: one holder of two offices of the same party.
      const second = !after && s.tokens[title.last + 1]?.key === 'and' ? s.titles.find((span) => span.first === title.last + 2) : undefined;
      const both = second ? personAfterTitle(s, phraseStart, second.last, true) : undefined;
      if (second && both) {
        matches.push({ ...base, source: both.entity, rule: `${this.id}:before-name` });
        matches.push({ ...base, source: both.entity, title: second.title, trigger: second.first, triggerLast: second.last, rule: `${this.id}:before-name` });
        continue;
      }
      const appositive = personBeforeTitle(s, phraseStart);
      if (appositive) matches.push({ ...base, source: appositive.entity, rule: `${this.id}:apposition` });
    }
    return matches;
  },
};

// The organization named after a title's `of` (`of Vela`, `of the ISU's technical committee`), if any.
function bodyOfPost(s: AnalyzedSentence, title: TitleSpan): ActorMention | undefined {
  if (s.tokens[title.last + 1]?.key !== 'of' || /\S/.test(s.tokens[title.last]?.post ?? '')) return undefined;
  const at = ARTICLES.has(s.tokens[title.last + 2]?.key ?? '') ? title.last + 3 : title.last + 2;
  const mention = s.mentionAt[at];
  return mention?.type === 'Organization' && mention.first === at ? mention : undefined;
}

// `US Secretary`, `Germany's Foreign Minister`, `Kremlin spokesman`: a country or body right before the title.
// `Russia's U.N. Ambassador`: when a country comes before a diplomat's post, the country holds the office (but `EU
// Ambassador` alone is the EU's).
function holderBefore(s: AnalyzedSentence, title: TitleSpan): ActorMention | undefined {
  // `SEOUL (Yonhap) -- President X`: a pause, a bracket or a dash parts the body from the title.
  if (/[,()—–]|--|\s-\s/.test(s.tokens[title.first - 1]?.post ?? '')) return undefined;
  const adjacent = s.mentionAt[title.first - 1];
  const mention = adjacent ? (adjacent.last === title.first - 1 ? adjacent : undefined) : countryOfUnnamedBody(s, title.first - 1);
  if (!mention || mention.type === 'Person' || mention.type === 'Location') return undefined;
  const country = title.posting && mention.type === 'Organization' ? s.mentionAt[mention.first - 1] : undefined;
  return country?.type === 'Country' && country.last === mention.first - 1 ? country : mention;
}

// The body owning the post whose qualifier is `qualifier` (`Vela Motors' US chairman`), null for a common noun's
// possessive (`the firm's US chairman`), undefined when no possessive, or a country's or person's, comes before it.
function possessiveOwner(s: AnalyzedSentence, qualifier: ActorMention): ActorMention | null | undefined {
  if (qualifier.type === 'Organization' && qualifier.kind !== 'party') return undefined;
  const at = qualifier.first - 1;
  const token = s.tokens[at];
  if (!token?.possessive || /[,;:]/.test(token.post)) return undefined;
  const mention = s.mentionAt[at];
  if (!mention) return token.capitalized ? undefined : null;
  return mention.last === at && mention.type === 'Organization' ? mention : undefined;
}

// `His foreign minister`, `Trump's adviser`: the country or body of the office held by the person named before (or
// right before the title, possessive); `Its spokesperson`: the country or body named before, earlier in the sentence
// (`PAIGC rejected ..., saying its leader, X,`) or else as the only one of the sentence before; `the United States,
// whose president, X,`: the party the relative clause is about.
function pronounHolder(s: AnalyzedSentence, title: TitleSpan, context: DiscourseContext): string | undefined {
  const before = title.first - 1;
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

// `Russian foreign ministry spokeswoman`: a body written in lower case, too generic to be named, stands for its country.
function countryOfUnnamedBody(s: AnalyzedSentence, last: number): ActorMention | undefined {
  if (!ORGANIZATION_HEADS.has(s.tokens[last]?.key ?? '')) return undefined;
  for (let at = last; at >= last - 2; at--) {
    const word = s.tokens[at];
    if (!word || word.capitalized || s.mentionAt[at]) return undefined;
    const country = s.mentionAt[at - 1];
    if (country?.type === 'Country' && country.last === at - 1) return country;
  }
  return undefined;
}

// `foreign minister of Oman`, `spokesperson for the Foreign Office`, `ambassador to the United Nations`.
function holderAfter(s: AnalyzedSentence, title: TitleSpan): ActorMention | undefined {
  let at = title.last + 1;
  if (!HOLDER_LINKS.has(s.tokens[at]?.key ?? '') || /,/.test(s.tokens[title.last]?.post ?? '')) return undefined;
  at++;
  if (ARTICLES.has(s.tokens[at]?.key ?? '')) at++;
  let mention = s.mentionAt[at];
  // `for Pakistan's Foreign Office`: the body the possessive country owns.
  const owned = mention && s.tokens[mention.last]?.possessive ? s.mentionAt[mention.last + 1] : undefined;
  if (owned && owned.type === 'Organization') mention = owned;
  return mention && mention.type !== 'Person' && mention.type !== 'Location' && (mention === owned || mention.first === at) ? mention : undefined;
}

// `Prime Minister Tony Blair of Britain`: the person named right after the title, then `of` and a country's name.
function countryAfterName(s: AnalyzedSentence, title: TitleSpan): { person: ActorMention; country: ActorMention } | undefined {
  const person = personAfterTitle(s, title.first, title.last, true);
  if (!person || person.first !== title.last + 1 || s.tokens[person.last + 1]?.key !== 'of' || /\S/.test(s.tokens[person.last]?.post ?? '')) return undefined;
  const country = s.mentionAt[person.last + 2];
  // (Not a country owning what follows: `X of France's Socialist Party`.)
  const owning = s.tokens[country?.last ?? -1]?.possessive === true;
  return country?.type === 'Country' && country.kind !== 'demonym' && country.first === person.last + 2 && !owning ? { person, country } : undefined;
}
