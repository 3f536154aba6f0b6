import { compromiseLexicon } from './compromiseLexicon';
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
  const known = compromiseLexicon();
  for (let i = 0; i < length; i++) {
    const form = forms[i] as string;
    const lower = form.toLowerCase();
    const hasDigit = /\d/.test(form);
    atoms.word[i] = hashString(hasDigit ? lower.replace(DIGIT, '0') : lower, 1);
    atoms.form[i] = hashString(form, 2);
    atoms.shape[i] = hashString(wordShape(form), 3);
    atoms.prefix1[i] = hashString(lower.slice(0, 1), 4);
    atoms.prefix2[i] = hashString(lower.slice(0, 2), 5);
    atoms.prefix3[i] = hashString(lower.slice(0, 3), 6);
    atoms.suffix1[i] = hashString(lower.slice(-1), 7);
    atoms.suffix2[i] = hashString(lower.slice(-2), 8);
    atoms.suffix3[i] = hashString(lower.slice(-3), 9);
    atoms.suffix4[i] = hashString(lower.slice(-4), 10);
    const tag = known.get(lower);
    atoms.lexicon[i] = tag === undefined ? 0 : hashString(tag, 11);
    atoms.flags[i] =
      (UPPER.test(form) ? 1 : 0) | (ALL_UPPER.test(form) && form.length > 1 ? 2 : 0) | (hasDigit ? 4 : 0) | (form.includes('-') ? 8 : 0) | (i === 0 ? 16 : 0) | (CLAUSE_PUNCTUATION.test(form) ? 32 : 0) | (FINAL_PUNCTUATION.test(form) ? 64 : 0);
  }
  return atoms;
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
