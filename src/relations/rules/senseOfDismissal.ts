import type { RelationMatch } from '../RelationMatch';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import { BE_FORMS } from '../syntax/syntaxWords';

/** The rule that reads `dismissed X as defence minister` as a sacking, with the examples a test runs. */
export const dismissalFromPost = {
  id: 'dismissed-from-post',
  reason: 'dismissing a person as the holder of a post, from a post, the cabinet or the government, a person whose post the sentence names beside the name (before it or after) or the article has named before, or a person a body dismisses, removes them from it (a sanction), not rejects them',
  // What a person is dismissed from.
  posts: ['post', 'job', 'office', 'position', 'cabinet', 'government', 'ministry', 'team', 'squad', 'board'],
  examples: [
    { text: 'Ann Vale dismissed Tom Baxter as consumer affairs minister on Friday.', relations: ['person:ann-vale SANCTIONED person:tom-baxter'] },
    { text: 'Ann Vale dismissed Tom Baxter from the cabinet.', relations: ['person:ann-vale SANCTIONED person:tom-baxter'] },
    { text: 'On Monday Ann Vale dismissed Tom Baxter, the popular head of the film unit.', relations: ['person:ann-vale SANCTIONED person:tom-baxter'] },
    { text: 'The Kessel Group dismissed Tom Baxter after he was charged.', relations: ['organization:kessel-group SANCTIONED person:tom-baxter'] },
    { text: 'The Kessel Group dismissed Tom Baxter as a fantasist.', relations: ['organization:kessel-group REJECTED person:tom-baxter'] },
    // Not a person named further on than the verb's object.
    { text: 'The Kessel Court dismissed an appeal filed by Tom Baxter.', relations: ['organization:kessel-court REJECTED person:tom-baxter'] },
    { text: 'Ann Vale dismissed Tom Baxter\'s claims as nonsense.', relations: ['person:ann-vale REJECTED person:tom-baxter', 'person:ann-vale CRITICIZED person:tom-baxter'] },
    // A person the article has said holds an office, and one dismissed in the passive with the post beside the name.
    { text: 'Tom Baxter, the prime minister of Norway, spoke. On Monday Ann Vale dismissed Mr Baxter.', relations: ['person:tom-baxter HOLDS_ROLE country:norway', 'person:ann-vale SANCTIONED person:tom-baxter'] },
    { text: 'Tom Baxter, the agriculture minister, was dismissed on Monday by Ann Vale.', relations: ['person:ann-vale SANCTIONED person:tom-baxter'] },
    // A person named in apposition to the post after the verb.
    { text: 'Ann Vale dismissed her deputy, Tom Baxter, on Monday.', relations: ['person:ann-vale SANCTIONED person:tom-baxter'] },
    { text: 'Ann Vale dismissed the governor of the province, Tom Baxter.', relations: ['person:ann-vale SANCTIONED person:tom-baxter'] },
  ],
} as const;

const POSTS: ReadonlySet<string> = new Set(dismissalFromPost.posts);
// How many words may stand between `as` or `from` and the post (`as the new consumer affairs minister`).
const POST_WORDS = 4;

/**
 * `dismissed X as defence minister`, `dismissed X from the cabinet`: a rejection read from `dismiss` whose object is a
 * person, followed by the post they held, or who holds one of the `offices` the article has read (person to body), is
 * a sacking (SANCTIONED), in the passive too; `dismissed X's claims as nonsense` stays rejection.
 */
export function senseOfDismissal(s: AnalyzedSentence, match: RelationMatch, offices: ReadonlyMap<string, string> = new Map()): RelationMatch {
  if (match.type !== 'REJECTED' || match.topic !== undefined || !(s.tokens[match.trigger]?.key ?? '').startsWith('dismiss')) return match;
  // (`X was dismissed by Y`: the passive names the dismissed first.)
  const passive = BE_FORMS.has(s.tokens[match.trigger - 1]?.key ?? '') || BE_FORMS.has(s.tokens[match.trigger - 2]?.key ?? '');
  const person = s.mentions.find((mention) => mention.entity === match.target && mention.type === 'Person' && (passive ? mention.last < match.trigger : mention.first > match.trigger));
  // `X, the agriculture minister, ...`, or a person the article has said holds an office: dismissed from it.
  if (person && (apposedPost(s, person.last) || postBefore(s, person.first, match.trigger) || (offices.has(person.entity) && !asJudged(s, person.last)))) return sacking(match);
  if (passive) return match;
  // (The person the verb dismisses, right after it or its title: not one named further on, `dismissed an appeal filed
  // by X`.)
  const direct = person && s.tokens.slice(match.trigger + 1, person.first).every((token) => token.capitalized) ? person : undefined;
  const link = direct && s.tokens[direct.last + 1]?.key;
  // `Vosk Holdings dismissed Tom Baxter`: a body dismisses its people from their jobs (not `dismissed X as a fraud`).
  if (direct && link !== 'as' && match.source.startsWith('organization:')) return sacking(match);
  if (!direct || (link !== 'as' && link !== 'from') || /\S/.test(s.tokens[direct.last]?.post ?? '')) return match;
  const first = direct.last + 2;
  const reach = s.tokens.slice(first, first + POST_WORDS);
  const end = reach.findIndex((token) => /[,;:.]/.test(token.post));
  const phrase = end < 0 ? reach : reach.slice(0, end + 1);
  const held = link === 'as'
    ? s.titles.some((title) => title.first >= first && title.first < first + phrase.length)
    : phrase.some((token) => POSTS.has(token.key));
  return held ? sacking(match) : match;
}

// `dismissed X as a fantasist`: `as` and no post after the name judges the person.
function asJudged(s: AnalyzedSentence, last: number): boolean {
  return s.tokens[last + 1]?.key === 'as' && !s.titles.some((title) => title.first > last + 1 && title.first <= last + 1 + POST_WORDS);
}

// `dismissed his deputy, X`, `dismissed the governor of Unity state, X`: the person named in apposition to a post after
// the verb.
function postBefore(s: AnalyzedSentence, first: number, trigger: number): boolean {
  if (!/^,/.test(s.tokens[first - 1]?.post ?? '')) return false;
  const within = (at: number) => at > trigger && at < first && at >= first - 1 - POST_WORDS;
  return s.titles.some((title) => within(title.last)) || s.tokens.some((token, at) => within(at) && HEADS.has(token.key));
}

function sacking(match: RelationMatch): RelationMatch {
  return { ...match, type: 'SANCTIONED', rule: `${match.rule}:${dismissalFromPost.id}`, reason: `${dismissalFromPost.reason}; ${match.reason}` };
}

// Nouns for the person in charge of a body, or second to them, that no title list holds (`the head of Canal Plus`,
// `his deputy`).
const HEADS: ReadonlySet<string> = new Set(['head', 'boss', 'editor', 'chief', 'deputy']);

// `dismissed X, the head of Y,`: the person's post in apposition (an article, then a title within a few words).
function apposedPost(s: AnalyzedSentence, last: number): boolean {
  if (!/^,/.test(s.tokens[last]?.post ?? '') || !['the', 'a', 'its', 'his', 'her', 'their'].includes(s.tokens[last + 1]?.key ?? '')) return false;
  const within = (at: number) => at > last + 1 && at <= last + 1 + POST_WORDS;
  return s.titles.some((title) => within(title.first)) || s.tokens.some((token, at) => within(at) && HEADS.has(token.key));
}
