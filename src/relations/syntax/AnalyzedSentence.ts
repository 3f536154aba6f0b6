import type { TitleSpan } from '../../mentions/TitleSpan';
import type { DependencyTree } from '../../syntax/DependencyTree';
import type { Sentence } from '../../text/Sentence';
import type { Token } from '../../text/Token';
import type { ActorMention } from './ActorMention';

/** A sentence with its resolved mentions and titles, indexed by token. */
export interface AnalyzedSentence {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly ActorMention[];
  /** For each token, the mention covering it. */
  readonly mentionAt: readonly (ActorMention | undefined)[];
  readonly titles: readonly TitleSpan[];
  readonly heading: boolean;
  /** The sentence's dependency parse, when it was parsed (sentences that cannot state a relation are not). */
  readonly tree?: DependencyTree;
}
