import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/cli/readInputs';
import type { DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';
import { extractDocument } from '../../src/pipeline/extractDocument';
import { resolveCorpus } from '../../src/pipeline/resolveCorpus';
import type { ChainErrorKind, EntityChainScore } from '../helpers/EntityChainScore';
import { formatChainReport } from '../helpers/formatChainReport';
import { GumNewsEntitiesSchema } from '../helpers/GumNewsEntitiesSchema';
import { scoreEntityChains, type ChainScope } from '../helpers/scoreEntityChains';

// Bounds of the entity scores on the 24 GUM news articles (real Wikinews, annotated by GUM, never seen by the rules
// when first measured): a change that crosses one fails CI. Measured on src/ as at eb21df1, before any rule changed for it:
//   all        P 0.671 R 0.680 F1 0.675 dup 31 (580 entities scored, 572 chains)
//   no places  P 0.678 R 0.722 F1 0.699 dup 24 (459 entities scored, 431 chains)
// After the entities branch (issue 7: products and events, facilities, places, news organizations, names' edges, teams):
//   all        P 0.830 R 0.769 F1 0.799 dup 13 (530 entities scored, 572 chains)
//   no places  P 0.843 R 0.782 F1 0.811 dup 8 (400 entities scored, 431 chains)
// At 6cc3f12, after the organization heads of other languages, bodies named after countries, recently dissolved parties:
//   all        P 0.840 R 0.773 F1 0.805 dup 12 (526 entities scored, 572 chains)
//   no places  P 0.852 R 0.789 F1 0.819 dup 7 (399 entities scored, 431 chains)
// At 8f0fe6b (names as newsrooms write them, with heldout6):
//   all        P 0.844 R 0.778 F1 0.810 dup 13 (527 entities scored, 572 chains)
//   no places  P 0.855 R 0.796 F1 0.825 dup 8 (401 entities scored, 431 chains)
// At d18e188 (BBC-style names, companies, peers, heldout7 and heldout8):
//   all        P 0.844 R 0.778 F1 0.810 dup 14 (527 entities scored, 572 chains)
//   no places  P 0.858 R 0.798 F1 0.827 dup 8 (401 entities scored, 431 chains)
// With census surnames and heldout9's companies and offices:
//   all        P 0.844 R 0.783 F1 0.812 dup 15 (531 entities scored, 572 chains)
//   no places  P 0.857 R 0.805 F1 0.830 dup 9 (405 entities scored, 431 chains)
// At cc285dd (companies by their first word, facilities, clubs' and firms' posts, sports bodies):
//   all        P 0.843 R 0.790 F1 0.816 dup 15 (536 entities scored, 572 chains)
//   no places  P 0.858 R 0.814 F1 0.836 dup 8 (409 entities scored, 431 chains)
// After the names of the session of heldout38 and heldout39 (demonyms and bracketed short forms, clubs, days' mastheads):
//   all        P 0.845 R 0.790 F1 0.817 dup 15 (535 entities scored, 572 chains)
//   no places  P 0.860 R 0.814 F1 0.837 dup 8 (408 entities scored, 431 chains)
// After the session of heldout40 and heldout41 (acronyms spelled out, faiths, plural demonyms, a title as a surname):
//   all        P 0.846 R 0.790 F1 0.817 dup 15 (534 entities scored, 572 chains)
//   no places  P 0.862 R 0.814 F1 0.838 dup 8 (407 entities scored, 431 chains)
// After the sessions of heldout42 to heldout45 (court and chamber posts, names cut short or glued, `(Marxist)`, `des`):
//   all        P 0.850 R 0.790 F1 0.819 dup 14 (532 entities scored, 572 chains)
//   no places  P 0.867 R 0.814 F1 0.840 dup 7 (405 entities scored, 431 chains)
// After the session of heldout54 and heldout55 (a body's noun after a preposition qualifies no apposition's head):
//   all        P 0.851 R 0.788 F1 0.819 dup 14 (530 entities scored, 572 chains)
//   no places  P 0.868 R 0.812 F1 0.839 dup 7 (403 entities scored, 431 chains)
// Those rules were written with these articles in view (a dev set now): not an honest measure of unseen news.
// Raise a bound when the extractor improves for good. `GUMNEWS_REPORT=<file> npx jest test/quality/gumNewsQuality`
// writes every miss and false positive, document by document, to <file>.
const BOUNDS: ReadonlyArray<readonly [ChainScope, Metric, '>=' | '<=', number]> = [
  ['all', 'F1', '>=', 0.78],
  ['all', 'precision', '>=', 0.81],
  ['all', 'recall', '>=', 0.75],
  ['all', 'duplicates', '<=', 15],
  ['no places', 'F1', '>=', 0.8],
  ['no places', 'precision', '>=', 0.83],
  ['no places', 'recall', '>=', 0.77],
  ['no places', 'duplicates', '<=', 10],
];

const ROOT = join(__dirname, '..', '..');
const FIXTURES = 'test/fixtures/gumnews';
const FALSE_POSITIVES: readonly ChainErrorKind[] = ['duplicate', 'type', 'other', 'unannotated'];

// How to read each metric, and which errors explain a shortfall.
const METRICS: Record<'F1' | 'precision' | 'recall' | 'duplicates', { read: (score: EntityChainScore) => number; kinds: readonly ChainErrorKind[] }> = {
  F1: { read: (score) => score.f1, kinds: ['missed', ...FALSE_POSITIVES] },
  precision: { read: (score) => score.precision, kinds: FALSE_POSITIVES },
  recall: { read: (score) => score.recall, kinds: ['missed'] },
  duplicates: { read: (score) => score.duplicates, kinds: ['duplicate'] },
};
type Metric = keyof typeof METRICS;

const scores = new Map<ChainScope, EntityChainScore>();
let problems: string[] = [];

// The articles as `newsgraph build test/fixtures/gumnews/articles` extracts them, by document name (`korea`).
beforeAll(async () => {
  const reference = GumNewsEntitiesSchema.parse(JSON.parse(readFileSync(join(ROOT, FIXTURES, 'gumnews.entities.json'), 'utf8')));
  const read = await readInputs([join(FIXTURES, 'articles')], { cwd: ROOT });
  problems = read.problems.map((problem) => problem.message);
  // extractDocument rather than the command's extractSafely: a crash should fail here with its stack, not drop an article.
  const extractions = resolveCorpus(read.documents.map((document) => extractDocument(document)));
  const byName = new Map<string, DocumentExtraction>(extractions.map((extraction) => [extraction.id.replace(/\.txt$/, ''), extraction]));
  for (const scope of ['all', 'no places'] as const) scores.set(scope, scoreEntityChains(reference, byName, scope));
}, 300_000);

describe('GUM news entity quality', () => {
  it('reads every GUM news article', () => {
    expect(problems).toEqual([]);
  });

  // An empty list passes; a shortfall prints the metric and the errors that explain it.
  it.each(BOUNDS)('keeps %s %s %s %s', (scope, metric, comparison, bound) => {
    const score = scores.get(scope);
    if (!score) throw new Error(`no score for ${scope}`);
    const { read, kinds } = METRICS[metric];
    const value = read(score);
    const kept = comparison === '>=' ? value >= bound : value <= bound;
    const explaining = score.errors.filter((error) => kinds.includes(error.kind));
    expect(
      kept
        ? []
        : [`${scope} ${metric} is ${Number.isInteger(value) ? value : value.toFixed(3)}, not ${comparison} ${bound}`, ...explaining.map((error) => `${error.doc}: ${error.kind} ${error.text}`)],
    ).toEqual([]);
  });

  const report = process.env.GUMNEWS_REPORT;
  (report ? it : it.skip)('writes the report of every miss and false positive to GUMNEWS_REPORT', () => {
    writeFileSync(report as string, formatChainReport([...scores]));
  });
});
