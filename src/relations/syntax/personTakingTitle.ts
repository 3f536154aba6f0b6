import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { ARTICLES } from './syntaxWords';

// Participles by which a body gives a person an office, named right after them or after `as` (`was appointed chairman`).
const APPOINTED = ['appointed', 'named', 'promoted', 'elected', 'installed'];
// Verbs by which a person takes an office named right after them (`becomes Home Secretary`).
const TAKING = new Set(['becomes', 'became', ...APPOINTED]);
// Verbs after which `as` names the office a person takes or holds (`joins the cabinet as Environment Secretary`).
const SERVING = new Set(['joins', 'joined', 'serves', 'served', 'returns', 'returned', 'sworn', 'confirmed', 'remains', 'stays', ...APPOINTED]);
// Words that make the taking planned, wanted or denied rather than done (`will become`, `is expected to be named`).
const UNDONE = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'to', 'not', 'never', 'expected', 'likely', 'set', 'tipped', 'hopes', 'wants']);
// How many words may stand between `as` and the verb it follows.
const AS_REACH = 4;

/**
 * The person who takes the office whose title starts at `start`, named as the first thing in the sentence and the
 * subject of a verb of taking office right before the title (`Ann Vale becomes Home Secretary`, `Ann Vale, who leaves
 * Defence, was appointed Home Secretary`, `Ann Vale joins the cabinet as Environment Secretary`); not a taking that is
 * planned, wanted or denied (`will become`, `is expected to be named`).
 */
export function personTakingTitle(s: AnalyzedSentence, start: number): ActorMention | undefined {
  let at = start - 1;
  if (ARTICLES.has(s.tokens[at]?.key ?? '')) at--;
  let verb: number | undefined;
  if (TAKING.has(s.tokens[at]?.key ?? '')) verb = at;
  else if (s.tokens[at]?.key === 'as') {
    for (let k = at - 1; k >= Math.max(0, at - AS_REACH) && verb === undefined; k--) {
      if (/[,;:]/.test(s.tokens[k]?.post ?? '') || s.mentionAt[k]) break;
      if (SERVING.has(s.tokens[k]?.key ?? '')) verb = k;
    }
  }
  if (verb === undefined) return undefined;
  const person = s.mentions[0];
  if (person?.type !== 'Person' || person.first !== 0 || person.last >= verb) return undefined;
  // No other person between the subject and the verb, and nothing that leaves the taking undone.
  const between = s.tokens.slice(person.last + 1, verb);
  if (s.mentions.some((other) => other !== person && other.type === 'Person' && other.first < verb) || between.some((token) => UNDONE.has(token.key))) return undefined;
  return person;
}
