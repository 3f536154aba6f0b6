import type { Knowledge } from '../../knowledge/Knowledge';
import { ORDINAL_FIGURES, ORGANIZATION_HEADS } from '../../mentions/nameWords';
import { normalizeKey } from '../../text/normalizeKey';
import { caseOf } from './partiesAt';
import type { TreeView } from './TreeView';

const MODIFIER_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
const MODIFIER_RELATIONS = new Set(['amod', 'compound', 'nmod:desc']);
const SMALL_WORDS = new Set(['of', 'for', 'and']);
// Ordinals in words (`first`, `fifth`); in figures they are ORDINAL_FIGURES (`21st`).
const ORDINAL_WORDS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/**
 * The title a role noun's phrase writes, without its holder, its body or words that only say when the post is held:
 * `former Apple chief executive` → Chief Executive, `Senior researcher` → Senior Researcher, `head of research` → Head
 * of Research. A known title keeps its own spelling (`CEO`, `Secretary of State`); others are title-cased as
 * matchTitleAt writes them.
 */
export function roleTitle(v: TreeView, node: number, knowledge: Knowledge): string {
  const { nodes } = v.tree;
  const head = nodes[node]?.head;
  let first = node;
  // The words right before the noun that qualify it (`chief`, `senior`, `foreign policy`), up to a name, a body's word
  // (`foreign ministry spokeswoman`), a possessive or a comma.
  for (let at = node - 1; at >= 0; at--) {
    const word = nodes[at];
    // `vice-president`: the parser splits off the hyphen of a word it joins.
    if (word?.upos === 'PUNCT' && word.text === '-' && at === first - 1) continue;
    const token = v.s.tokens[v.tokenOf[at] ?? -1];
    if (!word || !token || v.mentionOf[at] || !MODIFIER_TAGS.has(word.upos) || !MODIFIER_RELATIONS.has(word.deprel)) break;
    if ((word.head <= at || word.head > node) && word.head !== head) break;
    if (token.possessive || /,/.test(token.post) || ORGANIZATION_HEADS.has(token.key)) break;
    first = at;
  }
  const words: string[] = [];
  for (let at = first; at <= node; at++) {
    const text = nodes[at]?.text ?? '';
    if (text === '-' || nodes[at - 1]?.text === '-') words[words.length - 1] += text;
    else words.push(text);
  }
  while (words.length > 1 && knowledge.transientModifiers.has((words[0] ?? '').toLowerCase())) words.shift();
  // `the first president of X`, `its fifth president`: an ordinal counts holders, and is no part of the post (but
  // `First Minister`, `First Secretary` are posts of their own).
  const opening = (words[0] ?? '').toLowerCase();
  const ordinal = ORDINAL_WORDS.has(opening) || ORDINAL_FIGURES.test(opening);
  if (words.length > 1 && ordinal && !knowledge.titles.has(normalizeKey(words.join(' ')))) words.shift();
  // `head of research`, `chief of staff`: a bare common noun after `of` names the field of the post.
  const field = (v.tree.children[node] ?? []).find((child) => {
    const word = nodes[child];
    return word?.deprel === 'nmod' && word.upos === 'NOUN' && !v.mentionOf[child] && caseOf(v, child)[0] === 'of'
      && (v.tree.children[child] ?? []).every((dependent) => nodes[dependent]?.deprel === 'case') && child === node + 2;
  });
  if (field !== undefined) words.push('of', nodes[field]?.text ?? '');
  // `Secretary General`, `Secretary of State`: a known title that runs on after the noun is written whole.
  const known = [3, 2, 1].map((more) => [...words, ...v.tree.nodes.slice(node + 1, node + 1 + more).map((word) => word.text)].join(' '))
    .map((phrase) => knowledge.titles.get(normalizeKey(phrase)))
    .find((title) => title !== undefined);
  return known ?? knowledge.titles.get(normalizeKey(words.join(' '))) ?? words.map(titleWord).join(' ');
}

function titleWord(word: string, index: number): string {
  if (index > 0 && SMALL_WORDS.has(word.toLowerCase())) return word.toLowerCase();
  // `CEO`, `MP`: an abbreviation keeps its capitals.
  if (/^\p{Lu}[\p{Lu}\d.&-]+$/u.test(word)) return word;
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
