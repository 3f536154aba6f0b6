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

  it('leaves two people of one name alone (they are one id)', () => {
    const names = corpusNames(new Map([['person:john-smith', tally({ 'John Smith': 2 }, 'John Smith')]]));
    expect(names.get('person:john-smith')).toBe('John Smith');
  });
});
