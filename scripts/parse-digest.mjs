#!/usr/bin/env node
/**
 * Checks that tagging and parsing give exactly the recorded output (npm run parser:digest, which builds dist/ first):
 * prints the SHA-256 of the shipped model's parses of
 *
 * - dev-words: GUM dev's sentences from their gold words (tags, heads, labels; test/syntax/analyzeWords.test.ts
 *   checks the same digest),
 * - dev-text: GUM dev's sentences from their `# text`, tokenized by tokenizeSyntax (every token field),
 * - articles: every sentence (the pipeline's sentences) of seeds/ and the dev sets' articles,
 *
 * and exits with 1 when one differs from the digest recorded below. A change meant only to make the syntax stage
 * faster must keep all three; retraining the model, or changing the tokenizer, the sentence splitter or the articles,
 * changes them: record the new ones then (`--print` prints them without checking).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = (module) => require(path.join(ROOT, 'dist', module));
const { loadParserModel } = dist('syntax/loadParserModel');
const { analyzeWords } = dist('syntax/analyzeWords');
const { parseSentence } = dist('syntax/parseSentence');
const { readConllu } = dist('syntax/readConllu');
const { readInputs } = dist('cli/readInputs');
const { tokenizeBlocks } = dist('text/tokenizeBlocks');
const { toTextBlocks } = dist('text/toTextBlocks');

const RECORDED = {
  'dev-words': '60febcbe79d2d8b8492fe804f37a70a1b373c5950fad5c889e1ddfd13a2db9d3',
  'dev-text': 'fe544796b7669fdcd515fd0dacf5a43f2f3a071544dd96749c31bb94265e6e7e',
  articles: '4859974e6316a2198dc569b90ee16f9cd1113ae244494ea86f27926df5f62a83',
};
const GUM_DEV = path.join(ROOT, 'test/fixtures/ud/gum-dev');
const ARTICLES = ['seeds', 'test/fixtures/heldout/articles', 'test/fixtures/heldout2/articles', 'test/fixtures/heldout3/articles', 'test/fixtures/gumnews/articles'];

const model = loadParserModel();
const digests = { 'dev-words': createHash('sha256'), 'dev-text': createHash('sha256'), articles: createHash('sha256') };
const files = fs.readdirSync(GUM_DEV).filter((file) => file.endsWith('.conllu')).sort();
for (const file of files) {
  for (const sentence of readConllu(fs.readFileSync(path.join(GUM_DEV, file), 'utf8'), file)) {
    const { tags, heads, labels } = analyzeWords(model, sentence.words.map((word) => word.form));
    digests['dev-words'].update(`${tags.join(',')}|${heads.join(',')}|${labels.join(',')}\n`);
    digests['dev-text'].update(`${JSON.stringify(parseSentence(model, sentence.text))}\n`);
  }
}
const { documents } = await readInputs(ARTICLES, { cwd: ROOT });
for (const document of documents) {
  for (const sentence of tokenizeBlocks(toTextBlocks(document.text))) {
    digests.articles.update(`${JSON.stringify(parseSentence(model, sentence.block.text, sentence.start, sentence.end))}\n`);
  }
}
let differs = false;
for (const [name, hash] of Object.entries(digests)) {
  const digest = hash.digest('hex');
  const same = digest === RECORDED[name];
  differs ||= !same;
  process.stdout.write(`${name}: ${digest}${process.argv.includes('--print') ? '' : same ? ' (as recorded)' : ` DIFFERS from ${RECORDED[name] || 'nothing recorded'}`}\n`);
}
process.stdout.write(`${files.length} GUM dev documents, ${documents.length} articles\n`);
if (differs && !process.argv.includes('--print')) process.exitCode = 1;
