import { toDependencyTree, type DependencyTree, type TreeNode } from '../../syntax/DependencyTree';
import { verbForms } from '../verbForms';
import { EVENT_CASES, MEMBER_CASES, RELATIVE_PRONOUNS } from './clauseWords';
import { phraseEnd } from './phraseEnd';
import type { ActorMention } from '../syntax/ActorMention';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import { WEEKDAYS } from '../syntax/syntaxWords';

/** A parsed sentence as tree patterns read it: each node's word in lower case, its token and the mention covering it. */
export interface TreeView {
  readonly s: AnalyzedSentence;
  readonly tree: DependencyTree;
  /** Each node's word in lower case, with plain apostrophes. */
  readonly lower: readonly string[];
  /** Index of the token a node stands in (-1 for punctuation between tokens). */
  readonly tokenOf: readonly number[];
  readonly mentionOf: readonly (ActorMention | undefined)[];
}

// Each sentence's view, made once: the tree rule, the implied offices and reported stances all read it, and a sentence
// (with its parse and mentions) never changes once analyzed.
const views = new WeakMap<AnalyzedSentence, TreeView>();

/** Lines a sentence's parse up with its tokens and mentions by offsets; undefined when the sentence was not parsed. */
export function viewTree(s: AnalyzedSentence): TreeView | undefined {
  if (!s.tree) return undefined;
  const made = views.get(s);
  if (made) return made;
  const view = lineUp(s, s.tree);
  views.set(s, view);
  return view;
}

function lineUp(s: AnalyzedSentence, parse: DependencyTree): TreeView {
  // (Mends move heads, never words, so each node stands in the same token before and after them.)
  const tokenOf: number[] = [];
  let k = 0;
  for (const node of parse.nodes) {
    while (k < s.tokens.length && (s.tokens[k]?.end ?? 0) <= node.start) k++;
    const token = s.tokens[k];
    tokenOf.push(token && token.start <= node.start ? k : -1);
  }
  const mentionOf = tokenOf.map((token) => (token >= 0 ? s.mentionAt[token] : undefined));
  // (A list is read once each body's noun has made way for its name: `its parent company Orlak Group, Dr Vale and ...`.)
  const tree = withListAsAppositions(withBodyAfterNoun(MENDS.reduce((mended, mend) => mend(mended), parse), mentionOf));
  return {
    s,
    tree,
    // `doesn’t`: a typographic apostrophe reads as the plain one (`n’t` is `n't`).
    lower: tree.nodes.map((node) => node.text.toLowerCase().replace(/’/g, "'")),
    tokenOf,
    mentionOf,
  };
}

// The tree with some nodes' fields changed (heads, relations, tags), the same tree when none is.
function withChanges(tree: DependencyTree, changes: ReadonlyMap<number, Partial<TreeNode>>): DependencyTree {
  return changes.size === 0 ? tree : toDependencyTree(tree.nodes.map((node, at) => ({ ...node, ...changes.get(at) })));
}

// The parser's known misreadings, mended in this order.
const MENDS: readonly ((tree: DependencyTree) => DependencyTree)[] = [
  withVerbReadAsNoun,
  withConjunctReadAsParataxis,
  withSeparatedParticiple,
  withTimeAfterName,
  withTimeAsArgument,
  withEventPhraseOnArgument,
  withApposedConjuncts,
  withConjunctAsApposition,
  withApposedNameAsParticipleSubject,
  withRelativeClauseAsRoot,
  withParticipleAsRoot,
  withRelativeConjunctAsRoot,
  withStrandedSubject,
  withSubjectAfterPreposition,
  withDoubleSubject,
  withPossessedGerund,
  withAsPredicate,
  withPassiveReadAsModifier,
  withPassivePost,
  withObjectAsPredicate,
  withDoubleObject,
  withLoneIndirectObject,
  withInfinitiveObject,
  withGerundObject,
  withActiveAgent,
  withStrandedAgent,
  withParticipleModifier,
  withTitleBeforeName,
  withNounBeforeName,
  withApposedSubject,
  withPrepositionBeforeGerund,
  withParallelParticiple,
  withVerbConjoinedToNoun,
  withSubjectReadAsConjunct,
  withVerbConjoinedAcrossClause,
  withConjunctAfterQuotation,
  withPassiveSubjectBesideSubject,
  withConditionFirst,
  withPrepositionalSubject,
  withClauseAfterPreposition,
  withParallelOfPhrases,
  withAmountBeforeNoun,
  withMembersOnVerb,
];

// `AMD sues Intel over patents`, `EU fines Microsoft`, `X said she would file an appeal`: the tagger may read a verb
// that is also a noun (`sues`, `fines`, `file`) as the noun, headlines' present tense most of all, and the parser still
// hangs a subject before it and an object after it. No noun takes an object, so such a node without a copula is the
// verb: in its base form after an auxiliary, in the present with -s, else in the present.
function withVerbReadAsNoun(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const verbs = new Set<number>();
  nodes.forEach((node, at) => {
    if (node.upos !== 'NOUN') return;
    const relations = (children[at] ?? []).map((child) => [nodes[child]?.deprel ?? '', child] as const);
    const subject = relations.some(([relation, child]) => relation === 'nsubj' && child < at);
    const object = relations.some(([relation, child]) => relation === 'obj' && child > at);
    if (subject && object && !relations.some(([relation]) => relation === 'cop')) verbs.add(at);
  });
  if (verbs.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => {
    if (!verbs.has(at)) return node;
    const auxiliary = (children[at] ?? []).some((child) => nodes[child]?.deprel === 'aux');
    return { ...node, upos: 'VERB', xpos: auxiliary ? 'VB' : /s$/i.test(node.text) ? 'VBZ' : 'VBP' };
  }));
}

// `X said the union remained ready to talk, but accused Y of ...`: the parser may hang a verb after `but` or `and` on the
// verb before it as a loose clause of its own (parataxis), with the conjunction; a finite verb with no subject of its own
// right after the conjunction is that verb's conjunct, and shares its subject.
function withConjunctReadAsParataxis(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const mended = new Map<number, { head: number; deprel: string }>();
  nodes.forEach((node, at) => {
    const head = nodes[node.head];
    if (node.deprel !== 'parataxis' || node.upos !== 'VERB' || !FINITE_PAST_OR_PRESENT.has(node.xpos ?? '') || head?.upos !== 'VERB' || node.head > at) return;
    if ((children[at] ?? []).some((child) => /^(nsubj|expl)/.test(nodes[child]?.deprel ?? ''))) return;
    const conjunction = at - 1;
    const word = nodes[conjunction];
    if (word?.upos !== 'CCONJ' || !['and', 'but'].includes(word.text.toLowerCase()) || ![node.head, at].includes(word.head)) return;
    mended.set(at, { head: node.head, deprel: 'conj' });
    mended.set(conjunction, { head: at, deprel: 'cc' });
  });
  if (mended.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => {
    const mend = mended.get(at);
    return mend ? { ...node, ...mend } : node;
  }));
}
const FINITE_PAST_OR_PRESENT: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP']);

// `Y had "done the right thing"`, `Y had "completely failed"`, `Y had deliberately ignored`: a quotation mark or an
// adverb between `had` and a participle makes the parser read `had` as the verb and the participle as its complement;
// the participle is the verb, `had` its auxiliary.
// (Regular verbs' participles are their past forms, which the parser may tag so after `had`.)
function withSeparatedParticiple(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const participleOf = new Map<number, number>();
  nodes.forEach((node, at) => {
    if (!PERFECT_AUXILIARIES.has(node.text.toLowerCase()) || node.deprel === 'aux') return;
    let next = at + 1;
    if (nodes[next]?.upos === 'PUNCT') next++;
    while (nodes[next]?.xpos === 'RB') next++;
    // (Nothing between them is no misreading of this kind.)
    if (next === at + 1) return;
    const isParticiple = (child: number) => child === next && (/^VB[ND]$/.test(nodes[child]?.xpos ?? '') || SAME_FORM_PARTICIPLES.has(nodes[child]?.text.toLowerCase() ?? ''))
      && /^(xcomp|ccomp)$/.test(nodes[child]?.deprel ?? '');
    const participle = (children[at] ?? []).find(isParticiple);
    if (participle !== undefined) participleOf.set(at, participle);
  });
  if (participleOf.size === 0) return tree;
  const auxiliaryOf = new Map([...participleOf].map(([auxiliary, participle]) => [participle, auxiliary]));
  return toDependencyTree(nodes.map((node, at) => {
    const participle = participleOf.get(at);
    if (participle !== undefined) return { ...node, upos: 'AUX', head: participle, deprel: 'aux' };
    const auxiliary = auxiliaryOf.get(at);
    if (auxiliary !== undefined) return { ...node, head: nodes[auxiliary]?.head ?? -1, deprel: nodes[auxiliary]?.deprel ?? node.deprel };
    // (The auxiliary's subject and other words go with the verb.)
    const verb = participleOf.get(node.head);
    return verb === undefined ? node : { ...node, head: verb };
  }));
}

const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'has', 'have']);
// Participles written as the infinitive, which the parser may tag so (`had "let its customers down"`).
const SAME_FORM_PARTICIPLES: ReadonlySet<string> = new Set(['let', 'put', 'set', 'cut', 'hit', 'hurt', 'quit', 'shut', 'spread', 'cast', 'cost', 'bet', 'burst', 'bid', 'rid', 'split', 'shed', 'upset', 'thrust', 'broadcast', 'forecast', 'read']);

// `X said Y had been asked to examine that question and urged Z to act`: the parser may coordinate a finite verb with a
// noun; a verb with no subject or auxiliary of its own is coordinated with the nearest verb before it of its own form.
function withVerbConjoinedToNoun(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  let changed = false;
  const fixed = nodes.map((node, at) => {
    const head = nodes[node.head];
    if (node.deprel !== 'conj' || node.upos !== 'VERB' || !/^VB[DZP]$/.test(node.xpos ?? '') || !head || head.upos === 'VERB' || head.upos === 'AUX') return node;
    if ((children[at] ?? []).some((child) => /^(nsubj|aux|cop)/.test(nodes[child]?.deprel ?? ''))) return node;
    let before = at - 1;
    while (before >= 0 && !(nodes[before]?.upos === 'VERB' && nodes[before]?.xpos === node.xpos)) before--;
    if (before < 0) return node;
    changed = true;
    return { ...node, head: before };
  });
  return changed ? toDependencyTree(fixed) : tree;
}

// `X held a referendum, and the International Court of Justice later ordered Y to refrain`: the parser may coordinate
// the second clause's subject with the first clause's verb, and its verb too, which then has no subject and shares X.
// A noun phrase coordinated with a verb (that verb or one in its clause) right before a verb coordinated with it that
// has no subject (adverbs and auxiliaries of the verb between) is that verb's subject, with its `, and`.
function withSubjectReadAsConjunct(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const subjectOf = new Map<number, number>(); // the misread subject -> its verb
  nodes.forEach((node, verb) => {
    if (node.deprel !== 'conj' || node.upos !== 'VERB' || !['VERB', 'AUX'].includes(nodes[node.head]?.upos ?? '')) return;
    if ((children[verb] ?? []).some((child) => /^(nsubj|csubj|expl)/.test(nodes[child]?.deprel ?? ''))) return;
    // (Or coordinated with a verb inside the first clause: `X said Y should go, and FA chairman Z urged ...` with the
    // chairman hung on `go`.)
    const within = (at: number) => {
      for (let up = nodes[at]?.head ?? -1; up >= 0; up = nodes[up]?.head ?? -1) if (up === node.head) return true;
      return false;
    };
    const nominal = nodes
      .map((_, at) => at)
      .filter((at) => at > node.head && at < verb && nodes[at]?.deprel === 'conj' && ['VERB', 'AUX'].includes(nodes[nodes[at]?.head ?? -1]?.upos ?? '') && within(at))
      .at(-1);
    if (nominal === undefined || !['NOUN', 'PROPN'].includes(nodes[nominal]?.upos ?? '')) return;
    const between = nodes.slice(lastOf(tree, nominal) + 1, verb);
    if (between.every((word) => word.head === verb && ['ADV', 'AUX', 'PART'].includes(word.upos))) subjectOf.set(nominal, verb);
  });
  if (subjectOf.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => {
    const verb = subjectOf.get(at);
    if (verb !== undefined) return { ...node, head: verb, deprel: (children[verb] ?? []).some((child) => nodes[child]?.deprel === 'aux:pass') ? 'nsubj:pass' : 'nsubj' };
    // (The subject's `, and` opens the verb's clause.)
    const link = subjectOf.get(node.head);
    return link !== undefined && at < node.head && ['cc', 'punct'].includes(node.deprel) ? { ...node, head: link } : node;
  }));
}

// `declared a state of war and on Thursday broke off relations with X`: a phrase with a preposition of its own is no
// subject of a coordinated verb, whatever the parser labels it (UD has none); it is an oblique of the verb, which then
// shares the subject of the verb it is coordinated with.
function withPrepositionalSubject(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const marked = (at: number) => nodes[at]?.deprel === 'nsubj' && nodes[nodes[at]?.head ?? -1]?.deprel === 'conj'
    && (children[at] ?? []).some((child) => child < at && nodes[child]?.deprel === 'case');
  if (!nodes.some((_, at) => marked(at))) return tree;
  return toDependencyTree(nodes.map((node, at) => (marked(at) ? { ...node, deprel: 'obl' } : node)));
}

// `Judge Ann Vale at Kessel Crown Court rejected X`: the parser may read the place after a name's preposition as a
// second subject of the verb; of two subjects, one whose phrase opens with a preposition is the other's modifier.
function withSubjectAfterPreposition(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the misread subject -> the subject it modifies
  nodes.forEach((_, verb) => {
    const subjects = (children[verb] ?? []).filter((child) => nodes[child]?.deprel === 'nsubj');
    const [first, second] = subjects;
    if (subjects.length !== 2 || first === undefined || second === undefined) return;
    const opener = firstOf(tree, second);
    if (opener > first && nodes[opener]?.deprel === 'case' && nodes[opener]?.upos === 'ADP') moved.set(second, first);
  });
  return reattached(tree, moved, 'nmod');
}

// Prepositions that also open a clause of time (`after the court found ...`, `before the board decided ...`).
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'until', 'since']);

// `X was banned for two years after the Court of Arbitration for Sport found that ...`: the parser may read `after the
// court` as the verb's oblique and the clause's own verb as a conjunct of the verb; a finite verb so coordinated with
// no coordinator, subject or auxiliary of its own, right after the oblique, is the clause the preposition opens, and the
// oblique its subject.
function withClauseAfterPreposition(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const subjectOf = new Map<number, number>();
  nodes.forEach((node, verb) => {
    if (node.deprel !== 'conj' || node.upos !== 'VERB' || !/^VB[DZP]$/.test(node.xpos ?? '')) return;
    if ((children[verb] ?? []).some((child) => /^(nsubj|aux|cc|mark)(:|$)/.test(nodes[child]?.deprel ?? ''))) return;
    const oblique = (children[node.head] ?? []).find((child) => child < verb && nodes[child]?.deprel === 'obl' && phraseEnd(tree, child) === verb - 1);
    const opener = (children[oblique ?? -1] ?? []).find((child) => nodes[child]?.deprel === 'case' && CLAUSE_PREPOSITIONS.has(nodes[child]?.text.toLowerCase() ?? ''));
    if (oblique !== undefined && opener !== undefined) subjectOf.set(verb, oblique);
  });
  if (subjectOf.size === 0) return tree;
  const clauseOf = new Map([...subjectOf].map(([verb, subject]) => [subject, verb]));
  return toDependencyTree(nodes.map((node, at) => {
    if (subjectOf.has(at)) return { ...node, deprel: 'advcl' };
    const verb = clauseOf.get(at);
    if (verb !== undefined) return { ...node, head: verb, deprel: 'nsubj' };
    // (The preposition marks the clause.)
    const clause = clauseOf.get(node.head);
    return clause !== undefined && node.deprel === 'case' && CLAUSE_PREPOSITIONS.has(node.text.toLowerCase()) ? { ...node, head: clause, deprel: 'mark' } : node;
  }));
}

// `X, leader of the ruling majority and head of the Future Movement`: the parser may coordinate the second noun with
// the first one's `of` phrase (`majority ... and head`); a noun with an `of` phrase of its own, coordinated with the
// noun of another `of` phrase, parallels the noun that phrase hangs on.
function withParallelOfPhrases(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const ofPhrase = (at: number) => nodes[at]?.deprel === 'nmod' && (children[at] ?? []).some((word) => nodes[word]?.deprel === 'case' && nodes[word]?.text.toLowerCase() === 'of');
  const moved = new Map<number, number>();
  nodes.forEach((node, at) => {
    const owner = nodes[node.head]?.head ?? -1;
    if (node.deprel !== 'conj' || node.upos !== 'NOUN' || !ofPhrase(node.head) || nodes[owner]?.upos !== 'NOUN' || !(children[at] ?? []).some(ofPhrase)) return;
    moved.set(at, owner);
  });
  if (moved.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => (moved.has(at) ? { ...node, head: moved.get(at) as number } : node)));
}

// Words that open a condition.
const CONDITION_MARKS: ReadonlySet<string> = new Set(['if', 'unless']);

// `X warned Y that if they missed the deadline, he would dissolve the assembly`: the parser hangs `that` on the condition
// that opens the reported clause, and the clause's own verb beside it (parataxis); the verb after the condition's comma
// is the reported clause, with `that`, and the condition is its own.
function withConditionFirst(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const marks = (at: number) => (children[at] ?? []).filter((child) => nodes[child]?.deprel === 'mark');
  const condition = nodes.findIndex((node, at) => node.deprel === 'advcl' && marks(at).some((mark) => nodes[mark]?.text.toLowerCase() === 'that')
    && marks(at).some((mark) => CONDITION_MARKS.has(nodes[mark]?.text.toLowerCase() ?? '')));
  const head = nodes[condition]?.head ?? -1;
  const verb = (children[head] ?? []).find((child) => child > condition && ['parataxis', 'ccomp'].includes(nodes[child]?.deprel ?? '') && nodes[child]?.upos === 'VERB' && marks(child).length === 0);
  if (condition < 0 || verb === undefined) return tree;
  const that = marks(condition).find((mark) => nodes[mark]?.text.toLowerCase() === 'that');
  return toDependencyTree(nodes.map((node, at) => (at === verb ? { ...node, deprel: 'ccomp' } : at === condition || at === that ? { ...node, head: verb } : node)));
}

// Words of when, which name no party (`yesterday`; `last night`, `this week`).
const TIME_WORDS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);
const CLOCK_NOUNS: ReadonlySet<string> = new Set(['night', 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'afternoon']);
const TIME_MODIFIERS: ReadonlySet<string> = new Set(['last', 'this']);
// The tags of a word that may head the noun phrase a time word was read as the head of (`chief executive`: the parser
// tags `executive` an adjective as often as a noun).
const NOMINAL_HEADS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

// `Vosk Bank yesterday agreed to buy X`, `Tom Baxter last night accused Y`: the parser often makes the word of time
// after a name the phrase's head, and the name its compound; the name takes the time word's place, and the time word
// is when the clause's verb happened (obl:tmod). So it does after a noun phrase (`who became Vela's chief executive
// last year`), whose last word before the time word is then the phrase's head.
function withTimeAfterName(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, Partial<TreeNode>>();
  nodes.forEach((node, at) => {
    const word = node.text.toLowerCase();
    const modifiers = (children[at] ?? []).filter((child) => child < at && nodes[child]?.deprel === 'amod' && TIME_MODIFIERS.has(nodes[child]?.text.toLowerCase() ?? ''));
    if (!TIME_WORDS.has(word) && !(CLOCK_NOUNS.has(word) && modifiers.length > 0)) return;
    const first = Math.min(at, ...modifiers);
    const proper = (children[at] ?? []).find((child) => child < first && nodes[child]?.upos === 'PROPN' && !nodes.slice(child + 1, first).some((other) => other.upos !== 'PROPN'));
    const nominal = (children[at] ?? []).find((child) => child === first - 1 && NOMINAL_HEADS.has(nodes[child]?.upos ?? '') && ['amod', 'compound'].includes(nodes[child]?.deprel ?? ''));
    const name = proper ?? nominal;
    let verb = node.head;
    while (verb >= 0 && nodes[verb]?.upos !== 'VERB') verb = nodes[verb]?.head ?? -1;
    if (name === undefined || verb < 0) return;
    moved.set(name, { head: node.head, deprel: node.deprel });
    moved.set(at, { head: verb, deprel: 'obl:tmod' });
    for (const child of children[at] ?? []) if (child !== name && !modifiers.includes(child)) moved.set(child, { head: name });
  });
  return withChanges(tree, moved);
}

// The relations of a verb's arguments that such a phrase may be misread as modifying.
const ARGUMENT_RELATIONS: ReadonlySet<string> = new Set(['nsubj', 'nsubj:pass', 'obj']);

// `signed the deal after talks with X`, `X, after a meeting with Y, said`: the parser may hang a phrase of when (`after`,
// `during`, `despite` ...) on the verb's object or subject, as a modifier or a clause beside it; it tells when the
// verb's event happened, and is the verb's oblique.
function withEventPhraseOnArgument(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the phrase -> the verb
  nodes.forEach((node, at) => {
    const argument = nodes[node.head];
    if (!argument || !['nmod', 'parataxis', 'appos'].includes(node.deprel) || !ARGUMENT_RELATIONS.has(argument.deprel) || nodes[argument.head]?.upos !== 'VERB') return;
    if (!['NOUN', 'PROPN'].includes(node.upos) || !(children[at] ?? []).some((child) => child < at && nodes[child]?.deprel === 'case' && EVENT_CASES.has(nodes[child]?.text.toLowerCase() ?? ''))) return;
    moved.set(at, argument.head);
  });
  if (moved.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => {
    const verb = moved.get(at);
    return verb === undefined ? node : { ...node, head: verb, deprel: 'obl' };
  }));
}

// `She refused, and last month survived a motion`, `the IMF, which last week urged the UK`: the parser may read a word
// of time with `last`, `this`, `next` or `past` before a verb (or `yesterday` beside its subject) as the verb's
// subject, or a day after it as its object; it says when the verb happened, and the verb's subject is found as for a
// verb without one (the conjunct's, the relative pronoun's), or an infinitive's as for a verb without an object (`voted
// Thursday to hold X`: the voters).
function withTimeAsArgument(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const word = (at: number) => nodes[at]?.text.toLowerCase() ?? '';
  const determined = (at: number) => (children[at] ?? []).some((child) => child < at && ['amod', 'det'].includes(nodes[child]?.deprel ?? '') && TIME_DETERMINERS.has(word(child)));
  // (A day alone as a verb's object, too: `The House voted Thursday to hold X in contempt`; and `yesterday` or `today`
  // beside the verb's other subject: `X yesterday ordered Y to ...`.)
  const besideSubject = (at: number) => (children[nodes[at]?.head ?? -1] ?? []).some((child) => child !== at && nodes[child]?.deprel === 'nsubj');
  const when = (at: number) => (nodes[at]?.deprel === 'nsubj'
      && (((CLOCK_NOUNS.has(word(at)) || WEEKDAYS.has(word(at))) && determined(at)) || (DEICTIC_DAYS.has(word(at)) && besideSubject(at))))
    || (nodes[at]?.deprel === 'obj' && WEEKDAYS.has(word(at)) && nodes[nodes[at]?.head ?? -1]?.upos === 'VERB');
  if (!nodes.some((_, at) => when(at))) return tree;
  return toDependencyTree(nodes.map((node, at) => {
    if (when(at)) return { ...node, deprel: 'obl:tmod' };
    // (`which last week urged`: the relative pronoun the parser hung on the time word is the verb's subject.)
    const time = nodes[node.head];
    return when(node.head) && time && node.deprel === 'det' && RELATIVE_PRONOUNS.has(node.text.toLowerCase()) ? { ...node, upos: 'PRON', head: time.head, deprel: 'nsubj' } : node;
  }));
}

const TIME_DETERMINERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'past']);
// Words that name a day by its distance from today, which are no one's subject beside another.
const DEICTIC_DAYS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);

// `X said the court had confirmed the deal and accused Y of ...`, `X said the Tories would pay and accused Y`: a past-tense
// verb with no subject or auxiliary of its own, coordinated with a verb of another form inside a reported clause, goes on
// with the past-tense verb that reports the clause (a conjunct of `had confirmed` or `would pay` would share its form).
function withVerbConjoinedAcrossClause(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  let changed = false;
  const fixed = nodes.map((node, at) => {
    const head = nodes[node.head];
    // (Or of the same form, when the head is a condition's verb: `said his party would repeal it if it came to power and
    // urged X to ...`; not a clause of its own, `while X called it a stitch-up and demanded ...`.)
    // (The tagger may give the past tense as a participle, `but called on X`: one with no auxiliary is the past tense,
    // unless its head is a participle too, `had been arrested and charged`.)
    const past = node.xpos === 'VBD' || (node.xpos === 'VBN' && head?.xpos !== 'VBN');
    if (node.deprel !== 'conj' || node.upos !== 'VERB' || !past || head?.upos !== 'VERB' || (head.xpos === 'VBD' && !isCondition(tree, node.head))) return node;
    if ((children[at] ?? []).some((child) => /^(nsubj|aux|cop|expl)/.test(nodes[child]?.deprel ?? ''))) return node;
    // (Right after its `and`, or adverbs after it: not `..., and the House leader, X, praised Y`, whose subject the parser lost.)
    const and = (children[at] ?? []).find((child) => nodes[child]?.deprel === 'cc');
    if (and === undefined || nodes.slice(and + 1, at).some((word) => word.upos !== 'ADV')) return node;
    // Up from the head to the arc that reports a clause.
    let inner = node.head;
    while (nodes[inner] && nodes[inner]?.deprel !== 'ccomp' && nodes[inner]?.deprel !== 'root') inner = nodes[inner]?.head ?? -1;
    const reporting = nodes[inner]?.deprel === 'ccomp' ? nodes[inner]?.head : undefined;
    if (reporting === undefined || nodes[reporting]?.xpos !== 'VBD') return node;
    changed = true;
    return { ...node, head: reporting };
  });
  return changed ? toDependencyTree(fixed) : tree;
}

// `X said Y had "vetoed the will of the people" and urged him to ...`, `accused Y of having "dragged its feet" and urged
// Z to ...`: the parser may coordinate a verb after a quotation with a verb inside it; a verb in the past with no
// subject or auxiliary of its own, outside the quotation its head is in, goes on with the narration: it is coordinated
// with the nearest verb of its own form above the quotation.
function withConjunctAfterQuotation(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  // (How many quotation marks open or close before each word: an odd count is inside a quotation.)
  const marks: number[] = [];
  nodes.reduce((count, node, at) => {
    marks[at] = count;
    return count + (QUOTATION_MARKS.has(node.text) ? 1 : 0);
  }, 0);
  const quoted = (at: number) => (marks[at] ?? 0) % 2 === 1;
  let changed = false;
  const fixed = nodes.map((node, at) => {
    if (node.deprel !== 'conj' || node.upos !== 'VERB' || node.xpos !== 'VBD' || quoted(at) || !quoted(node.head) || node.head > at) return node;
    if ((children[at] ?? []).some((child) => /^(nsubj|aux|cop|expl)/.test(nodes[child]?.deprel ?? ''))) return node;
    let above = nodes[node.head]?.head ?? -1;
    while (above >= 0 && (quoted(above) || nodes[above]?.upos !== 'VERB' || nodes[above]?.xpos !== 'VBD')) above = nodes[above]?.head ?? -1;
    if (above < 0) return node;
    changed = true;
    return { ...node, head: above };
  });
  return changed ? toDependencyTree(fixed) : tree;
}

const QUOTATION_MARKS: ReadonlySet<string> = new Set(['"', '\u201C', '\u201D']);

// `if it came to power`: a clause of condition, opened by one of CONDITION_MARKS.
function isCondition(tree: DependencyTree, clause: number): boolean {
  return tree.nodes[clause]?.deprel === 'advcl' && (tree.children[clause] ?? []).some((child) => tree.nodes[child]?.deprel === 'mark' && CONDITION_MARKS.has(tree.nodes[child]?.text.toLowerCase() ?? ''));
}

// `Norway's consumer ombudsman, Bjorn Erik Thon, has called on Apple`: the parser may split a title and the name
// apposed to it into two subjects, one of them passive; a verb with a subject of its own and no passive auxiliary has
// no passive subject, and both are its subject (subjectsOf keeps the one that names a party).
function withPassiveSubjectBesideSubject(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const misread = (at: number) => {
    const node = nodes[at];
    const siblings = children[node?.head ?? -1] ?? [];
    return node?.deprel === 'nsubj:pass' && siblings.some((child) => nodes[child]?.deprel === 'nsubj') && !siblings.some((child) => nodes[child]?.deprel === 'aux:pass');
  };
  if (!nodes.some((_, at) => misread(at))) return tree;
  return toDependencyTree(nodes.map((node, at) => (misread(at) ? { ...node, deprel: 'nsubj' } : node)));
}

// `X, director of A and a member of B`: the parser often coordinates the second post with the name; a common noun
// coordinated with a name after the name's apposition is that apposition's second conjunct.
function withApposedConjuncts(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  let changed = false;
  const fixed = nodes.map((node, at) => {
    const head = nodes[node.head];
    if (node.deprel !== 'conj' || node.upos !== 'NOUN' || head?.upos !== 'PROPN') return node;
    const apposition = (children[node.head] ?? []).find((child) => child < at && nodes[child]?.deprel === 'appos' && nodes[child]?.upos === 'NOUN');
    if (apposition === undefined) return node;
    changed = true;
    return { ...node, head: apposition };
  });
  return changed ? toDependencyTree(fixed) : tree;
}

// `The Secretary General of Amnesty International, Irene Khan, praised X`: the parser may coordinate the name set off by
// commas with the title before it; a name coordinated with no conjunction anywhere in its coordination, between commas,
// is in apposition to the noun before it.
function withConjunctAsApposition(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const hasConjunction = (at: number) => (children[at] ?? []).some((child) => nodes[child]?.deprel === 'cc');
  const apposed = new Set<number>();
  nodes.forEach((node, at) => {
    const head = nodes[node.head];
    if (node.deprel !== 'conj' || node.upos !== 'PROPN' || node.head > at || !['NOUN', 'PROPN'].includes(head?.upos ?? '') || nodes[at - 1]?.text !== ',') return;
    const conjuncts = (children[node.head] ?? []).filter((child) => nodes[child]?.deprel === 'conj');
    if (hasConjunction(node.head) || conjuncts.some(hasConjunction)) return;
    // (The name's own words, then a comma.)
    if (nodes[nameEnd(tree, at) + 1]?.text === ',') apposed.add(at);
  });
  if (apposed.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => (apposed.has(at) ? { ...node, deprel: 'appos' } : node)));
}

// `wrote to the army chief, Gen. X, asking them to ...`: the parser may make a name set off by commas the subject of the
// participle right after it; a name between a noun and its comma and the participle is that noun's apposition, and the
// participle keeps the main clause's subject.
function withApposedNameAsParticipleSubject(tree: DependencyTree): DependencyTree {
  const { nodes } = tree;
  const apposed = new Map<number, number>(); // a name -> the noun it is apposed to
  nodes.forEach((node, at) => {
    const participle = nodes[node.head];
    if (node.deprel !== 'nsubj' || node.upos !== 'PROPN' || participle?.xpos !== 'VBG' || !['advcl', 'acl'].includes(participle.deprel)) return;
    const end = nameEnd(tree, at);
    const noun = at - 2;
    if (nodes[at - 1]?.text !== ',' || !['NOUN', 'PROPN'].includes(nodes[noun]?.upos ?? '') || nodes[end + 1]?.text !== ',' || node.head !== end + 2) return;
    apposed.set(at, noun);
  });
  return reattached(tree, apposed, 'appos');
}

// The tree with each word of `heads` hung on its new head by `deprel`; the same tree when there is none.
function reattached(tree: DependencyTree, heads: ReadonlyMap<number, number>, deprel: string): DependencyTree {
  if (heads.size === 0) return tree;
  return toDependencyTree(tree.nodes.map((node, at) => {
    const head = heads.get(at);
    return head === undefined ? node : { ...node, head, deprel };
  }));
}

// The last of a name's own words: the node and the `flat` words right after it (`Gen. Jehangir Karamat`).
function nameEnd(tree: DependencyTree, at: number): number {
  let end = at;
  while ((tree.children[at] ?? []).includes(end + 1) && tree.nodes[end + 1]?.deprel === 'flat') end++;
  return end;
}

// `suspended Vosk Foods, its parent Orlak Group, Dr Vale and Mr Baxter`: the parser often reads a list of names as a
// chain of appositions whose last one has the list's `and`; a name apposed to a name that an `and` goes on from is the
// list's item, and so is each name above it in the chain: all are conjuncts of the first.
function withListAsAppositions(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const items = new Map<number, number>(); // an item -> the list's first name
  nodes.forEach((node, at) => {
    const and = (children[at] ?? []).some((child) => nodes[child]?.deprel === 'conj' && nodes[child]?.upos === 'PROPN' && (children[child] ?? []).some((word) => nodes[word]?.deprel === 'cc'));
    if (node.deprel !== 'appos' || node.upos !== 'PROPN' || nodes[node.head]?.upos !== 'PROPN' || !and) return;
    const chain = [at];
    let first = node.head;
    while (nodes[first]?.deprel === 'appos' && nodes[nodes[first]?.head ?? -1]?.upos === 'PROPN') {
      chain.push(first);
      first = nodes[first]?.head ?? -1;
    }
    for (const item of chain) items.set(item, first);
    for (const child of children[at] ?? []) if (nodes[child]?.deprel === 'conj') items.set(child, first);
  });
  return reattached(tree, items, 'conj');
}

// `In Washington, Secretary of State X praised Y`: after an opening adjunct and its comma, the parser often hangs the
// subject on the adjunct, leaving the main verb with none; the one phrase between the comma and the verb is its subject.
function withStrandedSubject(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const verb = nodes.findIndex((node) => node.deprel === 'root');
  if (nodes[verb]?.upos !== 'VERB' || (children[verb] ?? []).some((child) => /^(nsubj|csubj|expl)/.test(nodes[child]?.deprel ?? ''))) return tree;
  const comma = nodes.slice(0, verb).map((node) => node.text).lastIndexOf(',');
  // The adjunct before the comma holds no verb of its own.
  if (comma <= 0 || nodes.slice(0, comma).some((node) => node.upos === 'VERB' || node.upos === 'AUX')) return tree;
  const inside = (at: number) => at > comma && at < verb;
  const heads = nodes.flatMap((node, at) => (inside(at) && !inside(node.head) ? [at] : []));
  const [subject] = heads;
  if (heads.length !== 1 || subject === undefined || !['PROPN', 'NOUN'].includes(nodes[subject]?.upos ?? '') || (nodes[subject]?.head ?? verb) > comma) return tree;
  return toDependencyTree(nodes.map((node, at) => (at === subject ? { ...node, head: verb, deprel: 'nsubj' } : node)));
}

// `The Republican John Kennedy called for X to testify`: the parser may read a name's modifier that is a name itself as
// a second subject of the verb; of two subjects side by side, a word and a full name, the word modifies the name.
function withDoubleSubject(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the first subject -> the second
  nodes.forEach((node, verb) => {
    const subjects = (children[verb] ?? []).filter((child) => nodes[child]?.deprel === 'nsubj');
    const [first, second] = subjects;
    if (subjects.length !== 2 || first === undefined || second === undefined || nodes[first]?.upos !== 'PROPN' || nodes[second]?.upos !== 'PROPN') return;
    // (A word before a full name, `Republican` of `John Kennedy`; not two names, `Brazil Argentina condemned Chile`,
    // which is a misparse of no trust.)
    if ((children[first] ?? []).length > 0 || !(children[second] ?? []).some((child) => nodes[child]?.deprel === 'flat')) return;
    // (Not `Ecuador, under President X, recalled ...`: the name's phrase opens right after the word, with no
    // punctuation or preposition.)
    if (firstOf(tree, second) !== first + 1 || nodes.slice(first + 1, second).some((word) => word.upos === 'PUNCT' || word.upos === 'ADP')) return;
    moved.set(first, second);
  });
  return reattached(tree, moved, 'compound');
}

// The first word of a node's phrase.
function firstOf(tree: DependencyTree, node: number): number {
  return Math.min(node, ...(tree.children[node] ?? []).map((child) => firstOf(tree, child)));
}

// The last word of a node's phrase.
function lastOf(tree: DependencyTree, node: number): number {
  return Math.max(node, ...(tree.children[node] ?? []).map((child) => lastOf(tree, child)));
}

// `called the League's ruling "a disgrace"`, `Y's handling of the crisis`: an -ing form its possessor hangs on is a noun.
// Read as the naming verb's xcomp with an object of its own, it is that verb's object and its object the verb's xcomp.
function withPossessedGerund(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const gerund = (at: number) => nodes[at]?.upos === 'VERB' && /ing$/i.test(nodes[at]?.text ?? '');
  const possessed = new Set(nodes.flatMap((node, at) => (node.deprel === 'nmod:poss' && at < node.head && gerund(node.head) ? [node.head] : [])));
  if (possessed.size === 0) return tree;
  const flipped = new Map<number, number>(); // the gerund's object -> the verb it becomes the xcomp of
  const objects = new Set<number>(); // the gerunds that become the verb's object
  for (const gerund of possessed) {
    const node = nodes[gerund];
    const object = (children[gerund] ?? []).find((child) => child > gerund && nodes[child]?.deprel === 'obj');
    if (node?.deprel !== 'xcomp' || object === undefined) continue;
    flipped.set(object, node.head);
    objects.add(gerund);
  }
  return toDependencyTree(nodes.map((node, at) => {
    if (possessed.has(at)) return { ...node, upos: 'NOUN', ...(objects.has(at) ? { deprel: 'obj' } : {}) };
    const verb = flipped.get(at);
    return verb === undefined ? node : { ...node, head: verb, deprel: 'xcomp' };
  }));
}

// `X, who was elected Conservative leader last month,`: the parser may read the participle as a modifier of the post
// after it and hang the clause on the post. A modifier has no subject or auxiliary of its own: a participle with them
// heads the clause, and the post is its predicate.
function withPassiveReadAsModifier(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const clauses = new Map<number, number>(); // participle -> the post it was read as modifying
  nodes.forEach((node, at) => {
    const post = nodes[node.head];
    if (node.deprel !== 'amod' || node.xpos !== 'VBN' || node.head < at || !['NOUN', 'PROPN'].includes(post?.upos ?? '')) return;
    if ((children[at] ?? []).some((child) => ['nsubj:pass', 'aux:pass'].includes(nodes[child]?.deprel ?? ''))) clauses.set(at, node.head);
  });
  if (clauses.size === 0) return tree;
  const posts = new Map([...clauses].map(([participle, post]) => [post, participle]));
  return toDependencyTree(nodes.map((node, at) => {
    const post = clauses.get(at);
    const participle = posts.get(at);
    if (post !== undefined) return { ...node, head: nodes[post]?.head ?? -1, deprel: nodes[post]?.deprel ?? node.deprel };
    return participle === undefined ? node : { ...node, head: participle, deprel: 'xcomp' };
  }));
}

// `X has been elected leader of Y`, `X has been appointed chairman`: the parser may read the post after a passive verb
// of appointing as its object, which a passive has none of, or as an oblique with no preposition (`who was elected
// Vosk Party leader last month`); it is the predicate said of the subject, as after `was`.
function withPassivePost(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const posts = new Set<number>();
  const bare = (at: number) => nodes[at]?.deprel === 'obj' || (nodes[at]?.deprel === 'obl' && !(children[at] ?? []).some((child) => nodes[child]?.deprel === 'case'));
  nodes.forEach((node, verb) => {
    const dependents = children[verb] ?? [];
    if (!APPOINTED.has(node.text.toLowerCase()) || !dependents.some((child) => nodes[child]?.deprel === 'aux:pass')) return;
    const post = dependents.find((child) => bare(child) && ['NN', 'NNS'].includes(nodes[child]?.xpos ?? ''));
    if (post !== undefined) posts.add(post);
  });
  return posts.size > 0 ? toDependencyTree(nodes.map((node, at) => (posts.has(at) ? { ...node, deprel: 'xcomp' } : node))) : tree;
}

// Participles of the verbs that give a person a post, written before it.
const APPOINTED: ReadonlySet<string> = new Set(['appointed', 'reappointed', 'named', 'elected', 're-elected', 'reelected', 'chosen', 'selected', 'nominated', 'installed', 'made', 'promoted']);

// `called Guaidó a "puppet"`: the parser may read both nouns after a verb of naming as its predicates; the first, right
// after the verb, of a verb with no object, is the party named. It may read both as objects too (`called X's government
// a criminal regime`); the second is then what the first is called. Or it may swap them (`called Ann Vale a liar` with
// `Vale` the predicate, `liar` the object): the noun named comes first.
function withObjectAsPredicate(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const nominal = (at: number, deprel: string) => /^NN/.test(nodes[at]?.xpos ?? '') && nodes[at]?.deprel === deprel;
  const objects = new Set<number>();
  const predicates = new Set<number>();
  nodes.forEach((node, verb) => {
    const dependents = children[verb] ?? [];
    const complements = dependents.filter((at) => nominal(at, 'xcomp'));
    if (complements.length === 2 && complements[0] === verb + 1 && !dependents.some((child) => nodes[child]?.deprel === 'obj')) objects.add(verb + 1);
    const named = dependents.filter((at) => nominal(at, 'obj'));
    if (named.length === 2 && NAMING_FORMS.test(node.text) && named[1] !== undefined) predicates.add(named[1]);
    const [predicate] = complements;
    if (named.length === 1 && complements.length === 1 && predicate !== undefined && predicate < (named[0] ?? -1) && NAMING_FORMS.test(node.text)) {
      objects.add(predicate);
      predicates.add(named[0] as number);
    }
  });
  if (objects.size === 0 && predicates.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => (objects.has(at) ? { ...node, deprel: 'obj' } : predicates.has(at) ? { ...node, deprel: 'xcomp' } : node)));
}

// The forms of the verbs that name what their object is with a second noun phrase (`called X a disgrace`, `branded X a
// liar`, `dubbed X the Iron Lady`).
const NAMING_FORMS = /^(?:call|brand|label|dub|term)(?:s|ed|ing|led|ling|bed|bing)?$/i;

// `urged the ECB not to take the matter further`: the parser sometimes reads the party urged as an indirect object,
// which UD has only beside a direct one; alone it is the verb's object.
function withLoneIndirectObject(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const lone = (node: TreeNode) => node.deprel === 'iobj' && !(children[node.head] ?? []).some((child) => nodes[child]?.deprel === 'obj');
  return nodes.some(lone) ? toDependencyTree(nodes.map((node) => (lone(node) ? { ...node, deprel: 'obj' } : node))) : tree;
}

// `urged New Zealand to provide ...`: the parser sometimes reads the party urged as the subject of a `to` clause (ccomp,
// or an xcomp, which has no subject of its own); UD has it as the verb's object, which controls the clause (xcomp), and
// so do the patterns.
function withInfinitiveObject(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the clause's subject -> the verb it becomes the object of
  const clauses = new Set<number>();
  nodes.forEach((node, at) => {
    const dependents = children[at] ?? [];
    const subjects = dependents.filter((child) => nodes[child]?.deprel === 'nsubj');
    const to = dependents.some((child) => nodes[child]?.deprel === 'mark' && nodes[child]?.text.toLowerCase() === 'to');
    // (`called for X to testify`: a `for` clause has a subject of its own.)
    const forClause = dependents.some((child) => nodes[child]?.deprel === 'mark' && nodes[child]?.text.toLowerCase() === 'for');
    const [subject] = subjects;
    const verb = nodes[node.head];
    if (!['ccomp', 'xcomp'].includes(node.deprel) || !to || forClause || subjects.length !== 1 || subject === undefined || verb?.upos !== 'VERB' || (children[node.head] ?? []).some((child) => nodes[child]?.deprel === 'obj')) return;
    moved.set(subject, node.head);
    clauses.add(at);
  });
  if (moved.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => {
    const verb = moved.get(at);
    if (verb !== undefined) return { ...node, head: verb, deprel: 'obj' };
    return clauses.has(at) ? { ...node, deprel: 'xcomp' } : node;
  }));
}

// `accused Chancellor X of using it`: the parser sometimes reads the party accused as the subject of the `of` clause
// (advcl); an `of` clause's -ing form takes no subject before `of`, so the phrase is the verb's object.
function withGerundObject(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the clause's subject -> the verb it becomes the object of
  nodes.forEach((node, at) => {
    const dependents = children[at] ?? [];
    const of = dependents.find((child) => ['mark', 'case'].includes(nodes[child]?.deprel ?? '') && nodes[child]?.text.toLowerCase() === 'of');
    const subject = dependents.find((child) => nodes[child]?.deprel === 'nsubj');
    const verb = nodes[node.head];
    if (node.deprel !== 'advcl' || of === undefined || subject === undefined || subject > of || subject < node.head || verb?.upos !== 'VERB') return;
    if ((children[node.head] ?? []).some((child) => nodes[child]?.deprel === 'obj')) return;
    moved.set(subject, node.head);
  });
  return reattached(tree, moved, 'obj');
}

// `X rejected allegations by Y that ...`: the parser sometimes reads a `by` phrase after an active verb's object as the
// verb's agent, as if it were passive; a verb with a subject of the active voice and no passive auxiliary has no agent,
// and the phrase is the object's.
function withActiveAgent(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the agent -> the object it modifies
  nodes.forEach((node, at) => {
    if (node.deprel !== 'obl:agent') return;
    const dependents = children[node.head] ?? [];
    const active = dependents.some((child) => nodes[child]?.deprel === 'nsubj') && !dependents.some((child) => nodes[child]?.deprel === 'aux:pass');
    const object = dependents.find((child) => child < at && nodes[child]?.deprel === 'obj');
    if (active && object !== undefined) moved.set(at, object);
  });
  return reattached(tree, moved, 'nmod');
}

// `X was banned for four months by FIFA`, `X was fined 2.4bn euros by Y`: the parser sometimes hangs the `by` phrase on
// the span of time or the amount before it; a `by` phrase on a noun of time that is an oblique of a passive verb, on
// what it takes from (`of`, `from`), or on a passive verb's second object, is that verb's agent.
function withStrandedAgent(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the agent -> the passive verb
  const passive = (head: number) => (children[head] ?? []).some((child) => nodes[child]?.deprel === 'aux:pass' || nodes[child]?.deprel === 'nsubj:pass');
  // (Or a verb coordinated with a passive one, with no subject of its own: `was banned ... and suspended for nine
  // matches by FIFA`, `has been banned ... and fined 50,000 pounds by the FA`, whatever its tag.)
  const passiveOrConjoined = (head: number) => passive(head)
    || (nodes[head]?.deprel === 'conj' && passive(nodes[head]?.head ?? -1) && !(children[head] ?? []).some((child) => nodes[child]?.deprel.startsWith('nsubj')));
  nodes.forEach((node, at) => {
    const span = nodes[node.head];
    const verb = span ? nodes[span.head] : undefined;
    const by = (children[at] ?? []).some((child) => nodes[child]?.deprel === 'case' && nodes[child]?.text.toLowerCase() === 'by');
    // (Or on the second object of a passive verb: `was fined 2.4bn euros by the Commission`, `handed a ban by FIFA`,
    // read as an object or as an oblique with no case word of its own.)
    const bare = span?.deprel === 'obl' && !(children[node.head] ?? []).some((child) => nodes[child]?.deprel === 'case');
    if (node.deprel === 'nmod' && by && (span?.deprel === 'obj' || bare) && verb?.upos === 'VERB' && passiveOrConjoined(span.head)) {
      moved.set(at, span.head);
      return;
    }
    // (Or on what the verb takes its object from: `was stripped of his titles by the UCI`, `expelled from the party by X`.)
    const source = (children[node.head] ?? []).some((child) => nodes[child]?.deprel === 'case' && SOURCE_CASES.has(nodes[child]?.text.toLowerCase() ?? ''));
    if (node.deprel !== 'nmod' || !by || !span || span.deprel !== 'obl' || !(TIME_NOUNS.has(span.text.toLowerCase()) || source) || verb?.upos !== 'VERB') return;
    if (passiveOrConjoined(span.head)) moved.set(at, span.head);
  });
  return reattached(tree, moved, 'obl:agent');
}

// Nouns of a span of time (`for four months`, `for two years`, `for life`).
const TIME_NOUNS: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'match', 'matches', 'game', 'games', 'race', 'races', 'season', 'seasons', 'life']);
const SOURCE_CASES: ReadonlySet<string> = new Set(['of', 'from']);

// `Russia attacked neighbouring Ukraine`, `praised outgoing President X`: the parser often reads an -ing word right after
// a verb as a clause of the verb (xcomp, ccomp) whose object is the name after it; where the verb has no object of its
// own, the -ing word modifies the name, which is the verb's object, and the clause's other dependents are the verb's.
function withParticipleModifier(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the -ing word -> the name it modifies
  nodes.forEach((node, at) => {
    const verb = nodes[node.head];
    if (!['xcomp', 'ccomp'].includes(node.deprel) || node.head !== at - 1 || verb?.upos !== 'VERB' || !/ing$/i.test(node.text)) return;
    const own = children[at] ?? [];
    const object = own.find((child) => child > at && nodes[child]?.deprel === 'obj' && nodes[child]?.upos === 'PROPN');
    const subject = own.some((child) => /^(nsubj|aux|mark)/.test(nodes[child]?.deprel ?? ''));
    if (object === undefined || subject || (children[node.head] ?? []).some((child) => nodes[child]?.deprel === 'obj')) return;
    // Nothing but the name's own words between the -ing word and the name.
    if (nodes.slice(at + 1, object).some((between) => between.head !== object && nodes[between.head]?.head !== object)) return;
    moved.set(at, object);
  });
  if (moved.size === 0) return tree;
  const objects = new Map([...moved].map(([word, object]) => [object, nodes[word]?.head ?? -1]));
  return toDependencyTree(nodes.map((node, at) => {
    const object = moved.get(at);
    if (object !== undefined) return { ...node, upos: 'ADJ', head: object, deprel: 'amod' };
    const verb = objects.get(at);
    if (verb !== undefined) return { ...node, head: verb, deprel: 'obj' };
    const word = moved.has(node.head) ? nodes[node.head] : undefined;
    return word ? { ...node, head: word.head } : node;
  }));
}

// `said Chancellor X's statement had been a gamble`: the parser sometimes hangs a title before a possessive name as a
// second subject of the clause; a proper noun with no dependents, hung as a subject right before a proper noun inside
// the clause's other subject, is that name's title (nmod:desc, as a title before a name is parsed elsewhere).
function withTitleBeforeName(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const within = (node: number, top: number) => {
    for (let at = node, steps = 0; at >= 0 && steps <= nodes.length; steps++, at = nodes[at]?.head ?? -1) if (at === top) return true;
    return false;
  };
  const moved = new Map<number, number>(); // the title -> the name it is the title of
  nodes.forEach((node, at) => {
    const next = nodes[at + 1];
    if (node.deprel !== 'nsubj' || node.upos !== 'PROPN' || (children[at] ?? []).length > 0 || next?.upos !== 'PROPN') return;
    const other = (children[node.head] ?? []).find((child) => child > at + 1 && nodes[child]?.deprel === 'nsubj');
    if (other !== undefined && within(at + 1, other)) moved.set(at, at + 1);
  });
  return reattached(tree, moved, 'nmod:desc');
}

// Verbs of giving, which take two objects (`gave Y his backing`); not of naming (`called Y's plan a con`).
const GIVING: ReadonlySet<string> = new Set(['give', 'lend', 'offer', 'grant', 'hand'].flatMap(verbForms));

// `gave Ann Vale his backing`: the parser often reads the second object of a verb of giving as an apposition to the
// first; a common noun with no comma before it, hung that way on the verb's object, is the verb's object and the name
// its indirect object.
function withDoubleObject(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the second object -> the first, now the indirect one
  nodes.forEach((node, at) => {
    const first = nodes[node.head];
    const commaBefore = (children[node.head] ?? []).some((child) => child > node.head && child < at && nodes[child]?.text === ',');
    if (node.deprel !== 'appos' || node.upos !== 'NOUN' || first?.deprel !== 'obj' || !GIVING.has(nodes[first.head]?.text.toLowerCase() ?? '') || commaBefore) return;
    moved.set(at, node.head);
  });
  if (moved.size === 0) return tree;
  const indirect = new Set(moved.values());
  return toDependencyTree(nodes.map((node, at) => {
    const first = moved.get(at);
    if (first !== undefined) return { ...node, head: nodes[first]?.head ?? node.head, deprel: 'obj' };
    return indirect.has(at) ? { ...node, deprel: 'iobj' } : node;
  }));
}

// `described X as "wholly inadequate"`: an adjective or noun after `as`, with no subject or copula of its own, that the
// parser read as a clause (advcl, ccomp) of the verb or of the verb's object is the verb's oblique, `as` its case word.
function withAsPredicate(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // predicate -> the verb it is an oblique of
  const cases = new Set<number>(); // the `as` of each, now its case word
  nodes.forEach((node, at) => {
    if (!['advcl', 'ccomp'].includes(node.deprel) || !['ADJ', 'NOUN'].includes(node.upos)) return;
    const own = children[at] ?? [];
    const as = own.find((child) => child < at && nodes[child]?.deprel === 'mark' && nodes[child]?.text.toLowerCase() === 'as');
    if (as === undefined || own.some((child) => /^(nsubj|csubj|cop|aux)/.test(nodes[child]?.deprel ?? ''))) return;
    const head = nodes[node.head];
    const verb = head?.upos === 'VERB' ? node.head : head?.deprel === 'obj' && nodes[head.head]?.upos === 'VERB' ? head.head : undefined;
    if (verb === undefined) return;
    moved.set(at, verb);
    cases.add(as);
  });
  if (moved.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => {
    const verb = moved.get(at);
    if (verb !== undefined) return { ...node, head: verb, deprel: 'obl' };
    return cases.has(at) ? { ...node, deprel: 'case' } : node;
  }));
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose', 'which']);

// The who, whose or which opening the phrase `node` heads right after a comma (`, whose party`, `, who is`), if it does.
function relativeOpener(tree: DependencyTree, node: number): number | undefined {
  const { nodes, children } = tree;
  const opener = Math.min(node, ...(children[node] ?? []).filter((child) => nodes[child]?.upos !== 'PUNCT'));
  return RELATIVE_WORDS.has(nodes[opener]?.text.toLowerCase() ?? '') && nodes[opener - 1]?.text === ',' ? opener : undefined;
}

// `X, whose party supports the war, said he ...`: the parser sometimes makes the relative clause the sentence's root,
// with two subjects, and the main verb after it a dependent with none. The relative clause then hangs on the subject
// before it, and the verb after it, with no subject of its own, is the root whose subject that is.
function withRelativeClauseAsRoot(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const root = nodes.findIndex((node) => node.deprel === 'root');
  const subjects = (children[root] ?? []).filter((child) => nodes[child]?.deprel === 'nsubj');
  const [antecedent, relative] = subjects;
  if (nodes[root]?.upos !== 'VERB' || subjects.length !== 2 || antecedent === undefined || relative === undefined) return tree;
  // The second subject opens the relative clause right after a comma (`, whose party`, `, who`).
  const opener = relativeOpener(tree, relative);
  if (opener === undefined || opener <= antecedent) return tree;
  const main = (children[root] ?? []).find((child) => child > root && nodes[child]?.upos === 'VERB' && ['advcl', 'conj', 'parataxis', 'ccomp'].includes(nodes[child]?.deprel ?? '')
    && nodes[child - 1]?.text !== 'to' && !(children[child] ?? []).some((own) => /^(nsubj|csubj|mark)/.test(nodes[own]?.deprel ?? '')));
  return main === undefined ? tree : reroot(tree, root, main, antecedent, { head: antecedent, deprel: 'acl:relcl' });
}

// `X, Vosk's chairman, dismissed the remarks`, `The union's general secretary, X, called on Y`, `The RMT union called
// on Y to`: with a past form that could be a participle, the parser sometimes makes the subject phrase the root and
// the verb after it a participle hung on it (acl). Such a verb with no subject, auxiliary, agent or marker of its own
// (`X, backed by Y,` is a participle) is the clause's verb, the phrase its subject, when it closes an apposition or a
// relative clause with a comma (`The RMT union, which represents P&O's staff, called on Y`), or follows the phrase with
// no pause and has what a passive participle cannot: an object, a reported clause, or a party it calls on and what it
// calls for (`Soldiers killed in the ambush`, `the man accused of fraud` stay participles).
function withParticipleAsRoot(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const root = nodes.findIndex((node) => node.deprel === 'root');
  if (!['NOUN', 'PROPN'].includes(nodes[root]?.upos ?? '')) return tree;
  for (const verb of children[root] ?? []) {
    if (verb < root || nodes[verb]?.deprel !== 'acl' || nodes[verb]?.upos !== 'VERB' || !/ed$/i.test(nodes[verb]?.text ?? '')) continue;
    if (nodes[verb + 1]?.text.toLowerCase() === 'by') continue;
    const relations = (children[verb] ?? []).map((child) => nodes[child]?.deprel ?? '');
    if (relations.some((relation) => /^(nsubj|csubj|aux|obl:agent|mark)/.test(relation))) continue;
    const closed = nodes[verb - 1]?.text === ',' && (children[root] ?? []).some((child) => child > root && child < verb && ['appos', 'acl:relcl'].includes(nodes[child]?.deprel ?? ''));
    if (closed) return reroot(tree, root, verb, root);
    // (The subject phrase runs up to the verb: every word between is the root's, none a pause.)
    let adjacent = true;
    for (let at = root + 1; at < verb && adjacent; at++) adjacent = nodes[at]?.upos !== 'PUNCT' && descendsFrom(tree, at, root);
    const calledOn = relations.includes('obl') && (children[verb] ?? []).some((child) => ['xcomp', 'advcl'].includes(nodes[child]?.deprel ?? '') && nodes[child - 1]?.text.toLowerCase() === 'to');
    if (adjacent && (relations.includes('obj') || relations.includes('ccomp') || calledOn)) return reroot(tree, root, verb, root);
  }
  return tree;
}

// Whether the node at `node` hangs, through any number of heads, on `ancestor`.
function descendsFrom(tree: DependencyTree, node: number, ancestor: number): boolean {
  for (let at = tree.nodes[node]?.head ?? -1, steps = 0; at >= 0 && steps < tree.nodes.length; at = tree.nodes[at]?.head ?? -1, steps++) {
    if (at === ancestor) return true;
  }
  return false;
}

// `Shadow chancellor X, who is expected to stand, paid tribute to Y`: the parser sometimes makes the subject phrase the
// root, the relative clause a dependent of it and the main verb a conjunct of the relative clause's verb. A nominal root
// with a who/which clause whose verb has a conjunct after a comma, with no subject of its own, is that conjunct's subject.
function withRelativeConjunctAsRoot(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const root = nodes.findIndex((node) => node.deprel === 'root');
  if (!['NOUN', 'PROPN'].includes(nodes[root]?.upos ?? '')) return tree;
  for (const clause of children[root] ?? []) {
    if (clause < root || nodes[clause]?.upos !== 'VERB' || relativeOpener(tree, clause) === undefined) continue;
    const main = (children[clause] ?? []).find((child) => child > clause && nodes[child]?.deprel === 'conj' && nodes[child]?.upos === 'VERB' && nodes[child - 1]?.text === ','
      && !(children[child] ?? []).some((own) => /^(nsubj|csubj|aux|mark)/.test(nodes[own]?.deprel ?? '')));
    if (main === undefined) continue;
    const rerooted = reroot(tree, root, main, root);
    return toDependencyTree(rerooted.nodes.map((node, at) => (at === clause ? { ...node, head: root, deprel: 'acl:relcl' } : node.head === clause && at > main ? { ...node, head: main } : node)));
  }
  return tree;
}

// The tree with `verb` as its root and `subject` as the verb's subject, the old root hung as `demoted` says (or being the
// subject); what hung on the old root after the verb (its closing full stop) is the verb's.
function reroot(tree: DependencyTree, root: number, verb: number, subject: number, demoted?: { head: number; deprel: string }): DependencyTree {
  return toDependencyTree(tree.nodes.map((node, at) => {
    if (at === verb) return { ...node, head: -1, deprel: 'root' };
    if (at === subject) return { ...node, head: verb, deprel: 'nsubj' };
    if (at === root && demoted) return { ...node, ...demoted };
    return node.head === root && at > verb ? { ...node, head: verb } : node;
  }));
}

// `the opposition Bharatiya Janata Party accused X`: the parser sometimes hangs a name on the common noun (or the name)
// right before it as a bare nmod, leaving that word as the clause's subject or object; UD has no nmod without a case
// word, and the word describes the name (compound), which takes its place.
function withNounBeforeName(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the noun -> the name that takes its place
  nodes.forEach((node, at) => {
    const noun = nodes[node.head];
    // (Or on a name right before it: `the United States Supreme Court reversed`, `States` read as the subject.)
    if (node.deprel !== 'nmod' || node.upos !== 'PROPN' || (noun?.upos !== 'NOUN' && noun?.upos !== 'PROPN') || node.head > at) return;
    // The name's words follow the noun right away, and no case word (`of`, `in`) marks the name.
    if (nodes.slice(node.head + 1, at).some((word) => word.upos !== 'PROPN' || (word.head !== at && nodes[word.head]?.head !== at))) return;
    if ((children[at] ?? []).some((child) => nodes[child]?.deprel === 'case')) return;
    moved.set(node.head, at);
  });
  return withNamesForNouns(tree, moved);
}

// `X, the head of the Progressive Socialist Party, said`: the parser sometimes reads a phrase set off by commas right
// after a clause's subject as a second subject; of two subjects with only a comma between them, the second closed by
// a comma is the first's apposition.
function withApposedSubject(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, number>(); // the second subject -> the first
  const nominal = (at: number) => nodes[at]?.upos === 'NOUN' || nodes[at]?.upos === 'PROPN';
  nodes.forEach((_, verb) => {
    const subjects = (children[verb] ?? []).filter((child) => nodes[child]?.deprel === 'nsubj');
    const [first, second] = subjects;
    if (subjects.length !== 2 || first === undefined || second === undefined || !nominal(first) || !nominal(second)) return;
    // (Either comma may hang inside either phrase.)
    const opening = firstOf(tree, second) - 1;
    const closing = lastOf(tree, second);
    const comma = (at: number) => nodes[at]?.text === ',';
    if (!comma(opening) || lastOf(tree, first) < opening - 1 || lastOf(tree, first) > opening || !(comma(closing) || comma(closing + 1))) return;
    moved.set(second, first);
  });
  return reattached(tree, moved, 'appos');
}

// Each noun of `moved` describes the name its entry gives (compound), the name takes the noun's place in the tree, the
// noun's other dependents (`the`, `ruling`; not its own compounds) go with the name, and each word of `words` hangs on
// its name as a compound.
function withNamesForNouns(tree: DependencyTree, moved: ReadonlyMap<number, number>, words: ReadonlyMap<number, number> = new Map()): DependencyTree {
  if (moved.size === 0) return tree;
  const { nodes } = tree;
  const names = new Map([...moved].map(([noun, name]) => [name, noun]));
  return toDependencyTree(nodes.map((node, at) => {
    const name = moved.get(at) ?? words.get(at);
    if (name !== undefined) return { ...node, head: name, deprel: 'compound' };
    const noun = names.get(at);
    const place = noun === undefined ? undefined : nodes[noun];
    if (place) return { ...node, head: place.head, deprel: place.deprel };
    const owner = moved.get(node.head);
    return owner !== undefined && node.deprel !== 'compound' ? { ...node, head: owner } : node;
  }));
}

// `wrote to Speaker X asking him to convene parliament`: the parser sometimes reads `to` as the infinitive's mark of an
// -ing form, with the phrase after it as that form's subject; `to` marks no -ing form, so it is the phrase's
// preposition, and the phrase an oblique of the verb the -ing clause hangs on.
function withPrepositionBeforeGerund(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, { to: number; verb: number }>(); // the phrase -> its `to` and the verb it hangs on
  nodes.forEach((node, at) => {
    const gerund = nodes[node.head];
    if (node.deprel !== 'mark' || node.text.toLowerCase() !== 'to' || gerund?.xpos !== 'VBG' || gerund.head < 0) return;
    const subject = (children[node.head] ?? []).find((child) => child > at && child < node.head && nodes[child]?.deprel === 'nsubj');
    if (subject !== undefined) moved.set(subject, { to: at, verb: gerund.head });
  });
  if (moved.size === 0) return tree;
  const marks = new Map([...moved].map(([phrase, { to }]) => [to, phrase]));
  return toDependencyTree(nodes.map((node, at) => {
    const phrase = marks.get(at);
    if (phrase !== undefined) return { ...node, head: phrase, deprel: 'case' };
    const link = moved.get(at);
    return link === undefined ? node : { ...node, head: link.verb, deprel: 'obl' };
  }));
}

// `..., calling on the army to remain loyal to him and urging X to go`: the parser sometimes coordinates the second
// -ing form with a word inside the first one's clause; an -ing form coordinated with no -ing form is the conjunct of the
// nearest -ing form above it that heads a clause of its own.
function withParallelParticiple(tree: DependencyTree): DependencyTree {
  const { nodes } = tree;
  const moved = new Map<number, number>(); // the -ing form -> the -ing form it is coordinated with
  nodes.forEach((node, at) => {
    if (node.deprel !== 'conj' || node.xpos !== 'VBG' || nodes[node.head]?.xpos === 'VBG') return;
    for (let above = nodes[node.head]?.head ?? -1, steps = 0; above >= 0 && steps < nodes.length; above = nodes[above]?.head ?? -1, steps++) {
      const candidate = nodes[above];
      if (candidate?.xpos === 'VBG' && ['advcl', 'conj', 'xcomp', 'ccomp', 'root'].includes(candidate.deprel)) {
        moved.set(at, above);
        break;
      }
    }
  });
  if (moved.size === 0) return tree;
  return toDependencyTree(nodes.map((node, at) => {
    const first = moved.get(at);
    return first === undefined ? node : { ...node, head: first };
  }));
}

// `the chairman of the backbench 1922 Committee`, `leader of the main opposition Republican People's party`, `leader of
// the anti-immigrant Northern League`: the parser often makes the common noun before a body's name the phrase's head,
// hanging the name's words on it (or elsewhere) as appositions; the name is the phrase's head, and the noun describes it
// (compound), its other dependents going with it.
function withBodyAfterNoun(tree: DependencyTree, mentionOf: readonly (ActorMention | undefined)[]): DependencyTree {
  const { nodes } = tree;
  const moved = new Map<number, number>(); // the noun -> the name's last word, its head now
  const words = new Map<number, number>(); // each other word of the name -> that last word
  nodes.forEach((node, at) => {
    const body = mentionOf[at + 1];
    if (node.upos !== 'NOUN' || !/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(node.text) || mentionOf[at] || body?.type !== 'Organization' || mentionOf[at - 1] === body) return;
    let last = at + 1;
    while (mentionOf[last + 1] === body) last++;
    // (Only a noun hung on a word before it, an `of` phrase's head: one hung on the name, or on a word after the name as
    // the name is, `the ruling Fidesz party`, is read right; one heading the clause is another misreading.)
    if (node.head < 0 || node.head >= at) return;
    // The name's words hang on one another, on the noun or on the noun's head, and on nothing else; its last word
    // perhaps elsewhere, but not as a clause's argument (`The sportswear company Nike suspended`: its subject).
    const inside = (head: number) => head >= at + 1 && head <= last;
    const loose = (word: TreeNode, k: number) => at + 1 + k === last && !/^(nsubj|obj|iobj|csubj)/.test(word.deprel);
    if (!nodes.slice(at + 1, last + 1).every((word, k) => inside(word.head) || word.head === at || word.head === node.head || loose(word, k))) return;
    moved.set(at, last);
    for (let word = at + 1; word < last; word++) if (!inside(nodes[word]?.head ?? -1)) words.set(word, last);
  });
  return withNamesForNouns(tree, moved, words);
}

// Signs that open an amount of money (`$`, `£`, `€`).
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥']);
// The words an amount and the nouns it qualifies may run over before their head (`71-a-share`, `3.9bn takeover`).
const AMOUNT_TAGS: ReadonlySet<string> = new Set(['NUM', 'NOUN', 'ADJ', 'SYM']);

// `accepted Arcelor's C$71-a-share offer`, `recommended a raised £3.9bn takeover offer from Y`: the parser reads the
// sign of an amount written before a noun as the head of the verb's argument, and the noun after it as another of the
// verb's dependents (the tagger may even read it as a verb: `takeover offer`). The last noun of the run of words after
// the sign (numbers, hyphened `a`, nouns, adjectives) takes the sign's place, and the amount qualifies it.
function withAmountBeforeNoun(tree: DependencyTree): DependencyTree {
  const { nodes } = tree;
  const moved = new Map<number, Partial<TreeNode>>();
  nodes.forEach((node, at) => {
    if (!CURRENCY_SIGNS.has(node.text) || !ARGUMENT_RELATIONS.has(node.deprel)) return;
    let head: number | undefined;
    for (let k = at + 1; k < nodes.length; k++) {
      const word = nodes[k] as TreeNode;
      const hyphened = word.text === '-' || (word.upos === 'DET' && nodes[k - 1]?.text === '-');
      // (A noun the tagger read as a verb in its base form, right after a noun: `takeover offer`.)
      const misread = word.upos === 'VERB' && word.xpos === 'VB' && nodes[k - 1]?.upos === 'NOUN';
      if (!hyphened && !AMOUNT_TAGS.has(word.upos) && !misread) break;
      if (word.upos === 'NOUN' || misread) head = k;
    }
    if (head === undefined || (nodes[head]?.head !== node.head && nodes[head]?.head !== at)) return;
    moved.set(head, { head: node.head, deprel: node.deprel, upos: 'NOUN', xpos: 'NN' });
    moved.set(at, { head, deprel: 'compound' });
    // (What hung on the noun read as a verb is the noun's: `offer from Y`.)
    for (const child of tree.children[head] ?? []) if (nodes[child]?.deprel === 'obl') moved.set(child, { deprel: 'nmod' });
  });
  return withChanges(tree, moved);
}

// `criticized several ministers, including X`, `sanctioned firms such as X`: the parser may hang the members a plural
// object names after `including` or `such as` on the verb, though nothing but a comma stands between the object's phrase
// and them; they are the object's members, as in `ministers including X`, unless the subject is a plural too.
function withMembersOnVerb(tree: DependencyTree): DependencyTree {
  const { nodes, children } = tree;
  const moved = new Map<number, Partial<TreeNode>>();
  nodes.forEach((node, at) => {
    if (node.deprel !== 'obl') return;
    const marker = (children[at] ?? []).find((child) => nodes[child]?.deprel === 'case' && MEMBER_CASES.has(nodes[child]?.text.toLowerCase() ?? ''));
    if (marker === undefined) return;
    const object = (children[node.head] ?? []).find((child) => nodes[child]?.deprel === 'obj' && nodes[child]?.xpos === 'NNS' && child < marker);
    // (`Several countries criticized the measures, including Norway`: with a plural subject, they may be its members.)
    const pluralSubject = (children[node.head] ?? []).some((child) => nodes[child]?.deprel.startsWith('nsubj') === true && nodes[child]?.xpos === 'NNS');
    if (object === undefined || pluralSubject) return;
    const end = phraseEnd(tree, object);
    if (end + 1 < marker && !(end + 2 === marker && nodes[end + 1]?.text === ',')) return;
    moved.set(at, { head: object, deprel: 'nmod' });
  });
  return withChanges(tree, moved);
}
