import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CypherRunner } from '../../src/loader/Neo4jClient';
import { parseCypherFile } from '../../src/loader/parseCypherFile';
import { removeContent, unloadDocuments } from '../../src/loader/unloadDocuments';

const statements = parseCypherFile(readFileSync(join(__dirname, '../../cypher/unload.cypher'), 'utf8'), 'unload.cypher');
const nameOf = (cypher: string) => statements.find((statement) => statement.text === cypher)?.name ?? cypher;

/** A runner that records which statements run with which ids, and counts as if each step removed one of each. */
function recorder() {
  const calls: [string, number][] = [];
  let left = 10;
  const runner: CypherRunner = {
    read: async (cypher) => {
      calls.push([nameOf(cypher), 0]);
      return [{ documents: left, entities: left * 2, relationships: left * 3 }];
    },
    write: () => Promise.reject(new Error('unload writes only in its own transactions')),
    run: async (cypher, parameters) => {
      calls.push([nameOf(cypher), (parameters?.ids as string[] | undefined)?.length ?? 0]);
      if (nameOf(cypher) === 'removeDocuments' || nameOf(cypher) === 'removeEverything') left -= 1;
      return [];
    },
  };
  return { runner, calls };
}

describe('unloadDocuments', () => {
  it('removes evidence, then mentions, then the documents, a few hundred ids at a time, and counts what went', async () => {
    const { runner, calls } = recorder();
    const ids = Array.from({ length: 600 }, (_, index) => `d${index}.txt`);
    const removed = await unloadDocuments(runner, statements, ids);
    expect(calls).toEqual([
      ['countLoaded', 0],
      ['removeEvidence', 500],
      ['removeMentions', 500],
      ['removeEvidence', 100],
      ['removeMentions', 100],
      ['removeDocuments', 500],
      ['removeDocuments', 100],
      ['countLoaded', 0],
    ]);
    expect(removed).toEqual({ documents: 2, entities: 4, relationships: 6 });
  });

  it('removes everything with one statement for all', async () => {
    const { runner, calls } = recorder();
    await unloadDocuments(runner, statements, 'all');
    expect(calls.map(([name]) => name)).toEqual(['countLoaded', 'removeEverything', 'countLoaded']);
  });
});

describe('removeContent', () => {
  it('keeps the documents themselves', async () => {
    const { runner, calls } = recorder();
    await removeContent(runner, statements, ['a.txt']);
    expect(calls).toEqual([
      ['removeEvidence', 1],
      ['removeMentions', 1],
    ]);
  });
});
