import { toDependencyTree, type TreeNode } from '../../../src/syntax/DependencyTree';
import { phraseEnd } from '../../../src/relations/tree/phraseEnd';

// `Vosk let its customers down badly`: `customers` heads `its customers`; `let` heads the whole clause.
const words: readonly [string, number, string][] = [
  ['Vosk', 1, 'nsubj'],
  ['let', -1, 'root'],
  ['its', 3, 'nmod:poss'],
  ['customers', 1, 'obj'],
  ['down', 1, 'compound:prt'],
  ['badly', 1, 'advmod'],
];
const tree = toDependencyTree(words.map(([text, head, deprel]): TreeNode => ({ text, start: 0, end: 0, upos: 'X', head, deprel })));

describe('phraseEnd', () => {
  it.each([
    [0, 0],
    [3, 3],
    [2, 2],
    [1, 5],
  ])('ends the phrase of node %i at word %i', (node, expected) => {
    expect(phraseEnd(tree, node)).toBe(expected);
  });
});
