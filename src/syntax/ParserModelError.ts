import { NewsgraphError } from '../errors/NewsgraphError';

/** The parser model file is missing, truncated or of another format. */
export class ParserModelError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NG_PARSER_MODEL', message, options);
  }
}
