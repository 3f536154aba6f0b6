import { NewsgraphError } from '../errors/NewsgraphError';
import { CompromiseDocumentSchema, type CompromiseTerm } from './CompromiseTermSchema';
import { normalizeKey } from './normalizeKey';
import type { Sentence } from './Sentence';
import { tagText } from './tagText';
import type { TextBlock } from './TextBlock';
import type { Token } from './Token';

const POSSESSIVE = /(?:['’]s|s['’])$/;
const CAPITALIZED = /^(?:\p{Lu}|\d+\p{Lu})/u;
// A sentence's end inside a closing quote (`win." Tony`), which compromise reads on as one sentence.
const QUOTED_END = /^[.?!]+["”'’]+\s/;
const OPENING_QUOTES = /["“'‘]+$/;

// compromise is run on windows of whole blocks of about this many characters: all it builds for the text it is given
// is held at once (a 4 MB document in one pass peaked at 1.2 GB), and a sentence ends with its block.
const WINDOW_CHARACTERS = 20_000;

/**
 * Splits blocks into sentences of tagged tokens with compromise, giving each token its offsets in its own block. Blocks
 * are joined by newlines, where compromise always ends a sentence, into windows of about 20,000 characters (one window
 * for an ordinary article); `onWindow` is told how many blocks are done after each. A sentence also ends in a closing
 * quote before a capitalized word (`"We will win." Tony Blair ...`), unless after an abbreviation (`"Mr." Smith`); before
 * a lower-case word (`"We will win." he said`) it goes on.
 */
export function tokenizeBlocks(blocks: readonly TextBlock[], onWindow?: (blocksDone: number) => void): Sentence[] {
  const sentences: Sentence[] = [];
  // Tokens share one set per combination of tags (a few hundred in a book): compromise's own set per term was half of
  // a long document's tokens' memory.
  const tagSets = new Map<string, ReadonlySet<string>>();
  for (let first = 0; first < blocks.length; ) {
    let last = first + 1;
    let size = blocks[first]?.text.length ?? 0;
    for (let next = blocks[last]; next && size + 1 + next.text.length <= WINDOW_CHARACTERS; next = blocks[++last]) size += 1 + next.text.length;
    // A window but the last ends in the newline that joined it to the next, as it would in one pass over the document.
    sentences.push(...tokenizeWindow(blocks.slice(first, last), last < blocks.length ? '\n' : '', tagSets));
    first = last;
    onWindow?.(last);
  }
  return sentences;
}

function tokenizeWindow(blocks: readonly TextBlock[], end: string, tagSets: Map<string, ReadonlySet<string>>): Sentence[] {
  const joined = blocks.map((block) => block.text).join('\n') + end;
  const parsed = CompromiseDocumentSchema.safeParse(tagText(joined));
  if (!parsed.success) {
    throw new NewsgraphError('NG_NLP_OUTPUT', `compromise returned terms of an unexpected shape (${parsed.error.issues[0]?.message}); install the compromise version package.json pins (npm ci).`);
  }
  const sentences: Sentence[] = [];
  let blockIndex = 0;
  let blockStart = 0;
  let position = 0;
  for (const terms of parsed.data) {
    let tokens: Token[] = [];
    let sentenceStart = -1;
    let block = blocks[blockIndex];
    const endSentence = (): void => {
      const last = tokens[tokens.length - 1];
      if (last && block) sentences.push({ block, start: sentenceStart, end: last.end + trailingPunctuation(last.post), tokens });
      tokens = [];
      sentenceStart = -1;
    };
    for (const [index, term] of terms.entries()) {
      position += term.pre.length;
      // Move on to the block this term stands in (a sentence never crosses a newline).
      while (block && position >= blockStart + block.text.length + 1 && blockIndex < blocks.length - 1) {
        blockStart += block.text.length + 1;
        block = blocks[++blockIndex];
      }
      const start = position - blockStart;
      position += term.text.length;
      // compromise adds empty terms for expanded contractions; they name nothing at an offset, but may hold the
      // punctuation after the word (`L'Aquila,` is `L'Aquila` and an empty `aquila` with the comma).
      const previous = tokens.at(-1);
      if (term.text.length === 0 && term.post.length > 0 && previous) tokens[tokens.length - 1] = { ...previous, post: previous.post + term.post };
      if (term.text.length > 0) {
        // A sentence that opens with a quote spans it, as it spans the closing one.
        if (sentenceStart < 0) sentenceStart = start - (OPENING_QUOTES.exec(term.pre)?.[0].length ?? 0);
        // `U.S.-led`, `U.N.-brokered`: compromise keeps a dotted acronym and the word hyphened to it as one term, where
        // it splits `US-led`; two tokens, as the undotted form gives.
        const dotted = DOTTED_COMPOUND.exec(term.text);
        if (dotted?.[1] && dotted[2]) {
          const [acronym, word] = [dotted[1], dotted[2]];
          tokens.push(tokenAt(acronym, start, term.pre, '-', ACRONYM_TAGS, false, tagSets), tokenAt(word, start + acronym.length + 1, '', term.post, WORD_TAGS, false, tagSets));
        } else {
          // `the Workers' Party`: compromise may leave a plural's apostrophe in the word's `post`.
          const possessive = POSSESSIVE.test(term.text) || (term.tags.has('Possessive') && /['’]/.test(term.text)) || (/s$/i.test(term.text) && /^['’](?:\s|$)/.test(term.post));
          tokens.push(tokenAt(term.text, start, term.pre, term.post, term.tags as ReadonlySet<string>, possessive, tagSets));
        }
      }
      position += term.post.length;
      if (endsInQuote(term, terms[index + 1])) endSentence();
    }
    endSentence();
  }
  if (position !== joined.length) {
    throw new NewsgraphError('NG_NLP_OFFSETS', `compromise did not give back the text it was given (${position} of ${joined.length} characters); install the compromise version package.json pins (npm ci).`);
  }
  return sentences;
}

const DOTTED_COMPOUND = /^((?:\p{Lu}\.){2,})-(\p{Ll}+)$/u;
const ACRONYM_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun', 'Acronym']);
const WORD_TAGS: ReadonlySet<string> = new Set(['Adjective']);

// The token of a word at `start` in its block.
function tokenAt(text: string, start: number, pre: string, post: string, tags: ReadonlySet<string>, possessive: boolean, tagSets: Map<string, ReadonlySet<string>>): Token {
  return { text, key: normalizeKey(text), tags: shared(tags, tagSets), start, end: start + text.length, pre, post, possessive, capitalized: CAPITALIZED.test(text) };
}

// The set of these tags, in this order, that an earlier token holds, or this one.
function shared(tags: ReadonlySet<string>, tagSets: Map<string, ReadonlySet<string>>): ReadonlySet<string> {
  const key = [...tags].join(' ');
  const known = tagSets.get(key);
  if (known) return known;
  tagSets.set(key, tags);
  return tags;
}

function endsInQuote(term: CompromiseTerm, next: CompromiseTerm | undefined): boolean {
  if (!next || !QUOTED_END.test(term.post) || !CAPITALIZED.test(next.text)) return false;
  // `"Mr." Smith`, `"U.S." Army`, `"J." Smith`: the dot ends a word, not the sentence.
  return !term.tags.has('Abbreviation') && !term.text.includes('.') && !/^\p{L}$/u.test(term.text);
}

function trailingPunctuation(post: string): number {
  return /^[.!?…"”'’)\]]*/.exec(post)?.[0].length ?? 0;
}
