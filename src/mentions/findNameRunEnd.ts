import type { Token } from '../text/Token';
import { BREAKING_PUNCTUATION, NAME_PARTICLES, ORGANIZATION_CONNECTORS, ORGANIZATION_HEADS, PLACE_HEADS } from './nameWords';

/**
 * The last token of the capitalized name that starts at `first`. Particles join a person's name (`von der Leyen`);
 * `of`, `for`, `and`, `the` join an organization's (`Bureau of Fisheries and Aquatic Resources`) when an organization
 * word heads it or ends what follows; a title or known name ends a person's name, and an organization's after its
 * head word (`Commission President ...`).
 */
export function findNameRunEnd(tokens: readonly Token[], first: number, startsOther: (at: number) => boolean): number {
  let last = first;
  let organization = ORGANIZATION_HEADS.has(tokens[first]?.key ?? '');
  let linked = false;
  while (true) {
    const current = tokens[last] as Token;
    // A possessive ends a name (`Germany's Foreign Minister`) unless an organization's name goes on (`People's Liberation Front`).
    const possessiveInside = current.possessive && tokens[last + 1]?.capitalized && endsInOrganizationHead(tokens, last + 1);
    // `Tore O. Sandvik`: a middle initial's full stop does not end the name.
    const initial = /^\p{Lu}$/u.test(current.text) && /^\.\s+$/.test(current.post) && last > first && tokens[last + 1]?.capitalized;
    if ((current.possessive && !possessiveInside) || (!initial && BREAKING_PUNCTUATION.test(current.post.replace(/[[\]]/g, '')))) return last;
    const next = tokens[last + 1];
    if (BREAKING_PUNCTUATION.test(next?.pre ?? '')) return last;
    // `ECOWAS Commission President Omar Touray`: after an organization's head word, a title or known name is not its own.
    // After a connector too (`Museum of Flight CEO Bonnie Dunbar`), the name's own words are behind it.
    const afterHead = ORGANIZATION_HEADS.has(current.key) || linked;
    if (next?.capitalized && !next.tags.has('Date') && (organization ? !(afterHead && startsOther(last + 1)) : !startsOther(last + 1))) {
      last++;
      organization ||= ORGANIZATION_HEADS.has(next.key);
      continue;
    }
    let link = last + 1;
    while (link <= last + 2 && NAME_PARTICLES.has(tokens[link]?.text ?? '') && !/[,;:()]/.test(tokens[link]?.post ?? '')) link++;
    if (link > last + 1 && tokens[link]?.capitalized && !startsOther(link)) {
      last = link;
      continue;
    }
    link = last + 1;
    while (link <= last + 2 && ORGANIZATION_CONNECTORS.has(tokens[link]?.key ?? '') && !/[,;:()]/.test(tokens[link]?.post ?? '')) link++;
    // `and` continues an organization's name only inside it (`Bureau of Fisheries and ...`), not after its head word
    // (`Washington Post and Chad Smith`) nor after a person (`Rubio and the State Department`).
    const linking = ['of', 'for', 'on'].includes(tokens[last + 1]?.key ?? '');
    // `Council for National Salvation`, `Ministry of Defence`; `Economic Community of West African States`.
    // A place's head word takes `of` and `for` too (`Museum of Flight`, `Centre for Policy Studies`).
    const opensName = linking && (ORGANIZATION_HEADS.has(current.key) || PLACE_HEADS.has(current.key) || (!startsOther(link) && endsInOrganizationHead(tokens, link)));
    const inside = organization && !ORGANIZATION_HEADS.has(current.key) && !PLACE_HEADS.has(current.key);
    if (link > last + 1 && tokens[link]?.capitalized && !BREAKING_PUNCTUATION.test(tokens[link]?.pre ?? '') && (inside || opensName)) {
      last = link;
      organization = true;
      linked = true;
      continue;
    }
    return last;
  }
}

// `Peace and Security Council`: the capitalized words after a connector end in an organization word.
function endsInOrganizationHead(tokens: readonly Token[], from: number): boolean {
  let at = from;
  while (tokens[at + 1]?.capitalized && !BREAKING_PUNCTUATION.test(tokens[at]?.post ?? '') && !tokens[at]?.possessive) at++;
  return ORGANIZATION_HEADS.has(tokens[at]?.key ?? '');
}
