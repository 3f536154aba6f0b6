import { isActor } from '../syntax/isActor';
import type { TreeView } from './TreeView';

const SUBJECT_RELATIONS = new Set(['nsubj', 'nsubj:pass']);
const OBJECT_RELATIONS = new Set(['obj', 'iobj']);
// (Not acl:relcl: a verb coordinated inside a relative clause shares its relative pronoun, which names the same party.)
const EMBEDDED = new Set(['ccomp', 'advcl', 'acl', 'csubj', 'parataxis']);

/**
 * The grammatical subject of the predicate at `verb`: its own `nsubj`, or the one it shares as a coordinated verb
 * (`X thanked Y and accused Z`), the controller of a `to`-clause (`X urged Y to reject Z`: Y; `X vowed to punish Z`: X),
 * or the main clause's subject for a participle after it (`..., warning Z that ...`) or a clause of purpose (`X used
 * his speech to accuse Z`).
 */
export function subjectsOf(v: TreeView, verb: number, depth = 0): number[] {
  const { nodes, children } = v.tree;
  const own = (children[verb] ?? []).filter((child) => SUBJECT_RELATIONS.has(nodes[child]?.deprel ?? ''));
  const node = nodes[verb];
  // A clause has one subject: two are a misparse. `Russian foreign ministry spokeswoman Maria Zakharova dismissed`
  // parsed as two subjects names one party, the name; two different parties cannot be trusted.
  if (own.length > 1) {
    // `Human` `Rights` `Watch` parsed as three subjects are one name: one node of each party named.
    const named = own.filter((node, k) => isActor(v.mentionOf[node]) && own.findIndex((other) => v.mentionOf[other] === v.mentionOf[node]) === k);
    return named.length === 1 ? named : [];
  }
  if (own.length > 0 || !node || node.head < 0 || depth > 4) return own;
  // `Lavrov said Rubio was wrong and criticized NATO`: after a reported or subordinate clause, where a coordinated verb
  // hangs is a guess of the parser's, so only a verb coordinated in its own clause shares the subject.
  if (node.deprel === 'conj') return EMBEDDED.has(nodes[node.head]?.deprel ?? '') ? [] : subjectsOf(v, node.head, depth + 1);
  if (node.deprel === 'xcomp') {
    const objects = (children[node.head] ?? []).filter((child) => OBJECT_RELATIONS.has(nodes[child]?.deprel ?? ''));
    return objects.length > 0 ? objects : subjectsOf(v, node.head, depth + 1);
  }
  const marks = (children[verb] ?? []).filter((child) => nodes[child]?.deprel === 'mark').map((child) => v.lower[child]);
  if (node.deprel === 'advcl' && marks.length === 0 && /ing$/.test(v.lower[verb] ?? '')) return subjectsOf(v, node.head, depth + 1);
  // `X used his speech to accuse Z`, `X flew to Paris to meet Z`: a clause of purpose shares the main clause's subject.
  if (node.deprel === 'advcl' && marks.length === 1 && marks[0] === 'to') return subjectsOf(v, node.head, depth + 1);
  return [];
}

/** Whether the verb at `verb` is passive: a passive subject or auxiliary, an agent, or coordinated with a passive verb. */
export function isPassive(v: TreeView, verb: number, depth = 0): boolean {
  const { nodes, children } = v.tree;
  const relations = (children[verb] ?? []).map((child) => nodes[child]?.deprel);
  if (relations.some((relation) => relation === 'nsubj:pass' || relation === 'aux:pass' || relation === 'obl:agent')) return true;
  const node = nodes[verb];
  const ownSubject = relations.some((relation) => relation === 'nsubj' || relation === 'aux');
  return node?.deprel === 'conj' && !ownSubject && depth < 4 ? isPassive(v, node.head, depth + 1) : false;
}
