import type { EntityType } from '../knowledge/EntityType';
import type { RelationType } from '../relations/RelationType';
import type { DocumentRow } from './DocumentRowSchema';
import type { EntityRow } from './EntityRowSchema';
import type { RelationTuple } from './RelationTupleSchema';

/** One transaction of a load: a filled statement of cypher/load.cypher and the rows it unwinds. */
export type LoadBatch =
  | { phase: 'documents'; cypher: string; rows: DocumentRow[] }
  | { phase: 'entities'; label: EntityType; cypher: string; rows: EntityRow[] }
  | { phase: 'relations'; type: RelationType; cypher: string; rows: RelationTuple[] };
