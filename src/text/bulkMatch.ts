// compromise's post-tagger tries about 570 match rules on every comma-separated piece of a text. To choose them, its
// own bulkMatch (14.17, src/1-one/sweep) walks the 730 keys of its rule index for each piece, concatenates the lists of
// the keys the piece has into a new array each time (about 300 rules), drops repeats by pattern and filters them in
// three more passes, to keep about 17: a fifth of compromise's time on the bench corpus. This is the same function
// reaching each rule through one key the rule needs: it tries the same rules in the same order, with the same matches.

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

// compromise's index lists a rule under each word or tag it needs or wants. newsgraph's lists each rule once, under
// one of its needs (the one with the shortest list; under each want when it needs none), and keeps its places in
// compromise's: compromise tries a piece's rules in the order of the first present key listing each.
interface Listed {
  readonly rule: MatchRule;
  /** The rule's place under each key compromise lists it under: the key's rank among the keys, then the place in its list. */
  readonly places: readonly (readonly [string, number])[];
}
const indexes = new WeakMap<object, ReadonlyMap<string, readonly Listed[]>>();

function triggerIndex(hooks: RuleNet['hooks']): ReadonlyMap<string, readonly Listed[]> {
  const index = indexes.get(hooks);
  if (index) return index;
  const keys = Object.keys(hooks);
  const size = (key: string) => hooks[key]?.length ?? 0;
  // A place sorts by the key's rank, then by the place in its list.
  const width = 1 + Math.max(0, ...keys.map(size));
  const listed = new Map<string, { rule: MatchRule; places: [string, number][] }>();
  keys.forEach((key, rank) => (hooks[key] ?? []).forEach((rule, at) => {
    const known = listed.get(rule.match) ?? { rule, places: [] };
    // Two rules with one pattern: compromise tries whichever a piece gathers first, which one list per rule cannot tell.
    if (known.rule !== rule) throw new Error(`compromise has two match rules '${rule.match}'; newsgraph's bulkMatch needs one rule per pattern: pin compromise to 14.17 or mend bulkMatch`);
    known.places.push([key, rank * width + at]);
    listed.set(rule.match, known);
  }));
  const built = new Map<string, Listed[]>();
  for (const entry of listed.values()) {
    const { needs, wants } = entry.rule;
    const triggers = needs.length > 0 ? [needs.reduce((best, need) => (size(need) < size(best) ? need : best))] : wants;
    for (const trigger of triggers) built.set(trigger, [...(built.get(trigger) ?? []), entry]);
  }
  indexes.set(hooks, built);
  return built;
}

// The rules that apply to a piece with these words and tags (`haves`), in the order compromise tries them.
function applicable(haves: ReadonlySet<string>, hooks: RuleNet['hooks']): MatchRule[] {
  const index = triggerIndex(hooks);
  const seen = new Set<Listed>();
  const found: { rule: MatchRule; place: number }[] = [];
  for (const have of haves) {
    for (const listed of index.get(have) ?? []) {
      if (seen.has(listed)) continue;
      seen.add(listed);
      if (!applies(listed.rule, haves)) continue;
      let place = Infinity;
      for (const [key, at] of listed.places) if (at < place && haves.has(key)) place = at;
      found.push({ rule: listed.rule, place });
    }
  }
  return found.sort((a, b) => a.place - b.place).map(({ rule }) => rule);
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
    const rules = applicable(haves, net.hooks);
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
