import type { ParserModel } from './ParserModel';
import type { ParsedToken } from './SyntaxToken';
import { parseTokens } from './parseTokens';
import { tokenizeSyntax } from './tokenizeSyntax';

/**
 * Tokenizes `text.slice(start, end)` as one sentence and parses it; token offsets are indices into `text`. The words
 * starting at `names` are proper nouns.
 */
export function parseSentence(model: ParserModel, text: string, start = 0, end = text.length, names?: ReadonlySet<number>): ParsedToken[] {
  return parseTokens(model, tokenizeSyntax(text, start, end), names);
}
