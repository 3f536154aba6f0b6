import type { SerializedGraph } from '../graph/SerializedGraphSchema';
import { LoaderError } from './LoaderError';
import { type RelationColumns, toRelationColumns } from './planLoad';
import { toLoadRows } from './toLoadRows';

/** One CSV file of a neo4j-admin import, and whether it holds nodes or relationships. */
export interface AdminImportFile {
  name: string;
  kind: 'nodes' | 'relationships';
  text: string;
}

/** The CSV files of a graph for `neo4j-admin database import full`, and the options they must be read with. */
export interface AdminImport {
  files: AdminImportFile[];
  /** `--array-delimiter`: a control character no value holds (`;`, the default, occurs in sentences). */
  arrayDelimiter: string;
  /** `--multiline-fields`: true only when some value holds a line break (it makes the import read files in one thread). */
  multilineFields: boolean;
}

type Cell = string | number | null | readonly (string | number)[];

// U+001F, the unit separator: cleaned news text never holds it (toAdminImportFiles checks).
const ARRAY_DELIMITER = '\u001f';

/**
 * A graph as neo4j-admin import CSVs that give the database `newsgraph load` gives: `:Document` and `:Entity:<Type>`
 * nodes (ID spaces Document and Entity, the `id` kept as a property), MENTIONED_IN links with their count, and one
 * relationship per relation with its evidence as typed arrays (`evidenceStarts:int[]`, ...). Lists an online load
 * stores empty (no aliases, no topics) are absent after an import: a CSV field cannot tell an empty list from none.
 */
export function toAdminImportFiles(graph: SerializedGraph): AdminImport {
  const rows = toLoadRows(graph);
  let multilineFields = false;
  const cell = (value: Cell): string => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const items = typeof value === 'string' ? [value] : value.map(String);
    if (typeof value !== 'string' && items.length === 0) return '';
    for (const item of items) {
      if (item.includes(ARRAY_DELIMITER)) {
        throw new LoaderError('NG_LOAD_INPUT_INVALID', `the graph cannot be exported for neo4j-admin: a value holds U+001F (${JSON.stringify(item.slice(0, 60))})`, 'rebuild the graph with `newsgraph build`, which cleans control characters out of the text');
      }
      if (/[\r\n]/.test(item)) multilineFields = true;
    }
    return `"${items.join(ARRAY_DELIMITER).replace(/"/g, '""')}"`;
  };
  // Each row's cells are made and written one row at a time: holding every row's cells until the end filled the heap.
  const csv = <T>(header: readonly string[], rows: readonly T[], cells: (row: T) => readonly Cell[]): string => {
    const lines = [header.join(',')];
    for (const row of rows) lines.push(cells(row).map(cell).join(','));
    return lines.join('\n') + '\n';
  };

  const documents = csv(
    ['id:ID(Document)', ':LABEL', 'title', 'date', 'source', 'contentHash'],
    rows.documents,
    (row) => [row.id, 'Document', row.title, row.date, row.source, row.hash],
  );
  const entities = csv(
    ['id:ID(Entity)', ':LABEL', 'type', 'name', 'aliases:string[]', 'country', 'mentions:long'],
    rows.entities,
    (row) => [row.id, ['Entity', row.type], row.type, row.name, row.aliases, row.country, row.documents.reduce((total, each) => total + each.count, 0)],
  );
  const mentions = csv(
    [':START_ID(Entity)', ':END_ID(Document)', ':TYPE', 'count:long'],
    rows.entities.flatMap((row) => row.documents.map((document) => ({ entity: row.id, document }))),
    ({ entity, document }) => [entity, document.id, 'MENTIONED_IN', document.count],
  );
  // The evidence lists by the names RelationColumns gives them (the properties' names), integers as long[]; each
  // relation's columns are made as its line is written.
  const evidence = (Object.keys(toRelationColumns([])) as (keyof RelationColumns)[]).filter((field) => field.startsWith('evidence'));
  const relations = csv(
    [
      ':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'key', 'title', 'topics:string[]', 'weight:long',
      ...evidence.map((field) => `${field}:${/(Starts|Ends)$/.test(field) ? 'long[]' : 'string[]'}`),
    ],
    rows.relations,
    (row) => {
      const columns = toRelationColumns([row]);
      return [
        row.source, row.target, row.type, row.key, row.title, row.topics, row.evidence.length,
        ...evidence.map((field) => (columns[field][0] ?? []) as readonly (string | number)[]),
      ];
    },
  );
  return {
    files: [
      { name: 'documents.csv', kind: 'nodes', text: documents },
      { name: 'entities.csv', kind: 'nodes', text: entities },
      { name: 'mentions.csv', kind: 'relationships', text: mentions },
      { name: 'relations.csv', kind: 'relationships', text: relations },
    ],
    arrayDelimiter: 'U+001F',
    multilineFields,
  };
}
