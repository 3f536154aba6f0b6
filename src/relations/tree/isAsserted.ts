import { APPEALING_VERBS, DISPUTING_WORDS, EVENT_CASES, IMPLICATIVE_ADJECTIVES, IMPLICATIVE_VERBS, MODALS, NEGATIVE_PRONOUNS, NEGATORS, OPEN_MARKERS, OWN_PEOPLE, POSSESSIVE_PRONOUNS, WANTING_WORDS } from './clauseWords';
import { caseOf } from './partiesAt';
import { reportingVerbOf } from './subjectsOf';
import type { TreeView } from './TreeView';

const NOMINAL = new Set(['NOUN', 'PROPN']);
const NO_MODALS: ReadonlySet<string> = new Set();
const ARGUMENT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'nmod']);

/**
 * Whether the clause of the trigger at `node` is stated as having happened: not negated (`did not criticize`), not
 * modal (`could attack`), not open (`if Russia attacks`), not wanted, planned or refused (`wants to meet`, `refused to
 * meet`), not a disputed or alleged clause (`denied that`, `rejected the idea that`, `accused X of attacking Y`); and
 * the same holds, up the tree, for every clause it is reported, coordinated or controlled in. A `presupposed` noun (an
 * office: `the spokesman for Y could face charges`) is stated unless negated itself (`no spokesman for Y`), or
 * predicated (`X could become chairman of Y`) in a clause not stated.
 * `ownModals` are modals the node's own clause may have and still be stated (a judgment's `would`: `X said Y would
 * be a disaster`); with `ownNegation`, the node's own negation is what is stated (`X would not accept Y`).
 */
export function isAsserted(v: TreeView, node: number, presupposed = false, ownModals: ReadonlySet<string> = NO_MODALS, ownNegation = false): boolean {
  const { nodes, children } = v.tree;
  for (let at = node, depth = 0; at >= 0 && depth < 8; depth++) {
    const dependents = children[at] ?? [];
    for (const child of dependents) {
      const relation = nodes[child]?.deprel ?? '';
      const word = v.lower[child] ?? '';
      if ((relation === 'advmod' || relation === 'det') && NEGATORS.has(word) && !(at === node && ownNegation)) return false;
      // `Y had done nothing wrong`, `nobody criticised Y`.
      if ((relation === 'obj' || relation.startsWith('nsubj')) && NEGATIVE_PRONOUNS.has(word)) return false;
      if (relation.startsWith('aux') && MODALS.has(word) && !(at === node && ownModals.has(word))) return false;
      if (relation === 'mark' && OPEN_MARKERS.has(word)) return false;
    }
    const current = nodes[at];
    if (!current || current.head < 0) return true;
    const head = current.head;
    const headWord = v.lower[head] ?? '';
    if (presupposed && at === node) {
      // `named chairman of Y`, `resigned as chairman of Y`: an office predicated by a verb is as real as the verb's clause.
      if (current.deprel === 'xcomp' || (current.deprel === 'obl' && caseOf(v, node).includes('as'))) {
        at = head;
        continue;
      }
      if (!dependents.some((child) => nodes[child]?.deprel === 'cop')) return true;
    }
    // An event noun is as real as the clause it stands in: `called for talks`, `talks could open` have not happened.
    if (NOMINAL.has(current.upos) && ARGUMENT_RELATIONS.has(current.deprel)) {
      // (What a party wants is its verb's object: `The Vosk party led by X backed the move` states who leads it. Not a
      // phrase of when, which happened whatever the verb: `rejected the offer after talks with X`.)
      const when = current.deprel === 'obl' && caseOf(v, at).some((marker) => EVENT_CASES.has(marker));
      if (WANTING_WORDS.has(headWord) && current.deprel !== 'nsubj' && !when) return false;
      at = head;
      continue;
    }
    switch (current.deprel) {
      case 'conj': {
        // A conjunct with a subject or auxiliary of its own (`X met Y but did not criticize Z`) has its own polarity.
        if (dependents.some((child) => /^(nsubj|aux)/.test(nodes[child]?.deprel ?? ''))) return true;
        // The reporter's own verb, hung on what was reported (`X said the bill would fail and urged Y`), is as real as
        // the reporting verb.
        const reporter = reportingVerbOf(v, at);
        if (reporter !== undefined) {
          at = reporter;
          continue;
        }
        break;
      }
      case 'xcomp':
        if (!IMPLICATIVE_VERBS.has(headWord)) return false;
        break;
      case 'ccomp':
      case 'csubj':
      case 'acl':
        if (DISPUTING_WORDS.has(headWord)) return false;
        break;
      case 'advcl': {
        // `accused Y of attacking Z`: a charge, not a statement that the attack happened.
        const marker = dependents.find((child) => nodes[child]?.deprel === 'mark');
        const conjunction = marker === undefined ? undefined : v.lower[marker];
        if (conjunction === 'of' || conjunction === 'for') return false;
        // `X used his speech to accuse Z`, `was quick to back Z` are as stated as their main clause; `X is due to meet
        // Z`, `ready to talk` have not happened, and `called on Y to expel Z` is only asked for (but `urged her
        // supporters to vote for Z` says where she stands).
        if (conjunction === 'to') {
          if (nodes[head]?.upos !== 'VERB' && !IMPLICATIVE_ADJECTIVES.has(headWord)) return false;
          if (APPEALING_VERBS.has(headWord) && !appealsToOwnPeople(v, head)) return false;
          break;
        }
        return true;
      }
      default:
        return true;
    }
    at = head;
  }
  return true;
}

// `urged her supporters to`: an appeal to the appealer's own people, whom the possessive pronoun names hers.
function appealsToOwnPeople(v: TreeView, verb: number): boolean {
  const { nodes, children } = v.tree;
  return (children[verb] ?? []).some((child) => ['obj', 'iobj', 'obl'].includes(nodes[child]?.deprel ?? '') && OWN_PEOPLE.has(v.lower[child] ?? '')
    && (children[child] ?? []).some((owner) => nodes[owner]?.deprel === 'nmod:poss' && POSSESSIVE_PRONOUNS.has(v.lower[owner] ?? '')));
}
