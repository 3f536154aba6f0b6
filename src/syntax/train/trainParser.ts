import type { ArcEagerModel } from '../ArcEagerModel';
import { ParseState } from '../ParseState';
import { FIRST_LABEL_CLASS, LEFT, RIGHT, bestAction, bestLabel, transition } from '../bestMove';
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
  /** Called after each epoch with its number, the share of transitions the model got wrong and a way to average it so far. */
  readonly onEpoch?: (epoch: number, errorRate: number, snapshot: () => ArcEagerModel) => void;
}

/**
 * Trains the greedy arc-eager parser with the dynamic oracle (Goldberg & Nivre 2012, 2013): at every configuration
 * the perceptron is updated when its best action loses a gold arc, towards the best-scoring action that loses none,
 * and training goes on from the configuration the model chose (exploration), so the parser learns to recover from
 * its own mistakes. Labels are a second decision over the same features: when the right action builds a gold arc,
 * the label classes of its direction are updated towards the gold label. `predictedTags` (tag index + 1 per word)
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
  const labelCount = labels.length;
  const classes = FIRST_LABEL_CLASS + 2 * labelCount;
  const perceptron = new AveragedPerceptron(classes);
  const features = new Uint32Array(PARSER_FEATURES);
  const scores = new Float64Array(classes);
  const costs = new Int32Array(4);
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
      const n = heads.length;
      const state = new ParseState(n, labelCount);
      while (!state.done) {
        const count = parserFeatures(state, sentence.atoms, tags, features);
        perceptron.score(features, count, scores);
        transitionCosts(state, heads, costs);
        const guess = bestAction(state, scores);
        let minimum = INVALID;
        for (let a = 0; a < 4; a++) minimum = Math.min(minimum, costs[a] as number);
        let best = -1;
        for (let a = 0; a < 4; a++) if (costs[a] === minimum && (best < 0 || (scores[a] as number) > (scores[best] as number))) best = a;
        if ((costs[guess] as number) > minimum) {
          perceptron.update(features, count, best, guess);
          errors++;
        }
        // The gold label, when the right action builds a gold arc between two words.
        const s0 = state.stackAt(0);
        const front = state.front;
        let truth = -1;
        if (best === LEFT && front < n && heads[s0] === front) truth = sentence.labels[s0] as number;
        else if (best === RIGHT && heads[front] === s0) truth = sentence.labels[front] as number;
        if (truth >= 0) {
          const base = FIRST_LABEL_CLASS + (best === LEFT ? 0 : labelCount);
          perceptron.update(features, count, base + truth, base + bestLabel(scores, best, labelCount, rootLabel));
        }
        perceptron.tick();
        moves++;
        // Exploring follows the model's own action and label; otherwise the oracle's, with the gold label if known.
        const exploring = epoch >= options.exploreFrom && next() < options.explore;
        const action = exploring ? guess : best;
        let label = 0;
        if (action === LEFT && front === n) label = rootLabel;
        else if (!exploring && truth >= 0) label = truth;
        else if (action === LEFT || action === RIGHT) label = bestLabel(scores, action, labelCount, rootLabel);
        state.apply(transition(action, label, labelCount));
      }
    }
    options.onEpoch?.(epoch, errors / moves, () => ({ labels, rootLabel, weights: perceptron.toModel(options.minWeight) }));
  }
  return { labels, rootLabel, weights: perceptron.toModel(options.minWeight) };
}
