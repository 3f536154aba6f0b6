import { isActor } from '../syntax/isActor';
import { PERSON_PRONOUNS } from '../syntax/syntaxWords';
import { MODALS } from './clauseWords';
import type { TreeView } from './TreeView';

const SUBJECT_RELATIONS = new Set(['nsubj', 'nsubj:pass']);
const OBJECT_RELATIONS = new Set(['obj', 'iobj']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);
// (Not acl:relcl: a verb coordinated inside a relative clause shares its relative pronoun, which names the same party.)
const EMBEDDED = new Set(['ccomp', 'advcl', 'acl', 'csubj', 'parataxis']);
// Words of time and means before an -ing form with no subject of its own (`walked out after accusing Z`, `responded by
// criticizing Z`); not `without`, which denies the act.
const GERUND_MARKS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'by', 'since', 'when', 'upon', 'on', 'in', 'through']);

/**
 * The grammatical subject of the predicate at `verb`: its own `nsubj`, or the one it shares as a coordinated verb
 * (`X thanked Y and accused Z`), the controller of a `to`-clause (`X urged Y to reject Z`: Y; `X vowed to punish Z`: X),
 * or the main clause's subject for a participle after it (`..., warning Z that ...`, `walked out after accusing Z`) or a
 * clause of purpose (`X used his speech to accuse Z`).
 */
export function subjectsOf(v: TreeView, verb: number, depth = 0): number[] {
  const { nodes, children } = v.tree;
  const node = nodes[verb];
  const found = subjectsAt(v, verb);
  const own = found.length === 1 && isTakenObject(v, verb, found[0] as number) ? [] : found;
  // A clause has one subject: two are a misparse. `Russian foreign ministry spokeswoman Maria Zakharova dismissed`
  // parsed as two subjects names one party, the name; two different parties cannot be trusted.
  if (own.length > 1) {
    // `The PCS union, which represents many of the staff, blamed Y`: a subject standing between another's relative
    // clause verb and this verb was that clause's word.
    const inClause = (node: number) => own.some((other) => other < node && (children[other] ?? []).some((child) => nodes[child]?.deprel === 'acl:relcl' && child < node));
    const outer = own.filter((node) => !inClause(node));
    if (outer.length === 1) return outer;
    // `X, the justice minister, and Y, the interior minister, resigned`: two subjects before the verb with the verb's
    // own `and` between them are conjuncts the parser hung apart.
    const [first, second] = own;
    const joined = (children[verb] ?? []).some((child) => nodes[child]?.deprel === 'cc' && v.lower[child] === 'and' && (first ?? 0) < child && child < (second ?? 0));
    if (own.length === 2 && joined && (second ?? 0) < verb) return own;
    // `Human` `Rights` `Watch` parsed as three subjects are one name: one node of each party named.
    const named = own.filter((node, k) => isActor(v.mentionOf[node]) && own.findIndex((other) => v.mentionOf[other] === v.mentionOf[node]) === k);
    return named.length === 1 ? named : [];
  }
  if (own.length > 0 || !node || node.head < 0 || depth > 4) return own;
  // `Lavrov said Rubio was wrong and criticized NATO`: after a reported or subordinate clause, where a coordinated verb
  // hangs is a guess of the parser's, so only a verb coordinated in its own clause shares the subject; but after a
  // reported clause whose subject names no party (`X said the documents raised questions and called on Y`), no one
  // else in it can act, and the verb is the reporter's.
  if (node.deprel === 'conj') {
    const clause = nodes[node.head];
    if (!clause || !EMBEDDED.has(clause.deprel)) return subjectsOf(v, node.head, depth + 1);
    // (`X resigned, calling for calm and urging Y to stay`: -ing forms coordinated after a main clause share its subject.)
    if (clause.deprel === 'advcl' && /ing$/.test(v.lower[verb] ?? '') && /ing$/.test(v.lower[node.head] ?? '')) return subjectsOf(v, node.head, depth + 1);
    const reporter = reportingVerbOf(v, verb);
    if (reporter !== undefined) return subjectsOf(v, reporter, depth + 1);
    // (`Tension rose when X seized the microphone and accused Y`: where the main clause's subject names no party, nor
    // one it belongs to, a verb coordinated in a subordinate clause can only be that clause's subject's.)
    const names = (at: number) => [at, ...(children[at] ?? [])].some((word) => isActor(v.mentionOf[word]));
    if (clause.deprel === 'advcl' && !subjectsOf(v, clause.head, depth + 1).some(names)) return subjectsOf(v, node.head, depth + 1);
    // `ruled that X had brought ... and had been offensive`: a predicate with an auxiliary of its own, coordinated with
    // a reported verb that has one too, goes on in the reported clause.
    const auxiliary = (at: number) => (children[at] ?? []).some((child) => ['aux', 'aux:pass', 'cop'].includes(nodes[child]?.deprel ?? ''));
    return clause.deprel === 'ccomp' && auxiliary(verb) && auxiliary(node.head) ? subjectsOf(v, node.head, depth + 1) : [];
  }
  if (node.deprel === 'xcomp') {
    const objects = (children[node.head] ?? []).filter((child) => OBJECT_RELATIONS.has(nodes[child]?.deprel ?? ''));
    return objects.length > 0 ? objects : subjectsOf(v, node.head, depth + 1);
  }
  const marks = (children[verb] ?? []).filter((child) => nodes[child]?.deprel === 'mark').map((child) => v.lower[child]);
  if (node.deprel === 'advcl' && (marks.length === 0 || (marks.length === 1 && GERUND_MARKS.has(marks[0] ?? ''))) && /ing$/.test(v.lower[verb] ?? '')) return subjectsOf(v, node.head, depth + 1);
  // `X used his speech to accuse Z`, `X flew to Paris to meet Z`: a clause of purpose shares the main clause's subject.
  if (node.deprel === 'advcl' && marks.length === 1 && marks[0] === 'to') return subjectsOf(v, node.head, depth + 1);
  return [];
}

/**
 * Whether the subject at `subject` of the coordinated verb at `verb` is the first verb's object the parser took away
 * (`X met Y on Sunday and urged him to ...`): it stands right after the first verb, which has no object of its own.
 */
export function isTakenObject(v: TreeView, verb: number, subject: number): boolean {
  const { nodes, children } = v.tree;
  const node = nodes[verb];
  return node?.deprel === 'conj' && Math.min(subject, ...(children[subject] ?? [])) === node.head + 1
    && !(children[node.head] ?? []).some((child) => OBJECT_RELATIONS.has(nodes[child]?.deprel ?? ''));
}

/** Whether the verb at `verb` is passive: a passive subject or auxiliary, an agent, or coordinated with a passive verb. */
export function isPassive(v: TreeView, verb: number, depth = 0): boolean {
  const { nodes, children } = v.tree;
  const relations = (children[verb] ?? []).map((child) => nodes[child]?.deprel);
  if (relations.some((relation) => relation === 'nsubj:pass' || relation === 'aux:pass' || relation === 'obl:agent')) return true;
  const node = nodes[verb];
  const ownSubject = relations.some((relation) => relation === 'nsubj' || relation === 'aux');
  if (node?.deprel !== 'conj' || ownSubject || depth >= 4) return false;
  // The reporter's own verb is as active as the reporting verb, whatever was reported (`said it was run ..., and called`).
  return isPassive(v, reportingVerbOf(v, verb) ?? node.head, depth + 1);
}

/**
 * The reporting verb whose subject acts in a verb the parser coordinated with what was reported: `X said the documents
 * raised questions and called on Y` (`called` hangs on `raised`, where no one can act), `X said the MDC would not take
 * part, and called on Y`, `X said Y had been promoted and accused Z`; undefined for a verb of the reported clause.
 */
export function reportingVerbOf(v: TreeView, verb: number): number | undefined {
  const { nodes, children } = v.tree;
  const node = nodes[verb];
  if (node?.deprel !== 'conj') return undefined;
  // A bare verb shares the reported clause's auxiliary (`the deal would pave ... and threaten Israel`); the reporter's
  // verb is past or present like the reporting verb (`called`, `urges`), with no subject or auxiliary of its own.
  if (!/(ed|s)$/.test(v.lower[verb] ?? '')) return undefined;
  if ((children[verb] ?? []).some((child) => /^(nsubj|aux)/.test(nodes[child]?.deprel ?? ''))) return undefined;
  const reported = nodes[node.head]?.deprel === 'ccomp' && (isReportedByNoParty(v, node.head) || sharesNoVoice(v, node.head, verb) || sharesNoModal(v, node.head, verb) || reportsSelf(v, node.head) || actsOnOwnSubject(v, node.head, verb));
  return reportingVerbAfterComma(v, verb) ?? (reported ? nodes[node.head]?.head : undefined);
}

// `X said he regretted the veto and urged Y`: a reported clause whose subject is `he` or `she`, the reporter, acts as
// the reporter does, whichever verb the parser hung the next one on.
function reportsSelf(v: TreeView, clause: number): boolean {
  const subjects = subjectsAt(v, clause);
  return subjects.length === 1 && PERSON_PRONOUNS.has(v.lower[subjects[0] as number] ?? '');
}

// `X said Y had been promoted and accused Z`, `X said the UK was concerned and called on Z`: a verb with an object (or
// a party it calls on) cannot share a reported clause's passive or copula (`had been accused Z`, `was called on Z`), so
// it is the reporter's own.
function sharesNoVoice(v: TreeView, clause: number, verb: number): boolean {
  const { nodes, children } = v.tree;
  return actedOn(v, verb).some((child) => nodes[child]?.deprel !== 'iobj')
    && (children[clause] ?? []).some((child) => nodes[child]?.deprel === 'cop' || nodes[child]?.deprel === 'aux:pass');
}

// The words a verb acts on: its objects, and a party it calls on (`called on him`).
function actedOn(v: TreeView, verb: number): number[] {
  const { nodes, children } = v.tree;
  return (children[verb] ?? []).filter((child) => OBJECT_RELATIONS.has(nodes[child]?.deprel ?? '')
    || (nodes[child]?.deprel === 'obl' && (children[child] ?? []).some((word) => nodes[word]?.deprel === 'case' && v.lower[word] === 'on')));
}

// The auxiliaries before a bare verb that a past or present verb cannot share: the modals and `will`.
const BARE_VERB_AUXILIARIES: ReadonlySet<string> = new Set([...MODALS, 'will']);
// `X said the alliance would defend its territory and accused Moscow of ...`: a past or present verb cannot share a
// reported clause's modal before a bare verb (`would accused`), so it is the reporter's.
function sharesNoModal(v: TreeView, clause: number, verb: number): boolean {
  const { nodes, children } = v.tree;
  return nodes[clause]?.xpos === 'VB' && ['VBD', 'VBZ'].includes(nodes[verb]?.xpos ?? '')
    && (children[clause] ?? []).some((child) => nodes[child]?.deprel === 'aux' && BARE_VERB_AUXILIARIES.has(v.lower[child] ?? ''));
}

// `X said Russia had isolated itself and accused Moscow of lying`: a verb whose object names the reported clause's
// subject again cannot share that subject (no party accuses itself), so it is the reporter's.
function actsOnOwnSubject(v: TreeView, clause: number, verb: number): boolean {
  const named = (nodes: readonly number[]) => new Set(nodes.flatMap((node) => v.mentionOf[node]?.entity ?? []));
  const subjects = named(subjectsAt(v, clause));
  const objects = named((v.tree.children[verb] ?? []).filter((child) => OBJECT_RELATIONS.has(v.tree.nodes[child]?.deprel ?? '')));
  return [...objects].some((entity) => subjects.has(entity)) || pronounForSubject(v, clause, verb);
}

// `X said Mr Osborne had shown poor judgement and called on him to ...`: `him` is never its own verb's subject, so where
// it can only stand for the reported clause's one named person (no other named between), that person does not act in
// the verb.
function pronounForSubject(v: TreeView, clause: number, verb: number): boolean {
  const { nodes } = v.tree;
  const subject = subjectsAt(v, clause).find((node) => v.mentionOf[node]?.type === 'Person');
  const person = subject === undefined ? undefined : v.mentionOf[subject];
  const pronoun = actedOn(v, verb).find((child) => OBJECT_PRONOUNS.has(v.lower[child] ?? ''));
  if (subject === undefined || person === undefined || pronoun === undefined) return false;
  return !nodes.some((_, at) => at > subject && at < pronoun && v.mentionOf[at]?.type === 'Person' && v.mentionOf[at]?.entity !== person.entity);
}

// Whether a reported clause's subject names no party, where no one can act in a verb hung on it.
function isReportedByNoParty(v: TreeView, clause: number): boolean {
  const reported = subjectsAt(v, clause);
  // (Whatever its tag: `the fine did not go far enough`, `fine` read as an adjective; not a name or pronoun, which may be a party's.)
  return reported.length > 0 && reported.every((child) => !['PROPN', 'PRON'].includes(v.tree.nodes[child]?.upos ?? '') && !namesParty(v, child));
}

// The subject nodes hanging on `clause` itself.
function subjectsAt(v: TreeView, clause: number): number[] {
  return (v.tree.children[clause] ?? []).filter((child) => SUBJECT_RELATIONS.has(v.tree.nodes[child]?.deprel ?? ''));
}

// Whether a phrase names a party other than an owner of its head (`the chancellor's forecasts` names none: forecasts do not act).
function namesParty(v: TreeView, node: number): boolean {
  return isActor(v.mentionOf[node]) || (v.tree.children[node] ?? []).some((child) => v.tree.nodes[child]?.deprel !== 'nmod:poss' && namesParty(v, child));
}

const CLOSING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);
// `X said the MDC would not take part unless it was run fairly, and called on Y`: a verb after `, and` (or `, but`) closes the
// reported clause, however deep the parser hung it there; the verb that reported the clause acts.
function reportingVerbAfterComma(v: TreeView, verb: number): number | undefined {
  const { nodes, children } = v.tree;
  const and = (children[verb] ?? []).find((child) => nodes[child]?.deprel === 'cc' && CLOSING_CONJUNCTIONS.has(v.lower[child] ?? ''));
  if (and === undefined || v.lower[and - 1] !== ',') return undefined;
  let clause = nodes[verb]?.head ?? -1;
  for (let step = 0; step < 3 && clause >= 0; step++) {
    const node = nodes[clause];
    if (!node || !EMBEDDED.has(node.deprel)) return undefined;
    if (node.deprel === 'ccomp') return node.head;
    clause = node.head;
  }
  return undefined;
}

