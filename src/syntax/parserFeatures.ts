import { finishHash, mixHash } from './featureHash';
import type { ParseState } from './ParseState';
import type { WordAtoms } from './wordAtoms';

/** Most features parserFeatures writes for one configuration. */
export const PARSER_FEATURES = 96;

const NO_WORD = 0x51ed270b;
const ROOT_WORD = 0x2545f491;

function feature(template: number, a: number, b: number, c: number, d: number): number {
  return finishHash(mixHash(mixHash(mixHash(mixHash(template * 0x9e3779b1, a), b), c), d), template);
}

function distanceBucket(distance: number): number {
  return distance <= 4 ? distance : distance <= 6 ? 5 : distance <= 10 ? 6 : 7;
}

/**
 * Writes the hashed features of a configuration into `out` and returns how many: the templates of Zhang & Nivre
 * (2011), "Transition-based Dependency Parsing with Rich Non-local Features" (words and tags of the stack top, the
 * buffer front and their heads and outermost dependents, distance, valency, dependency labels and label sets), plus
 * the second stack word and a few pairs of our own. `tags` holds each word's tag index + 1.
 */
export function parserFeatures(state: ParseState, atoms: WordAtoms, tags: Uint8Array, out: Uint32Array): number {
  const n = state.n;
  const rootTag = 250;
  const w = (x: number): number => (x < 0 ? NO_WORD : x === n ? ROOT_WORD : (atoms.word[x] as number));
  const p = (x: number): number => (x < 0 ? 0 : x === n ? rootTag : (tags[x] as number));
  const l = (x: number): number => (x < 0 || x === n || (state.heads[x] as number) < 0 ? 0 : (state.labels[x] as number) + 1);

  const s0 = state.stackAt(0);
  const s1 = state.stackAt(1);
  const n0 = state.front;
  // A word put back by UNSHIFT has only the root after it.
  const n1 = state.unshifted ? n : n0 + 1 <= n ? n0 + 1 : -1;
  const n2 = state.unshifted ? -1 : n0 + 2 <= n ? n0 + 2 : -1;
  const s0h = s0 >= 0 ? (state.heads[s0] as number) : -1;
  const s0h2 = s0h >= 0 && s0h < n ? (state.heads[s0h] as number) : -1;
  const s0l = s0 >= 0 ? (state.left1[s0] as number) : -1;
  const s0l2 = s0 >= 0 ? (state.left2[s0] as number) : -1;
  const s0r = s0 >= 0 ? (state.right1[s0] as number) : -1;
  const s0r2 = s0 >= 0 ? (state.right2[s0] as number) : -1;
  const n0l = state.left1[n0] as number;
  const n0l2 = state.left2[n0] as number;

  const s0w = w(s0);
  const s0p = p(s0);
  const n0w = w(n0);
  const n0p = p(n0);
  const n1w = w(n1);
  const n1p = p(n1);
  const n2w = w(n2);
  const n2p = p(n2);
  const s0hp = p(s0h);
  const s0lp = p(s0l);
  const s0rp = p(s0r);
  const n0lp = p(n0l);
  const d = s0 >= 0 ? distanceBucket(n0 - s0) : 0;
  const s0vl = s0 >= 0 ? Math.min(state.leftCount[s0] as number, 6) : 0;
  const s0vr = s0 >= 0 ? Math.min(state.rightCount[s0] as number, 6) : 0;
  const n0vl = Math.min(state.leftCount[n0] as number, 6);
  const s0sl = s0 >= 0 ? (state.leftLabels[s0] as number) : 0;
  const s0sr = s0 >= 0 ? (state.rightLabels[s0] as number) : 0;
  const n0sl = state.leftLabels[n0] as number;

  let k = 0;
  // single words
  out[k++] = feature(1, s0w, s0p, 0, 0);
  out[k++] = feature(2, s0w, 0, 0, 0);
  out[k++] = feature(3, s0p, 0, 0, 0);
  out[k++] = feature(4, n0w, n0p, 0, 0);
  out[k++] = feature(5, n0w, 0, 0, 0);
  out[k++] = feature(6, n0p, 0, 0, 0);
  out[k++] = feature(7, n1w, n1p, 0, 0);
  out[k++] = feature(8, n1w, 0, 0, 0);
  out[k++] = feature(9, n1p, 0, 0, 0);
  out[k++] = feature(10, n2w, n2p, 0, 0);
  out[k++] = feature(11, n2w, 0, 0, 0);
  out[k++] = feature(12, n2p, 0, 0, 0);
  // word pairs
  out[k++] = feature(13, s0w, s0p, n0w, n0p);
  out[k++] = feature(14, s0w, s0p, n0w, 0);
  out[k++] = feature(15, s0w, n0w, n0p, 0);
  out[k++] = feature(16, s0w, s0p, n0p, 0);
  out[k++] = feature(17, s0p, n0w, n0p, 0);
  out[k++] = feature(18, s0w, n0w, 0, 0);
  out[k++] = feature(19, s0p, n0p, 0, 0);
  out[k++] = feature(20, n0p, n1p, 0, 0);
  // three words
  out[k++] = feature(21, n0p, n1p, n2p, 0);
  out[k++] = feature(22, s0p, n0p, n1p, 0);
  out[k++] = feature(23, s0hp, s0p, n0p, 0);
  out[k++] = feature(24, s0p, s0lp, n0p, 0);
  out[k++] = feature(25, s0p, s0rp, n0p, 0);
  out[k++] = feature(26, s0p, n0p, n0lp, 0);
  // distance
  out[k++] = feature(27, s0w, d, 0, 0);
  out[k++] = feature(28, s0p, d, 0, 0);
  out[k++] = feature(29, n0w, d, 0, 0);
  out[k++] = feature(30, n0p, d, 0, 0);
  out[k++] = feature(31, s0w, n0w, d, 0);
  out[k++] = feature(32, s0p, n0p, d, 0);
  // valency
  out[k++] = feature(33, s0w, s0vr, 0, 0);
  out[k++] = feature(34, s0p, s0vr, 0, 0);
  out[k++] = feature(35, s0w, s0vl, 0, 0);
  out[k++] = feature(36, s0p, s0vl, 0, 0);
  out[k++] = feature(37, n0w, n0vl, 0, 0);
  out[k++] = feature(38, n0p, n0vl, 0, 0);
  // heads and outermost dependents
  out[k++] = feature(39, w(s0h), 0, 0, 0);
  out[k++] = feature(40, s0hp, 0, 0, 0);
  out[k++] = feature(41, l(s0), 0, 0, 0);
  out[k++] = feature(42, w(s0l), 0, 0, 0);
  out[k++] = feature(43, s0lp, 0, 0, 0);
  out[k++] = feature(44, l(s0l), 0, 0, 0);
  out[k++] = feature(45, w(s0r), 0, 0, 0);
  out[k++] = feature(46, s0rp, 0, 0, 0);
  out[k++] = feature(47, l(s0r), 0, 0, 0);
  out[k++] = feature(48, w(n0l), 0, 0, 0);
  out[k++] = feature(49, n0lp, 0, 0, 0);
  out[k++] = feature(50, l(n0l), 0, 0, 0);
  // third order
  out[k++] = feature(51, w(s0h2), 0, 0, 0);
  out[k++] = feature(52, p(s0h2), 0, 0, 0);
  out[k++] = feature(53, l(s0h), 0, 0, 0);
  out[k++] = feature(54, w(s0l2), 0, 0, 0);
  out[k++] = feature(55, p(s0l2), 0, 0, 0);
  out[k++] = feature(56, l(s0l2), 0, 0, 0);
  out[k++] = feature(57, w(s0r2), 0, 0, 0);
  out[k++] = feature(58, p(s0r2), 0, 0, 0);
  out[k++] = feature(59, l(s0r2), 0, 0, 0);
  out[k++] = feature(60, w(n0l2), 0, 0, 0);
  out[k++] = feature(61, p(n0l2), 0, 0, 0);
  out[k++] = feature(62, l(n0l2), 0, 0, 0);
  out[k++] = feature(63, s0p, s0lp, p(s0l2), 0);
  out[k++] = feature(64, s0p, s0rp, p(s0r2), 0);
  out[k++] = feature(65, s0p, s0hp, p(s0h2), 0);
  out[k++] = feature(66, n0p, n0lp, p(n0l2), 0);
  // label sets
  out[k++] = feature(67, s0w, s0sr, 0, 0);
  out[k++] = feature(68, s0p, s0sr, 0, 0);
  out[k++] = feature(69, s0w, s0sl, 0, 0);
  out[k++] = feature(70, s0p, s0sl, 0, 0);
  out[k++] = feature(71, n0w, n0sl, 0, 0);
  out[k++] = feature(72, n0p, n0sl, 0, 0);
  // the second stack word, and whether the top already has its head (REDUCE or LEFT)
  const s1p = p(s1);
  out[k++] = feature(73, w(s1), s1p, 0, 0);
  out[k++] = feature(74, s1p, s0p, n0p, 0);
  out[k++] = feature(75, s0p, s0h >= 0 ? 1 : 0, n0p, 0);
  out[k++] = feature(76, 0, 0, 0, 0);
  // Additions that raised GUM dev UAS by 0.4: clause punctuation between the stack top and the buffer front (a
  // capped scan), the top's own relation, the next word beside the front, and the top's head beside the front.
  let commas = 0;
  if (s0 >= 0) for (let x = s0 + 1; x < n0 && x < s0 + 12; x++) if (((atoms.flags[x] as number) & 32) !== 0) commas++;
  out[k++] = feature(77, s0p, n0p, Math.min(commas, 2), 0);
  out[k++] = feature(78, s0p, l(s0), n0p, 0);
  out[k++] = feature(79, n0w, n1p, 0, 0);
  out[k++] = feature(80, n0p, n1w, 0, 0);
  out[k++] = feature(81, s0w, n0p, n1p, 0);
  out[k++] = feature(82, w(s0h), n0w, 0, 0);
  out[k++] = feature(83, s0hp, n0w, 0, 0);
  out[k++] = feature(84, s0rp, l(s0r), n0p, 0);
  return k;
}
