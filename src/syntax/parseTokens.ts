import type { ParserModel } from './ParserModel';
import type { ParsedToken, SyntaxToken } from './SyntaxToken';
import { analyzeWords } from './analyzeWords';
import { relativeAsides } from './relativeAsides';

const QUOTES = new Set(['"', '“', '”']);
const NONE: ReadonlySet<number> = new Set();

// A sentence being parsed: the model, its tokens and the offsets at which names start.
interface Parse {
  readonly model: ParserModel;
  readonly tokens: readonly SyntaxToken[];
  readonly names: ReadonlySet<number>;
}

/**
 * Tags and parses the tokens of one sentence (as tokenizeSyntax cuts them) and returns them with their tags, head
 * and relation; the capitalized tokens starting at `names` are proper nouns. The tree has exactly one root (head -1); an
 * empty sentence gives an empty array.
 */
export function parseTokens(model: ParserModel, tokens: readonly SyntaxToken[], names: ReadonlySet<number> = NONE): ParsedToken[] {
  if (tokens.length === 0) return [];
  // `said Mr Vale had "misled" MPs`: scare quotes around one word inside a clause derail the parser, which reads the
  // word well without them; each quote then hangs on the word, as UD attaches quotes.
  const quoted = scareQuotes(tokens);
  // `X, whose party favours talks with Y, accused Z`: a relative clause set off by commas between a subject and its
  // verb derails the parser, which reads the sentence and the clause well apart; the clause then hangs on the word
  // before it, as UD attaches a relative clause.
  const parse = { model, tokens, names };
  const parsed = parseApart(parse, quoted, relativeAsides(tokens)) ?? parseWhole(parse, quoted, new Set());
  for (const [quote, word] of quoted) parsed[quote] = { ...(parsed[quote] as ParsedToken), xpos: quote < word ? '``' : "''", head: word };
  return parsed;
}

// Parses the sentence but for the words `quoted` marks and those `aside` holds.
function parseWhole(parse: Parse, quoted: ReadonlyMap<number, number>, aside: ReadonlySet<number>): ParsedToken[] {
  const { tokens } = parse;
  // The words left out are punctuation until their caller hangs them.
  const parsed: ParsedToken[] = new Array<ParsedToken>(tokens.length);
  const kept: number[] = [];
  tokens.forEach((token, i) => {
    if (quoted.has(i) || aside.has(i)) parsed[i] = parsedToken(token, 'PUNCT', "''", -1, 'punct');
    else kept.push(i);
  });
  parseInto(parse, parsed, kept, -1, '');
  return parsed;
}

// Parses the sentence without the relative clauses `asides`, then each clause on its own, hung on the word before it
// (acl:relcl). Undefined when there is none, or when the sentence so shortened reads the word after a clause as neither
// the main predicate nor a word of it (`X, the U2 singer, praised Y` read as a singer who was praised): the clause was
// not between a subject and its verb, and the sentence reads better whole.
function parseApart(parse: Parse, quoted: ReadonlyMap<number, number>, asides: readonly [number, number][]): ParsedToken[] | undefined {
  if (asides.length === 0) return undefined;
  const { tokens } = parse;
  // (After an apposition, `X, the Y singer, who ..., praised Z`, the closing comma closes the apposition too and stays;
  // not after an opening adjunct's comma, `In Britain, X, who ..., said`.)
  const closes = (open: number) => tokens.slice(0, open).some((token, at) => token.text === ',' && /^\p{Ll}/u.test(tokens[at + 1]?.text ?? ''));
  const parsed = parseWhole(parse, quoted, new Set(asides.flatMap(([open, close]) => range(open, closes(open) ? close : close + 1))));
  const predicate = (at: number) => parsed[at]?.head === -1 || parsed[parsed[at]?.head ?? -1]?.head === -1;
  if (!asides.every(([, close]) => predicate(close + 1))) return undefined;
  for (const [open, close] of asides) {
    let antecedent = open - 1;
    while (parsed[antecedent]?.deprel === 'flat') antecedent = (parsed[antecedent] as ParsedToken).head;
    const root = parseInto(parse, parsed, range(open + 1, close), antecedent, 'acl:relcl');
    for (const comma of closes(open) ? [open] : [open, close]) parsed[comma] = { ...(parsed[comma] as ParsedToken), xpos: ',', head: root };
  }
  return parsed;
}

// Tags and parses the tokens at `kept` as one sentence into `parsed`; its root hangs on `root` by `relation` (none: -1).
// Returns the index of the root token.
function parseInto({ model, tokens, names }: Parse, parsed: ParsedToken[], kept: readonly number[], root: number, relation: string): number {
  const analysis = analyzeWords(
    model,
    kept.map((i) => (tokens[i] as SyntaxToken).text),
    kept.map((i) => names.has((tokens[i] as SyntaxToken).start)),
  );
  let top = -1;
  kept.forEach((i, k) => {
    const tag = model.tagger.tags[analysis.tags[k] as number];
    const head = analysis.heads[k] as number;
    if (head < 0) top = i;
    const deprel = head < 0 && relation ? relation : model.parser.labels[analysis.labels[k] as number] ?? 'dep';
    parsed[i] = parsedToken(tokens[i] as SyntaxToken, tag?.upos ?? 'X', tag?.xpos ?? 'XX', head < 0 ? root : (kept[head] as number), deprel);
  });
  return top;
}

// A token with its tags and arc, built field by field (a literal, not a spread: a parse makes one per token).
function parsedToken({ text, start, end }: SyntaxToken, upos: string, xpos: string, head: number, deprel: string): ParsedToken {
  return { text, start, end, upos, xpos, head, deprel };
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
