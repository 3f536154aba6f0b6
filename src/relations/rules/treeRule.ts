import type { PatternRule } from '../PatternRule';
import type { RelationMatch } from '../RelationMatch';
import type { TriggerRule } from '../TriggerRule';
import type { PartyReference } from '../syntax/PartyReference';
import type { CompiledTreePattern, CompiledTreePatterns } from '../tree/compileTreePatterns';
import { followPath } from '../tree/followPath';
import { isAsserted } from '../tree/isAsserted';
import { partiesAt } from '../tree/partiesAt';
import { isPassive } from '../tree/subjectsOf';
import type { TreeView } from '../tree/TreeView';
import { viewTree } from '../tree/TreeView';
import type { DiscourseContext } from '../syntax/DiscourseContext';
import { pairs } from './pairs';

const VERB_TAGS = new Set(['VERB']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
const RECIPROCAL_TYPES = new Set(['MET_WITH', 'NEGOTIATED_WITH']);

/** The rule that reads relations from a parsed sentence's dependency tree with the given patterns (sentences not parsed give none). */
export function treeRule(compiled: CompiledTreePatterns): PatternRule {
  return {
    id: 'tree',
    reason: 'a relation pattern over the sentence\'s dependency tree',
    match(s, context, lexicon) {
      const v = viewTree(s);
      if (!v) return [];
      const matches: RelationMatch[] = [];
      v.tree.nodes.forEach((node, at) => {
        const verb = VERB_TAGS.has(node.upos) ? lexicon.verbs.get(v.lower[at] ?? '') : undefined;
        const noun = NOUN_TAGS.has(node.upos) ? lexicon.nouns.get(v.lower[at] ?? '') : undefined;
        const trigger = verb ?? noun;
        const token = v.tokenOf[at] ?? -1;
        if (!trigger || token < 0 || !isAsserted(v, at)) return;
        const passive = verb ? isPassive(v, at) : false;
        for (const entry of compiled.patterns) {
          const { trigger: wanted } = entry.pattern;
          if ((wanted.lexicon === 'verb') !== (verb !== undefined)) continue;
          if (wanted.types && !wanted.types.includes(trigger.type)) continue;
          if (wanted.voice && (wanted.voice === 'passive') !== passive) continue;
          matches.push(...matchPattern(v, at, token, trigger, entry, compiled, context));
        }
      });
      return matches;
    },
  };
}

function matchPattern(
  v: TreeView,
  at: number,
  token: number,
  trigger: TriggerRule,
  { pattern, source, target }: CompiledTreePattern,
  compiled: CompiledTreePatterns,
  context: DiscourseContext,
): RelationMatch[] {
  const sources = firstParties(v, at, source, compiled, context);
  if (!sources) return [];
  const base = { type: trigger.type, rule: `tree-${pattern.id}:${trigger.id}`, reason: `${trigger.reason}; ${pattern.reason}`, trigger: token };
  const targets = firstParties(v, at, target, compiled, context);
  if (targets) {
    const topic = targets.topic ?? sources.topic;
    return pairs(sources.entities, targets.entities, { ...base, ...(topic ? { topic } : {}) });
  }
  // `Serbia and Kosovo met`, `talks between X and Y`: with no other side named, coordinated parties relate to each other.
  const [first, ...others] = sources.entities;
  return pattern.reciprocal && RECIPROCAL_TYPES.has(trigger.type) && first !== undefined ? pairs([first], others, base) : [];
}

// The parties the first path that reaches any gives.
function firstParties(v: TreeView, at: number, paths: CompiledTreePattern['source'], compiled: CompiledTreePatterns, context: DiscourseContext): PartyReference | undefined {
  for (const steps of paths) {
    const parties = followPath(v, at, steps, compiled.wordClasses).flatMap((node) => {
      const party = partiesAt(v, node, context);
      return party ? [party] : [];
    });
    const [first] = parties;
    if (first) {
      return parties.length === 1 ? first : { ...first, entities: [...new Set(parties.flatMap((party) => party.entities))], mentions: parties.flatMap((party) => party.mentions) };
    }
  }
  return undefined;
}
