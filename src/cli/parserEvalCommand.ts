import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { NewsgraphError } from '../errors/NewsgraphError';
import type { ConlluSentence } from '../syntax/ConlluSentence';
import { analyzeWords } from '../syntax/analyzeWords';
import { loadParserModel } from '../syntax/loadParserModel';
import { readConllu } from '../syntax/readConllu';
import { evaluateParser, formatScores, sumScores } from '../syntax/train/evaluateParser';
import type { CliIo } from './CliIo';
import { ParserEvalOptionsSchema } from './ParserEvalOptionsSchema';
import { parseOptions } from './parseOptions';
import { processIo } from './processIo';

const HELP = `npm run parser:eval -- <gold .conllu files...> [--model <model file>]

Tags and parses each gold sentence from its gold words and prints a line per file, then the total:
UPOS=0.xxx UAS=0.xxx LAS=0.xxx tokens=N tokens/s=N
(punctuation included; speed is CPU time of tagging and parsing in this one-threaded process, model load and a
warm-up pass excluded).
`;

/** CPU seconds this process has used: unlike wall time, it does not count time other processes took the core. */
function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** `npm run parser:eval`: scores the model on gold CoNLL-U files; resolves to the exit code. */
export async function parserEvalCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions('parser:eval', args, { model: { type: 'string' } }, ParserEvalOptionsSchema);
  if (parsed.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const { inputs, model: modelPath } = parsed.options;
  const files = inputs.map((input) => resolve(io.cwd, input));
  const documents = files.map((file): [string, ConlluSentence[]] => {
    try {
      return [file, readConllu(readFileSync(file, 'utf8'), file)];
    } catch (error) {
      if (error instanceof NewsgraphError) throw error;
      throw new NewsgraphError('NG_TREEBANK_READ', `cannot read ${file} (${(error as Error).message}); give existing .conllu files.`);
    }
  });
  const model = modelPath ? loadParserModel(resolve(io.cwd, modelPath)) : loadParserModel();
  // Warm-up: let the JIT compile the hot paths before timing.
  for (const [, sentences] of documents) for (const sentence of sentences.slice(0, 100)) analyzeWords(model, sentence.words.map((word) => word.form));
  const scores = documents.map(([file, sentences]) => {
    const score = evaluateParser(model, sentences, cpuSeconds);
    io.stdout.write(`${basename(file)}: ${formatScores(score)}\n`);
    return score;
  });
  io.stdout.write(`${formatScores(sumScores(scores))}\n`);
  return 0;
}

if (require.main === module) {
  void parserEvalCommand(process.argv.slice(2), processIo()).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`parser:eval: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
