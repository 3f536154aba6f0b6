import type { Document } from './DocumentSchema';
import { EmptyInputError } from './EmptyInputError';
import { parseDate } from './parseDate';
import { splitFrontMatter } from './splitFrontMatter';

// Where a date line or a heading can stand: the first few non-empty lines (date, heading, byline in any order).
const HEADER_LINES = 3;
const TITLE_FIELDS = ['title', 'headline'];
const DATE_FIELDS = ['date', 'published', 'pubDate', 'publishedAt', 'published_at', 'datePublished'];
// Headlines run to a dozen or two words; a longer first line is a paragraph.
const MAX_HEADLINE_WORDS = 30;

/**
 * Reads one article file: the text stays exactly as read (offsets point into it); the title and date come from
 * YAML front matter, else from a date line at the top (`24th November, 2025` → `2025-11-24`) and a Markdown heading
 * or a headline: a first line set off by a blank line. A headline stays in the text, where it is read like any line.
 */
export function parseArticle(input: { id: string; source?: string; raw: string }): Document {
  const { id, source, raw } = input;
  const { fields, bodyStart } = splitFrontMatter(raw);
  const lines = headerLines(raw.slice(bodyStart));
  if (lines.length === 0) {
    throw new EmptyInputError(source ?? id, bodyStart > 0 ? 'there is no article text after the front matter' : 'the file holds no text');
  }

  const dateLine = lines.slice(0, HEADER_LINES).find((line) => parseDate(stripEmphasis(line.text)) !== undefined);
  const title = firstField(fields, TITLE_FIELDS) ?? heading(withoutLine(lines, dateLine));
  const date = parseFieldDate(fields) ?? (dateLine === undefined ? undefined : parseDate(stripEmphasis(dateLine.text)));
  return { id, text: raw, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(source ? { source } : {}) };
}

// A non-empty line of the header, and whether a blank line follows it.
interface HeaderLine {
  readonly text: string;
  blankAfter: boolean;
}

// One line more than HEADER_LINES, for a setext underline; scanned by index so a long article is not split whole.
function headerLines(body: string): HeaderLine[] {
  const lines: HeaderLine[] = [];
  for (let start = 0; start < body.length && lines.length <= HEADER_LINES; ) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const text = body.slice(start, end).trim();
    const last = lines[lines.length - 1];
    if (text !== '') lines.push({ text, blankAfter: false });
    else if (last) last.blankAfter = true;
    start = end + 1;
  }
  return lines;
}

// The header without its date line; the line before a date line followed by a blank line is set off by it too
// (`Headline` / `November 24, 2025` / blank).
function withoutLine(lines: readonly HeaderLine[], left: HeaderLine | undefined): HeaderLine[] {
  const index = left === undefined ? -1 : lines.indexOf(left);
  if (index < 0) return [...lines];
  const kept = lines.map((line) => ({ ...line }));
  const before = kept[index - 1];
  if (before && left?.blankAfter) before.blankAfter = true;
  kept.splice(index, 1);
  return kept;
}

function firstField(fields: Record<string, string>, names: readonly string[]): string | undefined {
  return names.map((name) => fields[name]?.trim()).find((value) => value);
}

function parseFieldDate(fields: Record<string, string>): string | undefined {
  for (const name of DATE_FIELDS) {
    const value = fields[name];
    const date = value === undefined ? undefined : parseDate(value);
    if (date) return date;
  }
  return undefined;
}

// Only the first line can be the title: `# Title` (ATX), a line underlined with `===` (setext), or a headline.
function heading(lines: readonly HeaderLine[]): string | undefined {
  const [first, second] = lines;
  if (first === undefined) return undefined;
  const atx = /^#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(first.text);
  if (atx) return atx[1]?.trim() || undefined;
  if (second !== undefined && /^=+$/.test(second.text) && !first.text.startsWith('=')) return first.text;
  return second !== undefined && first.blankAfter ? headline(stripEmphasis(first.text)) : undefined;
}

// A headline is short and ends without a full stop, colon or comma, unlike the lede paragraph that may stand first
// (`BRUSSELS, Nov 18 - The European Union on Tuesday imposed ...`); a hashtag line is no headline.
function headline(line: string): string | undefined {
  if (line.startsWith('#') || /[.,;:]["”'’)\]]*$/.test(line) || !/\p{L}/u.test(line)) return undefined;
  return line.split(/\s+/).length <= MAX_HEADLINE_WORDS ? line : undefined;
}

// `*November 24, 2025*` and `_24 Nov 2025_` are still date lines.
function stripEmphasis(line: string): string {
  return line.replace(/^[*_]+|[*_]+$/g, '');
}
