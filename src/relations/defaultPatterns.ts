import type { PatternRule } from './PatternRule';
import { activeVerbRule } from './rules/activeVerbRule';
import { backedRule } from './rules/backedRule';
import { deadlineRule } from './rules/deadlineRule';
import { headsBodyRule } from './rules/headsBodyRule';
import { delegationRule } from './rules/delegationRule';
import { deniedChargeRule } from './rules/deniedChargeRule';
import { jointTalksRule } from './rules/jointTalksRule';
import { memberOfRule } from './rules/memberOfRule';
import { nominalEventRule } from './rules/nominalEventRule';
import { rebuttalRule } from './rules/rebuttalRule';
import { refusalRule } from './rules/refusalRule';
import { roleRule } from './rules/roleRule';
import { talksWithRule } from './rules/talksWithRule';
import { treeRule } from './rules/treeRule';
import { defaultTreePatterns } from './defaultTreePatterns';
import { warningRule } from './rules/warningRule';

/** The sentence patterns newsgraph reads relations with, in the order they are tried. */
export const defaultPatterns: readonly PatternRule[] = [
  roleRule,
  memberOfRule,
  delegationRule,
  headsBodyRule,
  activeVerbRule,
  backedRule,
  rebuttalRule,
  deniedChargeRule,
  deadlineRule,
  warningRule,
  nominalEventRule,
  jointTalksRule,
  talksWithRule,
  treeRule(defaultTreePatterns),
  // (After the others: `refused ... despite a call from Y for him to` answers the call the sentence makes.)
  refusalRule,
];
