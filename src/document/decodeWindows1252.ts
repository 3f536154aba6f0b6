/**
 * What Windows-1252 reads bytes 0x80-0x9F as, where it differs from Latin-1 (byte 0x80 + i is character i); the five
 * bytes it leaves undefined read as the C1 control of the same number, as in the WHATWG Encoding Standard.
 */
export const WINDOWS_1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

// Node 20's TextDecoder reads 'windows-1252' as Latin-1 (0x92 stays U+0092), so the 0x80-0x9F range is mapped here.
const latin1 = new TextDecoder('windows-1252');

/** Decodes Windows-1252 bytes (a superset of Latin-1 for text): `0x92` is `’`, `0xA3` is `£`, `0x80` is `€`. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009F]/g, (char) => WINDOWS_1252_80_9F[char.charCodeAt(0) - 0x80] ?? char);
}
