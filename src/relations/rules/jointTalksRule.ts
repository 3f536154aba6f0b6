import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import { coordinatedActors } from '../syntax/coordinatedActors';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import { HYPOTHETICAL, NEGATIONS } from '../syntax/syntaxWords';
import { GROUP_NOUNS } from '../../mentions/nameWords';
import { compileCues } from '../compileCues';
import { pairs } from './pairs';
import talkStancesFile from './talkStances.json';
import { triggeredBy } from './triggeredBy';

const PAIR_NOUNS = new Set(['talks', 'negotiations', 'dialogue', 'meeting', 'summit']);
/** Words of wanting, urging or opposing talks (`favour`, `called for`, `ready for`), from talkStances.json. */
export const talkStances = compileCues(talkStancesFile, ['wanted-talks', 'ready-for-talks', 'third-party']);
const STANCES = [talkStances['wanted-talks'], talkStances['ready-for-talks']];
// How far before a talks noun a stance word governs it (`favour an early start to talks`).
const STANCE_REACH = 6;
// How far after a talks phrase its verb's modal may stand (`talks between X and Y could soon open`).
const AFTER_REACH = 3;

/**
 * Parties named together in talks: `The US and Ukraine ... following negotiations`, `American and Ukrainian negotiators`,
 * `US-Ukraine talks`, `talks between the US and Ukraine`. Talks only wanted, urged or opposed (`Spain and Greece
 * favour talks`, `backed talks between X and Y`) have no sides yet, and parties that hold talks with a third party
 * (`Spain and Greece held talks with Morocco`) sit on one side.
 */
export const jointTalksRule: PatternRule = {
  id: 'joint-talks',
  reason: 'parties named jointly as the sides of talks or negotiations negotiated with each other',
  match(s, _context, lexicon) {
    const talks = s.tokens.findIndex((token) => {
      const rule = lexicon.nouns.get(token.key);
      return rule?.type === 'NEGOTIATED_WITH' || rule?.type === 'MET_WITH';
    });
    const rule = lexicon.nouns.get(s.tokens[talks]?.key ?? '');
    if (!rule) return [];
    // Each pair of distinct parties once, in the order the text names them.
    const emit = (parties: readonly string[], trigger: number): RelationMatch[] => {
      const distinct = [...new Set(parties)];
      return distinct.flatMap((source, a) => pairs([source], distinct.slice(a + 1), triggeredBy(this, rule, trigger)));
    };
    // `US-Ukraine talks`
    for (let i = 0; i + 2 < s.tokens.length; i++) {
      const left = s.mentionAt[i];
      const right = s.mentionAt[i + 1];
      if (left?.last === i && right?.first === i + 1 && s.tokens[i]?.post === '-' && PAIR_NOUNS.has(s.tokens[right.last + 1]?.key ?? '')) {
        return unheld(s, right.last + 1) ? [] : emit([left.entity, right.entity], right.last + 1);
      }
    }
    // `talks between X and Y`
    for (let i = 0; i + 1 < s.tokens.length; i++) {
      if (PAIR_NOUNS.has(s.tokens[i]?.key ?? '') && s.tokens[i + 1]?.key === 'between') {
        let at = i + 2;
        while (s.tokens[at]?.key === 'the') at++;
        const { actors, last } = coordinatedActors(s, at, 1);
        if (actors.length >= 2) return unheld(s, i, last) ? [] : emit(actors.map((actor) => actor.entity), i);
      }
    }
    // `Spain and Greece held talks with Morocco`: the coordinated subjects are one side; the talks-with rule reads the other.
    // `X and Y were summoned to a meeting of the council`: a body's meeting is the body's, not a meeting of the two;
    // `X and Y will host a conference to promote dialogue between the two sides`: the sides are others.
    if (['with', 'of', 'between'].includes(s.tokens[talks + 1]?.key ?? '')) return [];
    const opening = openingSubject(s);
    return opening.length >= 2 && !unheld(s, talks) && !outsideTalks(s, talks) ? emit(opening, talks) : [];
  },
};

// Whether the talks noun at `noun` is only wanted, opposed, denied or supposed: a stance word, a negation or a modal
// shortly before it in its clause (`favour an early start to talks`, `did not hold talks`, `could hold talks`), or a
// modal or negation right after the talks phrase ending at `last` (`talks between X and Y could open`).
function unheld(s: AnalyzedSentence, noun: number, last = noun): boolean {
  for (let k = last + 1; k <= last + AFTER_REACH && !/[,;:]/.test(s.tokens[k - 1]?.post ?? ''); k++) {
    const key = s.tokens[k]?.key ?? '';
    if (NEGATIONS.has(key) || HYPOTHETICAL.has(key)) return true;
  }
  for (let k = noun - 1; k >= 0 && k >= noun - STANCE_REACH; k--) {
    const token = s.tokens[k];
    if (!token || /[,;:]/.test(token.post)) return false;
    if (s.mentionAt[k]) continue;
    if (NEGATIONS.has(token.key) || HYPOTHETICAL.has(token.key) || STANCES.some((cue) => cue.forms.has(token.key))) return true;
  }
  return false;
}

// Whether the sentence's subjects stand outside the talks at `noun`: a word of a third party's part (`guarantors of the
// talks`, `hosted talks`) shortly before it.
function outsideTalks(s: AnalyzedSentence, noun: number): boolean {
  const { forms } = talkStances['third-party'];
  return s.tokens.slice(Math.max(0, noun - STANCE_REACH), noun).some((token) => forms.has(token.key));
}

// The coordinated parties that open the sentence: `The United States and Ukraine say`, `US and Ukrainian negotiators`
// (not those after a preposition: `Envoys from Brazil and Argentina arrived to press for a settlement`).
function openingSubject(s: AnalyzedSentence): string[] {
  let at = 0;
  while (s.tokens[at] && (s.tokens[at]?.key === 'the' || !s.mentionAt[at]) && at < 4 && !s.tokens[at]?.tags.has('Verb')) at++;
  const first = s.mentionAt[at];
  // (`The presidents of Peru and Ecuador signed`: the leaders `of` the parties speak for them.)
  if (!first || first.first !== at || (s.tokens[at - 1]?.tags.has('Preposition') && s.tokens[at - 1]?.key !== 'of')) return [];
  const { actors, last } = coordinatedActors(s, at, 1);
  const parties = actors.filter((actor) => actor.type !== 'Location');
  if (parties.length < 2) return [];
  // Demonyms only as modifiers of a group noun (`American and Ukrainian negotiators`).
  if (parties.some((actor) => actor.kind === 'demonym') && !GROUP_NOUNS.has(s.tokens[last + 1]?.key ?? '')) return [];
  return parties.map((actor) => actor.entity);
}
