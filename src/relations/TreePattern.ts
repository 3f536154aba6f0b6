import { z } from 'zod';
import { NewsgraphError } from '../errors/NewsgraphError';
import { RelationTypeSchema } from './RelationType';

// One step of a path through a dependency tree: `obj` (a dependent by that relation), `^xcomp` (the head, when the node
// hangs on it by that relation), `subject` (the grammatical subject, shared through coordination and control), `self`
// (the node itself: a title that names its holder, `Google's co-founder Larry Page`), `obl[with|against]` (only with one
// of those case words, or on a clause its marker: `xcomp[for]`; on a step up, the case words of the node left:
// `^obl[as]`), `^obj{light}` (only to a word of the named word class, or of one of them: `{penalty|departure}`),
// `xcomp{!penalty}` (only to a word of none of them).
const STEP = /^(\^)?(subject|[a-z]+(?::[a-z]+)?)(?:\[([a-z']+(?:\|[a-z']+)*)\])?(?:\{(!?)([a-z]+(?:\|[a-z]+)*)\})?$/;

/** One step of a tree path, compiled. */
export interface TreeStep {
  readonly up: boolean;
  readonly relation: string;
  readonly cases?: ReadonlySet<string>;
  readonly wordClasses?: readonly string[];
  /** The step leads only to words of none of its word classes. */
  readonly excluded?: boolean;
}

/** Compiles a path written as steps separated by spaces (`^obj{light} subject`). */
export function compileTreePath(path: string): TreeStep[] {
  return path.split(' ').map((step) => {
    const match = STEP.exec(step);
    if (!match) throw new NewsgraphError('NG_TREE_PATTERN', `tree path step "${step}" is not of the form [^]relation[case|case]{class|class} or {!class}: fix the pattern file`);
    const [, up, relation, cases, not, classes] = match;
    return { up: up === '^', relation: relation as string, ...(cases ? { cases: new Set(cases.split('|')) } : {}), ...(classes ? { wordClasses: classes.split('|') } : {}), ...(not ? { excluded: true } : {}) };
  });
}

const TreePathSchema = z.string().refine((path) => path.split(' ').every((step) => STEP.test(step)), {
  message: 'a tree path is steps separated by spaces, each [^]relation[case|case]{class|class} or {!class}: "subject", "obl[with]", "^obj{light} subject"',
});

/** A relation pattern over a dependency tree, in the spirit of spaCy's DependencyMatcher: the paths from a trigger word to both parties. */
export const TreePatternSchema = z.object({
  id: z.string().regex(/^[a-z][\w-]*$/),
  reason: z.string().min(1),
  /**
   * The trigger: a verb or noun of the relation lexicon, in a voice, of some relation types only; a judging word of the
   * lexicon (`judgment`: `reckless`, `a disgrace`), whatever its part of speech; (`role`) a noun for a post
   * (knowledge's role nouns: `spokesman`, `professor`), which states HOLDS_ROLE with the noun's phrase as title; or
   * (`modal`) one of its `words` as the auxiliary of a clause (`should`, `must`), which the clause may then have and
   * still be stated.
   */
  trigger: z
    .object({
      lexicon: z.enum(['verb', 'noun', 'adjective', 'judgment', 'role', 'modal']),
      voice: z.enum(['active', 'passive']).optional(),
      types: z.array(RelationTypeSchema).min(1).optional(),
      /** Only these words (verbs in the infinitive, every inflection matches): `call` for `called on X to ...`. */
      words: z.array(z.string().min(1)).min(1).optional(),
      /** The relation the words state when the lexicon does not list them (`side with`: SUPPORTED); the pattern's reason says why. */
      type: RelationTypeSchema.optional(),
      /** For HOLDS_ROLE stated by the trigger's own words, the title each word gives (`head`: Head, `found`: Founder). */
      titles: z.record(z.string(), z.string().min(1)).optional(),
      /**
       * For a phrasal verb, the particles each of the words states the relation with (`turn`: down, for `turned down X`
       * or `turned X down`); the word without one of them does not.
       */
      particles: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
      /**
       * `present`: a state the verb holds now; in the simple past or past perfect it held before (`who managed X in the
       * 1980s`); for a role noun, one not predicated with `was` or `were` (`He was director of programmes at X`).
       */
      tense: z.enum(['present']).optional(),
      /** Only with an active infinitive clause of the verb's own (`asked X to resign`; not `asked X about the plan`, nor `expected X to be released`). */
      infinitive: z.boolean().optional(),
      /**
       * Only when the verb itself is negated as a stance (`would not accept X`, `will never accept X`, `cannot accept
       * X`; not `have not accepted X`, nor on terms: `would not accept X if ...`): refusing what the word says is the
       * relation, if the clauses above it are stated. A noun is negated by `no` (`no confidence in X`, `a no-confidence
       * motion`): having none of what it says is the relation.
       */
      negated: z.boolean().optional(),
      /**
       * Only when the clause the verb reports is an act on terms (`would`, `will`, `could` and an `if` or `unless`
       * clause) that no other named party does: `warned Y that he would impose a settlement if ...`.
       */
      conditional: z.boolean().optional(),
      /**
       * For a modal: only with `have` after it, an obligation not met (`X said Y should have resigned`, `should never
       * have signed`), which reproaches the clause's subject; its own negation is part of the reproach.
       */
      perfect: z.boolean().optional(),
    })
    .refine((trigger) => trigger.type === undefined || trigger.words !== undefined, { message: 'a trigger type needs the words that state it' })
    .refine((trigger) => trigger.lexicon !== 'modal' || (trigger.words !== undefined && trigger.type !== undefined && !trigger.voice), {
      message: 'a modal trigger names its auxiliaries in "words" and the relation they state in "type", and takes no voice',
    })
    .refine((trigger) => trigger.lexicon !== 'adjective' || (trigger.words !== undefined && trigger.type !== undefined && !trigger.voice), {
      message: 'an adjective trigger names its adjectives in "words" and the relation they state in "type", and takes no voice',
    })
    .refine((trigger) => trigger.perfect === undefined || trigger.lexicon === 'modal', { message: '"perfect" is for a modal trigger only' })
    .refine((trigger) => trigger.particles === undefined || (trigger.lexicon === 'verb' && Object.keys(trigger.particles).every((word) => trigger.words?.includes(word))), {
      message: '"particles" is for a verb trigger, and gives particles for its own words only',
    })
    .refine((trigger) => trigger.lexicon !== 'role' || (!trigger.words && !trigger.type && !trigger.types && !trigger.voice), {
      message: 'a role trigger is any role noun and states HOLDS_ROLE: it takes no words, type, types or voice',
    })
    .refine((trigger) => (trigger.type === 'HOLDS_ROLE') === (trigger.titles !== undefined) && (trigger.words ?? []).every((word) => !trigger.titles || word in trigger.titles), {
      message: 'a trigger of type HOLDS_ROLE gives the title of each of its words in "titles" (and only it has titles)',
    }),
  /** Paths from the trigger to the acting party, tried in order until one reaches a party. */
  source: z.array(TreePathSchema).min(1),
  /** Paths from the trigger to the party acted on; empty when the parties are all on the source side. */
  target: z.array(TreePathSchema),
  /** With no target, coordinated source parties relate to each other (`Serbia and Kosovo met`, `talks between X and Y`). */
  reciprocal: z.boolean().default(false),
  /** Only a party the target's words name, not a pronoun (`X said he had misled MPs`: who `he` is, is a guess). */
  namedTarget: z.boolean().default(false),
  /** Only a party the target phrase is itself (`expected Norway to act`), not the owner of a thing it names (`expected Norway's economy to grow`). */
  actorTarget: z.boolean().default(false),
  /** Only a political party as the target (`joined the Labour Party`; not `joined the BBC`, which is taking a job). */
  partyTarget: z.boolean().default(false),
  /** A country's word names the country as the target too (`banned imports of British beef`), as it does no party elsewhere. */
  demonymTarget: z.boolean().default(false),
  /**
   * Sentences the pattern reads, with the relations expected from them, by entity name (and for HOLDS_ROLE the title);
   * a test runs each one.
   */
  examples: z
    .array(
      z.object({
        sentence: z.string().min(1),
        relations: z.array(z.union([z.tuple([z.string(), RelationTypeSchema, z.string()]), z.tuple([z.string(), z.literal('HOLDS_ROLE'), z.string(), z.string()])])),
      }),
    )
    .min(1),
});

/** A relation pattern over a dependency tree. */
export type TreePattern = z.infer<typeof TreePatternSchema>;

/** The tree pattern file: word classes that paths name (`{light}`), and the patterns. */
export const TreePatternFileSchema = z.object({
  reason: z.string().min(1),
  wordClasses: z.record(z.string(), z.object({ reason: z.string().min(1), verbs: z.array(z.string().min(1)) })),
  patterns: z.array(TreePatternSchema).superRefine((patterns, context) => {
    // (An edge names the pattern that read it: one id, one pattern.)
    const seen = new Set<string>();
    for (const pattern of patterns) {
      if (seen.has(pattern.id)) context.addIssue({ code: z.ZodIssueCode.custom, message: `two tree patterns have the id "${pattern.id}": give each its own` });
      seen.add(pattern.id);
    }
  }),
});

/** A parsed tree pattern file. */
export type TreePatternFile = z.infer<typeof TreePatternFileSchema>;
