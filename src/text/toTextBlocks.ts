import { splitFrontMatter } from '../document/splitFrontMatter';
import { decodeHtmlEntities } from './decodeHtmlEntities';
import { isHeading } from './isHeading';
import { repairMojibake } from './repairMojibake';
import type { TextBlock } from './TextBlock';

// Markup that frames a line but is not part of what it says: Markdown headings, bullets, quote marks.
const LINE_MARKUP = /^[ \t]*(?:#{1,6}[ \t]+|[-*+•][ \t]+|\d+[.)][ \t]+|>[ \t]*)?/;
const HASHTAG_LINE = /^\s*(?:#[\p{L}\p{N}_]+\s*)+$/u;

/**
 * Splits an article as read into cleaned paragraphs: front matter, hashtag lines and line markup are left out,
 * HTML character references are decoded, mojibake is repaired, and every character keeps its offset in the original text.
 */
export function toTextBlocks(raw: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = /[^\r\n]+/g;
  lines.lastIndex = splitFrontMatter(raw).bodyStart;
  for (let match = lines.exec(raw); match; match = lines.exec(raw)) {
    const line = match[0];
    if (HASHTAG_LINE.test(line)) continue;
    const markup = LINE_MARKUP.exec(line)?.[0].length ?? 0;
    const content = line.slice(markup).replace(/\s+$/, '');
    if (!/\p{L}/u.test(content)) continue;
    const start = match.index + markup;
    // HTML references first (`caf&Atilde;&copy;` is mojibake once decoded); both keep offsets into the raw line.
    const decoded = content.includes('&') ? decodeHtmlEntities(content, start) : undefined;
    const repaired = decoded ? repairMojibake(decoded.text) : repairMojibake(content, start);
    const rawOrigin = decoded ? repaired.origin.map((index) => decoded.origin[index] ?? start) : repaired.origin;
    const text = repaired.text.replace(/[\u00A0\u2007\u202F]/g, ' ');
    const origin = Int32Array.from([...rawOrigin, start + content.length]);
    blocks.push({ text, origin, heading: isHeading(text) });
  }
  return blocks;
}
