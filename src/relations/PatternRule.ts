import type { RelationLexicon } from './RelationLexicon';
import type { RelationMatch } from './RelationMatch';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';
import type { DiscourseContext } from './syntax/DiscourseContext';

/** A sentence pattern that states relations: its id, why it is read so, and the matcher. */
export interface PatternRule {
  readonly id: string;
  readonly reason: string;
  match(sentence: AnalyzedSentence, context: DiscourseContext, lexicon: RelationLexicon): RelationMatch[];
}
