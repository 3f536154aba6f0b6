import { compileCues, type CompiledCue } from '../compileCues';
import type { RelationMatch } from '../RelationMatch';
import type { AnalyzedSentence } from '../syntax/AnalyzedSentence';
import attackSensesFile from './attackSenses.json';

/** The cues that tell an armed attack from a verbal one, from attackSenses.json. */
export const attackSenses = compileCues(attackSensesFile, [
  'ambiguous', 'verbal-object', 'courting', 'verbal-manner', 'grounds', 'force', 'speech-frame', 'political-actor', 'state-force',
]);

// How far the attacked phrase may run past the target's name (`Labour's tax plans`), and the manner words around the trigger.
const PHRASE_REACH = 3;
const MANNER_REACH = 3;
// How far before the trigger a force word qualifies it (`military offensive`, `armed naval assault`).
const FORCE_REACH = 2;
// Words after `for` that make it a time (`for a third day`), not grounds.
const TIME_WORDS = new Set(['day', 'days', 'night', 'nights', 'time', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours']);

/**
 * The sense of an attack read by a pattern: a verbal attack (`attacks Blair's lies`, `a scathing attack on Labour`,
 * `attacked the government over ...`, `Brown attacked Cameron`) is CRITICIZED; an armed one keeps ATTACKED; a charm
 * offensive, or an attack no cue decides, is dropped. The cues are tried in the order of attackSenses.json. Other
 * relations pass unchanged.
 */
export function senseOfAttack(s: AnalyzedSentence, match: RelationMatch): RelationMatch | undefined {
  if (match.type !== 'ATTACKED') return match;
  const trigger = s.tokens[match.trigger]?.key ?? '';
  const after = phraseEnd(s, match) + 1;
  const verbal = (cue: CompiledCue): RelationMatch => reread(match, 'CRITICIZED', cue);
  // A force word qualifying the attack decides first: `Vela's military offensive in Orla ... endorsed a peace plan`.
  if (anyCue(s, attackSenses.force, match.trigger - FORCE_REACH, match.trigger - 1, true)) return reread(match, 'ATTACKED', attackSenses.force);
  // What is attacked decides for every attack verb: `shot down the plan` is no shooting.
  if (anyCue(s, attackSenses['verbal-object'], match.trigger + 1, after + PHRASE_REACH, true) || topicIsVerbal(match.topic)) return verbal(attackSenses['verbal-object']);
  if (!attackSenses.ambiguous.forms.has(trigger)) return match;
  if (anyCue(s, attackSenses.courting, match.trigger - MANNER_REACH, match.trigger - 1, true)) return undefined;
  if (anyCue(s, attackSenses['verbal-manner'], match.trigger - MANNER_REACH, after, true)) return verbal(attackSenses['verbal-manner']);
  if (givesGrounds(s, after)) return verbal(attackSenses.grounds);
  if (anyCue(s, attackSenses.force, 0, s.tokens.length - 1)) return reread(match, 'ATTACKED', attackSenses.force);
  if (anyCue(s, attackSenses['speech-frame'], 0, s.tokens.length - 1)) return verbal(attackSenses['speech-frame']);
  if (isPolitical(match.source) || isPolitical(match.target)) return verbal(attackSenses['political-actor']);
  if (match.source.startsWith('country:') && match.target.startsWith('country:')) return reread(match, 'ATTACKED', attackSenses['state-force']);
  return undefined;
}

function reread(match: RelationMatch, type: RelationMatch['type'], cue: CompiledCue): RelationMatch {
  return { ...match, type, rule: `${match.rule}:${cue.id}`, reason: `${cue.reason}; ${match.reason}` };
}

// Whether a word of `cue` stands from `from` to `to`, outside names; within one clause when `clause` is set (a comma
// ends the attacked phrase: `attacked Hamas, dashing the plan`).
function anyCue(s: AnalyzedSentence, cue: CompiledCue, from: number, to: number, clause = false): boolean {
  for (let k = Math.max(0, from); k <= to && k < s.tokens.length; k++) {
    if (!s.mentionAt[k] && cue.forms.has(s.tokens[k]?.key ?? '')) return true;
    if (clause && /[,;:.]/.test(s.tokens[k]?.post ?? '')) return false;
  }
  return false;
}

function topicIsVerbal(topic: string | undefined): boolean {
  return topic !== undefined && topic.toLowerCase().split(/[^a-z-]+/).some((word) => attackSenses['verbal-object'].forms.has(word));
}

// The last token of the attack phrase: the last name of either party after the trigger (`attacked Blair`, `an attack on
// Labour`, `attacked by Labour`), or the trigger itself.
function phraseEnd(s: AnalyzedSentence, match: RelationMatch): number {
  const named = s.mentions.filter((mention) => mention.first > match.trigger && (mention.entity === match.target || mention.entity === match.source));
  return named.length > 0 ? Math.max(...named.map((mention) => mention.last)) : match.trigger;
}

// `attacked X over its handling`, `attacked X for failing`: grounds right after the attacked party, not `for a third day`.
function givesGrounds(s: AnalyzedSentence, at: number): boolean {
  const key = s.tokens[at]?.key ?? '';
  if (!attackSenses.grounds.forms.has(key) || /[,;:]/.test(s.tokens[at - 1]?.post ?? '')) return false;
  return key !== 'for' || !s.tokens.slice(at + 1, at + 4).some((token) => TIME_WORDS.has(token.key));
}

// A person, or an organization whose name is a party's (`Labour Party`, `the Conservatives`).
function isPolitical(entity: string): boolean {
  if (entity.startsWith('person:')) return true;
  return entity.startsWith('organization:') && entity.slice('organization:'.length).split('-').some((word) => attackSenses['political-actor'].forms.has(word));
}
