import { compileCues, type CompiledCue } from '../compileCues';
import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import type { RelationType } from '../RelationType';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import type { DiscourseContext } from '../syntax/DiscourseContext';
import { findObject } from '../syntax/findObject';
import { findSubject } from '../syntax/findSubject';
import { isActor } from '../syntax/isActor';
import type { PartyReference } from '../syntax/PartyReference';
import { HYPOTHETICAL } from '../syntax/syntaxWords';
import { verbForms } from '../verbForms';
import { participleSubject } from './activeVerbRule';
import { pairs } from './pairs';
import warningCuesFile from './warningCues.json';

/** What makes a warning a threat, a demand or criticism, from warningCues.json. */
export const warningCues = compileCues(warningCuesFile, ['consequence', 'response', 'demand', 'conduct']);

const WARN = new Set(verbForms('warn'));
const FUTURE = new Set([...HYPOTHETICAL, 'will', 'shall', "'ll"]);
// Pronouns by which a warned clause names the warner or the party warned (`warned Bolivia that it will pay`).
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'you', 'i']);
// How far a consequence may stand after `warned X of` or after the warned clause's verb (`will bear the consequences`).
const CONSEQUENCE_REACH = 6;

type Read = (type: RelationType, cue: CompiledCue, targets: readonly string[]) => RelationMatch[];

/**
 * `warned Pakistan of consequences`, `warned Russia that Sweden would respond`, `warning that the EU will bear the
 * consequences`: a warning of what the warner will do, or of what a party will suffer for it, threatens that party;
 * `warned Japan not to ...`: a warning to act is a demand; `warned that Putin wants ...`: a warning about a named party's
 * conduct is criticism of it. A warning that something may happen (`warned X the war could be illegal`, `warned that
 * prices may rise`) states no relation.
 */
export const warningRule: PatternRule = {
  id: 'warning',
  reason: 'a warning threatens a party only with an act of the warner\'s own; warning a party to act is a demand on it, and a warning about a party\'s conduct is criticism of it',
  match(s, context) {
    return s.tokens.flatMap((token, i) => {
      if (!WARN.has(token.key)) return [];
      const warner = participleSubject(s, i, context) ?? findSubject(s, i, context);
      if (!warner) return [];
      const object = findObject(s, i + 1, context);
      // A plan warned of (`warned it ...` for the last plan) is no party warned.
      const addressee = object && !object.topic ? object : undefined;
      const next = addressee ? addressee.edge + 1 : i + 1;
      const key = s.tokens[next]?.key ?? '';
      const read: Read = (type, cue, targets) => pairs(warner.entities, targets, { type, rule: `${this.id}:${cue.id}`, reason: `${cue.reason}; ${this.reason}`, trigger: i });
      if (key === 'of' || key === 'about') {
        const consequence = consequenceAt(s, next + 1, next + CONSEQUENCE_REACH);
        if (consequence === undefined) return [];
        return read('THREATENED', warningCues.consequence, addressee ? addressee.entities : partyAfter(s, consequence, context));
      }
      const demand = key === 'not' ? s.tokens[next + 1]?.key ?? '' : key;
      if (addressee && warningCues.demand.forms.has(demand)) return read('PRESSURED', warningCues.demand, addressee.entities);
      // `warned Blair the war could ...`: without `that`, a clause follows only a party warned.
      const clause = key === 'that' ? next + 1 : addressee ? next : undefined;
      return clause === undefined ? [] : readClause(s, clause, context, warner, addressee, read);
    });
  },
};

// The clause a warning states, from `first`: a response of the warner's side or a consequence the party warned (or the
// clause's subject) will bear is a threat; with no party warned, a stated act or wish of the clause's subject is conduct.
function readClause(s: AnalyzedSentence, first: number, context: DiscourseContext, warner: PartyReference, addressee: PartyReference | undefined, read: Read): RelationMatch[] {
  let verb = first;
  while (verb < s.tokens.length && !(s.tokens[verb]?.tags.has('Verb') && !s.mentionAt[verb])) verb++;
  const end = clauseEnd(s, verb);
  // The clause's own subject: actors right before its first verb, heading their phrase (not `the paths of Serbia`).
  const named = findSubject(s, verb, context)?.mentions.filter((mention) => isActor(mention) && mention.first >= first) ?? [];
  const start = Math.min(...named.map((mention) => mention.first));
  const subjects = s.tokens[start - 1]?.key === 'of' ? [] : named.map((mention) => mention.entity);
  const pronoun = verb > first && PRONOUNS.has(s.tokens[verb - 1]?.key ?? '');
  const response = firstCueAt(s, warningCues.response, verb, end);
  if (response !== undefined) {
    // `warned Turkey that Athens would respond`, `warned that it would retaliate against Ethiopia`: the response is the
    // warner's own when its subject is the warner, a pronoun, the country of the warner's office, or any party but the
    // one warned when the warner is a person of unknown office.
    if (!pronoun && !subjects.every((subject) => speaksFor(warner, subject, addressee, context))) return [];
    return read('THREATENED', warningCues.response, addressee ? addressee.entities : partyAfter(s, response, context));
  }
  if (consequenceAt(s, verb, Math.min(verb + CONSEQUENCE_REACH, end)) !== undefined) {
    // `warned Bolivia that it will pay a price`, `warning that Kosovo will bear the consequences`: the one who bears it.
    if (addressee) return pronoun || subjects.some((subject) => addressee.entities.includes(subject)) ? read('THREATENED', warningCues.consequence, addressee.entities) : [];
    return read('THREATENED', warningCues.consequence, subjects.filter((subject) => !warner.entities.includes(subject)));
  }
  if (addressee || FUTURE.has(s.tokens[verb]?.key ?? '')) return [];
  return read('CRITICIZED', warningCues.conduct, subjects);
}

// Whether the clause's subject acts for the warner: the warner itself, the country of its office, or, for a person whose
// office is unknown, any party other than the one warned.
function speaksFor(warner: PartyReference, subject: string, addressee: PartyReference | undefined, context: DiscourseContext): boolean {
  if (warner.entities.includes(subject)) return true;
  return warner.entities.some((entity) => {
    const office = context.offices?.get(entity);
    return office ? office === subject : entity.startsWith('person:') && !addressee?.entities.includes(subject);
  });
}

// The first consequence noun from `from` to `to` in the same clause; `the consequences of X` describes, it does not threaten.
function consequenceAt(s: AnalyzedSentence, from: number, to: number): number | undefined {
  for (let k = from; k < s.tokens.length && k <= to; k++) {
    if (warningCues.consequence.forms.has(s.tokens[k]?.key ?? '')) return s.tokens[k + 1]?.key === 'of' ? undefined : k;
    if (/[,;:]/.test(s.tokens[k]?.post ?? '')) return undefined;
  }
  return undefined;
}

// The first word of `cue` from `from` to `to`.
function firstCueAt(s: AnalyzedSentence, cue: CompiledCue, from: number, to: number): number | undefined {
  for (let k = from; k <= to; k++) if (cue.forms.has(s.tokens[k]?.key ?? '')) return k;
  return undefined;
}

// The last token of the clause whose verb is at `verb`: up to the next comma, semicolon or the sentence's end.
function clauseEnd(s: AnalyzedSentence, verb: number): number {
  let k = verb;
  while (k < s.tokens.length - 1 && !/[,;:]/.test(s.tokens[k]?.post ?? '')) k++;
  return k;
}

// The party a response or consequence is aimed at: right after it, or after `against`, `on` or `for`.
function partyAfter(s: AnalyzedSentence, at: number, context: DiscourseContext): string[] {
  const next = s.tokens[at + 1]?.key ?? '';
  const object = findObject(s, ['against', 'on', 'for'].includes(next) ? at + 2 : at + 1, context);
  return object && !object.topic ? [...object.entities] : [];
}
