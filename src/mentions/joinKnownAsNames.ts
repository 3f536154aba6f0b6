import type { Token } from '../text/Token';
import type { MentionCandidate } from './MentionCandidate';

// Words that may stand before `known as` (`better known as`, `also known as`).
const KNOWN_AS_HEDGES: ReadonlySet<string> = new Set(['better', 'also', 'widely', 'popularly', 'commonly', 'locally']);

/**
 * `Pushpa Kamal Dahal, better known as Prachanda`, `X (also known as Y)`: a name general knowledge does not know,
 * written after `known as` right after a person's or body's name, is another name of the same, which the article may
 * then use alone. (An acronym only after a body's name of several words: the words before another acronym may have
 * been read as other names.)
 */
export function joinKnownAsNames(candidates: readonly MentionCandidate[], tokens: readonly Token[]): MentionCandidate[] {
  return candidates.map((candidate, k) => {
    const name = candidates[k - 1];
    const acronym = !/\p{Ll}/u.test(candidate.surface);
    if (!name || candidate.known || candidate.sameAs || !['Person', 'Organization'].includes(name.type) || (acronym && (name.type !== 'Organization' || !name.surface.includes(' ')))) return candidate;
    const between = tokens.slice(name.last + 1, candidate.first);
    const words = between.map((token) => token.key);
    const [hedge, ...knownAs] = words.length === 3 ? words : [undefined, ...words];
    const opened = /^[,(]/.test(tokens[name.last]?.post.trim() ?? '') || /\($/.test(between[0]?.pre ?? '');
    const plain = between.every((token, i) => i === between.length - 1 || /^\s*$/.test(token.post));
    if (!opened || !plain || knownAs.join(' ') !== 'known as' || (hedge !== undefined && !KNOWN_AS_HEDGES.has(hedge))) return candidate;
    return { ...candidate, type: name.type, sameAs: name };
  });
}
