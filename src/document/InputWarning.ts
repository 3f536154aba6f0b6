import { describeInputProblem, type InputProblemDetails } from './InputError';

/** Something about an input worth telling the user that did not stop it being read: the document is still processed. */
export class InputWarning {
  readonly code: string;
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;
  /** `file:line: problem. Fix: fix`, like an `InputError`'s message. */
  readonly message: string;

  constructor(code: string, details: InputProblemDetails) {
    this.code = code;
    this.file = details.file;
    this.line = details.line;
    this.problem = details.problem;
    this.fix = details.fix;
    this.message = describeInputProblem(details);
  }
}
