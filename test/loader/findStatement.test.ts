import { CypherFileError } from '../../src/loader/CypherFileError';
import { findStatement } from '../../src/loader/findStatement';

const statements = [
  { name: 'mergeDocuments', description: 'd', parameters: ['rows'], text: 'UNWIND $rows AS row MERGE (:Document {id: row.id})' },
  { name: 'mergeEntities', description: 'e', parameters: ['rows'], text: 'UNWIND $rows AS row MERGE (:Entity {id: row.id})' },
];

describe('findStatement', () => {
  it('returns the statement with that name', () => {
    expect(findStatement(statements, 'mergeEntities', 'load.cypher')).toBe(statements[1]);
  });

  it('names the file, the missing statement and the ones it has when the name is unknown', () => {
    expect(() => findStatement(statements, 'mergeRelations', 'cypher/load.cypher')).toThrow(CypherFileError);
    expect(() => findStatement(statements, 'mergeRelations', 'cypher/load.cypher')).toThrow(
      'cypher/load.cypher: has no statement named mergeRelations (it has: mergeDocuments, mergeEntities)',
    );
  });
});
