import type { ConlluSentence } from '../ConlluSentence';
import type { ParserModel } from '../ParserModel';
import { analyzeWords } from '../analyzeWords';

/** Counts over gold sentences parsed from their gold words with predicted tags, punctuation included. */
export interface ParserScores {
  readonly tokens: number;
  readonly upos: number;
  readonly xpos: number;
  /** Words with the gold head (UAS), and with the gold head and relation (LAS). */
  readonly heads: number;
  readonly labeled: number;
  /** Time spent tagging and parsing, by `clock` (reading and scoring excluded). */
  readonly seconds: number;
}

/** Tags and parses each gold sentence's words and counts the tags, heads and labels that match the gold ones. */
export function evaluateParser(model: ParserModel, sentences: readonly ConlluSentence[], clock: () => number = () => performance.now() / 1000): ParserScores {
  const forms = sentences.map((sentence) => sentence.words.map((word) => word.form));
  const started = clock();
  const analyses = forms.map((words) => analyzeWords(model, words));
  const seconds = clock() - started;
  let tokens = 0;
  let upos = 0;
  let xpos = 0;
  let heads = 0;
  let labeled = 0;
  sentences.forEach((sentence, s) => {
    const analysis = analyses[s];
    if (!analysis) return;
    sentence.words.forEach((word, i) => {
      const tag = model.tagger.tags[analysis.tags[i] as number];
      tokens++;
      if (tag?.upos === word.upos) upos++;
      if (tag?.xpos === word.xpos) xpos++;
      if ((analysis.heads[i] as number) + 1 === word.head) {
        heads++;
        if (model.parser.labels[analysis.labels[i] as number] === word.deprel) labeled++;
      }
    });
  });
  return { tokens, upos, xpos, heads, labeled, seconds };
}

/** Adds up the counts of several evaluations. */
export function sumScores(scores: readonly ParserScores[]): ParserScores {
  const total = (key: keyof ParserScores): number => scores.reduce((sum, score) => sum + score[key], 0);
  return { tokens: total('tokens'), upos: total('upos'), xpos: total('xpos'), heads: total('heads'), labeled: total('labeled'), seconds: total('seconds') };
}

/** The line `npm run parser:eval` ends with: `UPOS=0.xxx UAS=0.xxx LAS=0.xxx tokens=N tokens/s=N`. */
export function formatScores(scores: ParserScores): string {
  const share = (count: number): string => (scores.tokens === 0 ? 0 : count / scores.tokens).toFixed(3);
  const speed = scores.seconds > 0 ? Math.round(scores.tokens / scores.seconds) : 0;
  return `UPOS=${share(scores.upos)} UAS=${share(scores.heads)} LAS=${share(scores.labeled)} tokens=${scores.tokens} tokens/s=${speed}`;
}
