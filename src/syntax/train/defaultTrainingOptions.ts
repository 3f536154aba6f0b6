import type { ParserModelTrainingOptions } from './trainParserModel';

/** The settings the shipped model was trained with (tuned on GUM dev); `npm run parser:train` flags override some. */
export function defaultTrainingOptions(overrides: { epochs?: number; taggerEpochs?: number; folds?: number; runs?: number } = {}): ParserModelTrainingOptions {
  return {
    folds: overrides.folds ?? 4,
    parserRuns: overrides.runs ?? 3,
    tagger: { epochs: overrides.taggerEpochs ?? 8, seed: 1, lexiconMinCount: 20, lexiconPurity: 0.97, minWeight: 0, minFeatureWeight: 0 },
    parser: { epochs: overrides.epochs ?? 10, seed: 2, exploreFrom: 1, explore: 0.9, minWeight: 0, minFeatureWeight: 4, minDirectionCount: 10 },
  };
}
