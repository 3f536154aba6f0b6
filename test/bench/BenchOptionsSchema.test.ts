import { BenchOptionsSchema } from '../../src/bench/BenchOptionsSchema';

describe('BenchOptionsSchema', () => {
  it('fills in a corpus of about 100k words, half of it invented, two workers and an explorer graph of 10,000 nodes when nothing is set', () => {
    expect(BenchOptionsSchema.parse({ seedsDir: 'seeds', neo4j: false })).toEqual({
      documents: 200,
      wordsPerDocument: 500,
      seed: 1,
      rounds: 3,
      warmupDocuments: 50,
      invented: 0.5,
      workers: 2,
      seedsDir: 'seeds',
      explorerNodes: 10_000,
      neo4j: false,
    });
  });

  it('reads numbers given as environment strings', () => {
    expect(BenchOptionsSchema.parse({ documents: '20', rounds: '1', seedsDir: 'seeds', neo4j: true })).toMatchObject({
      documents: 20,
      rounds: 1,
      neo4j: true,
    });
  });

  it.each([['0'], ['-3'], ['1.5'], ['many']])('rejects %j documents', (documents) => {
    expect(BenchOptionsSchema.safeParse({ documents, seedsDir: 'seeds', neo4j: false }).success).toBe(false);
  });
});
