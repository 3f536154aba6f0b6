import { memoizeByText } from '../text/memoizeByText';
import type { SyntaxToken } from './SyntaxToken';
import { ABBREVIATIONS, ELIDED_WORDS, FUSED_WORDS, HYPHEN_PREFIXES, UNITS } from './tokenizerRules';

const CHUNK = /\S+/g;
const URL_OR_EMAIL = /^(?:(?:https?|ftp):\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;
const EMOTICON = /^[:;=8][-o^']?[()DPpOo/\\|[\]*3]+$/;
const OPENERS = new Set(['"', '“', '‘', "'", '`', '(', '[', '{', '<', '>', '«', '¿', '¡', '*', '#', '$', '£', '€', '¥', '-', '–', '—', '~', '…', '@', ',', '=']);
const CLOSERS = new Set(['"', '”', '’', "'", '`', ')', ']', '}', '>', '<', '»', ',', ';', ':', '*', '%', '-', '–', '—', '~', '…', '+', '=']);
// Runs of these are one token (***, ---, <<, $$$).
const RUN_MARKS = new Set(['.', '-', '*', '=', '<', '>', '$', '~', '#', '_', '`']);
const URL_TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', "'", '"', '>', '”', '’']);
const PHONE = /^(?:\d{3}-)?\d{3}-\d{4}$/;
const HASHTAG = /^[#@]\p{L}/u;
// List markers stay whole: (a), 1), b).
const WHOLE = /^\(?[\p{L}\d]\)$/u;
// A word cut off in speech keeps its hyphen: t- to refer, Stoddar- Stoddart.
const FRAGMENT = /^\p{L}+-$/u;
// A list item's number at the start of a sentence keeps its period: 2. 2.1.
const LIST_NUMBER = /^\d+(?:\.\d+)*\.$/;
const SENTENCE_MARKS = /[.!?]+$/;
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,2}\.){2,}$/u;
const INITIAL = /^\p{L}\.$/u;
const CLITIC = /^(.*[\p{L}\p{N}])(n['’`]t|['’`](?:s|m|d|ll|re|ve))$/iu;
const APOSTROPHE_NT = /^(do|does|did|is|are|was|were|has|have|had|could|would|should|ca|wo|ai|must|need)(nt)$/i;
const NUMBER_UNIT = /^(\d[\d,.:]*)(\p{L}+)$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
const LETTER = /\p{L}/u;
// Most chunks are plain words: no mark, quote or digit for the steps before splitWord to cut.
const PLAIN_WORD = /^[A-Za-z]+$/;
// A chunk's pieces depend on the chunk alone, and chunks recur: each distinct one is cut once.
const cutChunk = memoizeByText((chunk): readonly Piece[] => splitChunk(chunk), 50_000);

/**
 * Cuts `text.slice(start, end)` into words the way Universal Dependencies English (EWT, GUM) does: punctuation apart
 * ("U.S." and "Mr." keep their period), clitics split (`do` `n't`, `John` `'s`, `gon` `na`), hyphens between words
 * split except after a prefix (`well` `-` `known`, `non-profit`), a number apart from its unit, URLs and e-mail
 * addresses whole. Offsets are UTF-16 indices into `text`.
 */
export function tokenizeSyntax(text: string, start = 0, end = text.length): SyntaxToken[] {
  const tokens: SyntaxToken[] = [];
  const span = text.slice(start, end);
  for (const match of span.matchAll(CHUNK)) {
    const at = start + (match.index ?? 0);
    const pieces = tokens.length === 0 && LIST_NUMBER.test(match[0]) ? [[0, match[0].length] as Piece] : cutChunk(match[0]);
    for (const [from, to] of pieces) tokens.push({ text: text.slice(at + from, at + to), start: at + from, end: at + to });
  }
  return tokens;
}

type Piece = readonly [number, number];

function splitChunk(chunk: string): Piece[] {
  if (PLAIN_WORD.test(chunk)) return splitWord(chunk, 0, chunk.length);
  if (EMOTICON.test(chunk) || WHOLE.test(chunk)) return [[0, chunk.length]];
  let from = 0;
  let to = chunk.length;
  const head: Piece[] = [];
  const tail: Piece[] = [];
  // Opening punctuation, one mark at a time (runs of dots or dashes as one token).
  while (to - from > 1) {
    const char = chunk[from] as string;
    if (!OPENERS.has(char) && char !== '.') break;
    if ((char === "'" || char === '’') && keepsLeadingApostrophe(chunk.slice(from + 1, to))) break;
    if (char === '.' && chunk[from + 1] !== '.') break;
    if (HASHTAG.test(chunk.slice(from, to)) || URL_OR_EMAIL.test(chunk.slice(from, to))) break;
    const run = RUN_MARKS.has(char) ? runLength(chunk, from, char) : 1;
    if (from + run >= to) break;
    head.push([from, from + run]);
    from += run;
  }
  // Closing punctuation, from the end.
  while (to - from > 1) {
    const rest = chunk.slice(from, to);
    if (URL_OR_EMAIL.test(rest)) {
      if (!URL_TRAILING.has(chunk[to - 1] as string) || !URL_OR_EMAIL.test(rest.slice(0, -1))) break;
      tail.push([to - 1, to]);
      to -= 1;
      continue;
    }
    const marks = SENTENCE_MARKS.exec(rest)?.[0] ?? '';
    if (marks.length > 1 || (marks.length === 1 && marks !== '.')) {
      if (marks.length === rest.length) break;
      tail.push([to - marks.length, to]);
      to -= marks.length;
      continue;
    }
    if (marks === '.') {
      if (keepsPeriod(rest)) break;
      tail.push([to - 1, to]);
      to -= 1;
      continue;
    }
    const char = chunk[to - 1] as string;
    if (!CLOSERS.has(char) || FRAGMENT.test(rest)) break;
    const run = RUN_MARKS.has(char) ? runLengthBack(chunk, to, char) : 1;
    if (to - run <= from) break;
    tail.push([to - run, to]);
    to -= run;
  }
  const whole = chunk.slice(from, to);
  const core = URL_OR_EMAIL.test(whole) || PHONE.test(whole) || HASHTAG.test(whole) ? [[from, to] as Piece] : splitInside(chunk, from, to);
  return [...head, ...core, ...tail.reverse()];
}

function keepsLeadingApostrophe(rest: string): boolean {
  return DIGIT.test(rest[0] ?? '') || ELIDED_WORDS.words.has(rest.toLowerCase()) || /^(?:s|m|d|ll|re|ve)$/i.test(rest);
}

function keepsPeriod(whole: string): boolean {
  // `D-Calif.`, `R-N.Y.`: the hyphen is split off later, and the abbreviation is the last part's, a name's (not
  // `co-op.`).
  const last = whole.slice(whole.lastIndexOf('-') + 1);
  const word = /^\p{Lu}/u.test(last) ? last : whole;
  const bare = word.slice(0, -1);
  // All-capital headings write them in capitals (GEN.).
  const titled = bare.charAt(0) + bare.slice(1).toLowerCase();
  return DOTTED_ABBREVIATION.test(word) || INITIAL.test(word) || ABBREVIATIONS.words.has(bare) || ABBREVIATIONS.words.has(titled);
}

function runLength(chunk: string, from: number, char: string): number {
  let to = from;
  while (chunk[to] === char) to++;
  return to - from;
}

function runLengthBack(chunk: string, to: number, char: string): number {
  let from = to;
  while (from > 0 && chunk[from - 1] === char) from--;
  return to - from;
}

/** Splits the core of a chunk at inner punctuation, then each part into clitics and a number's unit. */
function splitInside(chunk: string, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let partStart = from;
  let i = from;
  const flush = (until: number): void => {
    if (until > partStart) pieces.push(...splitWord(chunk, partStart, until));
  };
  while (i < to) {
    const char = chunk[i] as string;
    const before = chunk[i - 1] ?? '';
    const after = chunk[i + 1] ?? '';
    let cut = 0;
    if (char === '-' && i > from && i + 1 < to) {
      const run = runLength(chunk, i, '-');
      if (run > 1 || !HYPHEN_PREFIXES.words.has(chunk.slice(partStart, i).toLowerCase())) cut = run;
    } else if (char === '/' && i > from) {
      // Dates and fractions (08/16/2000, 1/2) and short forms (b/c, w/) stay whole; words apart (and / or).
      const shortForm = i - partStart <= 1 && (i + 2 >= to || !LETTER.test(chunk[i + 2] as string));
      if (!(DIGIT.test(before) && DIGIT.test(after)) && !shortForm) cut = 1;
    } else if (char === '–' && LETTER.test(before) && LETTER.test(after)) {
      cut = 0; // Post–Revolutionary, three–day
    } else if ((char === '–' || char === '—' || char === '(' || char === ')' || char === '[' || char === ']' || char === '"' || char === '“' || char === '”') && i > from) {
      cut = 1;
    } else if ((char === ',' || char === ';' || char === ':') && i > from && !(DIGIT.test(before) && DIGIT.test(after))) {
      cut = 1;
    } else if (char === ',' && i > from && !/^\d{3}(?!\d)/.test(chunk.slice(i + 1, to))) {
      cut = 1; // 13,14 are two numbers; 1,200 is one
    } else if (char === '.' && after === '.' && before !== '.') {
      cut = runLength(chunk, i, '.');
    } else if ((char === '!' || char === '?') && i > from && WORD_CHAR.test(after)) {
      cut = 1;
    } else if ((char === '$' || char === '€' || char === '£') && LETTER.test(before)) {
      cut = 1;
    }
    if (cut > 0 && i + cut <= to) {
      flush(i);
      pieces.push([i, i + cut]);
      i += cut;
      partStart = i;
    } else {
      i++;
    }
  }
  flush(to);
  return pieces;
}

function splitWord(chunk: string, from: number, to: number): Piece[] {
  const word = chunk.slice(from, to);
  const lower = word.toLowerCase();
  if (FUSED_WORDS.words.has(lower)) return [[from, from + 3], [from + 3, to]];
  const clitic = CLITIC.exec(word);
  if (clitic?.[1] && clitic[2]) {
    const cut = from + clitic[1].length;
    return [...splitWord(chunk, from, cut), [cut, to]];
  }
  const bare = APOSTROPHE_NT.exec(word);
  if (bare?.[1]) return [[from, from + bare[1].length], [from + bare[1].length, to]];
  const unit = NUMBER_UNIT.exec(word);
  // A one-letter unit only in lower case: 5k, 9m, but 3G and 4K stay whole.
  if (unit?.[1] && unit[2] && UNITS.words.has(unit[2].toLowerCase()) && (unit[2].length > 1 || unit[2] === unit[2].toLowerCase())) return [[from, from + unit[1].length], [from + unit[1].length, to]];
  if (word.length > 1 && word.endsWith('.') && LETTER.test(word) && !keepsPeriod(word) && !word.slice(0, -1).includes('.')) {
    return [[from, to - 1], [to - 1, to]];
  }
  return [[from, to]];
}
