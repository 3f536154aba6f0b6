import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import type { ActorMention } from '../syntax/ActorMention';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';

const LEAD_VERBS = new Set(['led', 'leads', 'lead', 'leading', 'headed', 'heads', 'heading', 'chaired', 'chairs']);
const LEAD_NOUNS = new Set(['head', 'leader', 'chief']);
const DELEGATIONS = new Set(['delegation', 'team', 'side']);
// Groups that act as a delegation when the text says who leads them (`Pakistani officials led by the finance minister`).
const LED_GROUPS = new Set(['officials', 'negotiators', 'diplomats', 'envoys']);

/**
 * `Rubio, who led the American delegation`, `Andriy Yermak, head of the Ukrainian delegation`, `Rubio led the US delegation`,
 * `the Ukrainian delegation, led by Andriy Yermak`, `the delegation from Kenya is headed by X`, `Pakistani officials led
 * by X`: the person leads the delegation of the country named with it.
 */
export const delegationRule: PatternRule = {
  id: 'delegation',
  reason: 'a person named as leading or heading a country\'s delegation leads that delegation',
  match(s) {
    const matches: RelationMatch[] = [];
    s.tokens.forEach((token, i) => {
      const group = LED_GROUPS.has(token.key);
      if (!DELEGATIONS.has(token.key) && !group) return;
      const before = s.mentionAt[i - 1]?.last === i - 1 ? s.mentionAt[i - 1] : undefined;
      const party = before ?? (group ? undefined : partyAfter(s, i));
      if (!party || party.type === 'Location' || party.type === 'Person') return;
      const end = party === before ? i : party.last;
      if (group && !/^(?:led|headed)$/.test(afterComma(s, end)?.key ?? '')) return;
      let k = (party === before ? party.first : i) - 1;
      if (s.tokens[k]?.key === 'the') k--;
      const lead = s.tokens[k];
      let person: number | undefined;
      if (lead && LEAD_VERBS.has(lead.key)) {
        // `Rubio led`, `Rubio, who led`
        let p = k - 1;
        if (s.tokens[p]?.key === 'who') p--;
        person = p;
      } else if (lead?.key === 'of' && LEAD_NOUNS.has(s.tokens[k - 1]?.key ?? '')) {
        // `Yermak, head of`, `Yermak, the head of`
        let p = k - 2;
        if (s.tokens[p]?.key === 'the') p--;
        if (/,/.test(s.tokens[p]?.post ?? '')) person = p;
      } else if (s.tokens[end + 1] && /^(?:led|headed)$/.test(afterComma(s, end)?.key ?? '')) {
        // `the Ukrainian delegation, led by Andriy Yermak`
        const by = (afterComma(s, end)?.index ?? 0) + 1;
        if (s.tokens[by]?.key !== 'by') return;
        // `led by First Deputy Prime Minister Besnik Bislimi`: the title says which office of that party the leader holds.
        // `led by Sierra Leone's Foreign Minister X`: the office is another country's, which the role rule reads.
        const owner = s.mentionAt[by + 1];
        const owned = owner?.first === by + 1 && owner.type !== 'Person' && s.tokens[owner.last]?.possessive ? owner : undefined;
        const title = s.titles.find((span) => span.first === (owned ? owned.last : by) + 1);
        const leader = s.mentionAt[(title ? title.last : owned ? owned.last : by) + 1];
        if (leader?.type !== 'Person') return;
        matches.push(leads(this, leader.entity, party.entity, i));
        if (title && !owned && party.type === 'Country') {
          matches.push({ type: 'HOLDS_ROLE', source: leader.entity, target: party.entity, title: title.title, rule: `${this.id}:led-by-title`, reason: 'an office title before the name of the leader of a country\'s delegation is an office of that country', trigger: title.first, triggerLast: title.last });
        }
        return;
      }
      const named = person === undefined ? undefined : s.mentionAt[person];
      if (named?.type === 'Person' && named.last === person) matches.push(leads(this, named.entity, party.entity, i));
    });
    return matches;
  },
};

// `The delegation from Kenya`, `the delegation of the African Union`: the party named right after the noun.
function partyAfter(s: AnalyzedSentence, noun: number): ActorMention | undefined {
  if (!['from', 'of'].includes(s.tokens[noun + 1]?.key ?? '')) return undefined;
  const at = s.tokens[noun + 2]?.key === 'the' ? noun + 3 : noun + 2;
  const mention = s.mentionAt[at];
  return mention?.first === at ? mention : undefined;
}

// The word after a delegation phrase, past a comma or a form of `be` (`, led by`; `is headed by`).
function afterComma(s: AnalyzedSentence, i: number): { key: string; index: number } | undefined {
  const next = /,/.test(s.tokens[i]?.post ?? '') ? i + 1 : ['was', 'is', 'were', 'are'].includes(s.tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
  const token = s.tokens[next];
  return token ? { key: token.key, index: next } : undefined;
}

function leads(rule: PatternRule, person: string, party: string, trigger: number): RelationMatch {
  return { type: 'LEADS_DELEGATION', source: person, target: party, rule: rule.id, reason: rule.reason, trigger };
}
