import type { ConlluSentence } from '../ConlluSentence';
import type { ParserModel } from '../ParserModel';
import { tagWords } from '../tagWords';
import type { TrainingSentence } from './TrainingSentence';
import { averageLinearModels } from './averageLinearModels';
import { buildVocabulary } from './buildVocabulary';
import { seededShuffle } from './seededShuffle';
import { toTrainingSentence } from './toTrainingSentence';
import { trainParser, type ParserTrainingOptions } from './trainParser';
import { trainTagger, type TaggerTrainingOptions } from './trainTagger';

/** Settings of a whole training run. */
export interface ParserModelTrainingOptions {
  readonly tagger: TaggerTrainingOptions;
  readonly parser: ParserTrainingOptions;
  /** The parser trains on tags predicted by taggers trained on the other folds (jackknifing); 1 = gold tags. */
  readonly folds: number;
  /** The parser is trained this many times on differently shuffled data, and the models averaged. */
  readonly parserRuns: number;
  readonly onProgress?: (message: string) => void;
  /** Called after each parser epoch with the share of transitions it got wrong and a way to average the model so far. */
  readonly onParserEpoch?: (epoch: number, errorRate: number, snapshot: () => ParserModel) => void;
}

/** Trains the tagger, then the parser (averaged over runs) on jackknifed tags, from gold CoNLL-U sentences. */
export function trainParserModel(sentences: readonly ConlluSentence[], options: ParserModelTrainingOptions): ParserModel {
  const vocabulary = buildVocabulary(sentences);
  const training = sentences.map((sentence) => toTrainingSentence(sentence, vocabulary));
  const predictedTags = new Map<TrainingSentence, Uint8Array>();
  if (options.folds > 1) {
    const shuffled = seededShuffle([...training], options.tagger.seed);
    for (let fold = 0; fold < options.folds; fold++) {
      const heldOut = shuffled.filter((_, index) => index % options.folds === fold);
      const rest = shuffled.filter((_, index) => index % options.folds !== fold);
      const tagger = trainTagger(rest, vocabulary.tags, options.tagger);
      for (const sentence of heldOut) predictedTags.set(sentence, tagWords(tagger, sentence.atoms).map((tag) => tag + 1));
      options.onProgress?.(`jackknife fold ${fold + 1}/${options.folds} tagged`);
    }
  }
  const tagger = trainTagger(training, vocabulary.tags, options.tagger);
  options.onProgress?.('tagger trained');
  const onEpoch = options.onParserEpoch;
  const parserOptions: ParserTrainingOptions = onEpoch
    ? { ...options.parser, onEpoch: (epoch, errorRate, snapshot) => onEpoch(epoch, errorRate, () => ({ tagger, parser: snapshot() })) }
    : options.parser;
  const parsers = Array.from({ length: options.parserRuns }, (_, run) => {
    const parser = trainParser(training, predictedTags, vocabulary.labels, { ...parserOptions, seed: parserOptions.seed + 1000 * run });
    options.onProgress?.(`parser ${run + 1}/${options.parserRuns} trained`);
    return parser;
  });
  const [parser] = parsers;
  if (!parser) throw new RangeError('parserRuns must be at least 1');
  if (parsers.length === 1) return { tagger, parser };
  return { tagger, parser: { ...parser, weights: averageLinearModels(parsers.map((run) => run.weights), options.parser.minFeatureWeight) } };
}
