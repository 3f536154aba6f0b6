import type { Token } from '../text/Token';

/**
 * The last token of the all-capital place opening a news story, where it was filed (`BRUSSELS, Nov 18 -`, `NEW DELHI
 * —`); undefined when the story opens with none at `at`.
 */
export function datelineEnd(tokens: readonly Token[], at: number): number | undefined {
  if (at !== 0) return undefined;
  // The place ends with a comma, a dash or a bracket (`LIMA (AP) —`: the agency's), or stands alone on its line.
  const closesPlace = (k: number) => /[,—–(-]/.test(tokens[k]?.post ?? '') || /\(/.test(tokens[k + 1]?.pre ?? '');
  let last = at;
  while (/^[A-Z][A-Z.'-]*$/.test(tokens[last]?.text ?? '') && !closesPlace(last) && last < at + 3 && last < tokens.length - 1) last++;
  const text = tokens.slice(at, last + 1).map((token) => token.text).join('');
  // After a comma comes the date (`Nov 18`, `March 3`), not the sentence going on (`HBOS, which has ...`).
  const dated = !/^,/.test(tokens[last]?.post ?? '') || /^[\p{Lu}\d]/u.test(tokens[last + 1]?.text ?? '');
  const closed = (closesPlace(last) && dated) || last === tokens.length - 1;
  return /^[A-Z][A-Z.'-]*$/.test(tokens[last]?.text ?? '') && closed && text.replace(/[^A-Z]/g, '').length >= 4 ? last : undefined;
}
