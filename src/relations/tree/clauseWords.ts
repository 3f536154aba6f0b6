import { talkStances } from '../rules/jointTalksRule';
import { verbForms } from '../verbForms';

const forms = (verbs: readonly string[]): ReadonlySet<string> => new Set(verbs.flatMap(verbForms));

/** Verbs whose `to`-clause states that it happened (`began to criticize`); after any other (`wants to`, `refused to`) it did not, or not yet. */
export const IMPLICATIVE_VERBS = forms(['begin', 'start', 'continue', 'keep', 'go', 'proceed', 'resume', 'manage', 'move', 'vote']);

/** Verbs of appeal whose `to`-clause, however parsed, is only asked for (`called on Y to expel Z`, `appealed to Y to`). */
export const APPEALING_VERBS = forms(['call', 'appeal', 'plead', 'urge', 'press', 'ask', 'beg', 'lobby', 'implore']);

/** Adjectives whose `to`-clause states that it happened (`was quick to back`); after any other (`due to`, `ready to`) it did not, or not yet. */
export const IMPLICATIVE_ADJECTIVES: ReadonlySet<string> = new Set(['quick', 'swift', 'quicker', 'swifter', 'fast', 'prompt', 'first', 'last', 'slow']);

/** Verbs and nouns whose clause is disputed rather than stated (`denied that ...`, `rejected the idea that ...`). */
export const DISPUTING_WORDS: ReadonlySet<string> = new Set([
  ...forms(['deny', 'reject', 'dismiss', 'dispute', 'doubt', 'refute', 'question', 'rebut', 'contest']),
  'idea', 'ideas', 'claim', 'claims', 'suggestion', 'suggestions', 'allegation', 'allegations', 'notion', 'speculation',
  'rumour', 'rumours', 'rumor', 'rumors', 'possibility', 'prospect', 'fear', 'fears', 'suspicion', 'suspicions', 'theory',
  'assertion', 'charge', 'charges', 'accusation', 'accusations', 'report', 'reports',
]);

/** Prepositions of a phrase that tells when, or against what, a clause's event happened (`after talks with X`). */
export const EVENT_CASES: ReadonlySet<string> = new Set(['after', 'before', 'during', 'following', 'amid', 'despite']);

/** The words that open the members of a group named before them (`including X`, `such as X`). */
export const MEMBER_CASES: ReadonlySet<string> = new Set(['including', 'such']);

/**
 * Words of wanting, proposing or opposing (talkStances.json's `wanted-talks` and `ready-for-talks`, and the nouns of
 * such stances): an event they govern has not happened (`called for talks`, `favour an early start to talks`).
 */
export const WANTING_WORDS: ReadonlySet<string> = new Set([
  ...talkStances['wanted-talks'].forms,
  ...talkStances['ready-for-talks'].forms,
  ...forms(['plan', 'prepare', 'offer', 'request', 'ask', 'invite', 'expect', 'consider', 'refuse', 'threaten', 'fear', 'warn', 'avoid', 'prevent', 'deny']),
  'call', 'calls', 'proposal', 'proposals', 'plan', 'plans', 'offer', 'offers', 'prospect', 'prospects', 'possibility', 'hope', 'hopes',
  'readiness', 'willingness', 'bid', 'push', 'demand', 'demands', 'request', 'invitation', 'idea', 'chance',
]);

/** Conjunctions that make a clause open or hypothetical (`if Russia attacks`, `whether they met`). */
export const OPEN_MARKERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'lest']);

/** Modal auxiliaries that make a statement possible or required rather than stated. */
export const MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'ca', "'d", 'shall', 'ought']);

/** Words that negate the verb they depend on. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'neither', 'nor', 'no']);

/** Pronouns that negate the verb they are the subject or object of (`had done nothing wrong`, `nobody criticised Y`). */
export const NEGATIVE_PRONOUNS: ReadonlySet<string> = new Set(['nothing', 'nobody', 'none', 'no-one']);

/** Relative pronouns: they stand for the noun their clause describes (`Rubio, who led ...`). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);


/** Object pronouns of a person (`pressed him to ...`). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her']);

/** Pronouns that own for a person (`his record`, `her handling`). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);

/** A person's own people (`called on his supporters`), whom `his` names the subject's. */
export const OWN_PEOPLE: ReadonlySet<string> = new Set(['supporters', 'followers', 'allies', 'colleagues', 'aides', 'advisers', 'backers', 'activists', 'members', 'voters', 'troops', 'fighters']);
