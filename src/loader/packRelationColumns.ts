import { LoaderError } from './LoaderError';
import type { RelationColumns } from './planLoad';

/**
 * A relation batch as `mergeRelations` receives it: every column one string, relations apart by U+001E; in a list
 * column (the evidence, topics, and the title as a list of none or one) each item of a relation is preceded by
 * U+001F, so an empty list is an empty string; integers are written in decimal. The driver checks every value it
 * sends against each of its structure types, so a batch of fourteen values instead of some thirty per relation costs
 * the client a quarter of the time, and the server splits each column once.
 */
export type PackedRelationColumns = { [Column in keyof RelationColumns]: string };

/** Separates the relations of a packed column (cypher/load.cypher splits on the same character). */
export const RELATION_SEPARATOR = '\u001e';
/** Precedes each item of a relation's list in a packed column. */
export const ITEM_SEPARATOR = '\u001f';

/** Packs relation columns for `mergeRelations`; a value holding either separator is a NG_LOAD_INPUT_INVALID error. */
export function packRelationColumns(columns: RelationColumns): PackedRelationColumns {
  const flat = (values: readonly string[]): string => checked(values.join(RELATION_SEPARATOR), values, 0);
  const lists = (values: readonly (readonly (string | number)[])[]): string => {
    const packed = values.map((list) => (list.length === 0 ? '' : ITEM_SEPARATOR + list.join(ITEM_SEPARATOR))).join(RELATION_SEPARATOR);
    return checked(packed, values, values.reduce((total, list) => total + list.length, 0));
  };
  return {
    keys: flat(columns.keys),
    sources: flat(columns.sources),
    targets: flat(columns.targets),
    titles: lists(columns.titles.map((title) => (title === null ? [] : [title]))),
    topics: lists(columns.topics),
    evidenceKeys: lists(columns.evidenceKeys),
    evidenceDocs: lists(columns.evidenceDocs),
    evidenceSentences: lists(columns.evidenceSentences),
    evidenceStarts: lists(columns.evidenceStarts),
    evidenceEnds: lists(columns.evidenceEnds),
    evidenceRules: lists(columns.evidenceRules),
    evidenceReasons: lists(columns.evidenceReasons),
    evidenceVerbs: lists(columns.evidenceVerbs),
    evidenceDates: lists(columns.evidenceDates),
  };
}

// A packed column holds exactly the separators packing put there unless a value brought its own: counting them is
// one native scan per column, where testing every value took most of the packing's time.
function checked(packed: string, values: readonly (string | readonly (string | number)[])[], items: number): string {
  if (occurrences(packed, RELATION_SEPARATOR) === Math.max(0, values.length - 1) && occurrences(packed, ITEM_SEPARATOR) === items) return packed;
  const value = values.flat().find((item) => typeof item === 'string' && /[\u001e\u001f]/.test(item));
  throw new LoaderError('NG_LOAD_INPUT_INVALID', `the graph cannot be loaded: a value holds U+001E or U+001F (${JSON.stringify(String(value).slice(0, 60))})`, 'rebuild the graph with `newsgraph build`, which cleans control characters out of the text');
}

function occurrences(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) count += 1;
  return count;
}
