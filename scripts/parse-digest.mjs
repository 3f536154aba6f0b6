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
  'dev-words': '94692a09480db3072da48c435e314ded75937763c626e46feeacd9196d794bdc',
  'dev-text': '178706b9de9b4fa93962fa0395ec876f3276c871628f8ced00fea5ee8501feb8',
  articles: '70458f9f3b40d1e968d2eaa5aa88c17cb5046492a33aa47dd4a0ed516775b90a',
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
