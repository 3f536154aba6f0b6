import type { RelationLexicon } from './RelationLexicon';
import type { RelationMatch } from './RelationMatch';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';
import type { DiscourseContext } from './syntax/DiscourseContext';

/** A sentence and the relations a rule reads in it, as `source TYPE target` lines (none for a counter-example). */
export interface RuleExample {
  readonly text: string;
  readonly relations: readonly string[];
}

/** A sentence pattern that states relations: its id, why it is read so, the matcher, and examples a test runs. */
export interface PatternRule {
  readonly id: string;
  readonly reason: string;
  readonly examples?: readonly RuleExample[];
  match(sentence: AnalyzedSentence, context: DiscourseContext, lexicon: RelationLexicon): RelationMatch[];
}
