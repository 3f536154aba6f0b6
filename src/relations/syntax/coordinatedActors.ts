import { defaultKnowledge } from '../../knowledge/defaultKnowledge';
import type { ActorMention } from './ActorMention';
import type { AnalyzedSentence } from './AnalyzedSentence';
import { mentionAfterOf } from './mentionAfterOf';

// The person a country or body introduces with a title (`Paraguay's President Santiago Peña`), if any.
function titledPerson(s: AnalyzedSentence, holder: ActorMention): ActorMention | undefined {
  if (holder.type === 'Person') return undefined;
  const title = s.titles.find((span) => span.first === holder.last + 1);
  const person = title ? s.mentionAt[title.last + 1] : undefined;
  return person?.type === 'Person' && person.first === (title?.last ?? 0) + 1 ? person : undefined;
}

// Possessives that open a description of the party named after it (`its chief executive, X`).
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their']);
const MAX_DESCRIPTION = 4;

// Where the name a description at `from` leads to starts (`[the] social networking site MySpace`, `its chief
// executive, James Murdoch`): after `the` or a possessive, up to four lower-case nouns and adjectives, the last perhaps
// with a comma, then the name, which no verb follows (`and the chief executive, X, said` opens a clause of its own).
function describedName(s: AnalyzedSentence, from: number): number | undefined {
  const possessive = DESCRIPTION_OPENERS.has(s.tokens[from]?.key ?? '');
  const opened = possessive || s.tokens[from - 1]?.key === 'the';
  let at = possessive ? from + 1 : from;
  const start = at;
  while (opened && at < start + MAX_DESCRIPTION) {
    const token = s.tokens[at];
    if (!token || s.mentionAt[at] || !/^\p{Ll}/u.test(token.text) || token.tags.has('Verb') || !(token.tags.has('Noun') || token.tags.has('Adjective'))) break;
    at++;
    if (token.post.trim() !== '') {
      if (!/^,\s*$/.test(token.post)) return undefined;
      break;
    }
  }
  const name = s.mentionAt[at];
  if (at === start || name?.first !== at) return undefined;
  return s.tokens[name.last + 1]?.tags.has('Verb') ? undefined : at;
}

const { courtesyTitles } = defaultKnowledge();

// Whether the token at `at` is a courtesy title outside any name (`Mr`, `Lady`, or what compromise tags an honorific).
function isCourtesy(s: AnalyzedSentence, at: number): boolean {
  const token = s.tokens[at];
  return token !== undefined && token.capitalized && (courtesyTitles.has(token.key) || token.tags.has('Honorific')) && !s.mentionAt[at];
}

/**
 * The mentions coordinated with the mention at `at` (`the UK, France, and Germany`), walking left or right.
 * A comma joins names only in a list closed by `and`/`or`, so `In Kyiv, Zelensky said` is no list.
 */
export function coordinatedActors(s: AnalyzedSentence, at: number, direction: -1 | 1): { actors: ActorMention[]; first: number; last: number } {
  const start = s.mentionAt[at];
  if (!start) return { actors: [], first: at, last: at };
  const chain: { mention: ActorMention; byConjunction: boolean }[] = [{ mention: start, byConjunction: false }];
  let edge = direction < 0 ? start.first : start.last;
  while (true) {
    // (`the Vosk Party and the Orla Party`: an article before a name is no gap in the list.)
    if (direction < 0 && (s.tokens[edge - 1]?.key === 'the' || isCourtesy(s, edge - 1))) edge--;
    // (`Sens. X of Rhode Island and Y of Nebraska`: walking right, the place a person is of is the person's.)
    const place = direction > 0 && s.mentionAt[edge]?.type === 'Person' ? mentionAfterOf(s, edge) : undefined;
    if (place?.type === 'Location') edge = place.last;
    const near = edge + direction;
    const gap = direction < 0 ? s.tokens[near] : s.tokens[edge];
    const word = s.tokens[near];
    let next: number;
    let byConjunction = false;
    if (word?.key === 'and' || word?.key === 'or') {
      next = near + direction;
      byConjunction = true;
    } else if (gap && /,/.test(gap.post)) {
      next = near;
      if (s.tokens[next]?.key === 'and' || s.tokens[next]?.key === 'or') {
        next += direction;
        byConjunction = true;
      }
    } else break;
    if (direction > 0 && s.tokens[next]?.key === 'the') next++;
    // (`Mr Blair and Mr Ahern`: a courtesy title before a name is no gap in the list either.)
    if (direction > 0 && isCourtesy(s, next)) next++;
    // `YouTube and the social networking site MySpace`, `BSkyB and its chief executive, James Murdoch`: walking right
    // after `and`, a name may follow a few words that describe it.
    if (direction > 0 && byConjunction && !s.mentionAt[next]) next = describedName(s, next) ?? next;
    const named = s.mentionAt[next];
    if (!named || named.type === 'Location' || (direction < 0 ? named.last !== next : named.first !== next)) break;
    // `... and Paraguay's President Santiago Peña`: walking right, a party's titled person is the one coordinated.
    const mention = direction > 0 ? (titledPerson(s, named) ?? named) : named;
    chain.push({ mention, byConjunction });
    edge = direction < 0 ? mention.first : mention.last;
  }
  // Keep the list up to its last `and`: walking right that is the last link so joined; walking left, a list must open with one.
  let keep = 1;
  if (direction > 0) {
    for (let k = 1; k < chain.length; k++) if (chain[k]?.byConjunction) keep = k + 1;
  } else if (chain[1]?.byConjunction) {
    keep = chain.length;
  }
  const actors = chain.slice(0, keep).map((link) => link.mention);
  const indices = actors.flatMap((actor) => [actor.first, actor.last]);
  return { actors: direction < 0 ? actors.reverse() : actors, first: Math.min(...indices), last: Math.max(...indices) };
}
