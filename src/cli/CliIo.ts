/** What a CLI command may touch: its output streams, whether stdout is a terminal, and the environment. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Standard input, for `newsgraph extract --jsonl -`; absent when the caller has none to offer. */
  stdin?: NodeJS.ReadableStream;
  /** Whether stderr is a terminal (progress bar) or not (one-line progress counts). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The cores `build` and `extract` use for extraction by default (`--workers`); absent: 1, no worker threads. */
  cores?: number;
  /** Working directory that relative paths resolve against. */
  cwd: string;
}
