import type { ParserModel } from './ParserModel';
import type { ParsedToken, SyntaxToken } from './SyntaxToken';
import { analyzeWords } from './analyzeWords';

const QUOTES = new Set(['"', '“', '”']);
// At most this many words between scare quotes (`"misled"`, `"a humiliation"`); a longer quote is a quotation.
const SCARE_WORDS = 1;

/**
 * Tags and parses the tokens of one sentence (as tokenizeSyntax cuts them) and returns them with their tags, head
 * and relation. The tree has exactly one root (head -1); an empty sentence gives an empty array.
 */
export function parseTokens(model: ParserModel, tokens: readonly SyntaxToken[]): ParsedToken[] {
  if (tokens.length === 0) return [];
  // `said Mr Vale had "misled" MPs`: scare quotes around a few words inside a clause derail the parser, which reads
  // the words well without them; each quote then hangs on the quoted phrase's head, as UD attaches quotes.
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
  for (const [quote, [first, last]] of quoted) {
    // The quoted word whose head lies outside the quotes heads the phrase.
    let head = first;
    for (let at = first; at <= last; at++) {
      const outside = (parsed[at] as ParsedToken).head;
      if (outside < first || outside > last) head = at;
    }
    parsed[quote] = { ...(parsed[quote] as ParsedToken), xpos: quote < first ? '``' : "''", head };
  }
  return parsed;
}

// Quote marks around one to three words inside a sentence, each with the span of words it encloses.
function scareQuotes(tokens: readonly SyntaxToken[]): Map<number, readonly [number, number]> {
  const quoted = new Map<number, readonly [number, number]>();
  for (let open = 1; open < tokens.length; open++) {
    if (!QUOTES.has(tokens[open]?.text ?? '')) continue;
    let close = open + 1;
    while (close < tokens.length && close - open - 1 <= SCARE_WORDS && /\p{L}/u.test(tokens[close]?.text ?? '') && !QUOTES.has(tokens[close]?.text ?? '')) close++;
    const words = close - open - 1;
    if (words >= 1 && words <= SCARE_WORDS && QUOTES.has(tokens[close]?.text ?? '')) {
      quoted.set(open, [open + 1, close - 1]);
      quoted.set(close, [open + 1, close - 1]);
      open = close;
    }
  }
  return quoted;
}
