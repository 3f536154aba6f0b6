#!/usr/bin/env node
/**
 * Derives src/knowledge/data/parties.json from ParlGov's party table (view_party.csv): the parties of 37 democracies
 * with the names English news writes for them.
 *
 *   node scripts/generate-parties.mjs <path/to/view_party.csv>
 *
 * The CSV is ParlGov's (Döring, Holger and Philip Manow: Parliaments and governments database, parlgov.org), 2024
 * release, as republished in github.com/AlvaroGarrisCalzada/Political-Ideology-OECD at commit
 * 1e2557edcf001778618f632e442a088db0303683.
 *
 * Rows left out, and why:
 * - no party: party family `none` (`others`, `no seat`, independents) and rows like them (`other left`,
 *   `Independent -- <a person>`);
 * - parties dissolved before 2000 (DISSOLVED_SINCE): news rarely names them, and their names (`National Party`,
 *   `Democratic Party`) would make the living parties of the same name harder to tell apart. Those dissolved since
 *   are kept (news archives name them), but a name a living party of the same country bears is the living party's.
 * Names of each party:
 * - `name`: how English news names it: the title of its English Wikipedia article when that title is in English
 *   or the native name itself (ParlGov links some articles by an earlier or longer native title), else ParlGov's
 *   English name, spelled with the
 *   native name's accents where the two are the same words (`Sinn Féin`);
 * - `names`: the other names that say which party it is: English, native, and the short name when it is an acronym of
 *   three or more characters (`SPD`, `AfD`: two-letter ones such as `PS` or `SD` are initials or words in English text),
 *   unless it is an English word or an everyday acronym of something else (`DNA`, `MEP`);
 * - `needsCountry`: the names (among `name` and `names`) that say which party it is only in an article about its
 *   country: those made only of the common words of party names (`Labour Party`, `Centre Party`), English
 *   translations of a native name that do not name the country (`Free Democratic Party`, `We Can`), and acronyms
 *   (`CPC` is Canada's Conservatives, and China's Communists abroad), and one-word names of four letters or fewer
 *   (`Bai`, `Vox`: a short word of another language is a name or a word elsewhere too); `Alternative for Germany` and
 *   native names (`Fianna Fáil`, `Bündnis 90`) say it anywhere.
 * A one-word English translation (`Attack`, `Courage`), a one-word name that is an English word (`Alliance`,
 * `Horizons`) and a name opening with `The` (`The Left`, `The Movement`: the native name names the party) are left out: they name a party only from context, which the everyday short forms file gives for the
 * parties news names so. A name two parties of one country share says neither, and is left out for both.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', 'knowledge', 'data', 'parties.json');
// Parties dissolved since this date are kept: news archives name them (the Progressive Democrats of Ireland, 1985-2009).
const DISSOLVED_SINCE = '2000-01-01';
const countries = createRequire(import.meta.url)('world-countries');

// Words party names are built from; a name made only of these is generic (`Social Democratic Party`).
const GENERIC_WORDS = new Set(
  `party parties the of for and a democratic democrats democrat democracy social socialist socialists labour labor
  liberal liberals conservative conservatives national nationalist nationals people's peoples people popular green
  greens left communist communists workers' workers union alliance coalition centre center christian christians free
  freedom progress progressive reform reformist independence independent justice unity pirate pirates radical
  republican republicans new list front movement league bloc federation citizens citizens' civic agrarian farmers'
  farmers moderate moderates ecological ecologist environmental united democratic-liberal liberal-democratic
  christian-democratic social-democratic right solidarity renewal rally`.split(/\s+/),
);

// One-word names that are ordinary English words: without context they name no party.
const ENGLISH_WORDS = new Set(
  `alliance alive attack bridge change coalition coexistence conservatives constitutionalist courage crossroads democracy
  democrats energy enough federalism forward greens harmony heritage homeland horizons independent intelligently labour
  left liberals modern moderates momentum national network oath pleasantness radicals rainbow reconquest reformists
  republic republicans revival solidarity spartans spirit spring think together unity voice will gaullists
  czechoslovakians renaissance respect victory three-parties ellada`.split(/\s+/),
);

// Short names that are English words or everyday acronyms of something else (`DNA`, `MEP`, `SMS`): never a party's name.
const EVERYDAY_ACRONYMS = new Set(
  `ACT ADS CSV DEMOS DIANA DNA DOM IRL ITN KAN LIBRA MEMO MEP MES MIS MOS NHK NOVA PAC PAN PIN PSA SAP SIN SMS SOP SOS
  START TIP TOP UDP WOW 99%`.split(/\s+/),
);

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  const [header, ...records] = rows.filter((cells) => cells.length > 1);
  return records.map((cells) => Object.fromEntries(header.map((name, k) => [name, (cells[k] ?? '').trim()])));
}

const fold = (text) =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
const words = (text) => fold(text).split(/[\s/]+/);

// `Fine Gael (Family of the Irish)`, `Conservatives [no coupon]`, `NCP|NPA` (names over time: the last is today's).
function cleanName(name) {
  const current = name.split('|').at(-1) ?? '';
  return current.replace(/\s*[([][^)\]]*[)\]]/g, '').replace(/\s+--\s+/g, ' – ').replace(/\s+/g, ' ').trim();
}

// The parts of a name written `A – B` (`Green Party – Comhaontas Glas`): each names the party.
function nameParts(name) {
  return cleanName(name).split(/\s+[–-]\s+/).map((part) => part.trim()).filter(Boolean);
}

// The base title of an English Wikipedia article link, or undefined for lists, elections and anchors.
function wikipediaTitle(url, shared) {
  const match = /en\.wikipedia\.org\/wiki\/([^#?]+)$/.exec(url);
  if (!match || shared.has(url)) return undefined;
  const title = decodeURIComponent(match[1]).replace(/_/g, ' ');
  if (/election|^list of|,/i.test(title)) return undefined;
  return title.replace(/\s*\([^)]*\)$/, '').trim();
}

// ParlGov links some articles by a native title that is not the party's name (`Christlich Demokratische Union Deutschlands`).
const sameStart = (a, b) => words(a).slice(0, 2).join(' ') === words(b).slice(0, 2).join(' ');

// The words of a country's names and demonyms (`Germany`, `German`, `Australian`), by ISO alpha-3 code.
const countryWords = new Map(
  countries.map((country) => [
    country.cca3,
    new Set(
      [country.name.common, ...country.altSpellings, country.demonyms?.eng?.m ?? '', country.demonyms?.eng?.f ?? '']
        .flatMap(words)
        .filter((word) => word.length >= 4),
    ),
  ]),
);

const isGeneric = (name) => words(name).every((word) => GENERIC_WORDS.has(word));
// `SPD`, `AfD`, `D66`; not ParlGov's composite or regional codes (`CDU+CSU`, `LDP-NSW`, `CoLab`).
const isAcronym = (short) =>
  /^\p{Lu}[\p{L}\d]{2,}$/u.test(short) && (short.match(/[\p{Lu}\d]/gu) ?? []).length >= 2 && !/\p{Ll}{2}/u.test(short);

function partyOf(row, sharedLinks) {
  const englishParts = nameParts(row.name_english);
  const native = [...nameParts(row.name), ...nameParts(row.name_ascii)];
  const nativeName = native[0] ?? '';
  const isNative = (name) => native.some((other) => fold(other) === fold(name));
  // `Free Democratic Party` translates `Freie Demokratische Partei`; `UK Independence Party` shares a word with its native name.
  const nativeWords = new Set(native.flatMap(words).filter((word) => word.length >= 3 && !['the', 'and', 'party'].includes(word)));
  const isTranslation = (name) => !words(name).some((word) => nativeWords.has(word));
  // `Sinn Fein` is ParlGov's English spelling of `Sinn Féin`: the native spelling keeps its accents.
  const englishName = englishParts[0] && !isNative(englishParts[0]) ? englishParts[0] : nativeName;
  // A link chosen for an earlier name (`PDS|Die Linke`) or titled in the native language says nothing of the English name.
  const title = row.name_english.includes('|') ? undefined : wikipediaTitle(row.wikipedia, sharedLinks);
  // A title equal to the native name is English Wikipedia naming the party so in English (`Likud`, `Fianna Fáil`).
  const englishTitle = title && (!sameStart(title, nativeName) || isNative(title)) ? title : undefined;
  const english = englishTitle && fold(englishTitle) !== fold(englishName) ? englishTitle : englishName;
  // `The Left`, `The Movement`: a name that opens with `the` is a common phrase in English text; the native name is not.
  const name = /^the\s/i.test(english) && nativeName ? nativeName : english;
  const ownCountry = countryWords.get(row.country) ?? new Set();
  const names = [];
  const needsCountry = [];
  // `Fidesz – Hungarian Civic Union`: each part of a title names the party too.
  const titleParts = englishTitle ? englishTitle.split(/\s+[–-]\s+/) : [];
  for (const candidate of [name, ...englishParts, ...native, ...titleParts]) {
    const key = fold(candidate);
    if (!key || /^\d+$/.test(key) || /^the\s/.test(key) || names.some((known) => fold(known) === key)) continue;
    const translation = isTranslation(candidate);
    // A one-word part of an English title is how English names the party (`Fidesz`), not a translation.
    if (!key.includes(' ') && ((translation && !titleParts.includes(candidate)) || ENGLISH_WORDS.has(key))) continue;
    names.push(candidate);
    // (`Bai`, `Vox`, `Lipa`: a short word of another language is a name or a word elsewhere too.)
    const short = !key.includes(' ') && key.length <= 4;
    if (isGeneric(candidate) || short || (translation && !words(candidate).some((word) => ownCountry.has(word)))) needsCountry.push(candidate);
  }
  // An acronym is short enough to stand for other things abroad (`CPC`, `SNS`): it names the party in its country.
  const short = row.name_short.split('|').at(-1) ?? '';
  if (isAcronym(short) && !EVERYDAY_ACRONYMS.has(short) && !names.some((known) => fold(known) === fold(short))) {
    names.push(short);
    needsCountry.push(short);
  }
  return { country: row.country, short, name, names, needsCountry };
}

function main() {
  const [csvPath] = process.argv.slice(2);
  if (!csvPath) {
    console.error('usage: node scripts/generate-parties.mjs <path/to/view_party.csv>');
    process.exit(2);
  }
  const rows = parseCsv(fs.readFileSync(csvPath, 'utf8')).filter(
    (row) => row.party_family !== 'none' && (!row.dissolution_date || row.dissolution_date >= DISSOLVED_SINCE) && !/^(?:other\s|Independent\s*--)/i.test(row.name_english),
  );
  // A Wikipedia link several rows share (an election page, a list, a successor) names none of them.
  const linkCounts = new Map();
  for (const row of rows) if (row.wikipedia) linkCounts.set(row.wikipedia, (linkCounts.get(row.wikipedia) ?? 0) + 1);
  const sharedLinks = new Set([...linkCounts].filter(([, count]) => count > 1).map(([link]) => link));
  const parties = rows.map((row) => ({ ...partyOf(row, sharedLinks), dissolved: Boolean(row.dissolution_date) }));

  // A name two parties of one country share names neither; a living party keeps a name a dissolved one also bore.
  const owners = new Map();
  const living = new Map();
  for (const party of parties) {
    for (const name of party.names) {
      const key = `${party.country}|${fold(name)}`;
      owners.set(key, (owners.get(key) ?? 0) + 1);
      if (!party.dissolved) living.set(key, (living.get(key) ?? 0) + 1);
    }
  }
  const kept = parties
    .map((party) => {
      const unique = (name) => (party.dissolved ? owners : living).get(`${party.country}|${fold(name)}`) === 1;
      return { ...party, names: party.names.filter(unique), needsCountry: party.needsCountry.filter(unique) };
    })
    .filter((party) => party.names.includes(party.name))
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.short.localeCompare(b.short));

  const out = {
    source:
      'ParlGov (Döring, Holger and Philip Manow: Parliaments and governments database, parlgov.org), party table view_party, 2024 release, as republished in github.com/AlvaroGarrisCalzada/Political-Ideology-OECD at commit 1e2557edcf001778618f632e442a088db0303683. ParlGov data is released under CC0 1.0 (Harvard Dataverse, doi:10.7910/DVN/2VZ5ZC); cite Döring and Manow when using it.',
    generatedBy: 'node scripts/generate-parties.mjs <view_party.csv>: do not edit by hand; everyday short forms live in partyShortForms.json',
    reason:
      'Political parties are general knowledge: each is an organization of one country (ISO 3166 alpha-3), named `name` in the graph and found by it or any of `names`; a name in `needsCountry` says which party it is only in an article about that country.',
    parties: kept.map(({ country, short, name, names, needsCountry }) => ({
      country,
      short,
      name,
      ...(names.length > 1 ? { names: names.filter((known) => known !== name) } : {}),
      ...(needsCountry.length > 0 ? { needsCountry } : {}),
    })),
  };
  // One party a line: a compact file whose diffs show which parties changed.
  const lines = out.parties.map((party) => `    ${JSON.stringify(party)}`);
  const header = JSON.stringify({ ...out, parties: [] }, null, 2).replace(/\[\]\n\}$/, '');
  fs.writeFileSync(OUT, `${header}[\n${lines.join(',\n')}\n  ]\n}\n`);
  console.log(`${kept.length} parties of ${new Set(kept.map((party) => party.country)).size} countries written to ${path.relative(ROOT, OUT)}`);
}

main();
