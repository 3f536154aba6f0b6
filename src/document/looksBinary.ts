// Text has tabs, newlines and form feeds; other C0 controls and DEL are rare, except in binary data.
const SAMPLE_BYTES = 8192;
const MAX_CONTROL_RATIO = 0.1;

/** Whether bytes are binary data rather than text: any NUL byte, or more than 10% control characters at the start. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_RATIO;
}
