import { availableParallelism } from 'node:os';
import type { CliIo } from './CliIo';

/** The real process as a `CliIo`: its streams, environment and working directory. */
export function processIo(): CliIo {
  // `newsgraph extract ... | head` closes the pipe early: the reader has what it wanted, so stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: process.stderr.isTTY === true,
    env: process.env,
    cores: availableParallelism(),
    cwd: process.cwd(),
  };
}
