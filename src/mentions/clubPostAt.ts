import type { Token } from '../text/Token';
import { BREAKING_PUNCTUATION, CLUB_POSTS, PLAYER_POSTS } from './nameWords';
import { startsPersonName } from './startsPersonName';

// Posts a club or firm gives, in lower case after its name: a town's name there is the club's or firm's.
const POSTS: ReadonlySet<string> = new Set([...PLAYER_POSTS, ...CLUB_POSTS]);

/** Whether a club's or firm's post in lower case (`chairman`, `chief executive`, `striker`) and a person's name follow. */
export function clubPostAt(tokens: readonly Token[], at: number): boolean {
  const post = tokens[at];
  if (!post || post.capitalized || BREAKING_PUNCTUATION.test(post.post)) return false;
  const length = post.key === 'chief' && tokens[at + 1]?.key === 'executive' ? 2 : POSTS.has(post.key) ? 1 : 0;
  return length > 0 && tokens[at + length]?.capitalized === true && startsPersonName(tokens, at + length);
}
