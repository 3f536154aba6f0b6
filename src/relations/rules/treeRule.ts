import { isPartyOffice } from '../../knowledge/isPartyOffice';
import type { Knowledge } from '../../knowledge/Knowledge';
import { GROUP_NOUNS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS, PARTY_PEOPLE_NOUNS } from '../../mentions/nameWords';
import { normalizeKey } from '../../text/normalizeKey';
import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import type { TriggerRule } from '../TriggerRule';
import type { PartyReference } from '../syntax/PartyReference';
import type { CompiledTreePattern, CompiledTreePatterns } from '../tree/compileTreePatterns';
import { followPath } from '../tree/followPath';
import { MODALS, NEGATORS } from '../tree/clauseWords';
import { isAsserted } from '../tree/isAsserted';
import { phraseEnd } from '../tree/phraseEnd';
import { wordsOf } from '../tree/wordsOf';
import { caseOf, NAME_RELATIONS, partiesAt } from '../tree/partiesAt';
import { roleTitle } from '../tree/roleTitle';
import { isPassive, subjectsOf } from '../tree/subjectsOf';
import type { TreeView } from '../tree/TreeView';
import { viewTree } from '../tree/TreeView';
import type { DiscourseContext } from '../syntax/DiscourseContext';
import { isParty } from '../syntax/isParty';
import { possessiveHolder } from '../syntax/possessiveHolder';
import { isReciprocal } from './isReciprocal';
import { pairs } from './pairs';

const VERB_TAGS = new Set(['VERB']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
// The parser tags `executive` in `chief executive` as an adjective as often as a noun.
const ROLE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
// How a title written before a name hangs on it (`Governor` of `Governor Kamau Thugge`).
const TITLE_MODIFIERS = new Set(['nmod:desc', 'compound', 'amod']);

/** The rule that reads relations from a parsed sentence's dependency tree with the given patterns (sentences not parsed give none). */
export function treeRule(compiled: CompiledTreePatterns): PatternRule {
  return {
    id: 'tree',
    reason: 'a relation pattern over the sentence\'s dependency tree',
    match(s, context, lexicon) {
      const v = viewTree(s);
      if (!v) return [];
      const matches: RelationMatch[] = [];
      v.tree.nodes.forEach((node, at) => {
        const kind = VERB_TAGS.has(node.upos) ? 'verb' : NOUN_TAGS.has(node.upos) ? 'noun' : node.upos === 'ADJ' ? 'adjective' : undefined;
        const word = v.lower[at] ?? '';
        const token = v.tokenOf[at] ?? -1;
        if (token < 0) return;
        const role = isRoleNoun(v, at, compiled.knowledge);
        // `heroically optimistic`: an adverb on an adjective tells its degree, not how a party acted.
        const degree = node.deprel === 'advmod' && v.tree.nodes[node.head]?.upos === 'ADJ';
        const judged = v.mentionOf[at] || degree ? undefined : lexicon.judgments.get(word);
        // `X said Y must withdraw`: an auxiliary of obligation can be a pattern's trigger.
        const modal = node.deprel === 'aux';
        if (!kind && !role && !judged && !modal) return;
        const listed = kind === 'verb' ? lexicon.verbs.get(word) : kind === 'noun' ? lexicon.nouns.get(word) : undefined;
        let asserted: boolean | undefined;
        let post: { asserted: boolean; title: string } | undefined;
        let judgedAsserted: boolean | undefined;
        for (const entry of compiled.byWord.get(word) ?? compiled.anyWord) {
          const { trigger: wanted, id, reason } = entry.pattern;
          if (wanted.lexicon === 'judgment') {
            if (!judged || (entry.words && !entry.words.has(word)) || (wanted.types && !wanted.types.includes(judged.type))) continue;
            judgedAsserted ??= isJudgmentAsserted(v, judgingClause(v, at));
            if (judgedAsserted) matches.push(...matchPattern(v, at, token, judged, entry, compiled, context, undefined));
            continue;
          }
          if (wanted.lexicon === 'modal') {
            if (!modal || !entry.words?.has(word) || !wanted.type) continue;
            if (wanted.perfect ? !isUnmetObligation(v, node.head) : !isObligation(v, node.head)) continue;
            // The clause the auxiliary is of may have it and still be stated; not disputed or conditional, nor negated
            // unless unmet (`should never have signed` reproaches as `should have refused` does).
            if (!isAsserted(v, node.head, false, entry.words, wanted.perfect)) continue;
            matches.push(...matchPattern(v, at, token, ownTrigger(id, wanted.type, reason), entry, compiled, context, undefined));
            continue;
          }
          if (wanted.lexicon === 'role') {
            if (!role || (wanted.tense === 'present' && predicatedInPast(v, at))) continue;
            post ??= { asserted: isAsserted(v, at, true), title: roleTitle(v, at, compiled.knowledge) };
            if (!post.asserted) continue;
            matches.push(...matchPattern(v, at, token, ownTrigger(id, 'HOLDS_ROLE', reason), entry, compiled, context, post.title));
            continue;
          }
          // (An adjective pattern's own words are adjectives, whatever the tagger took them for: `was scathing about X`.)
          if ((wanted.lexicon === 'adjective' ? !kind : wanted.lexicon !== kind) || (entry.words && !entry.words.has(word))) continue;
          // A pattern that names its own words and relation is its own trigger; the others read the lexicon's.
          const trigger: TriggerRule | undefined = wanted.type ? ownTrigger(id, wanted.type, reason) : listed;
          if (!trigger || (wanted.types && !wanted.types.includes(trigger.type))) continue;
          if (wanted.voice && (wanted.voice === 'passive') !== isPassive(v, at)) continue;
          if (wanted.tense === 'present' && isPast(v, at)) continue;
          if (wanted.infinitive && !hasInfinitive(v, at)) continue;
          if (entry.particles && !hasParticle(v, at, entry.particles.get(word))) continue;
          if (wanted.conditional && !isConditionalAct(v, at)) continue;
          // (A refusal's own negation is what it states: `would not accept X`.)
          const stated = wanted.negated ? isNegated(v, at, kind) : (asserted ??= isAsserted(v, at));
          if (!stated) continue;
          matches.push(...matchPattern(v, at, token, trigger, entry, compiled, context, entry.titles?.get(word)));
        }
      });
      return matches;
    },
  };
}

function matchPattern(
  v: TreeView,
  at: number,
  token: number,
  trigger: TriggerRule,
  { pattern, source, target }: CompiledTreePattern,
  compiled: CompiledTreePatterns,
  context: DiscourseContext,
  title: string | undefined,
): RelationMatch[] {
  // An office ties a person (the holder) to a body; a body's party gives only party offices (`Labour MP X` is a member).
  const role = trigger.type === 'HOLDS_ROLE' ? title : undefined;
  // A membership ties a person to a body (`Kenya, a member of the Security Council` is no person's).
  const member = trigger.type === 'MEMBER_OF';
  const only = (kind: string) => (member ? (node: number) => ofKind(partiesAt(v, node, context), kind) : undefined);
  const named = pattern.namedTarget ? (node: number) => (v.tree.nodes[node]?.upos === 'PRON' ? undefined : partiesAt(v, node, context)) : undefined;
  // (With namedTarget, still no pronoun; with actorTarget, not the owner of a thing the phrase names.)
  const anyParty = named ?? ((node: number) => partiesAt(v, node, context));
  const actor = pattern.actorTarget ? (node: number) => { const parties = anyParty(node); return parties?.topic === undefined ? parties : undefined; } : named;
  const country = pattern.demonymTarget ? (node: number) => (actor ?? anyParty)(node) ?? demonymAt(v, node) : undefined;
  const party = (node: number) => {
    const mention = v.mentionOf[node];
    return mention && isParty(v.s, mention) ? partiesAt(v, node, context) : undefined;
  };
  let holderNode: number | undefined;
  const sources = role === undefined ? firstParties(v, at, source, compiled, context, only('person:')) : firstParties(v, at, source, compiled, context, (node) => {
    const party = holder(v, at, node, context);
    if (party) holderNode ??= node;
    return party;
  });
  if (!sources) return [];
  // A verb's office is the post named after `as` (`joined Y as chief economist`), or the title written before the
  // holder's name (`headed by Governor X`), or the verb's own (`headed`: Head).
  const office = role === undefined || pattern.trigger.lexicon !== 'verb'
    ? role
    : postAs(v, at, compiled.knowledge) ?? (holderNode === undefined ? undefined : titleWith(v, holderNode, compiled.knowledge)) ?? role;
  const own = trigger.id === pattern.id;
  const base = {
    type: trigger.type,
    rule: own ? `tree-${pattern.id}` : `tree-${pattern.id}:${trigger.id}`,
    reason: own ? pattern.reason : `${trigger.reason}; ${pattern.reason}`,
    trigger: token,
    ...(office === undefined ? {} : { title: office }),
  };
  const targets = office === undefined ? firstParties(v, at, target, compiled, context, pattern.partyTarget ? party : only('organization:') ?? country ?? actor) : firstParties(v, at, target, compiled, context, (node) => body(v, node, office, compiled.knowledge, context));
  if (targets) {
    const topic = office === undefined ? targets.topic ?? sources.topic : undefined;
    return pairs(sources.entities, targets.entities, { ...base, ...(topic ? { topic } : {}), ...(targets.sides ? { sides: true as const } : {}) });
  }
  // `Serbia and Kosovo met`, `talks between X and Y`: with no other side named, coordinated parties relate to each other.
  const [first, ...others] = sources.entities;
  return pattern.reciprocal && isReciprocal(trigger) && first !== undefined ? pairs([first], others, base) : [];
}

// The parties the first path that reaches any gives (`partiesOf` tells the parties a node names).
function firstParties(
  v: TreeView,
  at: number,
  paths: CompiledTreePattern['source'],
  compiled: CompiledTreePatterns,
  context: DiscourseContext,
  partiesOf: (node: number) => PartyReference | undefined = (node) => partiesAt(v, node, context),
): PartyReference | undefined {
  for (const steps of paths) {
    // (A path that leaves the trigger and comes back to it names no party: `^obj{light} obj`, for `pledged Y his
    // support`, leads back to `support` in `had the support of Y`.)
    const away = steps.some((step) => step.relation !== 'self');
    const parties = followPath(v, at, steps, compiled.wordClasses).flatMap((node) => {
      if (away && node === at) return [];
      const party = partiesOf(node);
      return party ? [party] : [];
    });
    const [first] = parties;
    if (first) {
      return parties.length === 1 ? first : { ...first, entities: [...new Set(parties.flatMap((party) => party.entities))], mentions: parties.flatMap((party) => party.mentions) };
    }
  }
  return undefined;
}

// The person a node names as the holder of the post at `post`: one person, not those coordinated with it (`Finland's
// President X, Germany's Foreign Minister Y`). An apposition ends with punctuation or the sentence (`X, a detective for
// Y, said`); one that runs on into a verb is a misparse (`According to X, a detective for Y was paid`). A name the post's
// noun names itself is written after it (`President X`), and, after a comma, closes its apposition too, unless the
// title opens the clause (`CEO of Y, X said`; not `her years as Chile's ambassador, X told reporters`).
function holder(v: TreeView, post: number, apposedTo: number, context: DiscourseContext): PartyReference | undefined {
  const node = lastConjunctBefore(v, post, apposedTo);
  const party = partiesAt(v, node, context, false);
  const entities = (party?.entities ?? []).filter((entity) => entity.startsWith('person:'));
  if (!party || entities.length === 0) return undefined;
  const { nodes, children } = v.tree;
  // `Microsoft spokesman Frank Shaw declined` misparsed as two subjects: the name beside the post is named with it.
  const subject = (at: number) => nodes[at]?.deprel.startsWith('nsubj') === true;
  const beside = node !== post && nodes[node]?.head === nodes[post]?.head && subject(node) && subject(post);
  if (node !== post && !beside) {
    const apposed = nodes[post]?.deprel === 'appos' || nodes[post]?.deprel === 'conj';
    return !apposed || closesPhrase(v, post) ? { ...party, entities } : undefined;
  }
  const named = party.mentions[0];
  if (named && named.first < (v.tokenOf[post] ?? 0)) return undefined;
  const apposed = beside ? node : (children[post] ?? []).find((child) => nodes[child]?.deprel === 'appos' && v.mentionOf[child] === named);
  const comma = apposed !== undefined && nodes[phraseSpan(v, apposed)[0] - 1]?.upos === 'PUNCT';
  return !comma || closesPhrase(v, apposed) || opensClause(v, post) ? { ...party, entities } : undefined;
}

// `X and Y, the head of Z`: a singular apposition after a coordination describes the member nearest it, whichever
// member the parser hung it on (not `X and Y, the heads of Z`, nor a post written before the names).
function lastConjunctBefore(v: TreeView, post: number, node: number): number {
  const { nodes, children } = v.tree;
  if (nodes[post]?.deprel !== 'appos' || nodes[post]?.xpos === 'NNS' || post < node) return node;
  // (A member is a person written with `and`, under a title perhaps: `and Adm. Mike Mullen`; not `X, D-Mass.,`.)
  const person = (child: number) => [child, ...(children[child] ?? [])].some((word) => v.mentionOf[word]?.type === 'Person');
  const coordinated = (child: number) => (children[child] ?? []).some((word) => nodes[word]?.deprel === 'cc');
  return (children[node] ?? []).filter((child) => nodes[child]?.deprel === 'conj' && child < post && coordinated(child) && person(child)).at(-1) ?? node;
}

// The country a country's word at `node` names (`British` of `British beef`).
function demonymAt(v: TreeView, node: number): PartyReference | undefined {
  const mention = v.mentionOf[node];
  return mention?.kind === 'demonym' && mention.type === 'Country' ? { entities: [mention.entity], edge: Math.max(v.tokenOf[node] ?? 0, 0), mentions: [mention] } : undefined;
}

// The parties of a reference whose entity ids start with `kind` (`person:`), if any.
function ofKind(party: PartyReference | undefined, kind: string): PartyReference | undefined {
  const mentions = party?.mentions.filter((mention) => mention.entity.startsWith(kind)) ?? [];
  return party && mentions.length > 0 ? { ...party, entities: party.entities.filter((entity) => entity.startsWith(kind)), mentions } : undefined;
}

// The first and last node of the phrase a node heads.
function phraseSpan(v: TreeView, node: number): [number, number] {
  let first = node;
  let last = node;
  for (let next = [node]; next.length > 0; next = next.flatMap((at) => v.tree.children[at] ?? [])) {
    for (const at of next) {
      if (v.tree.nodes[at]?.upos === 'PUNCT') continue;
      first = Math.min(first, at);
      last = Math.max(last, at);
    }
  }
  return [first, last];
}

// Whether the phrase a node heads is followed by punctuation, a conjunction (`X, an executive with Y and one of the
// experts`) or the sentence's end.
function closesPhrase(v: TreeView, node: number): boolean {
  const after = v.tree.nodes[phraseSpan(v, node)[1] + 1];
  return after === undefined || after.upos === 'PUNCT' || after.upos === 'CCONJ';
}

// Whether the phrase a node heads opens the sentence or a clause (after punctuation or a conjunction).
function opensClause(v: TreeView, node: number): boolean {
  const before = v.tree.nodes[phraseSpan(v, node)[0] - 1];
  return before === undefined || before.upos === 'PUNCT' || before.upos === 'CCONJ';
}

// The noun the relative clause holding the pronoun at `node` describes (`the party, which X leads`: party).
function antecedentOf(v: TreeView, node: number): number {
  const clause = v.tree.nodes[node]?.head ?? -1;
  return v.tree.nodes[clause]?.deprel === 'acl:relcl' ? v.tree.nodes[clause]?.head ?? -1 : -1;
}

// Whether the node is a body's or a country's name, or a body's common word (`party`, `group`).
function namesBody(v: TreeView, node: number): boolean {
  const mention = v.mentionOf[node];
  return mention ? mention.type === 'Organization' || mention.type === 'Country' : ORGANIZATION_HEADS.has(v.lower[node] ?? '') || ORGANIZATION_NOUNS.has(v.lower[node] ?? '');
}

// Relative pronouns that stand for the body their clause describes, when the noun it follows is one (`whose` always is).
const BODY_RELATIVES: ReadonlySet<string> = new Set(['which', 'that']);

// The body a node names that a post can be held at: an organization or country named there (with those coordinated
// with it), before a body's word (`the VMRO-DPMNE party`) or owning the office or department named there (`the LA
// Sheriff's office`); not a capital standing for a place (`a lawyer in Paris`), a group's party (`the delegation from
// ECOWAS`) or a political party, except for the offices a party gives; and not a country a diplomat is posted to or
// an envoy is for (`envoy for Sudan`).
function body(v: TreeView, node: number, title: string, knowledge: Knowledge, context: DiscourseContext): PartyReference | undefined {
  const own = v.mentionOf[node];
  const word = v.lower[node] ?? '';
  // `Its editor, X`, `its leader X`, `the company's founder, X`: the body a possessive pronoun or a body's common noun
  // refers to, as the title rules read it, when the holder is named right at the post (not `his lawyer` or `the
  // country's best-known commentator`: a person's own people, or no post).
  const post = v.tree.nodes[node]?.head ?? -1;
  const referring = !own && (word === 'its' || word === 'their' || ORGANIZATION_NOUNS.has(word)) && v.tree.nodes[node]?.deprel === 'nmod:poss';
  const named = referring && (v.tree.children[post] ?? []).some((child) => NAME_RELATIONS.has(v.tree.nodes[child]?.deprel ?? '') && child > post && v.mentionOf[child]?.type === 'Person');
  const at = v.tokenOf[node] ?? -1;
  const holder = named ? possessiveHolder(v.s, at, context) : undefined;
  if (holder) return { entities: [holder], edge: at, mentions: [] };
  // (`whose` stands for the body its relative clause describes: `The KLA, whose political leader X`; so do `which` and
  // `that`: `The party, which is led by X`, `the university that X founded`.)
  if (!namesBody(v, node) && word !== 'whose' && !BODY_RELATIVES.has(word)) return undefined;
  // `the nationalist VMRO-DPMNE party`, `the human rights group Liberty`: a body's word before or after its name is
  // that body.
  const name = own ? undefined : (v.tree.children[node] ?? []).find((child) => ['compound', 'flat', 'appos'].includes(v.tree.nodes[child]?.deprel ?? '') && v.mentionOf[child]);
  const party = partiesAt(v, name ?? node, context);
  // `president of Brazil's electoral court`: an unnamed body a country owns is not the country (its government is);
  // a body's unnamed committee is the body's (`chairman of the Bundestag's foreign affairs committee`).
  if (!party || (!own && !name && party.topic !== undefined && party.mentions.every((mention) => mention.type === 'Country'))) return undefined;
  // (`the Sony/ATV catalogue, which he owns`: a relative pronoun stands for a body only when the noun it follows is
  // the body's name or a body's word.)
  if (!own && BODY_RELATIVES.has(word) && !namesBody(v, antecedentOf(v, node))) return undefined;
  const words = normalizeKey(title).split(' ');
  // (`president of the Liberal Democratic party`: a post named as the party's own, after `of`, is the party's, whatever
  // the post; a party's name before a post names it only for the party's own offices: `Labour MP X` is a member.)
  // (The party may be named by its word's name: `head of the Yesh Atid party`.)
  const ofParty = (own ?? (name === undefined ? undefined : v.mentionOf[name]))?.kind === 'party';
  const partyOffice = isPartyOffice(words, knowledge) || (ofParty && v.tree.nodes[node]?.deprel === 'nmod' && caseOf(v, node).includes('of'));
  const posting = knowledge.postings.has(words.at(-1) ?? '');
  // `Russia's U.N. Ambassador`, `envoy for Sudan`: the body or country named with a diplomat's post is where it is posted.
  const postedTo = v.tree.nodes[node]?.deprel === 'compound' || (own?.type === 'Country' && caseOf(v, node).some((word) => word === 'for' || word === 'to'));
  if (posting && postedTo) return undefined;
  const mentions = party.mentions.filter((mention) =>
    (mention.type === 'Organization' || mention.type === 'Country') && mention.kind !== 'capital' && mention.kind !== 'demonym' && (mention.kind !== 'party' || partyOffice));
  return mentions.length > 0 ? { ...party, entities: [...new Set(mentions.map((mention) => mention.entity))], mentions } : undefined;
}

// `joined Google as chief economist`: the post a verb of taking or holding one names after `as`.
function postAs(v: TreeView, verb: number, knowledge: Knowledge): string | undefined {
  const post = (v.tree.children[verb] ?? []).find((child) => v.tree.nodes[child]?.deprel === 'obl' && caseOf(v, child).includes('as') && isRoleNoun(v, child, knowledge));
  return post === undefined ? undefined : roleTitle(v, post, knowledge);
}

// `Governor Kamau Thugge`: the title written before a person's name, as the name's modifier, as the head it names or
// as the node the holder was found at.
function titleWith(v: TreeView, holder: number, knowledge: Knowledge): string | undefined {
  const { nodes, children } = v.tree;
  const head = nodes[holder]?.head ?? -1;
  const named = ['flat', 'appos'].includes(nodes[holder]?.deprel ?? '') && head < holder ? [head] : [];
  const post = [holder, ...(children[holder] ?? []).filter((child) => child < holder && TITLE_MODIFIERS.has(nodes[child]?.deprel ?? '')), ...named]
    .find((node) => isRoleNoun(v, node, knowledge));
  return post === undefined ? undefined : roleTitle(v, post, knowledge);
}

// How a judging word hangs on what it judges: `a courageous leader`, `acted irresponsibly`, `got the facts wrong`,
// `called Y a liar`, `described Y as reckless` (or `as` hung on the object: `described Y's plan as a stunt`); and the
// object it is said of (`called Y's government a criminal regime`), which is as stated as its verb (`called` is no call
// for anything here).
const JUDGING_RELATIONS = new Set(['amod', 'advmod', 'xcomp', 'appos', 'obl', 'obj']);

// The word whose clause a judging word is said in: the noun or verb it modifies or completes, which is negated or
// reported (`was not a courageous leader`, `denied that Y had acted irresponsibly`), not the judging word itself.
function judgingClause(v: TreeView, word: number): number {
  let at = word;
  // (A word coordinated with a judging word, no clause of its own, is said where it is: `called X unwise and unlawful`.)
  const coordinated = (node: number) => v.tree.nodes[node]?.deprel === 'conj' && !(v.tree.children[node] ?? []).some((child) => /^(nsubj|cop|aux|advmod)/.test(v.tree.nodes[child]?.deprel ?? ''));
  const judging = (node: number) => JUDGING_RELATIONS.has(v.tree.nodes[node]?.deprel ?? '') || (v.tree.nodes[node]?.deprel === 'nmod' && caseOf(v, node).includes('as')) || coordinated(node);
  while (judging(at) && (v.tree.nodes[at]?.head ?? -1) >= 0) at = v.tree.nodes[at]?.head ?? -1;
  return at;
}

// `X said Y would be a first-class owner`: a judgment of what a party would be is made now, as a judgment; the reported
// clause's `would` leaves it as stated as the verb reporting it.
const JUDGMENT_MODALS: ReadonlySet<string> = new Set(['would']);
function isJudgmentAsserted(v: TreeView, clause: number): boolean {
  return isAsserted(v, clause, false, v.tree.nodes[clause]?.deprel === 'ccomp' ? JUDGMENT_MODALS : undefined);
}

// A pattern that states its own relation is its own trigger (the edge keeps the pattern's id and reason).
function ownTrigger(id: string, type: TriggerRule['type'], reason: string): TriggerRule {
  return { id, type, reason, verbs: [], nouns: [], judgments: [], oneWay: false };
}

// `Y should have resigned`, `Y should have been tougher`: an obligation Y did not meet; not `Y should have been
// warned`, where Y is the one others failed.
function isUnmetObligation(v: TreeView, clause: number): boolean {
  const dependents = (v.tree.children[clause] ?? []).map((child) => ({ relation: v.tree.nodes[child]?.deprel ?? '', word: v.lower[child] ?? '' }));
  return dependents.some(({ relation, word }) => relation === 'aux' && word === 'have') && !dependents.some(({ relation }) => relation === 'aux:pass' || relation === 'nsubj:pass');
}

// `Y must withdraw`: an obligation still to be met. `Y should have asked` reproaches a past act, `Y should be ashamed`
// and `Y must be stopped` judge or would act on Y: none asks Y to act.
function isObligation(v: TreeView, clause: number): boolean {
  return !(v.tree.children[clause] ?? []).some((child) => {
    const relation = v.tree.nodes[child]?.deprel ?? '';
    return relation === 'cop' || relation === 'aux:pass' || relation === 'nsubj:pass' || (relation === 'aux' && /^ha(ve|s|d)$/.test(v.lower[child] ?? ''));
  });
}

// Whether a node is a noun for a post, not part of a name (`Director` of `Director of Public Prosecutions`).
function isRoleNoun(v: TreeView, node: number, knowledge: Knowledge): boolean {
  const word = v.tree.nodes[node];
  return word !== undefined && ROLE_TAGS.has(word.upos) && !v.mentionOf[node] && knowledge.roleNouns.has(normalizeKey(word.text));
}

// `turned down the offer`, `turned the offer down`: one of the verb's particles right after it or its object, however
// the parser hung it (as the case of a noun too: `brushed aside the criticism`, `let its customers down badly`), or
// among its dependents.
function hasParticle(v: TreeView, verb: number, particles: ReadonlySet<string> | undefined): boolean {
  if (!particles) return false;
  const children = v.tree.children[verb] ?? [];
  const object = children.find((child) => v.tree.nodes[child]?.deprel === 'obj');
  return particles.has(v.lower[verb + 1] ?? '') || (object !== undefined && particles.has(v.lower[phraseEnd(v.tree, object) + 1] ?? ''))
    || children.some((child) => particles.has(v.lower[child] ?? '') && v.tree.nodes[child]?.deprel === 'compound:prt');
}

// `managed Rangers in the 1980s`, `had owned the club`: a verb in the simple past or the past perfect.
// `He was director of programmes at X`: a post predicated in the past was held before (not `was re-elected leader`,
// whatever hangs the copula on the noun).
const PAST_COPULAS: ReadonlySet<string> = new Set(['was', 'were']);
// (`X's chairman was Y`: a post that is the subject of a name has the copula on the name.)
function predicatedInPast(v: TreeView, at: number): boolean {
  const { nodes, children } = v.tree;
  const predicate = nodes[at]?.deprel === 'nsubj' ? nodes[at]?.head ?? at : at;
  const copula = (children[predicate] ?? []).find((child) => nodes[child]?.deprel === 'cop' && PAST_COPULAS.has(v.lower[child] ?? ''));
  return copula !== undefined && !nodes.slice(Math.min(copula, at) + 1, Math.max(copula, at)).some((node) => node.upos === 'VERB');
}

function isPast(v: TreeView, at: number): boolean {
  const xpos = v.tree.nodes[at]?.xpos;
  return xpos === 'VBD' || (xpos === 'VBN' && wordsOf(v, at, 'aux').includes('had'));
}

// `would not accept X`, `will never recognise X`: the verb's own negation as a stance, with a modal of will or ability or
// `never`; not a fact of the past (`have not recognized X`), nor a stance on terms (`would not accept it if ...`).
function isNegatedStance(v: TreeView, at: number): boolean {
  const negators = wordsOf(v, at, 'advmod').filter((word) => NEGATORS.has(word));
  const stance = negators.includes('never') || wordsOf(v, at, 'aux').some((word) => STANCE_MODALS.has(word));
  const conditional = clausesOf(v, at, CONDITIONAL).some((condition) => wordsOf(v, condition, 'mark').some((word) => CONDITIONS.has(word)));
  return negators.length > 0 && stance && !conditional;
}

// A trigger whose own negation is what it states, in a stated clause: a verb negated as a stance (`would not accept
// X`); a noun with `no` as its determiner (`no confidence in X`), or compounded into a word that `no` determines (`a
// no-confidence motion`), whose clause is then that word's.
function isNegated(v: TreeView, at: number, kind: 'verb' | 'noun' | 'adjective' | undefined): boolean {
  if (kind !== 'noun') return isNegatedStance(v, at) && isAsserted(v, at, false, MODALS, true);
  const phrase = v.tree.nodes[at]?.deprel === 'compound' ? v.tree.nodes[at]?.head ?? at : at;
  const no = v.tree.children[phrase]?.some((child) => v.tree.nodes[child]?.deprel === 'det' && v.lower[child] === 'no' && child < at) === true;
  return no && isAsserted(v, phrase, false, MODALS, true);
}

// Modals of will or ability that make a negated verb a stance: `would not`, `will not`, `cannot`, `won't`.
const STANCE_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'can', 'ca', 'wo', "'ll", 'shall']);

// `asked X to resign`: an active infinitive clause (xcomp or advcl, marked `to`) hanging on the verb; in a passive one
// (`expected X to be released`) the party named before it is not the one who is to act. A noun's (`his call for X to
// withdraw`) is its own clause, or one the parser hangs on the verb the noun is the object of.
function hasInfinitive(v: TreeView, at: number): boolean {
  const node = v.tree.nodes[at];
  const clauses = node?.upos === 'NOUN'
    ? [...clausesOf(v, at, NOUN_CLAUSES), ...(node.deprel === 'obj' ? clausesOf(v, node.head, INFINITIVE_RELATIONS) : [])]
    // (`ordered the commission to stop`: the parser often hangs the infinitive on the object noun, as a clause of it.)
    : [...clausesOf(v, at, INFINITIVE_RELATIONS), ...clausesOf(v, at, OBJECTS).flatMap((object) => clausesOf(v, object, NOUN_CLAUSES))];
  return clauses.some((clause) => wordsOf(v, clause, 'mark').includes('to') && wordsOf(v, clause, 'aux:pass').length === 0);
}

// `warned Y that he would impose a settlement if the union failed to agree`: a reported clause with `would`, `will` or
// `could` and a condition (`if`, `unless`; on the clause or on its infinitive: `would use his powers to impose a
// settlement if ...`), whose doer is the reporter's side (a pronoun, a people's or body's noun, the reporter itself) or
// unsaid (a passive: `Y could be suspended if ...`), not another named party (`Y would lose unless ...`) nor a thing
// (`prices would rise if ...` warns of what may happen).
function isConditionalAct(v: TreeView, at: number): boolean {
  const reporters = new Set(subjectsOf(v, at).map((node) => v.mentionOf[node]?.entity));
  const conditioned = (clause: number): boolean => clausesOf(v, clause, CONDITIONAL).some((condition) => wordsOf(v, condition, 'mark').some((word) => CONDITIONS.has(word)));
  return clausesOf(v, at, REPORTED).some((clause) => {
    const modal = wordsOf(v, clause, 'aux').some((word) => CONDITIONAL_MODALS.has(word));
    const condition = conditioned(clause) || clausesOf(v, clause, INFINITIVE_RELATIONS).some(conditioned);
    const doer = (v.tree.children[clause] ?? []).find((child) => v.tree.nodes[child]?.deprel === 'nsubj');
    const named = doer === undefined ? undefined : v.mentionOf[doer];
    const thing = doer !== undefined && !named && v.tree.nodes[doer]?.upos === 'NOUN' && !ACTING_NOUNS.has(v.lower[doer] ?? '');
    return modal && condition && !thing && (named === undefined || reporters.has(named.entity));
  });
}

// Common nouns for people or a body, who may act on terms (`the rebels would vote against it unless ...`).
const ACTING_NOUNS: ReadonlySet<string> = new Set([...GROUP_NOUNS, ...PARTY_PEOPLE_NOUNS, ...ORGANIZATION_NOUNS, ...ORGANIZATION_HEADS, 'workers', 'staff', 'employees']);

const INFINITIVE_RELATIONS: ReadonlySet<string> = new Set(['xcomp', 'advcl']);
// An object, and the clause the parser may hang on it in place of the verb's infinitive.
const OBJECTS: ReadonlySet<string> = new Set(['obj']);
const NOUN_CLAUSES: ReadonlySet<string> = new Set(['acl']);
const REPORTED: ReadonlySet<string> = new Set(['ccomp']);
const CONDITIONAL: ReadonlySet<string> = new Set(['advcl']);
const CONDITIONAL_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', "'d", "'ll"]);
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

// The dependents of `at` hanging on it by one of `relations`.
function clausesOf(v: TreeView, at: number, relations: ReadonlySet<string>): number[] {
  return (v.tree.children[at] ?? []).filter((child) => relations.has(v.tree.nodes[child]?.deprel ?? ''));
}
