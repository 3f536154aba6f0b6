import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';

const LEAD_VERBS = new Set(['led', 'leads', 'lead', 'leading', 'headed', 'heads', 'heading', 'chaired', 'chairs']);
const LEAD_NOUNS = new Set(['head', 'leader', 'chief']);
const DELEGATIONS = new Set(['delegation', 'team', 'negotiating']);

/**
 * `Rubio, who led the American delegation`, `Andriy Yermak, head of the Ukrainian delegation`, `Rubio led the US delegation`,
 * `the Ukrainian delegation, led by Andriy Yermak`: the person leads the delegation of the country named with it.
 */
export const delegationRule: PatternRule = {
  id: 'delegation',
  reason: 'a person named as leading or heading a country\'s delegation leads that delegation',
  match(s) {
    const matches: RelationMatch[] = [];
    s.tokens.forEach((token, i) => {
      if (!DELEGATIONS.has(token.key)) return;
      const party = s.mentionAt[i - 1];
      if (!party || party.type === 'Location' || party.type === 'Person' || party.last !== i - 1) return;
      let k = party.first - 1;
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
      } else if (s.tokens[i + 1] && /^(?:led|headed)$/.test(afterComma(s, i)?.key ?? '') ) {
        // `the Ukrainian delegation, led by Andriy Yermak`
        const by = (afterComma(s, i)?.index ?? 0) + 1;
        if (s.tokens[by]?.key === 'by' && s.mentionAt[by + 1]?.type === 'Person') {
          matches.push(leads(this, s.mentionAt[by + 1]?.entity ?? '', party.entity, i));
        }
        return;
      }
      const named = person === undefined ? undefined : s.mentionAt[person];
      if (named?.type === 'Person' && named.last === person) matches.push(leads(this, named.entity, party.entity, i));
    });
    return matches;
  },
};

function afterComma(s: AnalyzedSentence, i: number): { key: string; index: number } | undefined {
  const next = /,/.test(s.tokens[i]?.post ?? '') ? i + 1 : s.tokens[i + 1]?.key === 'was' ? i + 2 : i + 1;
  const token = s.tokens[next];
  return token ? { key: token.key, index: next } : undefined;
}

function leads(rule: PatternRule, person: string, party: string, trigger: number): RelationMatch {
  return { type: 'LEADS_DELEGATION', source: person, target: party, rule: rule.id, reason: rule.reason, trigger };
}
