import { compromiseLexicon } from './compromiseLexicon';
import { memoizeByText } from '../text/memoizeByText';
import { hashString } from './featureHash';

/** Per-word hashes computed once per sentence, which the tagger's and the parser's features combine. */
export interface WordAtoms {
  readonly length: number;
  /** Lower-cased form with digits folded to 0 (`1990s` -> `0000s`). */
  readonly word: Uint32Array;
  /** The form exactly as written. */
  readonly form: Uint32Array;
  /** Character classes, runs cut at four (`McCain` -> `XxXxxx`, `1,200` -> `d,ddd`). */
  readonly shape: Uint32Array;
  readonly prefix1: Uint32Array;
  readonly prefix2: Uint32Array;
  readonly prefix3: Uint32Array;
  readonly suffix1: Uint32Array;
  readonly suffix2: Uint32Array;
  readonly suffix3: Uint32Array;
  readonly suffix4: Uint32Array;
  /** compromise's lexicon tag of the lower-cased word (0 when it has none). */
  readonly lexicon: Uint32Array;
  /** Bit 1: starts with a capital; 2: all capitals; 4: has a digit; 8: has a hyphen; 16: first word; 32: a comma, semicolon or dash; 64: sentence-final marks (. ! ? ...). */
  readonly flags: Uint32Array;
}

const DIGIT = /\d/g;
const CLAUSE_PUNCTUATION = /^(?:[,;:]|--?|–|—)$/;
const FINAL_PUNCTUATION = /^[.!?…]+$/;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

// A word's atoms but the first-word flag do not depend on where it stands, and words recur: each distinct form is
// hashed once.
const formAtoms = memoizeByText(hashForm, 50_000);

/** Computes the atoms of each word of a sentence. */
export function wordAtoms(forms: readonly string[]): WordAtoms {
  const length = forms.length;
  const make = (): Uint32Array => new Uint32Array(length);
  const atoms = {
    length,
    word: make(),
    form: make(),
    shape: make(),
    prefix1: make(),
    prefix2: make(),
    prefix3: make(),
    suffix1: make(),
    suffix2: make(),
    suffix3: make(),
    suffix4: make(),
    flags: make(),
    lexicon: make(),
  };
  for (let i = 0; i < length; i++) {
    const form = forms[i] as string;
    const cached = formAtoms(form);
    atoms.word[i] = cached[0] as number;
    atoms.form[i] = cached[1] as number;
    atoms.shape[i] = cached[2] as number;
    atoms.prefix1[i] = cached[3] as number;
    atoms.prefix2[i] = cached[4] as number;
    atoms.prefix3[i] = cached[5] as number;
    atoms.suffix1[i] = cached[6] as number;
    atoms.suffix2[i] = cached[7] as number;
    atoms.suffix3[i] = cached[8] as number;
    atoms.suffix4[i] = cached[9] as number;
    atoms.lexicon[i] = cached[10] as number;
    atoms.flags[i] = (cached[11] as number) | (i === 0 ? 16 : 0);
  }
  return atoms;
}

// word, form, shape, prefix1-3, suffix1-4, lexicon and flags (without the first-word flag) of a form.
function hashForm(form: string): Uint32Array {
  const lower = form.toLowerCase();
  const hasDigit = /\d/.test(form);
  const tag = compromiseLexicon().get(lower);
  return Uint32Array.of(
    hashString(hasDigit ? lower.replace(DIGIT, '0') : lower, 1),
    hashString(form, 2),
    hashString(wordShape(form), 3),
    hashString(lower.slice(0, 1), 4),
    hashString(lower.slice(0, 2), 5),
    hashString(lower.slice(0, 3), 6),
    hashString(lower.slice(-1), 7),
    hashString(lower.slice(-2), 8),
    hashString(lower.slice(-3), 9),
    hashString(lower.slice(-4), 10),
    tag === undefined ? 0 : lexiconTagHash(tag),
    (UPPER.test(form) ? 1 : 0) | (ALL_UPPER.test(form) && form.length > 1 ? 2 : 0) | (hasDigit ? 4 : 0) | (form.includes('-') ? 8 : 0) | (CLAUSE_PUNCTUATION.test(form) ? 32 : 0) | (FINAL_PUNCTUATION.test(form) ? 64 : 0),
  );
}

/** A compromise lexicon tag as `WordAtoms.lexicon` holds it. */
export function lexiconTagHash(tag: string): number {
  return hashString(tag, 11);
}

/** The word's shape: X for a capital, x for another letter, d for a digit, other characters kept; runs cut at four. */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < form.length; i++) {
    const kind = charKind(form, i);
    run = kind === last ? run + 1 : 1;
    last = kind;
    if (run <= 4) shape += kind;
  }
  return shape;
}

function charKind(form: string, i: number): string {
  const code = form.charCodeAt(i);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  const char = form[i] as string;
  if (code < 128) return char;
  return /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{Nd}/u.test(char) ? 'd' : char;
}
