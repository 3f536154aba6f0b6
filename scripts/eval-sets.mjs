#!/usr/bin/env node
/**
 * Scores the graph newsgraph builds from annotated sets against their gold files, one summary line per set, for rule
 * work (the quality test's bounds say pass or fail; this says by how much and keeps the graphs to compare):
 *
 *   npm run build && node scripts/eval-sets.mjs [--dist <dir>] [--tag <suffix>] [--out <dir>] [--scorer <file>] <set>...
 *
 * A set is `seeds` or a folder under test/fixtures holding articles/ and <set>.gold.json (`heldout12`, `gumnews`).
 * Only the documents each gold annotates are built, as test/quality/extractionQuality.test.ts builds them. --dist
 * (default: dist) picks the build, so a copy of an earlier build can be scored beside the current one; --tag names
 * the run. Writes <out>/eval-<set><tag>.json (the graph, as graph.json) and <out>/score-<set><tag>.json (the scorer's
 * --json output); --out defaults to the system's temporary folder and --scorer to ../shared/eval/score-graph.mjs.
 * Name the sets on purpose: a fresh set measured before rules change for it must not be read beyond this line.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const options = { dist: path.join(ROOT, 'dist'), tag: '', out: os.tmpdir(), scorer: path.resolve(ROOT, '..', 'shared', 'eval', 'score-graph.mjs'), sets: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (['--dist', '--tag', '--out', '--scorer'].includes(flag)) {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      options[flag.slice(2)] = flag === '--tag' ? value : path.resolve(value);
    } else options.sets.push(flag);
  }
  return options;
}

function locate(set) {
  if (set === 'seeds') return { articles: 'seeds', gold: path.join(ROOT, 'test', 'fixtures', 'seeds.gold.json') };
  return { articles: path.join('test', 'fixtures', set, 'articles'), gold: path.join(ROOT, 'test', 'fixtures', set, `${set}.gold.json`) };
}

const f3 = (x) => x.toFixed(3);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.sets.length === 0) throw new Error('name the sets to score: seeds, heldout12, gumnews ...');
  if (!fs.existsSync(path.join(options.dist, 'pipeline', 'extractDocument.js'))) throw new Error(`no build in ${options.dist}: run npm run build first`);
  if (!fs.existsSync(options.scorer)) throw new Error(`no scorer at ${options.scorer}: pass --scorer <path to score-graph.mjs>`);
  const { readInputs } = require(path.join(options.dist, 'cli', 'readInputs'));
  const { extractDocument } = require(path.join(options.dist, 'pipeline', 'extractDocument'));
  const { resolveCorpus } = require(path.join(options.dist, 'pipeline', 'resolveCorpus'));
  const { buildGraph } = require(path.join(options.dist, 'graph', 'buildGraph'));
  const { toGraphJson } = require(path.join(options.dist, 'exporters', 'toGraphJson'));
  for (const set of options.sets) {
    const { articles, gold } = locate(set);
    if (!fs.existsSync(gold)) throw new Error(`no gold file ${gold}: a set is seeds or a folder under test/fixtures`);
    const reference = JSON.parse(fs.readFileSync(gold, 'utf8'));
    const annotated = new Set(reference.relations.flatMap((relation) => relation.evidence.map((evidence) => evidence.doc)));
    const { documents, problems } = await readInputs([articles], { cwd: ROOT });
    for (const problem of problems) console.error(`${set}: ${problem.message}`);
    const graph = buildGraph(resolveCorpus(documents.filter((document) => annotated.has(document.id)).map((document) => extractDocument(document))));
    const graphFile = path.join(options.out, `eval-${set}${options.tag}.json`);
    fs.writeFileSync(graphFile, toGraphJson(graph));
    const scored = spawnSync(process.execPath, [options.scorer, graphFile, gold, '--json'], { encoding: 'utf8' });
    if (scored.status !== 0) throw new Error(`the scorer failed on ${set}: ${scored.stderr}`);
    // (The scorer prints its JSON, then its summary line.)
    const json = scored.stdout.slice(0, scored.stdout.lastIndexOf('\nentities P='));
    fs.writeFileSync(path.join(options.out, `score-${set}${options.tag}.json`), json);
    const { entities: e, relations: r, evidence } = JSON.parse(json);
    console.log(`${set.padEnd(9)} E ${f3(e.precision)} ${f3(e.recall)} ${f3(e.f1)} dup${e.duplicates} | R ${f3(r.precision)} ${f3(r.recall)} ${f3(r.f1)} | ev ${f3(evidence)}`);
  }
}

main().catch((error) => {
  console.error(`eval-sets: ${error.message}`);
  process.exit(2);
});
