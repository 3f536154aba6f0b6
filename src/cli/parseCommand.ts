import type { Document } from '../document/DocumentSchema';
import type { Mention } from '../mentions/MentionSchema';
import { extractDocument } from '../pipeline/extractDocument';
import { toDependencyTree, type SentenceParser } from '../syntax/DependencyTree';
import type { ParsedToken } from '../syntax/SyntaxToken';
import { loadParserModel } from '../syntax/loadParserModel';
import { parseSentence } from '../syntax/parseSentence';
import { tokenizeBlocks } from '../text/tokenizeBlocks';
import { toTextBlocks } from '../text/toTextBlocks';
import type { CliIo } from './CliIo';
import { ParseOptionsSchema } from './ParseOptionsSchema';
import { helpText } from './helpText';
import { parseOptions } from './parseOptions';
import { readInputs } from './readInputs';

/** A parsed sentence of a document: its tokens with offsets in the document's text, and the entity of each token. */
interface DocumentSentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly ParsedToken[];
  readonly entities: readonly (string | undefined)[];
}

/**
 * `newsgraph parse <files...> [--conllu]`: prints the dependency parse of each sentence of each document (the
 * pipeline's sentences), with the entity mentions the pipeline found marked. Exit code 0, 2 when inputs were skipped.
 */
export async function parseCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions('parse', args, { conllu: { type: 'boolean' } }, ParseOptionsSchema);
  if (parsed.help) {
    io.stdout.write(helpText('parse'));
    return 0;
  }
  const { inputs, conllu } = parsed.options;
  const { documents, problems } = await readInputs(inputs, io);
  for (const problem of problems) io.stderr.write(`${problem.message}\n`);
  const model = loadParserModel();
  for (const document of documents) {
    const sentences = parseDocument(document, (text, start, end, names) => parseSentence(model, text, start, end, names));
    io.stdout.write(conllu ? formatConllu(document.id, sentences) : formatText(document.id, sentences));
  }
  return problems.length > 0 ? 2 : 0;
}

type Parse = (text: string, start: number, end: number, names?: ReadonlySet<number>) => ParsedToken[];

/**
 * Parses each of the pipeline's sentences and maps tokens back to offsets in the text as read; a sentence the
 * extractor parsed is parsed with the names it gave the parser, so the tree is the one the extractor read.
 */
function parseDocument(document: Document, parse: Parse): DocumentSentence[] {
  // The names of each parsed sentence, by its text block and end.
  const given = new Map<string, ReadonlySet<number>>();
  const recording: SentenceParser = (text, start, end, names) => {
    if (names) given.set(`${end}:${text}`, names);
    return toDependencyTree(parse(text, start, end, names));
  };
  const { mentions } = extractDocument(document, { parser: recording });
  return tokenizeBlocks(toTextBlocks(document.text)).map((sentence) => {
    const { origin, text } = sentence.block;
    const raw = (index: number): number => origin[index] ?? 0;
    const tokens = parse(text, sentence.start, sentence.end, given.get(`${sentence.end}:${text}`)).map((token) => ({ ...token, start: raw(token.start), end: raw(token.end) }));
    const start = raw(sentence.start);
    const end = raw(sentence.end);
    return { text: document.text.slice(start, end), start, end, tokens, entities: tokens.map((token) => entityAt(mentions, token.start, token.end)) };
  });
}

function entityAt(mentions: readonly Mention[], start: number, end: number): string | undefined {
  return mentions.find((mention) => start >= mention.start && end <= mention.end)?.entity;
}

/** One block per sentence: the sentence with [bracketed mentions]{entity}, then a row per token (heads 1-based, 0 = root). */
function formatText(id: string, sentences: readonly DocumentSentence[]): string {
  const lines: string[] = [];
  sentences.forEach((sentence, s) => {
    const marked = sentence.tokens.map((token, i) => {
      const entity = sentence.entities[i];
      const opens = entity !== undefined && sentence.entities[i - 1] !== entity;
      const closes = entity !== undefined && sentence.entities[i + 1] !== entity;
      return `${opens ? '[' : ''}${token.text}${closes ? `]{${entity}}` : ''}`;
    });
    lines.push(`# ${id} sentence ${s + 1} (${sentence.start}-${sentence.end}): ${marked.join(' ')}`);
    sentence.tokens.forEach((token, i) => {
      lines.push([i + 1, token.text, token.upos, token.xpos, token.head + 1, token.deprel, sentence.entities[i] ?? ''].join('\t').trimEnd());
    });
    lines.push('');
  });
  return lines.map((line) => `${line}\n`).join('');
}

/** CoNLL-U, with the document's offsets and the entity of each mention's tokens in the MISC column. */
function formatConllu(id: string, sentences: readonly DocumentSentence[]): string {
  const lines = [`# newdoc id = ${id}`];
  sentences.forEach((sentence, s) => {
    lines.push(`# sent_id = ${id}-${s + 1}`, `# text = ${sentence.text.replace(/\s+/g, ' ')}`);
    sentence.tokens.forEach((token, i) => {
      const next = sentence.tokens[i + 1];
      const misc = [
        ...(sentence.entities[i] !== undefined ? [`Entity=${sentence.entities[i]}`] : []),
        ...(next && next.start === token.end ? ['SpaceAfter=No'] : []),
        `TokenRange=${token.start}:${token.end}`,
      ];
      lines.push([i + 1, token.text, '_', token.upos, token.xpos, '_', token.head + 1, token.deprel, '_', misc.join('|')].join('\t'));
    });
    lines.push('');
  });
  return lines.map((line) => `${line}\n`).join('');
}
