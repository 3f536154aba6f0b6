import type { Token } from '../text/Token';
import { capitalizedRunEnd } from './capitalizedRunEnd';
import { NON_ENTITY_HEADS } from './nameWords';

/**
 * Whether `of`, `on` or `for` at `at` and capitalized words ending in a text's or event's head word follow, so the words
 * before them open that text's name (`General Security of Military Information Agreement`).
 */
export function namesTextAfter(tokens: readonly Token[], at: number): boolean {
  return ['of', 'on', 'for'].includes(tokens[at]?.key ?? '') && tokens[at + 1]?.capitalized === true
    && NON_ENTITY_HEADS.has(tokens[capitalizedRunEnd(tokens, at + 1)]?.key ?? '');
}
