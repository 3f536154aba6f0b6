import { GROUP_NOUNS, ONE_PERSON_GROUP_NOUNS, ORGANIZATION_NOUNS, PARTY_MEMBERS, PARTY_PEOPLE_NOUNS } from '../../mentions/nameWords';
import type { ActorMention } from '../syntax/ActorMention';
import type { DiscourseContext } from '../syntax/DiscourseContext';
import { isActor } from '../syntax/isActor';
import type { PartyReference } from '../syntax/PartyReference';
import { personAfterTitle } from '../syntax/personAfterTitle';
import { planReference } from '../syntax/planReference';
import { ACT_NOUN_WORDS, CLAIM_NOUNS, OTHER_PERSON_NOUNS, PAIR_NOUNS, PAIR_WORDS, PATIENT_ACT_NOUNS, PERSON_PRONOUNS, PLAN_NOUNS } from '../syntax/syntaxWords';
import { MEMBER_CASES, OBJECT_PRONOUNS, OWN_PEOPLE, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS } from './clauseWords';
import { pronounReferent } from '../syntax/pronounReferent';
import type { Sex } from '../../mentions/sexOfName';
import { PRONOUN_SEXES, sexOfMention } from '../syntax/sexOfMention';
import { isPassive, isTakenObject, reportingVerbOf, subjectsOf } from './subjectsOf';
import type { TreeView } from './TreeView';
import { wordsOf } from './wordsOf';

// A body's own people, who act for it: `criticised BBC management`, `the M&S board`, `Vosk's bosses`.
const BODY_GROUP_NOUNS: ReadonlySet<string> = new Set(['management', 'bosses', 'executives', 'chiefs', 'board', 'directors']);
// A state's organs, unnamed, which speak for it as its government does (`the Russian foreign ministry`, `China's
// embassy`): a country's word on them is the country's.
const STATE_ORGAN_NOUNS: ReadonlySet<string> = new Set(['ministry', 'ministries', 'embassy', 'embassies', 'consulate']);
// Verbs of demand, whose reported clause says what another party is to do (`demanded that he resign`).
const DIRECTIVE_VERBS: ReadonlySet<string> = new Set(['demand', 'demands', 'demanded', 'demanding', 'insist', 'insists', 'insisted', 'urge', 'urges', 'urged', 'ask', 'asks', 'asked', 'request', 'requested', 'recommend', 'recommended']);
// Dependents of a group noun that say whose group it is: `Ukrainian negotiators`, `US officials`, `Ukraine's leaders`.
const GROUP_MODIFIERS = new Set(['amod', 'compound', 'nmod:poss']);
// Prepositions that tie a group to its party: `officials in Kyiv`, `leaders from the region`, `the government of Chad`.
const GROUP_CASES = new Set(['in', 'from', 'of']);
// Prepositions that tie a claim to whoever makes it: `suggestions from Beijing`, `allegations by the opposition`.
const CLAIM_CASES = new Set(['from', 'by']);
// The preposition that ties a plan to whoever makes it: `an offer from the employers`.
const PLAN_CASES = new Set(['from']);
// Calls on a party, which are the caller's as claims are the claimant's (not plans: `the demand` is planReference's).
const CALL_NOUNS: ReadonlySet<string> = new Set(['call', 'calls', 'appeal', 'appeals', 'plea', 'pleas']);
// What a chamber votes on, which its mover owns.
const MEASURE_NOUNS: ReadonlySet<string> = new Set(['motion', 'motions', 'bill', 'bills', 'amendment', 'amendments', 'resolution', 'measure', 'legislation']);
// Where a claim noun hangs as an argument, whatever part of speech the tagger gave it.
const CLAIM_SLOTS = new Set(['obj', 'nsubj', 'nsubj:pass', 'obl']);
// Nouns for a party's act, which is its doer's whatever way the phrase names the doer (`the decision of X`, `the ruling
// by X`, `the Vosk decisions`), as a possessive names the owner of anything (ownerOf).
const ACT_WORDS: ReadonlySet<string> = new Set([...ACT_NOUN_WORDS].flatMap((noun) => [noun, `${noun}s`]));
// Prepositions that tie an act to its doer.
const ACT_CASES = new Set(['of', 'by']);
const AGENT_CASES = new Set(['by']);
/** Dependents of a title that name its holder: `Foreign Minister Sergei Lavrov` parsed with the title as head. */
export const NAME_RELATIONS: ReadonlySet<string> = new Set(['flat', 'appos', 'compound']);

/**
 * The parties the node at `node` names: a named actor and the actors coordinated with it (`the UK, France and
 * Germany`); through a relative pronoun, the noun its clause describes; through an apposition or a title, the person
 * named (`his Irish counterpart, X`); a group noun's party (`Ukrainian negotiators`, `officials in Kyiv`); the two
 * people or countries named just before (`both men`, `the two governments`); the owner of a plan, a claim or what a
 * party owns or does (`China's trade policy`, with the thing as topic); `he`/`she` for the person who reports the
 * clause (`X said she had met Y`), else the person the previous sentence named first. Undefined when the node names
 * no party.
 */
export function partiesAt(v: TreeView, node: number, context: DiscourseContext, conjuncts = true): PartyReference | undefined {
  const { nodes, children } = v.tree;
  const word = v.lower[node] ?? '';
  const dependents = children[node] ?? [];
  const edge = Math.max(v.tokenOf[node] ?? 0, 0);
  const clause = nodes[nodes[node]?.head ?? -1];
  if (RELATIVE_PRONOUNS.has(word) && nodes[node]?.upos === 'PRON' && clause?.deprel === 'acl:relcl') {
    // `told the programme that X had pressured Y`: a `that` read as the object of a clause that has its own is the
    // conjunction of a reported clause, not a relative pronoun.
    const relation = nodes[node]?.deprel;
    const other = (children[nodes[node]?.head ?? -1] ?? []).some((child) => child !== node && nodes[child]?.deprel === relation);
    if (other) return undefined;
    // `X, the world champion, who had called on Y`: a clause on an apposition is about the name it is apposed to.
    const antecedent = nodes[clause.head];
    // `X, the leader of the Welsh Liberal Democrats, who had defended Y`: `who`, hung on the body an apposed noun is of,
    // is the person named.
    const post = nodes[antecedent?.head ?? -1];
    const described = partiesAt(v, clause.head, context);
    if (word === 'who' && antecedent?.deprel === 'nmod' && post?.deprel === 'appos' && post.upos === 'NOUN' && described?.mentions.every((mention) => mention.type !== 'Person')) {
      return partiesAt(v, post.head, context) ?? described;
    }
    return described ?? (antecedent?.deprel === 'appos' && antecedent.upos === 'NOUN' ? partiesAt(v, antecedent.head, context) : undefined);
  }
  // `The KLA, whose political leader X attended`: `whose` is the noun the relative clause holding it describes.
  if (word === 'whose' && nodes[node]?.deprel === 'nmod:poss') {
    const owned = nodes[node]?.head ?? -1;
    const relative = [owned, nodes[owned]?.head ?? -1].find((at) => nodes[at]?.deprel === 'acl:relcl');
    return relative === undefined ? undefined : partiesAt(v, nodes[relative]?.head ?? -1, context);
  }
  const own = ownParties(v, node, context, word, dependents, edge);
  if (!conjuncts) return own;
  // `X, Republican of Missouri, said`: a conjunct with no `and` or `or` on any of its kind is an apposition misread.
  const cc = (child: number) => (children[child] ?? []).find((grandchild) => nodes[grandchild]?.deprel === 'cc');
  // (`The Congress of South African Trade Unions and the Communist Party`: a conjunct the parser hung on a word inside
  // a name is the whole name's.)
  // (Only a name of several words has words of its own to scan, on a path every relation rule walks.)
  const mention = v.mentionOf[node];
  const inside = mention && mention.last > mention.first ? nodes.flatMap((_, at) => (at !== node && v.mentionOf[at] === mention ? children[at] ?? [] : [])) : [];
  const coordinated = [...dependents, ...inside].filter((child) => nodes[child]?.deprel === 'conj');
  const joined = coordinated.some((child) => cc(child) !== undefined);
  // `urged the government and the TPLF to ...`: the parties coordinated with a noun that names none name the phrase all
  // the same, but for a `, and` that more often joins clauses (`had backed a Yes vote, and its leader, X, said`).
  const phrasal = (child: number) => own !== undefined || nodes[(cc(child) ?? 0) - 1]?.text !== ',';
  const more = (joined ? coordinated.filter(phrasal) : []).flatMap((child) => {
    const party = partiesAt(v, child, context, false);
    return party ? [party] : [];
  });
  if (more.length === 0) return own;
  return {
    entities: [...new Set([...(own?.entities ?? []), ...more.flatMap((party) => party.entities)])],
    edge: own?.edge ?? edge,
    mentions: [...(own?.mentions ?? []), ...more.flatMap((party) => party.mentions)],
  };
}

function ownParties(v: TreeView, node: number, context: DiscourseContext, word: string, dependents: readonly number[], edge: number): PartyReference | undefined {
  const { nodes } = v.tree;
  const mention = v.mentionOf[node];
  const named = (mentions: readonly ActorMention[], topic?: string): PartyReference | undefined =>
    mentions.length > 0 ? { entities: [...new Set(mentions.map((actor) => actor.entity))], edge, mentions, ...(topic ? { topic } : {}) } : undefined;
  // `sanctioned two American firms, X and Y`, `suspended two ministers, X and Y`: a plural noun names all the parties
  // in apposition to it, people too.
  const apposed = nodes[node]?.xpos === 'NNS' ? dependents.find((child) => child > node && nodes[child]?.deprel === 'appos') : undefined;
  const listed = apposed === undefined ? undefined : partiesAt(v, apposed, context);
  if (listed && listed.mentions.length > 0) return { ...listed, edge };
  // `his Irish counterpart, Bertie Ahern`, `Foreign Minister Sergei Lavrov`: the person in apposition or named after the title.
  const person = mention?.type === 'Person' ? undefined : personAt(v, node);
  if (person) return named([person]);
  if (isActor(mention)) return named([mention]);
  // `China, Russia and Brazil said they supported her`: `they`, subject of a clause that parties named together
  // report, is those parties.
  const reporters = word === 'they' && nodes[node]?.upos === 'PRON' ? reportersOf(v, node, context) : undefined;
  if (reporters) return { ...reporters, edge };
  // `Vela said it had sacked X`, `Norway says it has expelled Y`: `it`, subject of a clause that a body or country
  // reports, is the reporter.
  const reporter = word === 'it' && nodes[node]?.upos === 'PRON' ? reportingBodyOf(v, node) : undefined;
  if (reporter) return named([reporter]);
  if (PERSON_PRONOUNS.has(word) && nodes[node]?.upos === 'PRON') {
    // `X accused Y of ... and demanded that he resign`: the subject of a clause one demands is someone other than the
    // one demanding, the one other person the sentence names before it (as `him` is read).
    const directive = nodes[node]?.deprel === 'nsubj' && nodes[nodes[node]?.head ?? -1]?.deprel === 'ccomp' ? nodes[nodes[node]?.head ?? -1]?.head ?? -1 : -1;
    const directed = directive >= 0 && DIRECTIVE_VERBS.has(v.lower[directive] ?? '') ? personBefore(v, node, directive, PRONOUN_SEXES.get(word)) : undefined;
    if (directed) return { entities: [directed], edge, mentions: [] };
    const speaker = speakerOf(v, node) ?? governingSubject(v, node);
    if (speaker) return named([speaker]);
    const referent = pronounReferent(word, context);
    return referent ? { entities: [referent], edge, mentions: [] } : undefined;
  }
  // `him` is never its own clause's subject: the one other person the sentence names before it (personBefore); else
  // (`Faye pressed him to ...`), when the sentence names no other person than the one acting, the person the previous
  // sentence named first (a self-relation is dropped later).
  // (Not a person whose name or title tells the other sex: `Tom Vosk ... her contract`.)
  const antecedent = OBJECT_PRONOUNS.has(word) && nodes[node]?.upos === 'PRON' ? personBefore(v, node, undefined, PRONOUN_SEXES.get(word)) : undefined;
  if (antecedent) return { entities: [antecedent], edge, mentions: [] };
  // `filed a lawsuit against Apple, accusing it of ...`, `blamed India and China, accusing them of ...`: `it` or `them`,
  // the object of a participle clause, is the one body or country (the parties named together) the sentence names
  // before it, less the subjects its clause shares.
  const participle = PARTICIPLE_OBJECTS.has(word) && nodes[node]?.upos === 'PRON' && nodes[node]?.deprel === 'obj' && isParticipleClause(v, nodes[node]?.head ?? -1);
  const bodies = participle ? partiesBefore(v, node, word === 'them') : undefined;
  if (bodies) return { entities: bodies, edge, mentions: [] };
  const referent = OBJECT_PRONOUNS.has(word) && nodes[node]?.upos === 'PRON' ? pronounReferent(word, context) : undefined;
  if (referent) {
    const others = new Set(v.s.mentions.filter((actor) => actor.type === 'Person' && actor.entity !== referent).map((actor) => actor.entity));
    return others.size <= 1 ? { entities: [referent], edge, mentions: [] } : undefined;
  }
  // `critics, including X and Y,` `several countries, including X`, `companies such as X`: a group acts through the
  // parties it includes.
  const included = nodes[node]?.upos === 'NOUN' ? dependents.find((child) => nodes[child]?.deprel === 'nmod' && caseOf(v, child).some((marker) => MEMBER_CASES.has(marker))) : undefined;
  const members = included === undefined ? undefined : partiesAt(v, included, context);
  if (members) return { ...members, edge };
  const modifiers = dependents.filter((child) => {
    const relation = nodes[child]?.deprel ?? '';
    return GROUP_MODIFIERS.has(relation) || (relation === 'nmod' && caseOf(v, child).some((marker) => GROUP_CASES.has(marker)));
  });
  // `the RMT union`, `the carmaker Vela`: a body's noun with the body's name on it is the body.
  if (ORGANIZATION_NOUNS.has(word)) {
    const body = dependents.map((child) => (['compound', 'flat', 'appos'].includes(nodes[child]?.deprel ?? '') ? v.mentionOf[child] : undefined)).find((actor) => actor?.type === 'Organization');
    if (body) return named([body]);
  }
  const pair = PAIR_NOUNS.get(word);
  if (pair && dependents.some((child) => PAIR_WORDS.has(v.lower[child] ?? '') && ['det', 'nummod', 'det:predet', 'cc:preconj'].includes(nodes[child]?.deprel ?? ''))) {
    // (A pair the sentence itself has just joined by `and` comes first: `spoke to his Venezuelan and Guyanese
    // counterparts and pressed both governments`.)
    const two = joinedPair(v, v.tokenOf[node] ?? -1, pair) ?? lastTwo(context.named ?? [], pair);
    return two ? { entities: two, edge, mentions: [] } : undefined;
  }
  // `urged Labour MPs to`: a party's members as a body act for the party; counted (`72 Labour MPs voted against`), they
  // are some of its members, not the party.
  // (The parser may hang a hyphened number elsewhere: `Seventy-two` right before the phrase counts too.)
  const opening = Math.min(node, ...dependents);
  const counted = PARTY_MEMBERS.has(word) && (dependents.some((child) => nodes[child]?.deprel === 'nummod') || nodes[opening - 1]?.upos === 'NUM');
  if (GROUP_NOUNS.has(word) || BODY_GROUP_NOUNS.has(word) || STATE_ORGAN_NOUNS.has(word) || (PARTY_MEMBERS.has(word) && !counted)) {
    // `Egyptian officials led by Finance Minister X`: a group with a named leader acts through that person (a body's
    // board acts for the body: `the LSE's board, led by X,`).
    const leader = BODY_GROUP_NOUNS.has(word) ? undefined : dependents
      .filter((child) => nodes[child]?.deprel === 'acl')
      .flatMap((clause) => agentsOf(v, clause))
      .map((agent) => personAt(v, agent))
      .find((actor) => actor !== undefined);
    if (leader) return named([leader]);
    // (`the Labour leader` is a person, not the party; a country's leader acts for the country. Plural, the group acts for
    // every party coordinated after `of`: `the leaders of Mali and Niger`.)
    const plural = nodes[node]?.xpos === 'NNS';
    const conjuncts = (child: number) => (plural && nodes[child]?.deprel === 'nmod' ? (v.tree.children[child] ?? []).filter((word) => nodes[word]?.deprel === 'conj') : []);
    const parties = modifiers.flatMap((child) => [child, ...conjuncts(child)]).flatMap((child) => {
      const actor = nameOf(v, child);
      return actor && actor.type !== 'Location' && !(actor.type === 'Organization' && ONE_PERSON_GROUP_NOUNS.has(word)) ? [actor] : [];
    });
    return named(parties);
  }
  if ((ACT_WORDS.has(word) || CONDUCT_NOUNS.has(word)) && nodes[node]?.upos === 'NOUN') {
    const doer = dependents.filter((child) => GROUP_MODIFIERS.has(nodes[child]?.deprel ?? '')).map((child) => nameOf(v, child)).find(isActor);
    if (doer) return named([doer], topicText(v, doer, node));
    // (After `of` or `by`, every party the phrase names, through a group's noun and conjuncts too: `the decision of the
    // Ethiopian government and the TPLF`, `the support of Russia and China`.)
    // (`the arrest of X` names whom it was done to: only `by` names the doer of such an act.)
    const cases = PATIENT_ACT_NOUNS.has(word) ? AGENT_CASES : ACT_CASES;
    const by = dependents.find((child) => nodes[child]?.deprel === 'nmod' && caseOf(v, child).some((marker) => cases.has(marker)));
    const doers = by === undefined ? undefined : partiesAt(v, by, context);
    if (doers && doers.entities.length > 0) return doers.entities.length === 1 && doers.mentions[0] ? named([doers.mentions[0]], topicText(v, doers.mentions[0], node)) : { ...doers, edge };
  }
  // `the motion moved by X`, `the plan proposed by X`, `claims made by X`: a participle's agent is the doer of the act,
  // plan, claim or measure its noun names.
  if (nodes[node]?.upos === 'NOUN' && (ACT_WORDS.has(word) || PLAN_NOUNS.has(word) || CLAIM_NOUNS.has(word) || MEASURE_NOUNS.has(word))) {
    const agent = dependents
      .filter((child) => nodes[child]?.deprel === 'acl' && nodes[child]?.xpos === 'VBN')
      .flatMap((clause) => agentsOf(v, clause))
      .map((child) => nameOf(v, child))
      .find(isActor);
    if (agent) return named([agent], topicText(v, agent, node));
  }
  if (word === 'it' || PLAN_NOUNS.has(word)) {
    // (`the Vosk offer`, `Norway's demands`, `a pay offer from the employers`: the maker named with it.)
    const owner = modifiers.map((child) => v.mentionOf[child]).find(isActor) ?? (word === 'it' ? undefined : ownerOf(v, node, word, dependents));
    if (owner) return named([owner], topicText(v, owner, node));
    const token = v.tokenOf[node] ?? -1;
    const plan = token >= 0 ? planReference(v.s, token, context) : undefined;
    // `The Vosk Federation banned X. It also criticised her agent`: `It` opening a sentence as its subject is the body
    // or country the sentence before named alone or opened with.
    const opening = token === 0 && word === 'it' && ['nsubj', 'nsubj:pass'].includes(nodes[node]?.deprel ?? '') && context.lastParty !== undefined;
    if (plan ?? opening) return plan ?? { entities: [context.lastParty as string], edge, mentions: [] };
    // (`the deal` with no owner may be an accord told before: an act, below.)
    if (!context.acts?.has(word)) return undefined;
  }
  const owner = ownerOf(v, node, word, dependents);
  if (owner) return named([owner], topicText(v, owner, node));
  // `X said Y had erred and criticised his judgment`: a possessive pronoun owns for the one other person the sentence
  // names (never the clause's own subject, whom `his` may mean as well); not for a person's own people (`called on his
  // supporters`), whom it is the subject's more often than not.
  const pronoun = nodes[node]?.upos === 'NOUN' && !OWN_PEOPLE.has(word) ? dependents.find((child) => nodes[child]?.deprel === 'nmod:poss' && POSSESSIVE_PRONOUNS.has(v.lower[child] ?? '')) : undefined;
  const possessor = pronoun === undefined ? undefined : personBefore(v, pronoun, nodes[node]?.head, PRONOUN_SEXES.get(v.lower[pronoun] ?? ''));
  if (possessor) return { entities: [possessor], edge, mentions: [] };
  // (`X was sacked. Olympus rejected his allegations.`: a claim, call or act of `his` in a sentence that names no person
  // is the person's the previous sentence named first, as `him` is read; not `his successor`, another person.)
  const said = CLAIM_NOUNS.has(word) || CALL_NOUNS.has(word) || ACT_WORDS.has(word);
  if (pronoun !== undefined && said && context.lastPerson && !v.s.mentions.some((actor) => actor.type === 'Person')) return { entities: [context.lastPerson], edge, mentions: [] };
  // `X welcomed the ruling`: the doer of the last such act the article told of (ACT_NOUNS, ARMED_ACT_NOUNS).
  const act = context.acts?.get(word);
  // (`the ruling`, `that decision`: a definite or demonstrative determiner refers back.)
  const definite = dependents.some((child) => nodes[child]?.deprel === 'det' && ['the', 'this', 'that'].includes(v.lower[child] ?? ''));
  if (!act || !definite || nodes[node]?.upos !== 'NOUN') return undefined;
  // (`condemned the invasion of Iraq` after strikes on Yugoslavia: an act on another target is another act.)
  // (`welcomed the agreement with Iran` after one between others: an accord with another side is another accord.)
  const cases = act.sides ? SIDE_CASES : TARGET_CASES;
  const targets = dependents.filter((child) => nodes[child]?.deprel === 'nmod' && caseOf(v, child).some((marker) => cases.has(marker))).flatMap((child) => nameOf(v, child)?.entity ?? []);
  // (An accord's sides did it together: `X and Y signed a peace agreement ... Z welcomed the agreement`.)
  const doers = act.sides && act.target !== undefined ? [act.actor, act.target] : [act.actor];
  const another = act.sides ? targets.some((target) => !doers.includes(target)) : targets.length > 0 && act.target !== undefined && !targets.includes(act.target);
  return another ? undefined : { entities: doers, edge, mentions: [], ...(act.sides ? { sides: true as const } : {}) };
}

// A party's conduct, qualities and faults, whose doer is named as an act's is (`praised the courage of the Serbian
// government`, `the support of Russia and China`, `the GMTV affair`); not an act on a party (`the arrest of X`).
const CONDUCT_NOUNS: ReadonlySet<string> = new Set([
  'support', 'backing', 'courage', 'bravery', 'leadership', 'effort', 'efforts', 'work', 'role', 'response', 'conduct', 'behaviour',
  'behavior', 'stance', 'position', 'commitment', 'restraint', 'cooperation', 'co-operation', 'help', 'contribution', 'contributions',
  'generosity', 'wisdom', 'determination', 'resolve', 'patience', 'statesmanship', 'action', 'actions', 'policy', 'policies', 'record',
  'tactics', 'attitude', 'intransigence', 'inaction', 'silence', 'professionalism', 'solidarity', 'mediation', 'hospitality',
  'affair', 'decree', 'remarks', 'comments', 'statement',
  // (Faults too, `blamed the failings of the Prison Service`; not `the failure of Lehman Brothers`, which may be its collapse.)
  'failures', 'failings', 'mistakes', 'errors', 'blunders', 'shortcomings', 'lapses', 'mismanagement', 'incompetence', 'negligence', 'handling',
]);

// Nouns of those who stand against a party, which its possessive does not make the party's own.
const OPPOSING_NOUNS: ReadonlySet<string> = new Set(['rival', 'competitor', 'critic', 'opponent', 'enemy', 'foe', 'detractor', 'adversary', 'challenger'].flatMap((noun) => [noun, `${noun}s`]));

// Prepositions that name an act's target: `the invasion of Iraq`, `the raid on the convoy`, `sanctions against Iran`.
const TARGET_CASES: ReadonlySet<string> = new Set(['of', 'on', 'against']);
// Prepositions that name an accord's sides: `the agreement with Iran`, `the deal between X and Y`.
const SIDE_CASES: ReadonlySet<string> = new Set([...TARGET_CASES, 'with', 'between']);

// `China's trade policy`: acting on what a party owns or does is acting on the party (as CAMEO codes it). A claim or a
// call is also the party's that the phrase names otherwise (`Labor claims`, `Chinese claims`, `allegations by Amnesty`,
// `calls for his resignation from Tory MPs`), a demonym too, even where the parser took `claims` for a verb hanging as
// the object, its claimant as subject.
function ownerOf(v: TreeView, node: number, word: string, dependents: readonly number[]): ActorMention | undefined {
  const { nodes } = v.tree;
  const claim = CLAIM_NOUNS.has(word) || CALL_NOUNS.has(word);
  if (nodes[node]?.upos !== 'NOUN' && !(claim && CLAIM_SLOTS.has(nodes[node]?.deprel ?? ''))) return undefined;
  // (`Microsoft's rivals welcomed the fine`: a party's rivals or critics are not the party, nor is its predecessor or
  // kin; nor is its office's holder, `Australia's deputy prime minister was disqualified`.)
  if (OPPOSING_NOUNS.has(word) || OTHER_PERSON_NOUNS.has(word)) return undefined;
  const token = v.tokenOf[node] ?? -1;
  if (v.s.titles.some((title) => title.first <= token && token <= title.last)) return undefined;
  // `rejected a pay offer from the employers`: a plan's maker named after `from` owns it too (not after `by`, which is
  // as often the agent of the verb the parser hung on the plan: `was joined in opposing the deal by X`).
  const proposed = PLAN_NOUNS.has(word);
  const cases = claim ? CLAIM_CASES : PLAN_CASES;
  const owns = (child: number) => {
    const relation = nodes[child]?.deprel ?? '';
    if (relation === 'nmod:poss') return true;
    const made = relation === 'nmod' && caseOf(v, child).some((marker) => cases.has(marker));
    return (claim && (GROUP_MODIFIERS.has(relation) || relation === 'nsubj' || made)) || (proposed && made);
  };
  // `rejected claims by X`, `rejected demands from X`: the parser often hangs the claimant on the verb; in the active
  // voice it is the claim's.
  const verb = nodes[node]?.deprel === 'obj' ? nodes[node]?.head ?? -1 : -1;
  const hung = (claim || proposed) && verb >= 0 && !isPassive(v, verb)
    ? (v.tree.children[verb] ?? []).filter((child) => child > node && nodes[child]?.deprel === 'obl' && nameCaseOf(v, child).some((marker) => cases.has(marker)))
    : [];
  // (A group hung there speaks for its party: `claims by some Labour members`.)
  const speaker = (child: number) =>
    nameOf(v, child) ?? (PARTY_PEOPLE_NOUNS.has(v.lower[child] ?? '') ? (v.tree.children[child] ?? []).filter((word) => GROUP_MODIFIERS.has(nodes[word]?.deprel ?? '')).map((word) => nameOf(v, word)).find(isActor) : undefined);
  return [...dependents.filter(owns).map((child) => nameOf(v, child)), ...hung.map(speaker)].find((actor): actor is ActorMention => (claim && actor?.type === 'Country') || isActor(actor));
}

// The mention a node names: its own, or, for a courtesy title the parser made the head (`Mrs.` of `Mrs. Clinton's
// advisers`), the name's.
function nameOf(v: TreeView, node: number): ActorMention | undefined {
  const flat = (v.tree.children[node] ?? []).find((child) => v.tree.nodes[child]?.deprel === 'flat');
  return v.mentionOf[node] ?? (flat === undefined ? undefined : v.mentionOf[flat]);
}

// The last two people, countries or parties the sentence joins by `and` before token `before` (`Venezuelan and Guyanese`).
function joinedPair(v: TreeView, before: number, kind: ActorMention['type'] | 'party'): string[] | undefined {
  const mentions = v.s.mentions.filter((mention) => mention.last < before && isOfKind(mention, kind));
  for (let k = mentions.length - 1; k > 0; k--) {
    const [first, second] = [mentions[k - 1], mentions[k]];
    if (first && second && first.entity !== second.entity && second.first === first.last + 2 && v.s.tokens[first.last + 1]?.key === 'and') return [first.entity, second.entity];
  }
  return undefined;
}

// A person, a country (named or by demonym) or a political party, as a pair noun wants.
function isOfKind(mention: ActorMention, kind: ActorMention['type'] | 'party'): boolean {
  return kind === 'party' ? mention.kind === 'party' : mention.type === kind;
}

// `both men`, `the two governments`, `both parties`: the two people, countries or political parties the sentences
// named last (`named`, the latest first), if they named just two before any third.
function lastTwo(named: readonly (readonly ActorMention[])[], kind: ActorMention['type'] | 'party'): string[] | undefined {
  const seen = new Set<string>();
  for (const mentions of named) {
    // (`his Venezuelan and Guyanese counterparts ... both governments`: a demonym names its country here.)
    for (const mention of mentions) if (((kind === 'Country' && mention.kind === 'demonym') || isActor(mention)) && isOfKind(mention, kind)) seen.add(mention.entity);
    if (seen.size >= 2) break;
  }
  return seen.size === 2 ? [...seen] : undefined;
}

// The agents (`by X`) of a participle's clause (`led by X`, `moved by X`).
function agentsOf(v: TreeView, clause: number): number[] {
  return (v.tree.children[clause] ?? []).filter((child) => v.tree.nodes[child]?.deprel === 'obl:agent');
}

/** The person a node names: its own mention, or one in apposition or named after it (`Foreign Minister X`). */
function personAt(v: TreeView, node: number): ActorMention | undefined {
  const own = v.mentionOf[node];
  if (own?.type === 'Person') return own;
  const named = (v.tree.children[node] ?? [])
    .filter((child) => NAME_RELATIONS.has(v.tree.nodes[child]?.deprel ?? ''))
    .map((child) => v.mentionOf[child])
    .find((actor) => actor?.type === 'Person');
  return named ?? holderAfterTitle(v, node) ?? holderAfterBody(v, node, own);
}

// Where a verb's subject or object stands.
const ARGUMENTS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj']);

// `Vela Deputy General Secretary Ann Vale accused ...`, however the parser hung the words on the body's name: a body's
// name, a title and a person's name standing as a verb's argument are one noun phrase naming the person.
function holderAfterBody(v: TreeView, node: number, own: ActorMention | undefined): ActorMention | undefined {
  if (!own || !ARGUMENTS.has(v.tree.nodes[node]?.deprel ?? '')) return undefined;
  const title = v.s.titles.find((span) => span.first === own.last + 1);
  return title && personAfterTitle(v.s, title.first, title.last, true);
}

// `Secretary of State Mike Pompeo`, `Liberal Democrat leader Sir X`: a title's words, however the parser attached the
// name (as the `of` phrase's noun, or the title's words as a coordination), name the person written right after it.
function holderAfterTitle(v: TreeView, node: number): ActorMention | undefined {
  const token = v.tokenOf[node] ?? -1;
  const title = v.s.titles.find((span) => span.first <= token && token <= span.last);
  return title && personAfterTitle(v.s, title.first, title.last, true);
}

// How a name hangs on a noun it modifies (`the US ambassador`, `Germany's envoy`): a group's modifiers, and the
// parser's label for a descriptive name before a noun.
const MODIFIER_RELATIONS: ReadonlySet<string> = new Set([...GROUP_MODIFIERS, 'nmod:desc']);

// Object pronouns that stand for bodies, countries or several parties.
const PARTICIPLE_OBJECTS: ReadonlySet<string> = new Set(['it', 'them']);

// `..., accusing it of`: a clause of a present participle, with no subject of its own, hung on a verb.
function isParticipleClause(v: TreeView, clause: number): boolean {
  const { nodes, children } = v.tree;
  return nodes[clause]?.xpos === 'VBG' && nodes[clause]?.deprel === 'advcl' && !(children[clause] ?? []).some((child) => /^(nsubj|mark)/.test(nodes[child]?.deprel ?? ''));
}

// The one body or country the sentence names before the pronoun, less the subjects its clause shares (`it`); or (`them`)
// the parties named together there, one the conjunct of another, less those subjects.
function partiesBefore(v: TreeView, pronoun: number, several: boolean): string[] | undefined {
  const { nodes } = v.tree;
  const subjects = clauseSubjects(v, nodes[pronoun]?.head ?? -1);
  // (Each name once, at the word its name hangs from; not a modifier: `wrote to the US magazine, accusing it`.)
  const named = nodes.flatMap((node, at) => {
    const actor = v.mentionOf[at];
    const modifier = MODIFIER_RELATIONS.has(node.deprel);
    return at < pronoun && isActor(actor) && !subjects.has(actor.entity) && v.mentionOf[node.head] !== actor && !modifier && (several || actor.type !== 'Person') ? [{ at, actor }] : [];
  });
  const entities = [...new Set(named.map(({ actor }) => actor.entity))];
  if (!several) return entities.length === 1 ? entities : undefined;
  // (`them`: two parties or more, each but the first a conjunct: `India and China`.)
  return entities.length >= 2 && named.every(({ at }, k) => k === 0 || nodes[at]?.deprel === 'conj') ? entities : undefined;
}

// The subjects of a clause and of the verbs it is coordinated with or controlled by (`X telephoned Y to congratulate
// him`), up to a clause with a subject of its own.
function clauseSubjects(v: TreeView, from: number): Set<string> {
  const { nodes, children } = v.tree;
  const subjects = new Set<string>();
  // (A verb the parser coordinated with what was reported is the reporter's: its subject is the reporting verb's.)
  for (let clause = from; clause >= 0; clause = reportingVerbOf(v, clause) ?? nodes[clause]?.head ?? -1) {
    let own = false;
    for (const child of children[clause] ?? []) {
      if (!['nsubj', 'nsubj:pass'].includes(nodes[child]?.deprel ?? '') || isTakenObject(v, clause, child)) continue;
      own = true;
      const subject = v.mentionOf[child] ?? personAt(v, child);
      if (subject) subjects.add(subject.entity);
    }
    // Coordinated verbs share the first one's subject, and so do a controlled clause and one of purpose or manner
    // (`X telephoned Y to congratulate him`); a clause of its own ends the search, and so does a conjunct with a
    // subject of its own (`said X had erred and that Y had sacked him`: X is not Y's).
    if (own || !['conj', 'xcomp', 'advcl'].includes(nodes[clause]?.deprel ?? '')) break;
  }
  return subjects;
}

// `Vale praised Mr Vosk's record but urged him to ...`: the persons the sentence names before the pronoun, less the
// subjects of its clause (and of the verbs its clause is coordinated with): the one left, if one. A possessive's clause
// is the one its noun stands in (`from`).
function personBefore(v: TreeView, pronoun: number, from = v.tree.nodes[pronoun]?.head ?? -1, sex?: Sex): string | undefined {
  const subjects = clauseSubjects(v, from);
  const at = v.tokenOf[pronoun] ?? -1;
  const before = new Set(v.s.mentions.filter((actor) => actor.type === 'Person' && actor.last < at && !subjects.has(actor.entity)).map((actor) => actor.entity));
  const [only] = before;
  const other = sex !== undefined && v.s.mentions.some((actor) => actor.entity === only && (sexOfMention(v.s, actor) ?? sex) !== sex);
  return before.size === 1 && !other ? only : undefined;
}

// The two or more parties coordinated as the subject of the verb that reports the clause `they` is the subject of.
function reportersOf(v: TreeView, pronoun: number, context: DiscourseContext): PartyReference | undefined {
  const { nodes, children } = v.tree;
  if (nodes[pronoun]?.deprel !== 'nsubj') return undefined;
  let clause = nodes[pronoun]?.head ?? -1;
  while (nodes[clause]?.deprel === 'conj') clause = nodes[clause]?.head ?? -1;
  if (nodes[clause]?.deprel !== 'ccomp') return undefined;
  const subject = (children[nodes[clause]?.head ?? -1] ?? []).find((child) => nodes[child]?.deprel === 'nsubj');
  const parties = subject === undefined ? undefined : partiesAt(v, subject, context);
  return parties && parties.entities.length >= 2 ? parties : undefined;
}

// `Vela said it had sacked X`: the body or country that reports the clause whose subject `it` is (never one a relative
// clause hangs on: `it` there is the thing described more often than not).
function reportingBodyOf(v: TreeView, pronoun: number): ActorMention | undefined {
  const clause = pronounClause(v, pronoun);
  const subjects = clause === undefined ? [] : reporterSubjects(v, clause);
  const body = subjects.length === 1 ? v.mentionOf[subjects[0] as number] : undefined;
  return body && body.type !== 'Person' && isActor(body) ? body : undefined;
}

// `X said she had met Y`: `he` or `she` subject of a clause reported by a person is that person, as news writes it.
function speakerOf(v: TreeView, pronoun: number): ActorMention | undefined {
  const { nodes } = v.tree;
  const clause = pronounClause(v, pronoun);
  if (clause === undefined) return undefined;
  // `X thanked Y, whom he had met in May`: a subject pronoun in a relative clause is the person acting in the clause
  // the relative one hangs in, when that is one person.
  if (nodes[clause]?.deprel === 'acl:relcl') {
    let verb = nodes[clause]?.head ?? -1;
    while (verb >= 0 && nodes[verb]?.upos !== 'VERB') verb = nodes[verb]?.head ?? -1;
    const acting = verb >= 0 ? subjectsOf(v, verb) : [];
    const [person] = acting.map((node) => personAt(v, node) ?? v.mentionOf[node]).filter((mention) => mention?.type === 'Person');
    return acting.length === 1 ? person : undefined;
  }
  const subjects = reporterSubjects(v, clause);
  const [subject] = subjects;
  return subjects.length === 1 && subject !== undefined ? personAt(v, subject) : undefined;
}

// The clause a subject pronoun is the subject of, past the conjuncts it heads (`he regretted ... and urged`).
function pronounClause(v: TreeView, pronoun: number): number | undefined {
  const { nodes } = v.tree;
  if (!['nsubj', 'nsubj:pass'].includes(nodes[pronoun]?.deprel ?? '')) return undefined;
  let clause = nodes[pronoun]?.head ?? -1;
  while (nodes[clause]?.deprel === 'conj') clause = nodes[clause]?.head ?? -1;
  return clause;
}

// The subjects of the verb that reports `clause` (`X said ...`), none when no verb reports it. (`Ann Vale herself
// has said`: an emphatic reflexive read as a second subject is the first.)
function reporterSubjects(v: TreeView, clause: number): number[] {
  const { nodes, children } = v.tree;
  const reporting = nodes[clause]?.deprel === 'ccomp' ? (nodes[clause]?.head ?? -1) : -1;
  return (children[reporting] ?? []).filter((child) => nodes[child]?.deprel === 'nsubj' && !/sel(f|ves)$/.test(v.lower[child] ?? ''));
}

// `X insisted the jobs were safe, and he praised Y`, `X resigned in a letter in which he accused Y`: `he` or `she`,
// subject of a clause that a clause of X's governs, is X, when X is the one person the sentence names before it (a
// person of the sentence before is less salient than the subject of the pronoun's own sentence).
function governingSubject(v: TreeView, pronoun: number): ActorMention | undefined {
  const { nodes } = v.tree;
  if (!['nsubj', 'nsubj:pass'].includes(nodes[pronoun]?.deprel ?? '')) return undefined;
  const at = v.tokenOf[pronoun] ?? -1;
  const before = new Set(v.s.mentions.filter((actor) => actor.type === 'Person' && actor.last < at).map((actor) => actor.entity));
  if (before.size !== 1) return undefined;
  for (let clause = nodes[nodes[pronoun]?.head ?? -1]?.head ?? -1; clause >= 0; clause = nodes[clause]?.head ?? -1) {
    for (const child of nodes[clause]?.upos === 'VERB' ? subjectsOf(v, clause) : []) {
      // (`X, who ran it, resigned`, read as `who ran it ... and resigned`: the relative pronoun's noun.)
      const relative = RELATIVE_PRONOUNS.has(v.lower[child] ?? '') && nodes[nodes[child]?.head ?? -1]?.deprel === 'acl:relcl';
      const subject = personAt(v, relative ? (nodes[nodes[child]?.head ?? -1]?.head ?? -1) : child);
      if (child < pronoun && subject && before.has(subject.entity)) return subject;
    }
  }
  return undefined;
}

// The case words of a name, which the parser may hang on the name's first word (`by` on `Ann` of `by Ann Vale`).
function nameCaseOf(v: TreeView, node: number): string[] {
  const words = (v.tree.children[node] ?? []).filter((child) => ['compound', 'flat'].includes(v.tree.nodes[child]?.deprel ?? ''));
  return [node, ...words].flatMap((word) => caseOf(v, word));
}

/** The case words (`with`, `on`) of a nominal dependent. */
export function caseOf(v: TreeView, node: number): string[] {
  return wordsOf(v, node, 'case');
}

function topicText(v: TreeView, owner: ActorMention, node: number): string {
  const start = v.s.tokens[owner.first]?.start ?? 0;
  return v.s.sentence.block.text.slice(start, v.tree.nodes[node]?.end ?? start);
}
