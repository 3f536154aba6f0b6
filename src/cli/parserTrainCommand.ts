import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NewsgraphError } from '../errors/NewsgraphError';
import type { ConlluSentence } from '../syntax/ConlluSentence';
import { PARSER_MODEL_PATH } from '../syntax/loadParserModel';
import { encodeParserModel } from '../syntax/encodeParserModel';
import { readConllu } from '../syntax/readConllu';
import { defaultTrainingOptions } from '../syntax/train/defaultTrainingOptions';
import { evaluateParser, formatScores } from '../syntax/train/evaluateParser';
import { gumSplits } from '../syntax/train/gumSplits';
import { trainParserModel } from '../syntax/train/trainParserModel';
import { documentName, trainingDocuments } from '../syntax/train/trainingDocuments';
import type { CliIo } from './CliIo';
import { ParserTrainOptionsSchema } from './ParserTrainOptionsSchema';
import { parseOptions } from './parseOptions';
import { processIo } from './processIo';

const EWT_FILES = ['en_ewt-ud-dev.conllu', 'en_ewt-ud-test.conllu'];

const HELP = `npm run parser:train -- [--data <ud folder>] [--out <model file>] [--epochs N] [--tagger-epochs N] [--folds N] [--runs N]

Trains the part-of-speech tagger and the dependency parser on GUM's train-split documents and EWT's dev and test
files, and writes the model (default models/parser.bin). The parser is trained --runs times on differently
shuffled data and the runs averaged. --data defaults to $NEWSGRAPH_UD_DIR, else ../shared/data/ud
(it holds gum/*.conllu, gum/splits.md and ewt/). GUM's dev documents are parsed after training to report scores.
`;

/** `npm run parser:train`: trains the syntax model from the UD treebanks and writes it; resolves to the exit code. */
export async function parserTrainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const text = { type: 'string' } as const;
  const specs = { data: text, out: text, epochs: text, 'tagger-epochs': text, folds: text, runs: text };
  const parsed = parseOptions('parser:train', args, specs, ParserTrainOptionsSchema);
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const { options } = parsed;
  const data = resolve(io.cwd, options.data ?? io.env.NEWSGRAPH_UD_DIR ?? join('..', 'shared', 'data', 'ud'));
  const out = options.out ? resolve(io.cwd, options.out) : PARSER_MODEL_PATH;
  const read = (file: string): ConlluSentence[] => {
    try {
      return readConllu(readFileSync(file, 'utf8'), file);
    } catch (error) {
      if (error instanceof NewsgraphError) throw error;
      throw new NewsgraphError('NG_TREEBANK_READ', `cannot read ${file} (${(error as Error).message}); give the UD folder with --data or NEWSGRAPH_UD_DIR.`);
    }
  };
  let splitsText: string;
  let gumFiles: string[];
  try {
    splitsText = readFileSync(join(data, 'gum', 'splits.md'), 'utf8');
    gumFiles = readdirSync(join(data, 'gum'));
  } catch (error) {
    throw new NewsgraphError('NG_TREEBANK_READ', `cannot read GUM in ${data} (${(error as Error).message}); give the UD folder with --data or NEWSGRAPH_UD_DIR.`);
  }
  const splits = gumSplits(splitsText);
  const gumTrain = trainingDocuments(gumFiles, splits);
  const gumDev = gumFiles.filter((file) => splits.get(documentName(file)) === 'dev').sort();
  const gumSentences = gumTrain.flatMap((file) => read(join(data, 'gum', file)));
  const ewtSentences = EWT_FILES.flatMap((file) => read(join(data, 'ewt', file)));
  const training = [...gumSentences, ...ewtSentences];
  const tokens = (sentences: readonly ConlluSentence[]): number => sentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
  io.stderr.write(
    `training on ${gumTrain.length} GUM train documents (${tokens(gumSentences)} words) and EWT dev+test (${tokens(ewtSentences)} words)\n`,
  );
  const trainingOptions = defaultTrainingOptions({ epochs: options.epochs, taggerEpochs: options['tagger-epochs'], folds: options.folds, runs: options.runs });
  const started = Date.now();
  const model = trainParserModel(training, {
    ...trainingOptions,
    onProgress: (message) => io.stderr.write(`${message} (${Math.round((Date.now() - started) / 1000)} s)\n`),
    onParserEpoch: (epoch, errorRate) =>
      io.stderr.write(`parser epoch ${epoch + 1}/${trainingOptions.parser.epochs}: ${(errorRate * 100).toFixed(2)}% of transitions wrong (${Math.round((Date.now() - started) / 1000)} s)\n`),
  });
  const seconds = (Date.now() - started) / 1000;
  const dev = evaluateParser(model, gumDev.flatMap((file) => read(join(data, 'gum', file))));
  const bytes = encodeParserModel(model, {
    data: {
      gum: { documents: gumTrain.map(documentName), words: tokens(gumSentences) },
      ewt: { files: EWT_FILES, words: tokens(ewtSentences) },
    },
    options: { folds: trainingOptions.folds, parserRuns: trainingOptions.parserRuns, tagger: trainingOptions.tagger, parser: trainingOptions.parser },
    gumDev: { documents: gumDev.map(documentName), ...dev, seconds: undefined },
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  io.stdout.write(`trained in ${Math.round(seconds)} s; wrote ${out} (${(bytes.length / 1024 / 1024).toFixed(1)} MB)\n`);
  io.stdout.write(`GUM dev (${gumDev.length} documents): ${formatScores(dev)}\n`);
  return 0;
}

if (require.main === module) {
  void parserTrainCommand(process.argv.slice(2), processIo()).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`parser:train: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
