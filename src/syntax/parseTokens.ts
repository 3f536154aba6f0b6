import type { ParserModel } from './ParserModel';
import type { ParsedToken, SyntaxToken } from './SyntaxToken';
import { analyzeWords } from './analyzeWords';

const QUOTES = new Set(['"', '“', '”']);

/**
 * Tags and parses the tokens of one sentence (as tokenizeSyntax cuts them) and returns them with their tags, head
 * and relation. The tree has exactly one root (head -1); an empty sentence gives an empty array.
 */
export function parseTokens(model: ParserModel, tokens: readonly SyntaxToken[]): ParsedToken[] {
  if (tokens.length === 0) return [];
  // `said Mr Vale had "misled" MPs`: scare quotes around one word inside a clause derail the parser, which reads the
  // word well without them; each quote then hangs on the word, as UD attaches quotes.
  const quoted = scareQuotes(tokens);
  const kept = tokens.flatMap((_, i) => (quoted.has(i) ? [] : [i]));
  const analysis = analyzeWords(
    model,
    kept.map((i) => (tokens[i] as SyntaxToken).text),
  );
  const parsed: ParsedToken[] = tokens.map((token) => ({ ...token, upos: 'PUNCT', xpos: "''", head: -1, deprel: 'punct' }));
  kept.forEach((i, k) => {
    const tag = model.tagger.tags[analysis.tags[k] as number];
    const head = analysis.heads[k] as number;
    parsed[i] = {
      ...(tokens[i] as SyntaxToken),
      upos: tag?.upos ?? 'X',
      xpos: tag?.xpos ?? 'XX',
      head: head < 0 ? -1 : (kept[head] as number),
      deprel: model.parser.labels[analysis.labels[k] as number] ?? 'dep',
    };
  });
  for (const [quote, word] of quoted) parsed[quote] = { ...(parsed[quote] as ParsedToken), xpos: quote < word ? '``' : "''", head: word };
  return parsed;
}

// Quote marks around one word inside a sentence (not opening it), each with the word it encloses.
function scareQuotes(tokens: readonly SyntaxToken[]): Map<number, number> {
  const quoted = new Map<number, number>();
  for (let open = 1; open + 2 < tokens.length; open++) {
    const word = open + 1;
    if (QUOTES.has(tokens[open]?.text ?? '') && /\p{L}/u.test(tokens[word]?.text ?? '') && !QUOTES.has(tokens[word]?.text ?? '') && QUOTES.has(tokens[open + 2]?.text ?? '')) {
      quoted.set(open, word);
      quoted.set(open + 2, word);
      open += 2;
    }
  }
  return quoted;
}
