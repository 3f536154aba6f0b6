import { entityId } from '../knowledge/entityId';
import type { MentionCandidate } from '../mentions/MentionCandidate';
import type { Token } from '../text/Token';

// `1 – 0`, `2-1`: a score, as compromise keeps it in one token.
const SCORE = /^\d{1,2}\s*[-–—]\s*\d{1,2}$/;
// Words of a match report, in lower case (`the Arab League` is a body's name, `a 10-0 vote` no match); a report names
// several. Not `try`, a verb as often (`try to`).
const MATCH_WORDS: ReadonlySet<string> = new Set([
  'match', 'goal', 'goals', 'scored', 'penalty', 'referee', 'striker', 'goalkeeper', 'midfielder', 'defender', 'coach',
  'tournament', 'cup', 'championship', 'league', 'innings', 'wicket', 'half-time', 'halftime', 'kick-off',
  'equaliser', 'equalizer', 'scoreline', 'substituted', 'fixture', 'squad',
]);
const MIN_MATCH_WORDS = 3;
// `in Sweden`, `at Belgium's border`: where something is, not who plays.
const LOCATIVE = new Set(['in', 'at', 'from', 'across', 'inside', 'near', 'throughout', 'within']);
// `Uruguay's president`, `Italy's sports minister`: the state's offices and organs, after its name's possessive.
const STATE_WORDS: ReadonlySet<string> = new Set(['president', 'minister', 'government', 'king', 'queen', 'ambassador', 'embassy', 'parliament', 'chancellor']);
// How many words of a portfolio may stand before the office (`sports minister`, `foreign affairs minister`).
const PORTFOLIO_WORDS = 2;

/**
 * In a match report (a score such as `1 – 0` and several words of the game: match, goal, penalty, referee ...), a
 * country named as a side (`Sweden defeated South Korea`, `Belgium's lead`) is its national team, an organization
 * (`organization:sweden-national-team`), not the state; a country named where something stands (`in Sweden`), or as
 * the owner of a state's office (`Uruguay's president`), or where a person is from (`X of Mexico`), a demonym or a
 * capital keeps its meaning. Other documents are given back unchanged.
 */
export function readNationalTeams(sentences: readonly { readonly tokens: readonly Token[]; readonly candidates: readonly MentionCandidate[] }[]): MentionCandidate[][] {
  const tokens = sentences.flatMap((sentence) => sentence.tokens);
  const scored = tokens.some((token) => SCORE.test(token.text));
  const matchWords = tokens.filter((token) => !token.capitalized && MATCH_WORDS.has(token.key)).length;
  if (!scored || matchWords < MIN_MATCH_WORDS) return sentences.map((sentence) => [...sentence.candidates]);
  return sentences.map(({ tokens: words, candidates }) =>
    candidates.map((candidate, k) => {
      const known = candidate.known;
      // `The referee, Marco Vale of Mexico,`: a country after a person's name and `of` is where the person is from.
      const before = candidates[k - 1];
      const origin = before?.type === 'Person' && before.last === candidate.first - 2 && words[candidate.first - 1]?.key === 'of';
      const side = known?.type === 'Country' && (known.kind === 'name' || known.kind === 'alias') && !LOCATIVE.has(words[candidate.first - 1]?.key ?? '') && !ownsStateOffice(words, candidate.last);
      if (!known || !side || origin) return candidate;
      const name = `${known.name} national team`;
      return { ...candidate, type: 'Organization', known: { ...known, phrase: candidate.surface, entityId: entityId('Organization', name), type: 'Organization', name } };
    }),
  );
}

// Whether the country's possessive at `last` owns an office or organ of the state (`Uruguay's president`).
function ownsStateOffice(words: readonly Token[], last: number): boolean {
  if (!words[last]?.possessive) return false;
  return words.slice(last + 1, last + 2 + PORTFOLIO_WORDS).some((word) => !word.capitalized && STATE_WORDS.has(word.key));
}
