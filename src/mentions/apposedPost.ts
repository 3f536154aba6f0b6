import type { Knowledge } from '../knowledge/Knowledge';
import type { Token } from '../text/Token';
import { matchTitleAt } from './matchTitleAt';
import { opensApposition } from './opensApposition';

// Role nouns that bodies are described by as often as people (`Oxfam, a member of the coalition`, `Acme, a leader in`).
const SHARED_ROLES: ReadonlySet<string> = new Set(['member', 'leader', 'head', 'chair', 'agent', 'founder', 'co founder']);

/**
 * Whether the name from `first` to `last` is described as a person by an apposed post (`Orlak, a professor of history
 * at`, `Vosk, a senior Defense Ministry official,`, `Vela, the Labour MP for Orla`): a name not after a preposition (`In
 * Springfield, a city official said`), then a comma, an article and a person's post (a common noun for one, or an
 * office's title however written; `assistant attorney general` is one post), which closes the apposition or takes its
 * body (`of`, `at`, `for`, `with`, `to`, `in charge of`).
 */
export function apposedPost(tokens: readonly Token[], first: number, last: number, knowledge: Knowledge): boolean {
  if (!opensApposition(tokens, first, last)) return false;
  for (let at = last + 2; at <= last + 6; at++) {
    const token = tokens[at];
    if (!token || (at > last + 2 && /[,;:]/.test(tokens[at - 1]?.post ?? ''))) return false;
    const title = matchTitleAt(tokens, at, knowledge)?.length ?? 0;
    const end = at + Math.max(title, 1) - 1;
    const post = (title > 0 || (!token.capitalized && knowledge.roleNouns.has(token.key))) && !SHARED_ROLES.has(tokens[end]?.key ?? '');
    if (post && (/^[,.]/.test(tokens[end]?.post ?? '') || ['of', 'at', 'for', 'with', 'to', 'in'].includes(tokens[end + 1]?.key ?? ''))) return true;
  }
  return false;
}
