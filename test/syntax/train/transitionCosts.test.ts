import { ParseState } from '../../../src/syntax/ParseState';
import { LEFT, RIGHT, transition } from '../../../src/syntax/bestMove';
import { readConllu } from '../../../src/syntax/readConllu';
import { INVALID, transitionCosts } from '../../../src/syntax/train/transitionCosts';
import { CONLLU_FIXTURE } from '../conlluFixture';

const trees = readConllu(CONLLU_FIXTURE, 'fixture').map((sentence) => {
  const n = sentence.words.length;
  return Int32Array.from(sentence.words, (word) => (word.head === 0 ? n : word.head - 1));
});

/** Runs a parse that takes a random valid action with probability `noise`, else the first zero-cost one. */
function walk(goldHeads: Int32Array, noise: number, seed: number): { cost: number; correct: number; n: number } {
  const n = goldHeads.length;
  const state = new ParseState(n, 1);
  const costs = new Int32Array(4);
  let random = seed;
  let cost = 0;
  while (!state.done) {
    transitionCosts(state, goldHeads, costs);
    const valid = [0, 1, 2, 3].filter((action) => costs[action] !== INVALID);
    random = (random * 16807) % 2147483647;
    const action = random / 2147483647 < noise ? (valid[random % valid.length] as number) : (valid.find((a) => costs[a] === 0) as number);
    cost += costs[action] as number;
    state.apply(transition(action, 0, 1));
  }
  let correct = 0;
  for (let i = 0; i < n; i++) if (state.heads[i] === goldHeads[i]) correct++;
  return { cost, correct, n };
}

describe('transitionCosts', () => {
  it.each(trees.map((heads, index) => [index, heads] as const))('lets zero-cost actions rebuild gold tree %i exactly', (_index, heads) => {
    expect(walk(heads, 0, 1)).toEqual({ cost: 0, correct: heads.length, n: heads.length });
  });

  it.each(trees.flatMap((heads, index) => [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => [index, seed, heads] as const)))(
    'counts exactly the gold arcs lost by random mistakes (tree %i, seed %i)',
    (_index, seed, heads) => {
      const { cost, correct, n } = walk(heads, 0.4, seed);
      expect(n - correct).toBe(cost);
    },
  );

  it('is tested on walks that do lose arcs', () => {
    const lost = trees.flatMap((heads) => [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => walk(heads, 0.4, seed).cost));
    expect(lost.filter((cost) => cost > 0).length).toBeGreaterThan(8);
  });

  it('offers LEFT to the root only when the buffer holds nothing else, and never RIGHT then', () => {
    const state = new ParseState(1, 1);
    const costs = new Int32Array(4);
    state.apply(0);
    transitionCosts(state, Int32Array.from([1]), costs);
    expect([costs[LEFT], costs[RIGHT]]).toEqual([0, INVALID]);
  });
});
