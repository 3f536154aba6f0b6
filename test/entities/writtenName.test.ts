import { writtenName } from '../../src/entities/writtenName';
import type { EntityType } from '../../src/knowledge/EntityType';
import type { NamingKind } from '../../src/knowledge/GazetteerEntry';

describe('writtenName', () => {
  it.each<[string, EntityType, [string, NamingKind][], string | undefined]>([
    // The article's own name for a country general knowledge names otherwise.
    ['Czechia', 'Country', [['Czech Republic', 'alias']], 'Czech Republic'],
    // A party's short forms, the spelled-out one first; its acronym only where nothing else is written.
    ['Free Democratic Party', 'Organization', [['FDP', 'party'], ['Free Democrats', 'party'], ['FDP', 'party']], 'Free Democrats'],
    ['Free Democratic Party', 'Organization', [['FDP', 'party']], 'FDP'],
    ['US Senate', 'Organization', [['the Senate', 'institution']], 'Senate'],
    // The known name's first words (`Democratic senator X`) give way to any other name written, however rarer.
    ['Democratic Party', 'Organization', [['Democratic', 'party'], ['Democratic', 'party'], ['Democrats', 'party']], 'Democrats'],
    ['Fidesz – Hungarian Civic Union', 'Organization', [['Fidesz', 'party']], 'Fidesz'],
    // The known name written once is the name; a capital, a demonym or a country's acronym is none.
    ['United States', 'Country', [['U.S.', 'alias'], ['United States', 'name']], undefined],
    ['United States', 'Country', [['U.S.', 'alias'], ['Washington', 'capital']], undefined],
    ['China', 'Country', [['Beijing', 'capital'], ['Chinese', 'demonym']], undefined],
  ])('names %s (%s) written as %j: %s', (known, type, forms, expected) => {
    expect(writtenName(known, type, forms.map(([surface, kind]) => ({ surface, kind })))).toBe(expected);
  });
});
