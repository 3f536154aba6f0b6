import { WINDOWS_1252_80_9F } from '../document/decodeWindows1252';

// Windows-1252 characters of bytes 0x80-0x9F that differ from Latin-1, mapped back to their byte.
const CP1252_EXTRA: ReadonlyMap<string, number> = new Map(
  [...WINDOWS_1252_80_9F].flatMap((char, index) => (char.charCodeAt(0) === 0x80 + index ? [] : [[char, 0x80 + index] as const])),
);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(char: string | undefined): number | undefined {
  if (char === undefined) return undefined;
  const extra = CP1252_EXTRA.get(char);
  if (extra !== undefined) return extra;
  const code = char.charCodeAt(0);
  return code >= 0x80 && code <= 0xff ? code : undefined;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 (`Hereâ€™s` → `Here’s`), keeping for each output
 * character the index of the input character it came from.
 */
export function repairMojibake(text: string, offset = 0): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const lead = byteOf(text[i]);
    const length = lead === undefined ? 0 : sequenceLength(lead);
    if (lead !== undefined && length > 0) {
      const bytes = [lead];
      for (let k = 1; k < length; k++) {
        const byte = byteOf(text[i + k]);
        if (byte === undefined || byte < 0x80 || byte > 0xbf) break;
        bytes.push(byte);
      }
      if (bytes.length === length) {
        const decoded = tryDecode(bytes);
        if (decoded !== undefined) {
          out += decoded;
          for (let k = 0; k < decoded.length; k++) origin.push(offset + i);
          i += length;
          continue;
        }
      }
    }
    out += text[i];
    origin.push(offset + i);
    i++;
  }
  return { text: out, origin };
}

function tryDecode(bytes: number[]): string | undefined {
  try {
    return utf8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}
