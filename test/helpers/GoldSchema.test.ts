import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GoldSchema } from './GoldSchema';

const FIXTURES = join(__dirname, '..', 'fixtures');

describe('GoldSchema', () => {
  it.each([['seeds.gold.json'], ['heldout/heldout.gold.json']])('reads %s and keeps its notes', (file) => {
    const raw: unknown = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
    const gold = GoldSchema.parse(raw);
    expect(gold.entities.length).toBeGreaterThan(0);
    expect(gold.relations.length).toBeGreaterThan(0);
    expect(gold).toEqual(raw);
  });

  it.each([
    ['an entity without `required`', { entities: [{ id: 'a', type: 'Person', name: 'A' }], relations: [] }],
    ['a relation without evidence', { entities: [], relations: [{ subject: 'a', type: 'MET_WITH', object: 'b', required: true }] }],
    ['a quote that is not a string', { entities: [], relations: [{ subject: 'a', type: 'MET_WITH', object: 'b', required: true, evidence: [{ doc: 'd', quote: 1 }] }] }],
  ])('rejects %s', (_title, gold) => {
    expect(GoldSchema.safeParse(gold).success).toBe(false);
  });
});
