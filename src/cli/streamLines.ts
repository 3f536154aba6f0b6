/**
 * Splits a byte stream into lines (without their `\n`) as the chunks arrive, the last line also when no newline ends
 * it, so a reader sees each line before the input ends. A read error is thrown to the caller.
 */
export async function* streamLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    pending = Buffer.concat([pending, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
    let newline: number;
    while ((newline = pending.indexOf(0x0a)) !== -1) {
      yield pending.subarray(0, newline);
      pending = pending.subarray(newline + 1);
    }
  }
  if (pending.length > 0) yield pending;
}
