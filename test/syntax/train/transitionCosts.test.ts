import { ParseState } from '../../../src/syntax/ParseState';
import { applyMove, createTransitions } from '../../../src/syntax/Transitions';
import { readConllu } from '../../../src/syntax/readConllu';
import { INVALID, transitionCosts } from '../../../src/syntax/train/transitionCosts';
import { CONLLU_FIXTURE } from '../conlluFixture';

const sentences = readConllu(CONLLU_FIXTURE, 'fixture');
const labels = [...new Set(sentences.flatMap((sentence) => sentence.words.map((word) => word.deprel)))];
const rootLabel = labels.indexOf('root');
// Every label both ways but root, which only points left: all gold arcs of the fixture are reachable.
const others = labels.flatMap((_, label) => (label === rootLabel ? [] : [label]));
const transitions = createTransitions(Uint8Array.from([...others, rootLabel]), Uint8Array.from(others), rootLabel);
const trees = sentences.map((sentence) => {
  const n = sentence.words.length;
  return {
    heads: Int32Array.from(sentence.words, (word) => (word.head === 0 ? n : word.head - 1)),
    labels: Uint8Array.from(sentence.words, (word) => labels.indexOf(word.deprel)),
  };
});
type Tree = (typeof trees)[number];

/** Runs a parse that takes a random valid transition with probability `noise`, else the first zero-cost one. */
function walk(tree: Tree, noise: number, seed: number): { cost: number; correct: number; n: number } {
  const n = tree.heads.length;
  const state = new ParseState(n);
  const costs = new Int32Array(transitions.classes);
  let random = seed;
  let cost = 0;
  while (!state.done) {
    transitionCosts(state, transitions, tree.heads, tree.labels, costs);
    const valid = [...costs.keys()].filter((move) => costs[move] !== INVALID);
    random = (random * 16807) % 2147483647;
    const move = random / 2147483647 < noise ? (valid[random % valid.length] as number) : (valid.find((m) => costs[m] === 0) as number);
    cost += costs[move] as number;
    applyMove(state, transitions, move);
  }
  let correct = 0;
  for (let i = 0; i < n; i++) if (state.heads[i] === tree.heads[i] && state.labels[i] === tree.labels[i]) correct++;
  return { cost, correct, n };
}

const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('transitionCosts', () => {
  it.each(trees.map((tree, index) => [index, tree] as const))('lets zero-cost transitions rebuild gold tree %i exactly', (_index, tree) => {
    expect(walk(tree, 0, 1)).toEqual({ cost: 0, correct: tree.heads.length, n: tree.heads.length });
  });

  it.each(trees.flatMap((tree, index) => seeds.map((seed) => [index, seed, tree] as const)))(
    'counts exactly the labeled gold arcs lost by random mistakes (tree %i, seed %i)',
    (_index, seed, tree) => {
      const { cost, correct, n } = walk(tree, 0.4, seed);
      expect(n - correct).toBe(cost);
    },
  );

  it('is tested on walks that do lose arcs', () => {
    const lost = trees.flatMap((tree) => seeds.map((seed) => walk(tree, 0.4, seed).cost));
    expect(lost.filter((cost) => cost > 0).length).toBeGreaterThan(10);
  });

  it('offers only LEFT with the root label when the buffer holds nothing but the root', () => {
    const state = new ParseState(1);
    const costs = new Int32Array(transitions.classes);
    state.shift();
    transitionCosts(state, transitions, Int32Array.from([1]), Uint8Array.from([rootLabel]), costs);
    expect([...costs.keys()].filter((move) => costs[move] !== INVALID)).toEqual([transitions.rootClass]);
    expect(transitions.rootClass).toBeLessThan(transitions.shift);
  });
});
