import { NewsgraphError } from '../errors/NewsgraphError';

/** Where an input problem is, what is wrong, and how to fix it. */
export interface InputProblemDetails {
  /** The file as the user named it (or `-` for stdin). */
  file: string;
  /** 1-based line number, when the problem is on one line. */
  line?: number;
  /** What is wrong, e.g. `the file is empty`. */
  problem: string;
  /** What to do about it. */
  fix: string;
}

/** `file:line: problem. Fix: fix`, the message of an input problem or warning. */
export function describeInputProblem(details: InputProblemDetails): string {
  const where = details.line === undefined ? details.file : `${details.file}:${details.line}`;
  return `${where}: ${details.problem}. Fix: ${details.fix}`;
}

/** Base class of every problem with an input file or line: it is skipped, the rest of the input is still processed. */
export class InputError extends NewsgraphError {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;

  constructor(code: string, details: InputProblemDetails, options?: { cause?: unknown }) {
    super(code, describeInputProblem(details), options);
    this.file = details.file;
    this.line = details.line;
    this.problem = details.problem;
    this.fix = details.fix;
  }
}
