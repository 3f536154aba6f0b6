import type { ArcEagerModel } from './ArcEagerModel';
import type { TaggerModel } from './TaggerModel';

/** The syntax stage's trained model: a part-of-speech tagger and a dependency parser reading its tags. */
export interface ParserModel {
  readonly tagger: TaggerModel;
  readonly parser: ArcEagerModel;
}
