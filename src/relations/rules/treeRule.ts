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
        const kind = VERB_TAGS.has(node.upos) ? 'verb' : NOUN_TAGS.has(node.upos) ? 'noun' : undefined;
        const word = v.lower[at] ?? '';
        const token = v.tokenOf[at] ?? -1;
        if (!kind || token < 0) return;
        const listed = kind === 'verb' ? lexicon.verbs.get(word) : lexicon.nouns.get(word);
        let asserted: boolean | undefined;
        for (const entry of compiled.patterns) {
          const { trigger: wanted, id, reason } = entry.pattern;
          if (wanted.lexicon !== kind || (entry.words && !entry.words.has(word))) continue;
          // A pattern that names its own words and relation is its own trigger; the others read the lexicon's.
          const trigger: TriggerRule | undefined = wanted.type ? { id, type: wanted.type, reason, verbs: [], nouns: [] } : listed;
          if (!trigger || (wanted.types && !wanted.types.includes(trigger.type))) continue;
          if (wanted.voice && (wanted.voice === 'passive') !== isPassive(v, at)) continue;
          asserted ??= isAsserted(v, at);
          if (!asserted) return;
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
  const own = trigger.id === pattern.id;
  const base = {
    type: trigger.type,
    rule: own ? `tree-${pattern.id}` : `tree-${pattern.id}:${trigger.id}`,
    reason: own ? pattern.reason : `${trigger.reason}; ${pattern.reason}`,
    trigger: token,
  };
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
