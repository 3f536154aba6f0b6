import nlp from 'compromise';
import type { EntityType } from '../entities/EntityType';
import type { GazetteerEntry } from '../knowledge/GazetteerEntry';
import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { matchPhraseAt } from './matchPhraseAt';
import type { MentionCandidate } from './MentionCandidate';
import {
  NAME_CONNECTORS,
  NON_ORGANIZATION_ACRONYMS,
  ORGANIZATION_HEADS,
  PERSON_ORGANIZATION_NOUNS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
} from './nameWords';
import type { TitleSpan } from './TitleSpan';

// Words compromise knows as ordinary vocabulary; an unknown capitalized word is more likely a name.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const BREAKING_PUNCTUATION = /[,;:.!?()"“”]/;

/** Finds the names in one sentence: known names from general knowledge, office titles, and capitalized names by their context. */
export function findMentionCandidates(
  tokens: readonly Token[],
  knowledge: Knowledge,
  heading: boolean,
): { candidates: MentionCandidate[]; titles: TitleSpan[] } {
  const candidates: MentionCandidate[] = [];
  const titles: TitleSpan[] = [];
  const { gazetteer } = knowledge;
  const titleAt = (at: number) => matchPhraseAt(tokens, at, knowledge.titles, knowledge.maxTitleWords);
  const knownAt = (at: number) =>
    gazetteer.starts.has(tokens[at]?.key ?? '')
      ? matchPhraseAt(tokens, at, gazetteer.entries, gazetteer.maxWords, (entries, length) => pickEntry(entries, tokens, at, length) !== undefined)
      : undefined;

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] as Token;
    const known = knownAt(i);
    if (known) {
      const entry = pickEntry(known.value, tokens, i, known.length) as GazetteerEntry;
      const next = tokens[i + known.length];
      const lastKnown = tokens[i + known.length - 1] as Token;
      // `Washington Post`, `Chad Smith`: a known name that runs on into an unknown capitalized word is part of another name.
      const runsOn = next !== undefined && next.capitalized && !lastKnown.possessive && !BREAKING_PUNCTUATION.test(lastKnown.post)
        && !titleAt(i + known.length) && !knownAt(i + known.length) && !knowledge.honorifics.has(next.key) && entry.kind !== 'demonym';
      if (!runsOn) {
        candidates.push(candidate(tokens, i, i + known.length - 1, entry.type, entry, false));
        i += known.length;
        continue;
      }
    }
    const title = titleAt(i);
    if (title && (title.length > 1 || token.capitalized || isTitleContext(tokens, i + 1))) {
      titles.push({ first: i, last: i + title.length - 1, title: title.value });
      i += title.length;
      continue;
    }
    if (!token.capitalized || !isNameWord(token, i)) {
      i++;
      continue;
    }
    let first = i;
    while (knowledge.honorifics.has(tokens[first]?.key ?? '') && tokens[first + 1]?.capitalized) first++;
    const last = runEnd(tokens, first, (at) => titleAt(at) !== undefined || knownAt(at) !== undefined);
    const type = classifyRun(tokens, i, first, last, titles);
    // `the Trump administration`: a name before `administration` or `government` names that body, not the person.
    if (!heading && PERSON_ORGANIZATION_NOUNS.has(tokens[last + 1]?.key ?? '') && !tokens[last]?.possessive && type !== 'Location') {
      candidates.push(candidate(tokens, first, last + 1, 'Organization', undefined, false));
      i = last + 2;
      continue;
    }
    if (type && !heading) {
      candidates.push(candidate(tokens, first, last, type, undefined, false));
      i = last + 1;
      continue;
    }
    // Lone capitalized words (and names in headings) count only if they turn out to be a person's name met in full.
    if (last === first) candidates.push(candidate(tokens, first, last, 'Person', undefined, true));
    i = last + 1;
  }
  return { candidates, titles };
}

function pickEntry(entries: readonly GazetteerEntry[], tokens: readonly Token[], at: number, length: number): GazetteerEntry | undefined {
  const written = tokens.slice(at, at + length).map((token) => token.text.replace(/['’]s?$/, '')).join(' ');
  const first = tokens[at];
  return entries.find((entry) =>
    entry.exactCase ? written.replace(/\s/g, '') === entry.phrase.replace(/\s/g, '') : first?.capitalized === true,
  );
}

// A lower-case title names an office only right before a name or after an organization (`Kremlin spokesman Dmitry Peskov`).
function isTitleContext(tokens: readonly Token[], next: number): boolean {
  return tokens[next]?.capitalized === true;
}

function isNameWord(token: Token, index: number): boolean {
  if (['Date', 'Pronoun', 'Determiner', 'Preposition', 'Conjunction'].some((tag) => token.tags.has(tag)) || token.key === 'i') return false;
  if (index > 0) return true;
  // A sentence's first word is capitalized anyway: it is a name only if compromise says so or does not know it as a word.
  return PERSON_TAGS.some((tag) => token.tags.has(tag)) || token.tags.has('Place') || token.tags.has('Organization')
    || !(token.key in lexicon) && !token.tags.has('Verb') && !token.tags.has('Adverb') && !token.tags.has('Determiner')
      && !token.tags.has('Conjunction') && !token.tags.has('Preposition');
}

function runEnd(tokens: readonly Token[], first: number, startsOther: (at: number) => boolean): number {
  let last = first;
  while (true) {
    const current = tokens[last] as Token;
    if (current.possessive || BREAKING_PUNCTUATION.test(current.post.replace(/[[\]]/g, ''))) return last;
    const next = tokens[last + 1];
    if (next?.capitalized && !next.tags.has('Date') && !startsOther(last + 1)) {
      last++;
      continue;
    }
    const after = tokens[last + 2];
    if (next && NAME_CONNECTORS.has(next.text) && next.text !== 'and' && after?.capitalized && !startsOther(last + 2)) {
      last += 2;
      continue;
    }
    return last;
  }
}

function classifyRun(
  tokens: readonly Token[],
  start: number,
  first: number,
  last: number,
  titles: readonly TitleSpan[],
): EntityType | undefined {
  const run = tokens.slice(first, last + 1);
  const lastToken = run[run.length - 1] as Token;
  const before = tokens[start - 1];
  const after = tokens[last + 1];
  const titled = titles.some((title) => title.last === start - 1) || first > start;
  if (ORGANIZATION_HEADS.has(lastToken.key) && run.length > 1) return 'Organization';
  if (run.length === 1 && /^[A-Z][A-Z0-9]{1,5}$/.test(lastToken.text.replace(/['’]s$/, '')) && !NON_ORGANIZATION_ACRONYMS.has(lastToken.key)) {
    return 'Organization';
  }
  if (titled) return 'Person';
  if (run.some((token) => token.tags.has('Organization'))) return 'Organization';
  const personTagged = run.some((token) => PERSON_TAGS.some((tag) => token.tags.has(tag)));
  if (personTagged && (run.length > 1 || lastToken.tags.has('LastName'))) return 'Person';
  if (PLACE_NOUNS.has(after?.key ?? '') || (run.length === 1 && PLACE_PREPOSITIONS.has(before?.key ?? '')) || run.some((token) => token.tags.has('Place'))) {
    return 'Location';
  }
  // Reporting context: `Andriy Yermak, head of ...`, `Andriy Yermak said`.
  const spoken = SPEECH_VERBS.has(after?.key ?? '') || (/,/.test(lastToken.post) && ['who', 'head', 'leader', 'chief'].includes(after?.key ?? ''));
  if (spoken || (personTagged && run.length > 1)) return 'Person';
  if (run.length >= 2 && run.length <= 3 && run.every((token) => !(token.key in lexicon))) return 'Person';
  return undefined;
}

function candidate(tokens: readonly Token[], first: number, last: number, type: EntityType, known: GazetteerEntry | undefined, needsSupport: boolean): MentionCandidate {
  const firstToken = tokens[first] as Token;
  const lastToken = tokens[last] as Token;
  const possessive = lastToken.possessive ? (/['’]s$/.test(lastToken.text) ? 2 : 1) : 0;
  const end = lastToken.end - possessive;
  const surface = tokens
    .slice(first, last + 1)
    .map((token, k, all) => (k === all.length - 1 ? token.text.slice(0, token.text.length - possessive) : token.text + token.post))
    .join('')
    .replace(/[[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { first, last, type, surface, start: firstToken.start, end, ...(known ? { known } : {}), needsSupport };
}
