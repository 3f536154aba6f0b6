#!/usr/bin/env node
/**
 * Compares two runs of scripts/eval-sets.mjs set by set: the required relations the second run finds that the first
 * missed and the other way round, the false positives it adds and drops, and the totals, for a rule commit's message:
 *
 *   node scripts/compare-sets.mjs --before <tag> --after <tag> [--out <dir>] <set>...   (npm run compare:sets -- ...)
 *
 * Reads <out>/score-<set><tag>.json of both runs (--out defaults to the system's temporary folder, as eval-sets does).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function parseArgs(argv) {
  const options = { before: undefined, after: undefined, out: os.tmpdir(), sets: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (['--before', '--after', '--out'].includes(flag)) {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      options[flag.slice(2)] = value;
    } else options.sets.push(flag);
  }
  if (options.before === undefined || options.after === undefined) throw new Error('name both runs: --before <tag> --after <tag>');
  if (options.sets.length === 0) throw new Error('name the sets to compare');
  return options;
}

function readScore(out, set, tag) {
  const file = path.join(out, `score-${set}${tag}.json`);
  if (!fs.existsSync(file)) throw new Error(`no score ${file}: run npm run eval:sets -- --tag ${tag} ${set}`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const minus = (a, b) => [...a].filter((item) => !b.has(item)).sort();

function main() {
  const options = parseArgs(process.argv.slice(2));
  const totals = { gained: 0, lost: 0, added: 0, dropped: 0 };
  for (const set of options.sets) {
    const before = readScore(options.out, set, options.before);
    const after = readScore(options.out, set, options.after);
    const missedBefore = new Set(before.relations.missed);
    const missedAfter = new Set(after.relations.missed);
    const wrongBefore = new Set(before.relations.falsePositives);
    const wrongAfter = new Set(after.relations.falsePositives);
    const gained = minus(missedBefore, missedAfter);
    const lost = minus(missedAfter, missedBefore);
    const added = minus(wrongAfter, wrongBefore);
    const dropped = minus(wrongBefore, wrongAfter);
    totals.gained += gained.length;
    totals.lost += lost.length;
    totals.added += added.length;
    totals.dropped += dropped.length;
    const entities = before.entities.f1 === after.entities.f1 ? '' : ` entities F1 ${before.entities.f1.toFixed(3)} -> ${after.entities.f1.toFixed(3)}`;
    if (gained.length + lost.length + added.length + dropped.length === 0 && entities === '') continue;
    console.log(`${set}:${entities}`);
    for (const [label, list] of [['right now', gained], ['missed now', lost], ['new false positive', added], ['false positive gone', dropped]]) {
      for (const relation of list) console.log(`  ${label}: ${relation}`);
    }
  }
  console.log(`total: ${totals.gained} more right, ${totals.lost} fewer right, ${totals.added} new false positives, ${totals.dropped} gone`);
}

try {
  main();
} catch (error) {
  console.error(`compare-sets: ${error.message}`);
  process.exit(2);
}
