import type { AnalyzedSentence } from './AnalyzedSentence';
import { coordinatedActors } from './coordinatedActors';
import type { DiscourseContext } from './DiscourseContext';
import { isActor } from './isActor';
import type { PartyReference } from './PartyReference';
import { planReference } from './planReference';
import { pronounReferent } from './pronounReferent';
import { DETERMINERS, HYPOTHETICAL, NEGATIONS, OTHER_PERSON_NOUNS, PLAN_NOUNS, SKIPPABLE_BEFORE_VERB } from './syntaxWords';
import { GROUP_NOUNS, ONE_PERSON_GROUP_NOUNS, ORGANIZATION_NOUNS } from '../../mentions/nameWords';

const PLACE_LINKS = new Set(['in', 'from', 'across', 'and', 'of']);
// Words that open a clause inside another: a verb behind one of them has a subject of its own.
const CLAUSE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'that', 'because', 'after', 'before', 'when', 'while', 'if', 'since', 'although', 'though', 'as', 'until', 'unless']);

/**
 * The party that acts through the verb at `verb`: the actor (or coordinated actors) right before it, past adverbs,
 * an apposition or relative clause between commas, a group noun (`Ukraine's leaders`, `leaders in Kyiv`), `he`/`she`,
 * a plan (`which`, `the plan`), or the subject of the verb this one is coordinated with (`X thanked Y and accused Z`).
 * Undefined when the verb is negated or hypothetical, or nothing clear stands there.
 */
export function findSubject(s: AnalyzedSentence, verb: number, context: DiscourseContext): PartyReference | undefined {
  let j = verb - 1;
  while (j >= 0) {
    const token = s.tokens[j];
    if (!token) return undefined;
    if (NEGATIONS.has(token.key) || HYPOTHETICAL.has(token.key)) return undefined;
    if (!SKIPPABLE_BEFORE_VERB.has(token.key) && !(token.tags.has('Adverb') && !token.capitalized)) break;
    j--;
  }
  const token = s.tokens[j];
  if (!token) return undefined;
  if (token.key === 'and' || token.key === 'but') return coordinatedVerbSubject(s, j, context);
  // `Yermak, head of the Ukrainian delegation, thanked`; `Rubio, who led the talks, said`
  if (/,/.test(token.post)) {
    const named = s.mentionAt[j];
    for (let k = j - 1; k >= 0 && k >= j - 12; k--) {
      if (!/,/.test(s.tokens[k]?.post ?? '')) continue;
      // `His foreign minister, Yvan Gil, accused`: the name between the commas is the subject.
      if (isActor(named) && named.first === k + 1 && named.last === j) return actorsEndingAt(s, j);
      const inner = s.tokens.slice(k + 1, j + 1);
      const relative = inner[0]?.key === 'who' || inner[0]?.key === 'which';
      if (relative || !inner.some((word) => word.tags.has('Verb') && !word.tags.has('Participle') && !word.tags.has('Gerund'))) {
        const outer = placedActorsEndingAt(s, k);
        // (`X, the leader of the Vela party, who had led the protests, praised`: the person whose post the body is of.)
        if (outer && inner[0]?.key === 'who') return apposedPerson(s, outer) ?? outer;
        return outer?.mentions.some((mention) => mention.type === 'Person') ? outer : apposedName(s, k + 1, j) ?? outer;
      }
      break;
    }
    return undefined;
  }
  // `Rubio, who led`, `Russia, which backs`
  if ((token.key === 'who' || token.key === 'which') && /,/.test(s.tokens[j - 1]?.post ?? '')) {
    const antecedent = actorsEndingAt(s, j - 1);
    if (token.key === 'who' && antecedent) return apposedPerson(s, antecedent) ?? antecedent;
    if (antecedent || token.key === 'who') return antecedent;
  }
  if (token.key === 'he' || token.key === 'she') {
    // `X said he had met Y`, `X thanked Y, whom he had met`: the first person the sentence names before the pronoun
    // (not one a relative pronoun right before it stands for); else, or when an earlier `he` opened the chain (`He
    // said he bore Y no grudge, but he accused Z`), the person the previous sentence named.
    const relative = ['whom', 'who', 'that'].includes(s.tokens[j - 1]?.key ?? '') ? s.mentionAt[j - 2] : undefined;
    const earlier = s.mentions.find((mention) => mention.type === 'Person' && mention.last < j && mention !== relative);
    const chained = earlier !== undefined && s.tokens.slice(0, earlier.first).some((word) => word.key === 'he' || word.key === 'she');
    const person = (chained ? undefined : earlier?.entity) ?? pronounReferent(token.key, context);
    return person ? { entities: [person], edge: j, mentions: [] } : undefined;
  }
  if (token.key === 'which' || PLAN_NOUNS.has(token.key)) return planReference(s, j, context);
  // (`The Indian Army`: a group noun named as a body is that body, not its country's.)
  if (GROUP_NOUNS.has(token.key) && !isActor(s.mentionAt[j])) return groupModifier(s, j);
  // `The commission's move was backed by`: what a party owns or does stands for the party.
  const owner = s.mentionAt[j - 1];
  if (isActor(owner) && owner.last === j - 1 && s.tokens[j - 1]?.possessive && token.tags.has('Noun') && !s.mentionAt[j] && !OTHER_PERSON_NOUNS.has(token.key)) {
    return { entities: [owner.entity], edge: owner.first, mentions: [owner], topic: s.sentence.block.text.slice(s.tokens[owner.first]?.start ?? 0, token.end) };
  }
  // `The Likud party accused`, `the Vela union said`: a body's own noun after its name is the name's.
  const named = s.mentionAt[j - 1];
  const bodyNoun = ORGANIZATION_NOUNS.has(token.key) && !token.capitalized && named?.type === 'Organization' && named.last === j - 1 && !s.tokens[j - 1]?.possessive
    && !/\S/.test(s.tokens[j - 1]?.post ?? '');
  const direct = placedActorsEndingAt(s, bodyNoun ? j - 1 : j);
  if (direct) return personsBody(s, direct.edge) ? undefined : direct;
  // `several leaders in Kyiv and across Europe rejected`
  for (let k = j; k >= 0 && k >= j - 8; k--) {
    const word = s.tokens[k];
    if (!word) break;
    if (GROUP_NOUNS.has(word.key)) {
      const mentions = s.mentions.filter((mention) => mention.first > k && mention.last <= j && isActor(mention));
      return mentions.length > 0 ? { entities: mentions.map((mention) => mention.entity), edge: k, mentions } : undefined;
    }
    if (!s.mentionAt[k] && !PLACE_LINKS.has(word.key) && !DETERMINERS.has(word.key)) break;
  }
  return undefined;
}

/**
 * `Gil thanked the summit for its solidarity and accused Washington`: a verb right after `and` shares the subject of
 * the verb before it, when only that verb's object stands between them and both verbs are in the main clause (no
 * verb before that subject: in `Lavrov said Rubio was wrong and criticized NATO` the subject of `was` is not it).
 */
function coordinatedVerbSubject(s: AnalyzedSentence, conjunction: number, context: DiscourseContext): PartyReference | undefined {
  for (let k = conjunction - 1; k >= 0; k--) {
    const word = s.tokens[k];
    if (!word || CLAUSE_OPENERS.has(word.key)) return undefined;
    if (!word.tags.has('Verb') || word.tags.has('Gerund') || word.tags.has('Auxiliary')) continue;
    const subject = findSubject(s, k, context);
    if (!subject) return undefined;
    // `Rubio met Lavrov, who criticized Kyiv, and ...`: a subject found across a relative pronoun is the clause's.
    const between = s.tokens.slice(subject.edge + 1, k);
    const before = s.tokens.slice(0, subject.edge);
    const inMainClause = !between.some((other) => CLAUSE_OPENERS.has(other.key)) && !before.some((other) => other.tags.has('Verb'));
    return inMainClause ? subject : undefined;
  }
  return undefined;
}

// How many capitalized title words may stand before a name in apposition.
const TITLE_WORDS = 3;

// `The committee's senior Democrat, Sen. Ann Vale of Delaware, accused`, `The main opposition party, the Vela Party,
// accused`: a name (after a title) opening the apposition from `first` to `last` is whom the description before means.
function apposedName(s: AnalyzedSentence, first: number, last: number): PartyReference | undefined {
  // (`the`, or a title's capitalized words, before the name: `Sen.`, `Prime Minister`.)
  let at = s.tokens[first]?.key === 'the' ? first + 1 : first;
  while (at <= first + TITLE_WORDS && !s.mentionAt[at] && s.tokens[at]?.capitalized) at++;
  const named = s.mentionAt[at];
  if (!isActor(named) || named.first !== at || named.last > last || s.tokens[named.last]?.possessive) return undefined;
  return { entities: [named.entity], edge: named.first, mentions: [named] };
}

// `The leader of the Vela party (VP) accused`: a body after `of` that a person's post or noun heads (the one acting).
function personsBody(s: AnalyzedSentence, first: number): boolean {
  // (`the Vela Workers' Party (VWP)`: an acronym in brackets after the body's name.)
  const named = s.mentionAt[first - 1];
  const bracketed = named?.last === first - 1 && /\(/.test(`${s.tokens[first - 1]?.post ?? ''}${s.tokens[first]?.pre ?? ''}`);
  const of = ofBefore(s, bracketed ? named.first : first);
  return of !== undefined && (ONE_PERSON_GROUP_NOUNS.has(s.tokens[of - 1]?.key ?? '') || s.titles.some((title) => title.last === of - 1));
}

// The parties named right before `at`; but `The UN mission in Ivory Coast endorsed`: a country or place after `in` and a
// noun for no group of its own (not `officials in Beijing`) is where the noun's body is, and that body (`UN`) acts.
function placedActorsEndingAt(s: AnalyzedSentence, at: number): PartyReference | undefined {
  const direct = actorsEndingAt(s, at);
  const noun = direct ? s.tokens[direct.edge - 2] : undefined;
  if (!direct || !noun || s.tokens[direct.edge - 1]?.key !== 'in' || noun.capitalized || !noun.tags.has('Noun') || GROUP_NOUNS.has(noun.key) || s.mentionAt[direct.edge - 2]) return direct;
  const body = s.mentionAt[direct.edge - 3];
  return isActor(body) && body.last === direct.edge - 3 && body.type === 'Organization' ? { entities: [body.entity], edge: body.first, mentions: [body] } : undefined;
}

// The `of` right before the phrase at `first`, or before its `the`.
function ofBefore(s: AnalyzedSentence, first: number): number | undefined {
  const of = s.tokens[first - 1]?.key === 'the' ? first - 2 : first - 1;
  return s.tokens[of]?.key === 'of' ? of : undefined;
}

function actorsEndingAt(s: AnalyzedSentence, at: number): PartyReference | undefined {
  const mention = s.mentionAt[at];
  if (!isActor(mention) || mention.last !== at) return undefined;
  const { actors, first } = coordinatedActors(s, at, -1);
  const named = actors.filter(isActor);
  return named.length > 0 ? { entities: named.map((actor) => actor.entity), edge: first, mentions: named } : undefined;
}

/** `Ukraine's leaders`, `Ukrainian negotiators`, `American and Ukrainian negotiators`, `US officials`. */
export function groupModifier(s: AnalyzedSentence, noun: number): PartyReference | undefined {
  const modifier = s.mentionAt[noun - 1];
  if (!modifier || modifier.type === 'Location' || modifier.last !== noun - 1) return undefined;
  const { actors, first } = coordinatedActors(s, noun - 1, -1);
  // (`the Labour leader` is a person, not the party; a country's leader acts for the country.)
  const one = ONE_PERSON_GROUP_NOUNS.has(s.tokens[noun]?.key ?? '');
  const parties = actors.filter((actor) => actor.type !== 'Location' && !(one && actor.type === 'Organization'));
  return parties.length > 0 ? { entities: parties.map((actor) => actor.entity), edge: first, mentions: parties } : undefined;
}

// How many lower-case words a post in apposition may run to (`the 35-year-old leader`).
const POST_WORDS = 6;

// `X, the leader of the Vosk Unity Party, who ...`: `who` after a body that a post in apposition to a person is of is
// that person. Undefined unless the antecedent names no person and such a person stands before the post.
function apposedPerson(s: AnalyzedSentence, antecedent: PartyReference): PartyReference | undefined {
  if (antecedent.mentions.length === 0 || antecedent.mentions.some((mention) => mention.type === 'Person')) return undefined;
  const k = ofBefore(s, antecedent.edge);
  if (k === undefined) return undefined;
  // The post: a few lower-case words after the person's comma (`the deputy leader`, `the 35-year-old leader`).
  for (let c = k - 2; c >= k - POST_WORDS - 1 && c >= 0; c--) {
    const person = s.mentionAt[c];
    if (/,\s*$/.test(s.tokens[c]?.post ?? '') && person?.type === 'Person' && person.last === c) {
      return s.tokens.slice(c + 1, k).every((word) => !word.capitalized) ? { entities: [person.entity], edge: person.first, mentions: [person] } : undefined;
    }
  }
  return undefined;
}
