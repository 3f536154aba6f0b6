import { once } from 'node:events';

/** Writes one line, waiting when the stream's buffer is full so a slow reader of a pipe is not flooded. */
export async function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await once(stream, 'drain');
}
