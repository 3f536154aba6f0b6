// compromise's post-tagger tries about 570 match rules on every comma-separated piece of a text. Its own bulkMatch
// (14.17, src/1-one/sweep) gathers a piece's rules by concatenating its index's lists key after key into a new array
// each time, drops repeats through an object keyed by pattern, and filters them in three more passes: about 190 rules a
// piece, and a fifth of compromise's time on the bench corpus. This is the same function gathering into one array and
// filtering in one pass: it tries the same rules in the same order and returns the same matches.

/** A match rule of compromise's rule index, with the fields bulkMatch reads. */
interface MatchRule {
  readonly match: string;
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  readonly ifNo?: readonly string[];
  readonly unTag?: unknown;
}

/** compromise's rule index (`methods.one.buildNet`): rules by a word or tag they need, and rules with none. */
interface RuleNet {
  readonly hooks: Readonly<Record<string, readonly MatchRule[]>>;
  readonly always: readonly MatchRule[];
}

/** The compromise methods bulkMatch calls. */
interface MatchMethods {
  readonly one: {
    readonly cacheDoc: (document: readonly unknown[][]) => ReadonlySet<string>[];
    readonly match: (document: readonly unknown[][], rule: MatchRule) => { ptrs: number[][] };
  };
}

/** One match found: its rule's fields and where it matched ([piece, first term, end term]). */
type Found = MatchRule & { pointer: number[] };

// Each index's keys in compromise's order: a piece's rules are gathered in that order, as compromise gathers them.
const keyOrders = new WeakMap<object, { readonly rank: ReadonlyMap<string, number>; readonly keys: readonly string[] }>();

function keyOrder(hooks: RuleNet['hooks']) {
  let order = keyOrders.get(hooks);
  if (!order) {
    const keys = Object.keys(hooks);
    order = { rank: new Map(keys.map((key, at) => [key, at])), keys };
    keyOrders.set(hooks, order);
  }
  return order;
}

// The rules a piece's words and tags (`haves`) call for, each once, in the index's key order.
function candidates(haves: ReadonlySet<string>, hooks: RuleNet['hooks']): MatchRule[] {
  const { rank, keys } = keyOrder(hooks);
  const present: number[] = [];
  for (const have of haves) {
    const at = rank.get(have);
    if (at !== undefined) present.push(at);
  }
  present.sort((a, b) => a - b);
  const seen = new Set<string>();
  const rules: MatchRule[] = [];
  for (const at of present) {
    for (const rule of hooks[keys[at] as string] ?? []) {
      if (seen.has(rule.match)) continue;
      seen.add(rule.match);
      rules.push(rule);
    }
  }
  return rules;
}

// Whether a piece with these words and tags meets a rule's needs, has none of its exclusions and enough of its wants.
function applies(rule: MatchRule, haves: ReadonlySet<string>): boolean {
  for (const need of rule.needs) if (!haves.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (haves.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const want of rule.wants) if (haves.has(want)) wanted++;
  return wanted >= rule.minWant;
}

/**
 * compromise's `methods.one.bulkMatch` (document, rule index, methods, options), with the same results in the same
 * order, gathering each piece's rules from its own words and tags.
 */
export function bulkMatch(document: readonly unknown[][], net: RuleNet, methods: MatchMethods, options: { matchOne?: boolean } = {}): Found[] {
  const caches = methods.one.cacheDoc(document);
  const found: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const haves = caches[n] as ReadonlySet<string>;
    const size = (document[n] as unknown[]).length;
    // The index's rules that apply, then those it holds for every piece, as compromise tries them.
    const rules = candidates(haves, net.hooks).filter((rule) => applies(rule, haves));
    rules.push(...net.always);
    for (const rule of rules) {
      if (size < rule.minWords) continue;
      const result = methods.one.match([document[n] as unknown[]], rule);
      if (result.ptrs.length === 0) continue;
      for (const pointer of result.ptrs) {
        pointer[0] = n;
        found.push({ ...rule, pointer });
      }
      if (options.matchOne === true) return [found[0] as Found];
    }
  }
  return found;
}
