#!/usr/bin/env node
/**
 * Writes the GUM news dev set (test/fixtures/gumnews/) from the GUM corpus's CoNLL-U files:
 *
 *   node scripts/gum-news.mjs [--from <folder of GUM_news_*.conllu>] [--out <fixture folder>]   (npm run gum:news)
 *
 * --from defaults to ../shared/data/ud/gum (beside the repository), --out to test/fixtures/gumnews.
 *
 * - articles/<name>.txt: each GUM_news_<name> document's text. A paragraph starts at each `# newpar` line, its
 *   sentences are the `# text = ` lines joined by one space, paragraphs are joined by a blank line, and the file ends
 *   with a newline.
 * - gumnews.entities.json: per document, the coreference chains of its entity annotation (MISC `Entity=`) that name
 *   something (see toChains), plus the person, organization and place
 *   chains that do not (so a scorer can tell "out of scope" from "not annotated"). Every mention has character
 *   offsets into the article text, computed from the word forms and SpaceAfter=No and checked against `# text`.
 *
 * The text and its offsets are exact or the script fails: nothing is written from a sentence it cannot align.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PREFIX = 'GUM_news_';
// Types the extractor is scored on: their chains are kept even when unnamed.
const SCOPED_TYPES = new Set(['person', 'organization', 'place']);

/** One GUM_news_*.conllu file read into its metadata, text and entity mentions. */
function parseGumDocument(conllu) {
  const meta = {};
  const paragraphs = []; // arrays of sentences
  const sentences = [];
  let sentence = null;
  const finishSentence = () => {
    if (sentence) sentences.push(sentence);
    sentence = null;
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('#')) {
      const comment = /^#\s*([^=]+?)\s*=\s?(.*)$/.exec(line);
      if (/^# newpar(\s|$)/.test(line)) paragraphs.push([]);
      else if (comment?.[1] === 'text') {
        finishSentence();
        sentence = { text: comment[2], words: [], surfaces: [] };
        if (paragraphs.length === 0) throw new Error(`a sentence before the first "# newpar": ${line}`);
        paragraphs[paragraphs.length - 1].push(sentence);
      } else if (comment?.[1] === 'newdoc id') meta.id = comment[2];
      else if (comment?.[1] === 'meta::sourceURL') meta.sourceURL = comment[2];
      else if (comment?.[1] === 'meta::title') meta.title = comment[2];
      else if (comment?.[1] === 'meta::dateCreated') meta.dateCreated = comment[2];
      continue;
    }
    if (line.trim() === '') {
      finishSentence();
      continue;
    }
    const [id, form, , upos, , feats, head, deprel, , misc] = line.split('\t');
    if (!sentence) throw new Error(`a token line outside a sentence: ${line}`);
    if (id.includes('.')) continue; // an empty node: no text
    const spaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(misc);
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) sentence.surfaces.push({ form, spaceAfter, first: Number(range[1]), last: Number(range[2]) });
    else {
      const word = {
        id: Number(id),
        form,
        upos,
        plural: /(^|\|)Number=Plur(\||$)/.test(feats),
        head: Number(head),
        deprel,
        entity: /(?:^|\|)Entity=([^|]+)/.exec(misc)?.[1],
      };
      sentence.words.push(word);
      const inRange = sentence.surfaces.at(-1);
      if (!inRange || word.id > inRange.last) sentence.surfaces.push({ form, spaceAfter, first: word.id, last: word.id });
    }
  }
  finishSentence();

  const text = `${paragraphs.map((paragraph) => paragraph.map((s) => s.text).join(' ')).join('\n\n')}\n`;
  let offset = 0;
  for (const paragraph of paragraphs) {
    for (const s of paragraph) {
      alignWords(s, offset);
      offset += s.text.length + 1; // the space between sentences, or the first newline between paragraphs
    }
    offset += 1;
  }
  return { meta, text, mentions: sentences.flatMap((s) => readMentions(s, meta.id)) };
}

// Gives every word its start and end in the document: surface forms laid out with SpaceAfter=No, checked against the
// `# text` line; the words of a multi-word token split its surface when their forms spell it, else all take it whole.
function alignWords(sentence, base) {
  let cursor = 0;
  const byId = new Map(sentence.words.map((word) => [word.id, word]));
  sentence.surfaces.forEach((surface, index) => {
    if (!sentence.text.startsWith(surface.form, cursor)) {
      throw new Error(`"${surface.form}" is not at ${cursor} of "${sentence.text}"`);
    }
    const start = cursor;
    cursor += surface.form.length;
    const words = [];
    for (let id = surface.first; id <= surface.last; id++) words.push(byId.get(id));
    const spelled = words.map((word) => word.form).join('') === surface.form;
    let inner = start;
    for (const word of words) {
      word.start = base + (spelled ? inner : start);
      word.end = base + (spelled ? inner + word.form.length : cursor);
      inner += word.form.length;
    }
    const last = index === sentence.surfaces.length - 1;
    if (surface.spaceAfter && !last) {
      if (sentence.text[cursor] !== ' ') throw new Error(`no space after "${surface.form}" in "${sentence.text}"`);
      cursor += 1;
    }
  });
  if (cursor !== sentence.text.length) throw new Error(`the words of "${sentence.text}" end at ${cursor}`);
}

// The mentions of one sentence from the bracketed Entity= values: `(id-type-infstat-salience-centering-minspan-link-identity`
// opens a mention, `id)` closes the innermost open one of that id, `(...)` is a one-word mention.
function readMentions(sentence, docId) {
  const open = new Map();
  const mentions = [];
  for (const word of sentence.words) {
    if (!word.entity) continue;
    for (const [, opener, closedHere, closer] of word.entity.matchAll(/\(([^()]+)(\))?|(\d+)\)/g)) {
      if (opener) {
        const fields = opener.split('-');
        if (fields.length < 7) throw new Error(`${docId}: unexpected Entity field "${opener}"`);
        const [gumId, type, , , , minspan] = fields;
        const identity = fields.length > 7 ? decodeURIComponent(fields.slice(7).join('-')) : null;
        const mention = { gumId, type, identity, minspan: minspan.split(',').map(Number), first: word.id };
        if (closedHere) mentions.push({ ...mention, last: word.id });
        else open.set(gumId, [...(open.get(gumId) ?? []), mention]);
      } else {
        const stack = open.get(closer) ?? [];
        const mention = stack.pop();
        if (!mention) throw new Error(`${docId}: "${closer})" closes no open mention in "${sentence.text}"`);
        mentions.push({ ...mention, last: word.id });
      }
    }
  }
  const left = [...open.values()].flat();
  if (left.length > 0) throw new Error(`${docId}: mention ${left[0].gumId} is not closed in "${sentence.text}"`);
  // A coordination names no one entity: its head has a conjunct in it, and two mentions of its own type lie inside it
  // ("Gary Chan of DAB and Eunice Yung of New People's Party", "the State and Homeland Security Departments").
  const located = mentions.map((mention) => ({ mention, ...locate(mention, sentence) }));
  return located.map(({ mention, headWord, ...rest }) => {
    const within = (id) => id >= mention.first && id <= mention.last;
    const parts = located.filter(({ mention: inner }) => inner !== mention && inner.type === mention.type && within(inner.first) && within(inner.last));
    const conjunct = sentence.words.some((word) => within(word.id) && word.head === headWord.id && word.deprel.startsWith('conj'));
    const head = { headStart: headWord.start, headEnd: headWord.end, proper: headWord.upos === 'PROPN', plural: headWord.plural };
    return { ...rest, ...head, conjoined: conjunct && parts.length >= 2 };
  });
}

// Character span, minimal span (first to last minspan word) and dependency head (the first word whose head lies
// outside the mention, punctuation last) of a mention.
function locate(mention, sentence) {
  const words = sentence.words.filter((word) => word.id >= mention.first && word.id <= mention.last);
  const heads = words.filter((word) => word.head < mention.first || word.head > mention.last);
  const head = heads.find((word) => word.deprel !== 'punct') ?? heads[0] ?? words[0];
  const minWords = mention.minspan.map((k) => words[k - 1]).filter(Boolean);
  if (minWords.length !== mention.minspan.length) throw new Error(`minspan ${mention.minspan} outside "${words.map((w) => w.form).join(' ')}"`);
  return {
    gumId: mention.gumId,
    type: mention.type,
    identity: mention.identity,
    start: words[0].start,
    end: words.at(-1).end,
    minStart: Math.min(...minWords.map((word) => word.start)),
    minEnd: Math.max(...minWords.map((word) => word.end)),
    headWord: head,
  };
}

/**
 * The chains of one parsed document that the dev set keeps, mentions in text order. GUM chains of one type that carry
 * the same Wikipedia identity are one chain (GUM sometimes leaves a second mention of an entity unlinked). A chain is
 * named when one of its mentions names one entity: it has an identity or a proper-noun head, and it is not a group (it
 * is a coordination of mentions of its type, or it has a plural head in a person chain: "Muslims", "the Sams").
 */
function toChains(document) {
  const byKey = new Map();
  const identityOf = new Map();
  for (const mention of document.mentions) {
    if (mention.identity && !identityOf.has(mention.gumId)) identityOf.set(mention.gumId, mention.identity);
  }
  for (const mention of document.mentions) {
    const identity = identityOf.get(mention.gumId);
    const key = identity ? `${mention.type}|${identity}` : `#${mention.gumId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), mention]);
  }
  const chains = [];
  for (const mentions of byKey.values()) {
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const gumIds = [...new Set(mentions.map((mention) => Number(mention.gumId)))].sort((a, b) => a - b);
    const types = new Set(mentions.map((mention) => mention.type));
    if (types.size > 1) throw new Error(`${document.meta.id}: chain ${gumIds} has types ${[...types]}`);
    const type = mentions[0].type;
    const group = (mention) => mention.conjoined || (type === 'person' && mention.plural);
    const named = mentions.some((mention) => !group(mention) && (mention.identity || mention.proper));
    if (!named && !SCOPED_TYPES.has(type)) continue;
    chains.push({
      gumIds,
      type,
      identity: mostCommon(mentions.map((mention) => mention.identity).filter(Boolean)),
      named,
      mentions: mentions.map((mention) => ({
        start: mention.start,
        end: mention.end,
        text: document.text.slice(mention.start, mention.end),
        minStart: mention.minStart,
        minEnd: mention.minEnd,
        headStart: mention.headStart,
        headEnd: mention.headEnd,
        proper: mention.proper,
        group: group(mention),
      })),
    });
  }
  return chains.sort((a, b) => a.mentions[0].start - b.mentions[0].start || a.gumIds[0] - b.gumIds[0]);
}

function mostCommon(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

// One chain per line, so a regenerated file diffs chain by chain.
function formatReference({ about, documents }) {
  const lines = documents.map(({ chains, ...fields }) => {
    const chainLines = chains.map((chain) => `    ${JSON.stringify(chain)}`).join(',\n');
    return `  ${JSON.stringify(fields).slice(0, -1)},"chains":[\n${chainLines}\n  ]}`;
  });
  return `{"about":${JSON.stringify(about)},\n"documents":[\n${lines.join(',\n')}\n]}\n`;
}

function main(argv) {
  const option = (name, fallback) => {
    const index = argv.indexOf(name);
    return index === -1 ? fallback : argv[index + 1];
  };
  const from = path.resolve(option('--from', path.join(ROOT, '..', 'shared', 'data', 'ud', 'gum')));
  const out = path.resolve(option('--out', path.join(ROOT, 'test', 'fixtures', 'gumnews')));
  const files = fs.existsSync(from) ? fs.readdirSync(from).filter((file) => file.startsWith(PREFIX) && file.endsWith('.conllu')).sort() : [];
  if (files.length === 0) throw new Error(`no ${PREFIX}*.conllu in ${from}. Fix: pass --from <the GUM dep/ folder>`);
  fs.mkdirSync(path.join(out, 'articles'), { recursive: true });
  const documents = [];
  for (const file of files) {
    const name = file.slice(PREFIX.length, -'.conllu'.length);
    const document = parseGumDocument(fs.readFileSync(path.join(from, file), 'utf8'));
    fs.writeFileSync(path.join(out, 'articles', `${name}.txt`), document.text);
    documents.push({
      name,
      article: `articles/${name}.txt`,
      gumId: document.meta.id,
      title: document.meta.title,
      sourceURL: document.meta.sourceURL,
      dateCreated: document.meta.dateCreated,
      chains: toChains(document),
    });
  }
  const reference = {
    about:
      'Entity chains of the 24 GUM news documents (Wikinews, texts CC BY 2.5; GUM annotations CC BY 4.0, Zeldes 2017), written by scripts/gum-news.mjs; see README.md.',
    documents,
  };
  fs.writeFileSync(path.join(out, 'gumnews.entities.json'), formatReference(reference));
  const chains = documents.flatMap((document) => document.chains);
  process.stdout.write(`${documents.length} articles and ${chains.length} chains (${chains.filter((chain) => chain.named).length} named) written to ${path.relative(process.cwd(), out) || '.'}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`gum-news: ${error.message}\n`);
    process.exitCode = 1;
  }
}
