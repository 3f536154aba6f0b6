import { flattenAttributes } from '../../src/exporters/flattenAttributes';

describe('flattenAttributes', () => {
  it.each<[string, object, Record<string, unknown>]>([
    ['keeps strings', { name: 'Marco Rubio' }, { name: 'Marco Rubio' }],
    ['keeps numbers', { mentions: 3, score: 0.5 }, { mentions: 3, score: 0.5 }],
    ['keeps booleans', { active: false }, { active: false }],
    ['writes arrays as JSON', { aliases: ['Rubio', 'U.S.'] }, { aliases: '["Rubio","U.S."]' }],
    ['writes empty arrays as JSON', { topics: [] }, { topics: '[]' }],
    ['writes records as JSON', { documents: [{ id: 'a', mentions: 2 }] }, { documents: '[{"id":"a","mentions":2}]' }],
    ['leaves out undefined values', { title: undefined, type: 'HOLDS_ROLE' }, { type: 'HOLDS_ROLE' }],
    ['leaves out null values', { title: null }, {}],
  ])('%s', (_title, attributes, expected) => {
    expect(flattenAttributes(attributes)).toEqual(expected);
  });

  it('writes JSON that parses back to the same list', () => {
    const evidence = [{ doc: 'a.txt', sentence: 'He said "no" & left.\u0007', start: 0, end: 22 }];
    expect(JSON.parse(String(flattenAttributes({ evidence }).evidence))).toEqual(evidence);
  });
});
