import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import type { ActorMention } from '../syntax/ActorMention';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import { isParty } from '../syntax/isParty';
import { personAfterTitle } from '../syntax/personAfterTitle';
import { personBeforeTitle } from '../syntax/personBeforeTitle';
import { possessiveHolder } from '../syntax/possessiveHolder';
import { ARTICLES } from '../syntax/syntaxWords';
import { PLAYER_POSTS } from '../../mentions/nameWords';
import { normalizeKey } from '../../text/normalizeKey';
import type { TitleSpan } from '../../mentions/TitleSpan';

const HOLDER_LINKS = new Set(['of', 'for', 'to']);

/** Rule id of an office read between its holder's country or body and the holder's name (`US President Marco Rubio`). */
export const ROLE_BEFORE_NAME = 'role:before-name';

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
      // (So does a party known only by its name's `Party`: `X, a Vosk Party MP`.)
      if (holder && isParty(s, holder) && !title.partyOffice) continue;
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
        const earlier = possessiveHolder(s, title.first - 1, context);
        // The word before the title is the pronoun or the possessive name's last word; the phrase starts with it.
        const start = s.mentionAt[title.first - 1]?.first ?? title.first - 1;
        // (A name right after the post, with no comma, only after `whose`, which names its body outright: `Eritrea, whose
        // President X`.)
        const apposed = /,/.test(s.tokens[title.last]?.post ?? '') || s.tokens[title.first - 1]?.key === 'whose';
        const following = apposed ? personAfterTitle(s, start, title.last, true) : undefined;
        const named = earlier ? following ?? personBeforeTitle(s, start) : undefined;
        if (earlier && named) {
          matches.push({ type: 'HOLDS_ROLE', source: named.entity, target: earlier, title: title.title, reason: this.reason, rule: `${this.id}:reference`, trigger: title.first, triggerLast: title.last });
        }
        continue;
      }
      const phraseStart = before ? before.first : title.first;
      const phraseEnd = after ? after.last : title.last;
      const base = { type: 'HOLDS_ROLE' as const, target: holder.entity, title: title.title, reason: this.reason, trigger: title.first, triggerLast: title.last };
      // (`Chinese Ambassador to Japan Wu Jianghao`: a name may follow a diplomat's posting with no comma, as it follows a title.)
      const named = personAfterTitle(s, phraseStart, phraseEnd, title.last === phraseEnd || posted);
      if (named) {
        matches.push({ ...base, source: named.entity, rule: ROLE_BEFORE_NAME });
        continue;
      }
      // `Qatar's Prime Minister and Foreign Minister, Sheikh Mohammed ...`: one holder of two offices of the same party.
      const second = !after && s.tokens[title.last + 1]?.key === 'and' ? s.titles.find((span) => span.first === title.last + 2) : undefined;
      const both = second ? personAfterTitle(s, phraseStart, second.last, true) : undefined;
      if (second && both) {
        matches.push({ ...base, source: both.entity, rule: ROLE_BEFORE_NAME });
        matches.push({ ...base, source: both.entity, title: second.title, trigger: second.first, triggerLast: second.last, rule: ROLE_BEFORE_NAME });
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

// `Russian foreign ministry spokeswoman`: a state's body written in lower case, too generic to be named, stands for its
// country; a body of its people does not (`Spanish football federation president`, `Kenyan rights group director`).
function countryOfUnnamedBody(s: AnalyzedSentence, last: number): ActorMention | undefined {
  if (!STATE_BODY_HEADS.has(s.tokens[last]?.key ?? '')) return undefined;
  for (let at = last; at >= last - 2; at--) {
    const word = s.tokens[at];
    if (!word || word.capitalized || s.mentionAt[at]) return undefined;
    const country = s.mentionAt[at - 1];
    if (country?.type === 'Country' && country.last === at - 1) return country;
  }
  return undefined;
}

// The words for a state's own bodies.
const STATE_BODY_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'government', 'administration', 'cabinet', 'army', 'navy', 'forces', 'military', 'treasury', 'department',
  'parliament', 'senate', 'congress', 'court', 'force', 'office', 'police', 'guard', 'assembly', 'directorate',
  'secretariat', 'bureau', 'command', 'embassy', 'mission', 'delegation', 'service', 'services',
]);

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
  // `president of the Philippine Senate`: the body a demonym qualifies, not the demonym's country.
  const qualified = mention?.kind === 'demonym' && mention.first === at ? s.mentionAt[mention.last + 1] : undefined;
  if (mention && qualified?.type === 'Organization' && qualified.first === mention.last + 1) return qualified;
  return mention && mention.type !== 'Person' && mention.type !== 'Location' && (mention === owned || mention.first === at) ? mention : undefined;
}

// `Prime Minister Tony Blair of Britain`: the person named right after the title, then `of` (perhaps `the`) and a
// country's name.
function countryAfterName(s: AnalyzedSentence, title: TitleSpan): { person: ActorMention; country: ActorMention } | undefined {
  const person = personAfterTitle(s, title.first, title.last, true);
  if (!person || person.first !== title.last + 1 || s.tokens[person.last + 1]?.key !== 'of' || /\S/.test(s.tokens[person.last]?.post ?? '')) return undefined;
  // (`of the Philippines`, `of the United Arab Emirates`: a country's name may take `the`.)
  const at = s.tokens[person.last + 2]?.key === 'the' ? person.last + 3 : person.last + 2;
  const country = s.mentionAt[at];
  // (Not a country owning what follows, `X of France's Socialist Party`, nor opening a body's name, `X of the Zimbabwe
  // Defence Forces`.)
  const end = country?.last ?? -1;
  const owning = s.tokens[end]?.possessive === true;
  const opensName = !/\S/.test(s.tokens[end]?.post ?? '') && s.tokens[end + 1]?.capitalized === true;
  return country?.type === 'Country' && country.kind !== 'demonym' && country.first === at && !owning && !opensName ? { person, country } : undefined;
}
