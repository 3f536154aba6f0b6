import type { ArcEagerModel } from '../ArcEagerModel';
import { ParseState } from '../ParseState';
import { applyMove, bestMove, createTransitions, forcedMove, type Transitions } from '../Transitions';
import { PARSER_FEATURES, parserFeatures } from '../parserFeatures';
import { AveragedPerceptron } from './AveragedPerceptron';
import type { TrainingSentence } from './TrainingSentence';
import { projectivize } from './projectivize';
import { seededShuffle } from './seededShuffle';
import { INVALID, transitionCosts } from './transitionCosts';

/** Settings of parser training. */
export interface ParserTrainingOptions {
  readonly epochs: number;
  readonly seed: number;
  /** From this epoch (0-based) on, training follows the model's own transition with probability `explore`. */
  readonly exploreFrom: number;
  readonly explore: number;
  /** Averaged weights below this magnitude are dropped from the shipped model. */
  readonly minWeight: number;
  /** Features whose averaged weights add up to less than this are dropped from the shipped model. */
  readonly minFeatureWeight: number;
  /** A label becomes a LEFT (or RIGHT) transition when training has at least this many arcs with it that way. */
  readonly minDirectionCount: number;
  /** Called after each epoch with its number, the share of transitions the model got wrong and a way to average it so far. */
  readonly onEpoch?: (epoch: number, errorRate: number, snapshot: () => ArcEagerModel) => void;
}

/**
 * Trains the greedy arc-eager parser with the dynamic oracle (Goldberg & Nivre 2012, 2013): at every configuration
 * the perceptron is updated when its best transition loses a gold arc (or gives a gold arc the wrong label), towards
 * the best-scoring transition that loses least, and training goes on from the configuration the model chose
 * (exploration), so the parser learns to recover from its own mistakes. `predictedTags` (tag index + 1 per word)
 * are the tags the parser reads: tags predicted by a tagger not trained on that sentence, so that training sees the
 * tagging errors parsing will see.
 */
export function trainParser(
  sentences: readonly TrainingSentence[],
  predictedTags: ReadonlyMap<TrainingSentence, Uint8Array>,
  labels: readonly string[],
  options: ParserTrainingOptions,
): ArcEagerModel {
  const rootLabel = labels.indexOf('root');
  if (rootLabel < 0) throw new RangeError('the label set has no root');
  const transitions = directionalTransitions(sentences, labels.length, rootLabel, options.minDirectionCount);
  const classes = transitions.classes;
  const perceptron = new AveragedPerceptron(classes);
  const features = new Uint32Array(PARSER_FEATURES);
  const scores = new Float64Array(classes);
  const costs = new Int32Array(classes);
  let random = options.seed >>> 0;
  const next = (): number => {
    random = (Math.imul(random, 1664525) + 1013904223) >>> 0;
    return random / 4294967296;
  };
  const gold = sentences.map((sentence) => {
    const n = sentence.heads.length;
    const heads = projectivize(sentence.heads).map((head) => (head < 0 ? n : head));
    return { sentence, heads, tags: predictedTags.get(sentence) ?? Uint8Array.from(sentence.tags, (tag) => tag + 1) };
  });
  const order = [...gold];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    seededShuffle(order, options.seed + epoch);
    let errors = 0;
    let moves = 0;
    for (const { sentence, heads, tags } of order) {
      const state = new ParseState(heads.length);
      while (!state.done) {
        const forced = forcedMove(state, transitions);
        if (forced >= 0) {
          applyMove(state, transitions, forced);
          continue;
        }
        const count = parserFeatures(state, sentence.atoms, tags, features);
        perceptron.score(features, count, scores);
        transitionCosts(state, transitions, heads, sentence.labels, costs);
        const guess = bestMove(state, transitions, scores);
        let minimum = INVALID;
        for (let c = 0; c < classes; c++) minimum = Math.min(minimum, costs[c] as number);
        let best = -1;
        for (let c = 0; c < classes; c++) {
          if (costs[c] === minimum && (best < 0 || (scores[c] as number) > (scores[best] as number))) best = c;
        }
        if ((costs[guess] as number) > minimum) {
          perceptron.update(features, count, best, guess);
          errors++;
        }
        perceptron.tick();
        moves++;
        applyMove(state, transitions, epoch >= options.exploreFrom && next() < options.explore ? guess : best);
      }
    }
    options.onEpoch?.(epoch, errors / moves, () => ({ labels, rootLabel, transitions, weights: perceptron.toModel(options.minWeight, options.minFeatureWeight) }));
  }
  return { labels, rootLabel, transitions, weights: perceptron.toModel(options.minWeight, options.minFeatureWeight) };
}

/** The transitions for the labels seen at least `minCount` times in each direction (root: left, always). */
function directionalTransitions(sentences: readonly TrainingSentence[], labelCount: number, rootLabel: number, minCount: number): Transitions {
  const left = new Array<number>(labelCount).fill(0);
  const right = new Array<number>(labelCount).fill(0);
  for (const sentence of sentences) {
    sentence.heads.forEach((head, dependent) => {
      const label = sentence.labels[dependent] as number;
      const counts = dependent < head ? left : right;
      if (head >= 0) counts[label] = (counts[label] ?? 0) + 1;
    });
  }
  const allowed = (counts: number[]): number[] => counts.flatMap((count, label) => (count >= minCount && label !== rootLabel ? [label] : []));
  return createTransitions(Uint8Array.from([...allowed(left), rootLabel]), Uint8Array.from(allowed(right)), rootLabel);
}
