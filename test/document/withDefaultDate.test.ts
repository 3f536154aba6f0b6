import { withDefaultDate } from '../../src/document/withDefaultDate';

describe('withDefaultDate', () => {
  const undated = { id: 'a.txt', text: 'Farmers blocked roads.' };
  const dated = { ...undated, date: '2023-01-05' };

  it.each([
    ['dates a document that states no date', undated, '2024-03-12', '2024-03-12'],
    ['keeps the date a document states', dated, '2024-03-12', '2023-01-05'],
    ['leaves a document undated without a default', undated, undefined, undefined],
  ])('%s', (_case, document, date, expected) => {
    expect(withDefaultDate(document, date).date).toBe(expected);
  });
});
