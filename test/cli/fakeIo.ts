import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/CliIo';

/** A CliIo whose stdout and stderr are captured as text, for running commands in-process. */
export function fakeIo(options: { cwd: string; isTTY?: boolean; stdin?: string | Buffer; cores?: number }): {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
} {
  const capture = (): { stream: Writable; text: () => string } => {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(Buffer.from(chunk));
        callback();
      },
    });
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
  };
  const out = capture();
  const err = capture();
  const io: CliIo = {
    stdout: out.stream,
    stderr: err.stream,
    ...(options.stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(options.stdin)]) }),
    isTTY: options.isTTY ?? false,
    env: {},
    ...(options.cores === undefined ? {} : { cores: options.cores }),
    cwd: options.cwd,
  };
  return { io, stdout: out.text, stderr: err.text };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
