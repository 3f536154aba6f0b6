import type { Document } from './DocumentSchema';
import { EmptyInputError } from './EmptyInputError';
import { parseDate } from './parseDate';
import { splitFrontMatter } from './splitFrontMatter';

// Where a date line or a heading can stand: the first few non-empty lines (date, heading, byline in any order).
const HEADER_LINES = 3;
const TITLE_FIELDS = ['title', 'headline'];
const DATE_FIELDS = ['date', 'published', 'pubDate', 'publishedAt', 'published_at', 'datePublished'];

/**
 * Reads one article file: the text stays exactly as read (offsets point into it); the title and date come from
 * YAML front matter, else from a date line at the top (`24th November, 2025` → `2025-11-24`) and a Markdown heading.
 */
export function parseArticle(input: { id: string; source?: string; raw: string }): Document {
  const { id, source, raw } = input;
  const { fields, bodyStart } = splitFrontMatter(raw);
  const lines = headerLines(raw.slice(bodyStart));
  if (lines.length === 0) {
    throw new EmptyInputError(source ?? id, bodyStart > 0 ? 'there is no article text after the front matter' : 'the file holds no text');
  }

  const dateLine = lines.slice(0, HEADER_LINES).find((line) => parseDate(stripEmphasis(line)) !== undefined);
  const title = firstField(fields, TITLE_FIELDS) ?? heading(lines.filter((line) => line !== dateLine));
  const date = parseFieldDate(fields) ?? (dateLine === undefined ? undefined : parseDate(stripEmphasis(dateLine)));
  return { id, text: raw, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(source ? { source } : {}) };
}

// One line more than HEADER_LINES, for a setext underline; scanned by index so a long article is not split whole.
function headerLines(body: string): string[] {
  const lines: string[] = [];
  for (let start = 0; start < body.length && lines.length <= HEADER_LINES; ) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const line = body.slice(start, end).trim();
    if (line !== '') lines.push(line);
    start = end + 1;
  }
  return lines;
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

// Only the first line can be the title: `# Title` (ATX) or a line underlined with `===` (setext).
function heading(lines: readonly string[]): string | undefined {
  const [first, second] = lines;
  if (first === undefined) return undefined;
  const atx = /^#{1,6}\s+(.*?)(?:\s+#+)?$/.exec(first);
  if (atx) return atx[1]?.trim() || undefined;
  return second !== undefined && /^=+$/.test(second) && !first.startsWith('=') ? first : undefined;
}

// `*November 24, 2025*` and `_24 Nov 2025_` are still date lines.
function stripEmphasis(line: string): string {
  return line.replace(/^[*_]+|[*_]+$/g, '');
}
