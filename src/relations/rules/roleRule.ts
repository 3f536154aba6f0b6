import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';

/**
 * `US Secretary of State Marco Rubio`, `Germany's Foreign Minister Johann Wadephul`, `Kremlin spokesman Dmitry Peskov`,
 * and the apposition `Marco Rubio, the US secretary of state,`: a person holds the office of the country or body before the title.
 */
export const roleRule: PatternRule = {
  id: 'role',
  reason: 'an office title between a country or organization and a person\'s name says the person holds that office there',
  match(s) {
    const matches: RelationMatch[] = [];
    for (const title of s.titles) {
      const holder = s.mentionAt[title.first - 1];
      const before = s.tokens[title.first - 1];
      // Honorifics may stand between the title and the name (`Prime Minister Sir Keir Starmer`).
      let at = title.last + 1;
      while (s.tokens[at] && !s.mentionAt[at] && /^(?:sir|dame|mr|mrs|ms|dr|lord|lady)$/.test(s.tokens[at]?.key ?? '')) at++;
      const person = s.mentionAt[at];
      if (holder && holder.type !== 'Location' && holder.type !== 'Person' && holder.last === title.first - 1 && !/,/.test(before?.post ?? '')
        && person?.type === 'Person' && person.first === at) {
        matches.push({ type: 'HOLDS_ROLE', source: person.entity, target: holder.entity, title: title.title, rule: `${this.id}:before-name`, reason: this.reason, trigger: title.first, triggerLast: title.last });
        continue;
      }
      // Apposition: `Marco Rubio, the US secretary of state,`
      let start = title.first - 1;
      const owner = s.mentionAt[start];
      if (!owner || owner.type === 'Person' || owner.type === 'Location' || owner.last !== start) continue;
      start = owner.first - 1;
      if (s.tokens[start]?.key === 'the') start--;
      const named = s.mentionAt[start];
      if (named?.type === 'Person' && named.last === start && /,/.test(s.tokens[start]?.post ?? '') && /^[,.]/.test(s.tokens[title.last]?.post ?? '')) {
        matches.push({ type: 'HOLDS_ROLE', source: named.entity, target: owner.entity, title: title.title, rule: `${this.id}:apposition`, reason: this.reason, trigger: title.first, triggerLast: title.last });
      }
    }
    return matches;
  },
};
