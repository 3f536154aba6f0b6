import type { Token } from '../text/Token';

/**
 * What a company owns and a public body or a charity does not (`shares`, `profits`): a regulator has a board and a chief
 * executive too.
 */
export const SHAREHOLDER_THINGS: ReadonlySet<string> = new Set(['shares', 'shareholders', 'stock', 'profits', 'profit', 'earnings', 'dividend', 'dividends']);

// What only a body has (`shares`, `supervisory board`, `chief executive`), opening the words after a possessive.
const COMPANY_THINGS: ReadonlySet<string> = new Set([...SHAREHOLDER_THINGS, 'board', 'revenue', 'revenues', 'ceo', 'cfo', 'directors']);

// Two-word posts and organs only a body has (a person may have a director, not an executive director).
const COMPANY_POSTS: ReadonlySet<string> = new Set([
  'chief executive', 'supervisory board', 'finance director', 'executive director', 'managing director', 'chief operating', 'chief financial',
  'team principal', 'technical director', 'sporting director', 'commercial director',
]);

/** Whether the words at `at` open with what only a company has (`shares`, `supervisory board`, `chief executive`). */
export function ownsCompanyThing(tokens: readonly Token[], at: number): boolean {
  return COMPANY_THINGS.has(tokens[at]?.key ?? '') || opensCompanyPost(tokens, at);
}

/** Whether the words at `at` open with a two-word post or organ only a body has (`chief executive`, `team principal`). */
export function opensCompanyPost(tokens: readonly Token[], at: number): boolean {
  return COMPANY_POSTS.has(`${tokens[at]?.key ?? ''} ${tokens[at + 1]?.key ?? ''}`);
}
