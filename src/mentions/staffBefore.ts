import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { isAdjectiveWord } from './isAdjectiveWord';
import { isEnglishWord } from './isEnglishWord';
import { looksLikeGivenName } from './looksLikeGivenName';
import { matchTitleAt } from './matchTitleAt';
import { BREAKING_PUNCTUATION, FUNCTION_WORDS, PARLIAMENT_SEATS, PLAYER_POSTS } from './nameWords';
import { startsPersonName } from './startsPersonName';

// Posts a body gives that are no office's title, in lower case between its name and the holder's (`Vela boss Ann
// Vale`), unlike a person's `adviser` or `ally` (`Vosk aide Tom Baxter`).
const BODY_STAFF: ReadonlySet<string> = new Set(['boss', 'executive', 'driver', 'winger', 'analyst', 'economist', 'founder', 'owner']);

// Jobs only a firm has, whatever its name looks like (`Morgan Stanley analyst X`, `Merrill Lynch economists said`): a
// person's name never qualifies them, so they need no holder's name after them, and a given name may open the firm's.
const MARKET_STAFF: ReadonlySet<string> = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);

// Titles of a legislator's seat, which the place represented or the party is written before (`Dharwad MP`).
const SEAT_TITLES: ReadonlySet<string> = new Set([...PARLIAMENT_SEATS, 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman']);

/**
 * Whether the name from `first` to `last` is the body of a market job after it (MARKET_STAFF), or of the office's
 * title or post after it (one lower-case word may qualify it) and the person's name after that (`Chelsea manager Ann
 * Vale`, `Vela Chief Executive Officer Tom Baxter`, `Orlak team owner X`); not common words, which name the post's
 * field (`Finance director X`), unless the post is a player's and the word no adjective (`Arsenal defender X`; not
 * `Central defender X`), nor a person's name (`led by Ann Vale and chairman X`).
 */
export function staffBefore(tokens: readonly Token[], first: number, last: number, knowledge: Knowledge): boolean {
  const lower = (token: Token | undefined) => token !== undefined && !token.capitalized && !BREAKING_PUNCTUATION.test(token.post) && !FUNCTION_WORDS.has(token.key);
  const player = first === last && lower(tokens[last + 1]) && PLAYER_POSTS.has(tokens[last + 1]?.key ?? '') && !isAdjectiveWord(tokens[first] as Token);
  if (!player && tokens.slice(first, last + 1).every((token) => isEnglishWord(token) && !token.tags.has('Organization'))) return false;
  // (`Chechen leader X`, `the Bavarian leader X`: a people's word says whose leader, and names no body.)
  if (first === last && knowledge.peoples.has(`${tokens[first]?.key ?? ''}s`)) return false;
  if (tokens[last]?.possessive || /\S/.test(tokens[last]?.post ?? '')) return false;
  if (lower(tokens[last + 1]) && MARKET_STAFF.has(tokens[last + 1]?.key ?? '')) return true;
  if (first < last && looksLikeGivenName(tokens[first] as Token)) return false;
  const title = matchTitleAt(tokens, last + 1, knowledge)?.length ?? 0;
  // (`Dharwad MP X`, `Leeds MP X`: a legislator's seat is named by the place it represents, or by the party; no employer.)
  if (title > 0 && SEAT_TITLES.has(tokens[last + title]?.key ?? '')) return false;
  const staff = (at: number) => lower(tokens[at]) && BODY_STAFF.has(tokens[at]?.key ?? '');
  const post = title > 0 ? last + title : staff(last + 1) ? last + 1 : lower(tokens[last + 1]) && staff(last + 2) ? last + 2 : undefined;
  return post !== undefined && startsPersonName(tokens, post + 1) && tokens[post + 1]?.capitalized === true;
}
