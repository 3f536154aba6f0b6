import type { ParserModel } from './ParserModel';
import type { ParsedToken, SyntaxToken } from './SyntaxToken';
import { analyzeWords } from './analyzeWords';
import { relativeAsides } from './relativeAsides';

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
  // `X, whose party favours talks with Y, accused Z`: a relative clause set off by commas between a subject and its
  // verb derails the parser, which reads the sentence and the clause well apart; the clause then hangs on the word
  // before it, as UD attaches a relative clause.
  const asides = relativeAsides(tokens);
  // (After an apposition, `X, the Y singer, who ..., praised Z`, the closing comma closes the apposition too and stays.)
  const closes = (open: number) => tokens.slice(0, open).some((token) => token.text === ',');
  const aside = new Set(asides.flatMap(([open, close]) => range(open, closes(open) ? close : close + 1)));
  const parsed: ParsedToken[] = tokens.map((token) => ({ ...token, upos: 'PUNCT', xpos: "''", head: -1, deprel: 'punct' }));
  parseInto(model, tokens, parsed, range(0, tokens.length).filter((i) => !quoted.has(i) && !aside.has(i)), -1, '');
  for (const [open, close] of asides) {
    let antecedent = open - 1;
    while (parsed[antecedent]?.deprel === 'flat') antecedent = (parsed[antecedent] as ParsedToken).head;
    const root = parseInto(model, tokens, parsed, range(open + 1, close), antecedent, 'acl:relcl');
    for (const comma of closes(open) ? [open] : [open, close]) parsed[comma] = { ...(parsed[comma] as ParsedToken), xpos: ',', head: root };
  }
  for (const [quote, word] of quoted) parsed[quote] = { ...(parsed[quote] as ParsedToken), xpos: quote < word ? '``' : "''", head: word };
  return parsed;
}

// Tags and parses the tokens at `kept` as one sentence into `parsed`; its root hangs on `root` by `relation` (none: -1).
// Returns the index of the root token.
function parseInto(model: ParserModel, tokens: readonly SyntaxToken[], parsed: ParsedToken[], kept: readonly number[], root: number, relation: string): number {
  const analysis = analyzeWords(
    model,
    kept.map((i) => (tokens[i] as SyntaxToken).text),
  );
  let top = -1;
  kept.forEach((i, k) => {
    const tag = model.tagger.tags[analysis.tags[k] as number];
    const head = analysis.heads[k] as number;
    if (head < 0) top = i;
    parsed[i] = {
      ...(tokens[i] as SyntaxToken),
      upos: tag?.upos ?? 'X',
      xpos: tag?.xpos ?? 'XX',
      head: head < 0 ? root : (kept[head] as number),
      deprel: head < 0 && relation ? relation : model.parser.labels[analysis.labels[k] as number] ?? 'dep',
    };
  });
  return top;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
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
