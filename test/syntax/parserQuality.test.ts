import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadParserModel } from '../../src/syntax/loadParserModel';
import { readConllu } from '../../src/syntax/readConllu';
import { evaluateParser, sumScores } from '../../src/syntax/train/evaluateParser';
import { evaluateTokenizer } from '../../src/syntax/train/evaluateTokenizer';

// GUM's dev documents (never trained on), copied with their licenses: see test/fixtures/ud/gum-dev/README.md.
const FIXTURES = join(__dirname, '..', 'fixtures', 'ud', 'gum-dev');
const documents = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.conllu'))
  .sort()
  .map((file) => readConllu(readFileSync(join(FIXTURES, file), 'utf8'), file));

// Bounds just under the shipped model's scores on these documents (models/README.md): a retrained model that
// does worse fails here.
const BOUNDS = { upos: 0.965, uas: 0.845, las: 0.815, tokenizer: 0.9995 };

describe('the shipped parser model on GUM dev', () => {
  const scores = sumScores(documents.map((sentences) => evaluateParser(loadParserModel(), sentences)));
  const share = (count: number): number => count / scores.tokens;

  it('parses all 18 documents', () => {
    expect(documents).toHaveLength(18);
    expect(scores.tokens).toBe(16241);
  });

  it.each([
    ['UPOS', () => share(scores.upos), BOUNDS.upos],
    ['UAS', () => share(scores.heads), BOUNDS.uas],
    ['LAS', () => share(scores.labeled), BOUNDS.las],
  ])('keeps %s at or above its bound', (_name, score, bound) => {
    expect(score()).toBeGreaterThanOrEqual(bound);
  });

  it('tokenizes the documents the way GUM does', () => {
    expect(evaluateTokenizer(documents.flat()).f1).toBeGreaterThanOrEqual(BOUNDS.tokenizer);
  });
});
