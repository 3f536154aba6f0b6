import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';

const HEAD_VERBS = new Map([
  ['leads', 'Leader'], ['led', 'Leader'], ['heads', 'Head'], ['headed', 'Head'], ['chairs', 'Chair'], ['chaired', 'Chair'], ['runs', 'Head'],
]);
// Participles that, after a body and a comma, name who leads it (`The RSF, commanded by Mohamed Hamdan Dagalo,`).
const LED_BY = new Map([['led', 'Leader'], ['headed', 'Head'], ['chaired', 'Chair'], ['commanded', 'Commander'], ['run', 'Head']]);

/**
 * `Haggar, who leads the Council for National Salvation`, `The State Bank, headed by Governor Jameel Ahmad,`,
 * `Argentina was represented by Foreign Minister Pablo Quirno`: a person who leads a named organization holds its
 * leadership (under the title written before the name, if any); a party represented by an office holder is where the
 * office is held.
 */
export const headsBodyRule: PatternRule = {
  id: 'heads-body',
  reason: 'a person said to lead or head a named organization, or to represent a party under a title, holds that office there',
  examples: [
    { text: 'Ida Haggar, who leads the Council for National Salvation, spoke.', relations: ['person:ida-haggar HOLDS_ROLE organization:council-for-national-salvation'] },
    { text: 'The Council for National Salvation, headed by Ida Haggar, spoke.', relations: ['person:ida-haggar HOLDS_ROLE organization:council-for-national-salvation'] },
    // A body before a noun only qualifies what is led.
    { text: 'Ida Haggar leads Hamas backlash.', relations: [] },
  ],
  match(s) {
    const matches: RelationMatch[] = [];
    s.tokens.forEach((token, i) => {
      const ledBy = LED_BY.get(token.key);
      const body = s.mentionAt[i - 1];
      if (ledBy && s.tokens[i + 1]?.key === 'by' && body?.type === 'Organization' && body.last === i - 1 && /,/.test(s.tokens[i - 1]?.post ?? '')) {
        const office = s.titles.find((span) => span.first === i + 2);
        const at = office ? office.last + 1 : i + 2;
        const person = s.mentionAt[at];
        if (person?.type === 'Person' && person.first === at) {
          matches.push({ type: 'HOLDS_ROLE', source: person.entity, target: body.entity, title: office?.title ?? ledBy, rule: `${this.id}:led-by`, reason: this.reason, trigger: i });
        }
        return;
      }
      const title = HEAD_VERBS.get(token.key);
      if (title) {
        let at = i + 1;
        if (s.tokens[at]?.key === 'the' || s.tokens[at]?.key === 'self-styled') at++;
        while (s.tokens[at] && !s.mentionAt[at] && !s.tokens[at]?.capitalized && at <= i + 3 && !/,/.test(s.tokens[at - 1]?.post ?? '')) at++;
        const body = s.mentionAt[at];
        let p = i - 1;
        if (s.tokens[p]?.key === 'who') p--;
        const person = s.mentionAt[p];
        // `Gove leads Tory backlash`: a body before a noun only qualifies what is led.
        const after = body ? s.tokens[body.last + 1] : undefined;
        const last = body ? s.tokens[body.last] : undefined;
        const qualifies = after !== undefined && !after.capitalized && after.tags.has('Noun') && !/[,.;:]/.test(last?.post ?? '') && !last?.possessive;
        if (body?.type === 'Organization' && body.first === at && person?.type === 'Person' && person.last === p && !qualifies) {
          matches.push({ type: 'HOLDS_ROLE', source: person.entity, target: body.entity, title, rule: `${this.id}:leads`, reason: this.reason, trigger: i });
        }
        return;
      }
      // `Argentina was represented by Foreign Minister Pablo Quirno`
      if (token.key !== 'represented' || s.tokens[i + 1]?.key !== 'by' || !/^(?:was|is|were|are)$/.test(s.tokens[i - 1]?.key ?? '')) return;
      const party = s.mentionAt[i - 2];
      const office = s.titles.find((span) => span.first === i + 2);
      const person = office ? s.mentionAt[office.last + 1] : undefined;
      if (party && office && person?.type === 'Person' && party.type !== 'Person' && party.type !== 'Location' && party.last === i - 2) {
        matches.push({ type: 'HOLDS_ROLE', source: person.entity, target: party.entity, title: office.title, rule: `${this.id}:represented-by`, reason: this.reason, trigger: office.first, triggerLast: office.last });
      }
    });
    return matches;
  },
};
