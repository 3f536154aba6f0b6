import type { Knowledge } from './Knowledge';

/**
 * The head words of the bodies a post (normalized) is held in (knowledge's bodyPosts), by the whole post or its last
 * word: `presiding judge` and `deputy speaker` are posts of a judge's and a speaker's body.
 */
export function bodyWordsOfPost(post: string, knowledge: Knowledge): readonly string[] | undefined {
  return knowledge.bodyPosts.get(post) ?? knowledge.bodyPosts.get(post.split(' ').at(-1) ?? '');
}
