import { decodeHTMLStrict } from 'entities/decode';

// Only references closed by `;` (named, decimal, hex): text that is not HTML writes `AT&T` and `R&D`, and HTML's
// legacy `&copy` without `;` would misread `&copyright`.
const REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;

/**
 * Decodes HTML character references (`&amp;`, `&nbsp;`, `&eacute;`, `caf&#233;`, `&#x2019;`, the whole HTML5 set),
 * keeping for each output character the index of the input character it came from: a decoded character maps to
 * its reference's `&`. Unknown names (`&bogus;`) stay as written.
 */
export function decodeHtmlEntities(text: string, offset = 0): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let copied = 0;
  const copyUpTo = (end: number): void => {
    out += text.slice(copied, end);
    for (let i = copied; i < end; i++) origin.push(offset + i);
  };
  for (const match of text.matchAll(REFERENCE)) {
    const decoded = decodeHTMLStrict(match[0]);
    if (decoded === match[0]) continue;
    copyUpTo(match.index);
    out += decoded;
    for (let k = 0; k < decoded.length; k++) origin.push(offset + match.index);
    copied = match.index + match[0].length;
  }
  copyUpTo(text.length);
  return { text: out, origin };
}
