import type { AnalyzedSentence } from './AnalyzedSentence';
import type { DiscourseContext } from './DiscourseContext';
import { isActor } from './isActor';
import { sexOfMention } from './sexOfMention';
import { ACT_NOUNS, BE_FORMS, OWNERSHIP_PARTICIPLES, PLAN_NOUNS, SKIPPABLE_BEFORE_VERB } from './syntaxWords';

// How many people back a pronoun may look for one of its sex.
const REMEMBERED_PEOPLE = 6;

/**
 * The discourse context after a sentence: the plan it ascribes to a party (`the US-backed plan`), the acts it says a
 * party did (`the court ruled`), the person it names first, the one country or body it names (or the one it opens
 * with). Offices are recorded by extractRelations from the roles read.
 */
export function nextContext(s: AnalyzedSentence, context: DiscourseContext): DiscourseContext {
  let plan = context.plan;
  s.tokens.forEach((token, i) => {
    if (!PLAN_NOUNS.has(token.key)) return;
    for (const gap of [1, 2]) {
      const k = i - gap;
      const participle = s.tokens[k];
      // `US-backed (peace) plan`
      if (participle && OWNERSHIP_PARTICIPLES.has(participle.key) && s.tokens[k - 1]?.post === '-') {
        const owner = s.mentionAt[k - 1];
        if (owner && owner.type !== 'Location') plan = { owner: owner.entity, topic: topic(s, owner.first, i), sentence: context.sentence };
        return;
      }
      // `the US (peace) plan`, `Washington's proposal`
      const owner = s.mentionAt[k];
      if (owner && owner.last === k && owner.type !== 'Location' && owner.type !== 'Person') {
        plan = { owner: owner.entity, topic: topic(s, owner.first, i), sentence: context.sentence };
        return;
      }
    }
  });
  const acts = actsOf(s, context);
  // A quotation that names no one (`"We cannot ask the people to vote."`) goes on in the voice of the person before.
  const quoted = /["“'‘]/.test(s.tokens[0]?.pre ?? '');
  // So does a sentence that names no one but `he` or `she`, the person before (`Mr X ... In May he said ... In April he sacked Y`).
  const continued = s.tokens.some((token) => token.key === 'he' || token.key === 'she');
  const person = s.mentions.find((mention) => mention.type === 'Person')?.entity ?? (quoted || continued ? context.lastPerson : undefined);
  const parties = new Set(s.mentions.filter((mention) => isActor(mention) && mention.type !== 'Person').map((mention) => mention.entity));
  // `its` is the one party the sentence named, or else the party it opened with, its subject as often as not (`The GMB
  // union, which represents workers at X, welcomed it. Its general secretary ...`).
  // Not one of two coordinated (`Kenya and Uganda disagreed. Its ...` names neither).
  // Not a place the sentence opens in (`In the UK, the BPI said ...`).
  const opening = s.mentions.find((mention) => isActor(mention) && !afterPlacePreposition(s, mention.first));
  const coordinated = opening !== undefined && ['and', 'or'].includes(s.tokens[opening.last + 1]?.key ?? '');
  const [party] = parties.size === 1 ? parties : opening && opening.type !== 'Person' && !coordinated ? [opening.entity] : [];
  const named = s.mentions.filter((mention) => mention.type === 'Person');
  const people = [...new Set([...named.map((mention) => mention.entity).reverse(), ...(context.people ?? [])])].slice(0, REMEMBERED_PEOPLE);
  let sexes = context.sexes;
  for (const mention of named) {
    const sex = sexes?.has(mention.entity) ? undefined : sexOfMention(s, mention);
    if (sex) sexes = new Map(sexes).set(mention.entity, sex);
  }
  return {
    sentence: context.sentence + 1,
    ...(people.length > 0 ? { people } : {}),
    ...(sexes ? { sexes } : {}),
    ...(plan ? { plan } : {}),
    ...(acts ? { acts } : {}),
    ...(person ? { lastPerson: person } : {}),
    ...(party ? { lastParty: party } : {}),
    ...(parties.size === 1 ? { onlyParty: party } : {}),
    named: [s.mentions, ...(context.named ?? [])].slice(0, NAMED_SENTENCES),
  };
}

// `The European Commission ruled on Wednesday that ...`, `Ofwat has fined Severn Trent`: an act verb whose subject is
// the named party right before it (auxiliaries and adverbs between; not a passive: `Vela was fined`) records the party
// as the doer of the act its nouns refer back to.
function actsOf(s: AnalyzedSentence, context: DiscourseContext): DiscourseContext['acts'] {
  let acts = context.acts;
  s.tokens.forEach((token, i) => {
    const nouns = ACT_NOUNS.get(token.key);
    if (!nouns) return;
    let at = i - 1;
    while (at >= 0 && SKIPPABLE_BEFORE_VERB.has(s.tokens[at]?.key ?? '') && !BE_FORMS.has(s.tokens[at]?.key ?? '')) at--;
    const actor = s.mentionAt[at];
    if (!actor || actor.last !== at || !isActor(actor) || /[,;:]/.test(s.tokens[at]?.post ?? '')) return;
    const next = new Map(acts ?? []);
    for (const noun of nouns) next.set(noun, { actor: actor.entity, sentence: context.sentence });
    acts = next;
  });
  return acts;
}

// Whether the words before token `at` (an article aside) are a preposition of place (`in the UK`, `across Europe`).
function afterPlacePreposition(s: AnalyzedSentence, at: number): boolean {
  const before = s.tokens[at - 1]?.key === 'the' ? at - 2 : at - 1;
  return SETTING_PREPOSITIONS.has(s.tokens[before]?.key ?? '');
}

// Prepositions that set a sentence in a place (unlike nameWords' PLACE_PREPOSITIONS, which make a lone word a place).
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'across', 'inside', 'outside', 'throughout']);

// How many sentences back `both men` may look for the two it means.
const NAMED_SENTENCES = 3;

function topic(s: AnalyzedSentence, first: number, last: number): string {
  const text = s.sentence.block.text;
  return text.slice(s.tokens[first]?.start ?? 0, s.tokens[last]?.end ?? 0);
}
