import { normalizeKey } from '../../text/normalizeKey';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { personAfterTitle } from './personAfterTitle';
import { personBeforeTitle } from './personBeforeTitle';

// Words before a title that point back to a holder named before.
const DEFINITE_WORDS: ReadonlySet<string> = new Set(['the', 'his', 'her']);

/**
 * `the prime minister`, `the Taoiseach`, `the Tory leader`, `his chancellor`: a title after `the` or a person's
 * possessive (and the party that gives it), with no name of its own, stands for the one person the article named with
 * that title before (`Prime Minister Ann Vale`, `X, the chancellor,`, `Tory leader Ann Vale`). Adds those references
 * to the sentences as person mentions over the title's words; a title two people were named with, one still to be
 * named (`the president of Ghana`, `the Ghanaian president`), or one after a body's possessive (`its ambassador` may
 * be another country's) refers to no one.
 */
export function resolveTitleReferences(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  // The people named with each title so far, by the title's key.
  const holders = new Map<string, Set<string>>();
  return sentences.map((s) => {
    const added: ActorMention[] = [];
    const mentionAt = [...s.mentionAt];
    const replaced = new Set<ActorMention>();
    for (const title of s.titles) {
      // `Tory leader Ann Vale` ... `the Tory leader`: an office a party gives is known with its party.
      const party = s.mentionAt[title.first - 1];
      const given = party?.kind === 'party' && party.last === title.first - 1 && title.partyOffice ? party : undefined;
      const key = `${given ? `${given.entity} ` : ''}${normalizeKey(title.title)}`;
      const holder = personAfterTitle(s, title.first, title.last, true) ?? personBeforeTitle(s, given?.first ?? title.first);
      if (holder) {
        holders.set(key, (holders.get(key) ?? new Set()).add(holder.entity));
        continue;
      }
      // (`Finance Minister Ann Vale` ... `the minister`: a title of one word stands for the one person the article named
      // with a title it ends.)
      const [only, ...others] = holders.get(key) ?? (key.includes(' ') ? [] : endingWith(holders, key));
      const first = given?.first ?? title.first;
      // (`backed his chancellor`, `its chairman`: a possessive pronoun points back as `the` does.)
      const definite = DEFINITE_WORDS.has(s.tokens[first - 1]?.key ?? '') && !s.mentionAt[first - 1];
      const named = s.mentionAt.slice(title.first, title.last + 1).some((mention) => mention !== undefined);
      // `the president of Ghana`, `the Democratic leader in the Senate` are titles still to be named; `accused the Tory
      // leader of playing politics` is not.
      const after = s.tokens[title.last + 2];
      // (`in` takes a body, not a time: `sacked by the president in March` is the president named before.)
      const link = s.tokens[title.last + 1]?.key;
      const ofBody = after !== undefined && (link === 'of' || link === 'in')
        && ((link === 'of' && after.capitalized) || after.key === 'the' || s.mentionAt[title.last + 2] !== undefined);
      if (!only || others.length > 0 || !definite || named || ofBody) continue;
      const reference: ActorMention = { entity: only, type: 'Person', first, last: title.last, kind: 'reference' };
      added.push(reference);
      if (given) replaced.add(given);
      for (let at = first; at <= title.last; at++) mentionAt[at] = reference;
    }
    if (added.length === 0) return s;
    const mentions = [...s.mentions.filter((mention) => !replaced.has(mention)), ...added].sort((a, b) => a.first - b.first);
    return { ...s, mentions, mentionAt };
  });
}

// The people named with titles whose last word is `word` (`finance minister`, `foreign minister` for `minister`).
function endingWith(holders: ReadonlyMap<string, ReadonlySet<string>>, word: string): string[] {
  return [...new Set([...holders].filter(([key]) => key.endsWith(` ${word}`)).flatMap(([, people]) => [...people]))];
}
