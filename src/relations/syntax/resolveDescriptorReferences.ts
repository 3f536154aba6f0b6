import type { Token } from '../../text/Token';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { ARTICLES } from './syntaxWords';

// Words that open an apposition's noun phrase after a name (`X, a surgeon,`, `X, his deputy,`).
const APPOSITION_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, 'his', 'her', 'their', 'its']);
// Words that may follow the noun of an apposition after a name (`X, a surgeon, said`, `X, editor of Y`, `X, a
// surgeon who`).
const APPOSITION_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'from', 'with', 'who', 'whose']);
// How many words may qualify the noun (`X, Turkey's best-known novelist,`, `X, a Swedish aid worker,`).
const MAX_QUALIFIERS = 4;

/**
 * `the novelist`, `the surgeon`: a noun after `the`, with no name of its own, stands for the one person the article
 * described with that noun before (`the novelist Orhan Pamuk`, `Turkey's best-known novelist, Orhan Pamuk,`, `X, an
 * Italian surgeon,`). Adds those references to the sentences as person mentions over the noun; a noun two people were
 * described with, or one no one was, refers to no one. Titles are resolveTitleReferences'.
 */
export function resolveDescriptorReferences(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[] {
  // The people described with each noun so far.
  const described = new Map<string, Set<string>>();
  return sentences.map((s) => {
    const own = new Set<number>();
    for (const person of s.mentions) {
      if (person.type !== 'Person' || person.kind === 'reference') continue;
      for (const at of descriptorsOf(s, person)) {
        own.add(at);
        const noun = s.tokens[at]?.key ?? '';
        described.set(noun, (described.get(noun) ?? new Set()).add(person.entity));
      }
    }
    const added: ActorMention[] = [];
    const mentionAt = [...s.mentionAt];
    s.tokens.forEach((token, i) => {
      const noun = s.tokens[i + 1];
      if (token.key !== 'the' || !noun || own.has(i + 1) || !isPersonNoun(s, i + 1)) return;
      // (`the novelist Orhan Pamuk`, `the surgeon's`: a name, or a possessive that may own another's thing, after it.)
      if (s.tokens[i + 2]?.capitalized && !/\S/.test(noun.post)) return;
      const [only, ...others] = described.get(noun.key) ?? [];
      if (!only || others.length > 0) return;
      const reference: ActorMention = { entity: only, type: 'Person', first: i + 1, last: i + 1, kind: 'reference' };
      added.push(reference);
      mentionAt[i + 1] = reference;
    });
    if (added.length === 0) return s;
    return { ...s, mentions: [...s.mentions, ...added].sort((a, b) => a.first - b.first), mentionAt };
  });
}

// The nouns that describe a person where the sentence names them: right before the name (`the novelist X`), in an
// apposition before it (`Turkey's best-known novelist, X,`) or after it (`X, an Italian surgeon,`).
function descriptorsOf(s: AnalyzedSentence, person: ActorMention): number[] {
  const found: number[] = [];
  const before = person.first - 1;
  const apposedBefore = /^,\s*$/.test(s.tokens[before]?.post ?? '') && /^,/.test(s.tokens[person.last]?.post ?? '');
  if (isPersonNoun(s, before) && ((!/\S/.test(s.tokens[before]?.post ?? '') && opensPhrase(s, before, false)) || (apposedBefore && opensPhrase(s, before, true)))) found.push(before);
  if (/^,\s*$/.test(s.tokens[person.last]?.post ?? '') && APPOSITION_OPENERS.has(s.tokens[person.last + 1]?.key ?? '')) {
    for (let at = person.last + 2; at <= person.last + 2 + MAX_QUALIFIERS; at++) {
      const token = s.tokens[at] as Token | undefined;
      // (A country's word qualifies the noun: `X, an Italian surgeon,`.)
      if (!token || (s.mentionAt[at] && s.mentionAt[at]?.type !== 'Country')) break;
      const ends = /^[,.;]/.test(token.post) || APPOSITION_LINKS.has(s.tokens[at + 1]?.key ?? '') || at === s.tokens.length - 1;
      if (ends) {
        if (isPersonNoun(s, at)) found.push(at);
        break;
      }
      if (/[^\s-]/.test(token.post)) break;
    }
  }
  return found;
}

// A singular common noun in lower case that no title or name covers: the head of a noun phrase describing a person.
function isPersonNoun(s: AnalyzedSentence, at: number): boolean {
  const token = s.tokens[at];
  return token !== undefined && !token.capitalized && token.tags.has('Noun') && !token.tags.has('Plural') && !token.possessive && !token.tags.has('Pronoun')
    && !s.mentionAt[at] && !s.titles.some((title) => title.first <= at && title.last >= at);
}

// The noun before a name opens its phrase after an article, a possessive or a qualifier (`the novelist X`, `Turkish
// novelist X`, `Turkey's best-known novelist, X`); a phrase set off by a comma is no apposition at the end of the
// adverbial that opens the sentence (`In an interview with the newspaper, X, who ...`).
function opensPhrase(s: AnalyzedSentence, noun: number, apposed: boolean): boolean {
  const adverbial = apposed && s.tokens[0]?.tags.has('Preposition') === true && !s.tokens.slice(0, noun).some((token) => /,/.test(token.post));
  for (let at = noun - 1; at >= 0 && at >= noun - 1 - MAX_QUALIFIERS; at--) {
    const token = s.tokens[at] as Token;
    if (ARTICLES.has(token.key) || token.possessive || s.mentionAt[at]?.type === 'Country') return !adverbial;
    if (token.tags.has('Preposition') || token.tags.has('Verb') || /[^\s-]/.test(token.post)) return false;
  }
  return noun - 1 - MAX_QUALIFIERS < 0 && !adverbial;
}
