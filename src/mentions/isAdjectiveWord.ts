import type { Token } from '../text/Token';
import { lexiconHas } from './lexiconHas';

const ADJECTIVE: ReadonlySet<string> = new Set(['Adjective']);

/** Whether a word is an adjective where it stands or in compromise's lexicon (`Central defender`, `Outside Parliament`). */
export function isAdjectiveWord(token: Token): boolean {
  return token.tags.has('Adjective') || lexiconHas(token.key, ADJECTIVE);
}
