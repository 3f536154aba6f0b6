import type { Knowledge } from '../knowledge/Knowledge';
import { candidateAt } from '../mentions/candidateAt';
import { isKnownGivenName } from '../mentions/isKnownGivenName';
import type { MentionCandidate } from '../mentions/MentionCandidate';
import { ORGANIZATION_HEADS } from '../mentions/nameWords';
import type { Token } from '../text/Token';

/**
 * `Paramount Pictures ... said Paramount would not renew`: news names a company it has named in full by its first word
 * alone, however ordinary that word (`Paramount`, `Live`). Inside a sentence, such a word, capitalized and standing
 * alone (no name joined to it), is a mention of an organization the document named in two or more words with it first,
 * unknown to general knowledge, whether no mention was read there or a person's name no full name supports;
 * resolveDocumentEntities then takes it to the longer name. Not a person's surname the document names in full (`the
 * Bush administration ... Bush`), a word general knowledge or the lexicon's given names know (`British`, `Tom`), a
 * body's head word (`the Church`), a title or a courtesy title.
 */
export function readShortOrganizationNames(
  sentences: readonly { readonly tokens: readonly Token[]; readonly candidates: readonly MentionCandidate[] }[],
  knowledge: Knowledge,
): MentionCandidate[][] {
  // People's names: the last word of a full name, and a name written after a title (`President Bush`).
  const people = new Set(
    sentences.flatMap(({ candidates }) =>
      candidates.flatMap((candidate) => (candidate.type === 'Person' && (candidate.surface.includes(' ') || candidate.titled) ? [candidate.surface.split(' ').at(-1) ?? ''] : [])),
    ),
  );
  // Each first word of the organizations named in two or more capitalized words, with the names it opens.
  const opened = new Map<string, Set<string>>();
  for (const { candidates } of sentences) {
    for (const candidate of candidates) {
      const [first = '', ...rest] = candidate.surface.split(' ');
      const plain = candidate.type === 'Organization' && !candidate.known && !candidate.options && rest.length > 0 && [first, ...rest].every((word) => /^\p{Lu}/u.test(word));
      if (plain && /^\p{Lu}\p{Ll}+$/u.test(first) && !people.has(first)) opened.set(first, (opened.get(first) ?? new Set()).add(candidate.surface));
    }
  }
  // (A word that opens two names, `Virgin Media` and `Virgin Atlantic`, is neither for sure.)
  const firstWords = new Set([...opened].filter(([, names]) => names.size === 1).map(([word]) => word));
  if (firstWords.size === 0) return sentences.map(({ candidates }) => [...candidates]);
  const ordinary = (token: Token) =>
    knowledge.gazetteer.entries.has(token.key) || isKnownGivenName(token) || ORGANIZATION_HEADS.has(token.key) || knowledge.titleHeads.has(token.key)
    || knowledge.honorifics.has(token.key) || knowledge.courtesyTitles.has(token.key);
  // A lone word standing as a short name: inside the sentence, capitalized, no capitalized word joined on either side.
  const standsAlone = (tokens: readonly Token[], at: number) => {
    const token = tokens[at] as Token;
    const before = tokens[at - 1];
    const joinedAfter = tokens[at + 1]?.capitalized === true && !/\S/.test(token.post);
    const joinedBefore = before?.capitalized === true && !/\S/.test(before.post);
    return at > 0 && firstWords.has(token.text.replace(/['’]s?$/, '')) && !joinedAfter && !joinedBefore && !ordinary(token);
  };
  return sentences.map(({ tokens, candidates }) => {
    const covered = new Set(candidates.flatMap((candidate) => Array.from({ length: candidate.last - candidate.first + 1 }, (_, k) => candidate.first + k)));
    // A person's name no full name supports, where the short name stands, is the short name.
    const retyped = candidates.map((candidate) =>
      candidate.type === 'Person' && candidate.first === candidate.last && !candidate.known && !candidate.titled && standsAlone(tokens, candidate.first)
        ? candidateAt(tokens, candidate.first, candidate.last, 'Organization')
        : candidate,
    );
    const added = tokens.flatMap((_, at) => (!covered.has(at) && standsAlone(tokens, at) ? [candidateAt(tokens, at, at, 'Organization')] : []));
    return added.length === 0 ? retyped : [...retyped, ...added].sort((a, b) => a.first - b.first);
  });
}
