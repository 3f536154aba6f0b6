import type { ParserModel } from './ParserModel';
import type { ParsedToken, SyntaxToken } from './SyntaxToken';
import { analyzeWords } from './analyzeWords';

/**
 * Tags and parses the tokens of one sentence (as tokenizeSyntax cuts them) and returns them with their tags, head
 * and relation. The tree has exactly one root (head -1); an empty sentence gives an empty array.
 */
export function parseTokens(model: ParserModel, tokens: readonly SyntaxToken[]): ParsedToken[] {
  if (tokens.length === 0) return [];
  const analysis = analyzeWords(
    model,
    tokens.map((token) => token.text),
  );
  return tokens.map((token, i) => {
    const tag = model.tagger.tags[analysis.tags[i] as number];
    return {
      text: token.text,
      start: token.start,
      end: token.end,
      upos: tag?.upos ?? 'X',
      xpos: tag?.xpos ?? 'XX',
      head: analysis.heads[i] as number,
      deprel: model.parser.labels[analysis.labels[i] as number] ?? 'dep',
    };
  });
}
