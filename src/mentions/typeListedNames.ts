import type { Token } from '../text/Token';
import type { MentionCandidate } from './MentionCandidate';
import { singularBodyNoun } from './singularBodyNoun';

// Fewest organizations a list must name for its unknown names to be read as organizations too.
const MIN_ORGANIZATIONS = 2;

/**
 * `advised by Vela Capital, Orlak Stanley and UBS`: a name read as a person only from its shape, in a list whose other
 * members are all organizations (at least two), is an organization as well; lists name things of one kind. So is every
 * name of a list that qualifies a plural noun for bodies (`the Vosk and Orlak teams`) or that one introduces (`banks
 * including Orlak Stanley and UBS`).
 */
export function typeListedNames(candidates: readonly MentionCandidate[], tokens: readonly Token[]): MentionCandidate[] {
  const out = [...candidates];
  let start = 0;
  for (let k = 1; k <= out.length; k++) {
    const previous = out[k - 1] as MentionCandidate;
    const current = out[k];
    if (current && listed(previous, current, tokens)) continue;
    retype(out, start, k, tokens);
    start = k;
  }
  return out;
}

// Whether `next` follows `previous` in one list: a comma between them, or `and`/`or` after a comma or none.
function listed(previous: MentionCandidate, next: MentionCandidate, tokens: readonly Token[]): boolean {
  const gap = tokens.slice(previous.last + 1, next.first);
  const comma = /^,\s*$/.test(tokens[previous.last]?.post ?? '');
  if (gap.length === 0) return comma;
  return gap.length === 1 && ['and', 'or'].includes(gap[0]?.key ?? '') && /^,?\s*$/.test(tokens[previous.last]?.post ?? '');
}

function retype(out: MentionCandidate[], from: number, to: number, tokens: readonly Token[]): void {
  const members = out.slice(from, to);
  const unknownPeople = members.filter((member) => member.type === 'Person' && !member.known && !member.peerage);
  const organizations = members.filter((member) => member.type === 'Organization');
  const bodies = members.length > 1 && (qualifiesBodies(tokens, (members[members.length - 1] as MentionCandidate).last) || introducesBodies(tokens, (members[0] as MentionCandidate).first));
  if (unknownPeople.length === 0 || (organizations.length < MIN_ORGANIZATIONS && !bodies) || unknownPeople.length + organizations.length !== members.length) return;
  for (let k = from; k < to; k++) {
    const member = out[k] as MentionCandidate;
    if (unknownPeople.includes(member)) out[k] = { ...member, type: 'Organization', needsSupport: false };
  }
}

// Words between a plural noun for bodies (or `consortium`) and the list it introduces (`banks including X and Y`,
// `firms such as X`).
const INTRODUCERS: ReadonlySet<string> = new Set(['including', 'such', 'as', 'like']);

// `banks including X and Y`, `the rival carmakers X and Y`: a plural noun for bodies, in lower case, right before the
// list's first name or before a word that introduces it.
function introducesBodies(tokens: readonly Token[], first: number): boolean {
  let at = first - 1;
  while (at >= first - 2 && INTRODUCERS.has(tokens[at]?.key ?? '')) at--;
  // (Not `makers`, which may be people: `film-makers, including X and Y`.)
  return tokens[at]?.key !== 'makers' && (pluralBodies(tokens[at], at === 0) || tokens[at]?.key === CONSORTIUM);
}

// The one singular noun whose members are all bodies (`a consortium including X, Y and Z`; a group's may be people).
const CONSORTIUM = 'consortium';

// A plural noun for bodies in lower case, but opening the sentence (`teams`, `banks`, `companies`).
function pluralBodies(noun: Token | undefined, opening = false): boolean {
  if (!noun || (noun.capitalized && !opening)) return false;
  const singular = singularBodyNoun(noun.key);
  return singular !== undefined && singular !== noun.key;
}

// `the Vosk and Orlak teams`: a plural noun for bodies, in lower case, right after the list's last name.
function qualifiesBodies(tokens: readonly Token[], last: number): boolean {
  return !/\S/.test(tokens[last]?.post ?? '') && !tokens[last]?.possessive && pluralBodies(tokens[last + 1]);
}
