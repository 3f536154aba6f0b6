import { NewsgraphError } from '../errors/NewsgraphError';

/** A command line newsgraph cannot run: unknown command or flag, missing argument, bad option value. */
export class UsageError extends NewsgraphError {
  constructor(problem: string, command?: string) {
    super('NG_USAGE', `${problem}. Run \`newsgraph ${command ? `${command} ` : ''}--help\` for usage`);
  }
}
