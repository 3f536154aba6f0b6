import { toDependencyTree, type DependencyTree, type SentenceParser } from '../../src/syntax/DependencyTree';

/**
 * A SentenceParser that gives hand-written trees, so tree patterns can be tested apart from the learned parser. Each
 * tree is one line of `form/UPOS/head/deprel` words (heads 1-based, 0 for the root), in the sentence's order; the
 * forms are found in the sentence text to get their offsets. A sentence with no tree is an error naming it.
 */
export function handParser(trees: readonly string[]): SentenceParser {
  const parsed = trees.map((line) => line.trim().split(/\s+/).map((word) => {
    const [form, upos, head, deprel] = word.split('/');
    if (!form || !upos || head === undefined || !deprel) throw new Error(`bad hand-tree word "${word}"`);
    return { form: form.replace(/_/g, ' '), upos, head: Number(head) - 1, deprel };
  }));
  return (text: string, start: number, end: number): DependencyTree => {
    const sentence = text.slice(start, end);
    for (const words of parsed) {
      let at = start;
      const nodes = [];
      for (const word of words) {
        const found = text.indexOf(word.form, at);
        if (found < 0 || found + word.form.length > end) break;
        nodes.push({ text: word.form, start: found, end: found + word.form.length, upos: word.upos, head: word.head, deprel: word.deprel });
        at = found + word.form.length;
      }
      if (nodes.length === words.length && text.slice(at, end).trim().length <= 1) return toDependencyTree(nodes);
    }
    throw new Error(`no hand-written tree for "${sentence}"`);
  };
}
