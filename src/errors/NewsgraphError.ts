/** Base class of every newsgraph error: a stable `code` for programs and a message that names the fix. */
export class NewsgraphError extends Error {
  /** Stable machine-readable code, e.g. `NG_INPUT_EMPTY`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
