import type { Token } from '../text/Token';
import { BREAKING_PUNCTUATION } from './nameWords';

// Verbs of a match's result: a town or region that beats, draws with or loses to another is a club or team, not a place.
const RESULT_VERBS: ReadonlySet<string> = new Set([
  'beat', 'beats', 'beating', 'defeat', 'defeated', 'defeats', 'defeating', 'thrashed', 'thrash', 'routed', 'edged', 'trounced', 'overcame', 'drew', 'draw', 'draws', 'drawing',
]);
// Words that link a result verb to the other side (`drew with`, `lost to`).
const RESULT_LINKS: ReadonlyMap<string, string> = new Map([['drew', 'with'], ['draw', 'with'], ['draws', 'with'], ['drawing', 'with'], ['lost', 'to'], ['losing', 'to'], ['lose', 'to'], ['loses', 'to']]);

// Nouns for a match or its result, and the words after them that lead to a side (`defeat by Getafe`, `win over Parma`,
// `the tie against Blackpool`, `the game between Liverpool and ...`).
const MATCH_NOUNS: ReadonlySet<string> = new Set(['defeat', 'win', 'victory', 'draw', 'match', 'game', 'tie', 'fixture', 'clash', 'final', 'derby', 'loss']);
const MATCH_LINKS: ReadonlySet<string> = new Set(['by', 'to', 'over', 'against', 'with', 'between']);

/**
 * Whether the name from `first` to `last` is a side in a match's result (`Leicester beat Bath`, `drew with Getafe`,
 * `lost to Parma`, `beating Leinster in the final`, `the 2-1 defeat by Getafe`, `the tie against Blackpool`): a
 * place's name there names its club or team.
 */
export function playsMatchAt(tokens: readonly Token[], first: number, last: number): boolean {
  const verb = tokens[last + 1];
  const link = verb ? RESULT_LINKS.get(verb.key) : undefined;
  const subject = verb !== undefined && !BREAKING_PUNCTUATION.test(tokens[last]?.post ?? '') && !tokens[last]?.possessive
    && (RESULT_VERBS.has(verb.key) || (link !== undefined && tokens[last + 2]?.key === link)) && tokens[last + (link ? 3 : 2)]?.capitalized === true;
  const before = tokens[first - 1];
  const linked = before !== undefined && RESULT_LINKS.get(tokens[first - 2]?.key ?? '') === before.key;
  const matched = before !== undefined && MATCH_LINKS.has(before.key) && MATCH_NOUNS.has(tokens[first - 2]?.key ?? '') && !tokens[first - 2]?.capitalized;
  const object = before !== undefined && !BREAKING_PUNCTUATION.test(before.post) && (RESULT_VERBS.has(before.key) || linked || matched);
  return subject || object;
}
