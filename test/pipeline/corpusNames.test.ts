import { corpusNames, type NameTally } from '../../src/pipeline/corpusNames';

const tally = (written: Record<string, number>, known: string, country?: string): NameTally => ({ written: new Map(Object.entries(written)), known, ...(country ? { country } : {}) });

describe('corpusNames', () => {
  it('names an entity by its most written name', () => {
    const names = corpusNames(new Map([['country:czechia', tally({ 'Czech Republic': 3, Czechia: 1 }, 'Czechia')]]));
    expect(names.get('country:czechia')).toBe('Czech Republic');
  });

  it('keeps the known name when any article writes it', () => {
    const names = corpusNames(new Map([['organization:united-kingdom-labour-party', { ...tally({ Labour: 4 }, 'Labour Party'), knownWritten: true }]]));
    expect(names.get('organization:united-kingdom-labour-party')).toBe('Labour Party');
  });

  it('gives namesakes their known names, and the less mentioned its country in brackets', () => {
    const names = corpusNames(new Map([
      ['organization:ireland-labour-party', tally({ Labour: 1 }, 'Labour Party', 'country:ireland')],
      ['organization:united-kingdom-labour-party', tally({ Labour: 5 }, 'Labour Party', 'country:united-kingdom')],
      ['organization:canada-conservative-party-of-canada', tally({ Conservatives: 2 }, 'Conservative Party of Canada', 'country:canada')],
      ['organization:united-kingdom-conservative-party', tally({ Conservatives: 9 }, 'Conservative Party', 'country:united-kingdom')],
      ['country:ireland', tally({ Ireland: 4 }, 'Ireland')],
    ]));
    expect([...names].sort()).toEqual([
      ['country:ireland', 'Ireland'],
      ['organization:canada-conservative-party-of-canada', 'Conservative Party of Canada'],
      ['organization:ireland-labour-party', 'Labour Party (Ireland)'],
      ['organization:united-kingdom-conservative-party', 'Conservative Party'],
      ['organization:united-kingdom-labour-party', 'Labour Party'],
    ]);
  });

  it.each([
    ['organization:kenya-supreme-court', 'Supreme Court'],
    ['organization:india-supreme-court', 'Supreme Court of India'],
    ['organization:united-states-supreme-court', 'Supreme Court of the United States'],
  ])("names a state's body after `of` its country where a body more mentioned has its name: %s", (id, expected) => {
    const names = corpusNames(new Map([
      ['organization:kenya-supreme-court', tally({ 'Supreme Court': 4 }, 'Supreme Court', 'country:kenya')],
      ['organization:india-supreme-court', tally({ 'Supreme Court': 3 }, 'Supreme Court', 'country:india')],
      ['organization:united-states-supreme-court', tally({ 'Supreme Court': 2 }, 'Supreme Court', 'country:united-states')],
      ['country:india', tally({ India: 4 }, 'India')],
      // The country's name as written (`U.S.`) is spelled out after `of`.
      ['country:united-states', tally({ 'U.S.': 4 }, 'United States')],
    ]));
    expect(names.get(id)).toBe(expected);
  });

  it('leaves two people of one name alone (they are one id)', () => {
    const names = corpusNames(new Map([['person:john-smith', tally({ 'John Smith': 2 }, 'John Smith')]]));
    expect(names.get('person:john-smith')).toBe('John Smith');
  });
});
