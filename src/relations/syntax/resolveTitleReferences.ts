import { normalizeKey } from '../../text/normalizeKey';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { personAfterTitle } from './personAfterTitle';
import { personBeforeTitle } from './personBeforeTitle';

/**
 * `the prime minister`, `the Taoiseach`: a title after `the`, with no name of its own, stands for the one person the
 * article named with that title before (`Prime Minister Tony Blair`, `X, the chancellor,`). Adds those references to
 * the sentences as person mentions over the title's words; a title two people were named with, or one still to be
 * named (`the president of Ghana`, `the Ghanaian president`), refers to no one.
 */
export function resolveTitleReferences(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  // The people named with each title so far, by the title's key.
  const holders = new Map<string, Set<string>>();
  return sentences.map((s) => {
    const added: ActorMention[] = [];
    const mentionAt = [...s.mentionAt];
    for (const title of s.titles) {
      const key = normalizeKey(title.title);
      const holder = personAfterTitle(s, title.first, title.last, true) ?? personBeforeTitle(s, title.first);
      if (holder) {
        holders.set(key, (holders.get(key) ?? new Set()).add(holder.entity));
        continue;
      }
      const [only, ...others] = holders.get(key) ?? [];
      const definite = s.tokens[title.first - 1]?.key === 'the' && !s.mentionAt[title.first - 1];
      const named = s.mentionAt.slice(title.first, title.last + 1).some((mention) => mention !== undefined);
      if (!only || others.length > 0 || !definite || named || s.tokens[title.last + 1]?.key === 'of') continue;
      const reference: ActorMention = { entity: only, type: 'Person', first: title.first, last: title.last, kind: 'reference' };
      added.push(reference);
      for (let at = title.first; at <= title.last; at++) mentionAt[at] = reference;
    }
    if (added.length === 0) return s;
    return { ...s, mentions: [...s.mentions, ...added].sort((a, b) => a.first - b.first), mentionAt };
  });
}
