import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findStatement, parseCypherFile } from '../../src/loader/parseCypherFile';

const CYPHER = join(__dirname, '../../cypher');

describe('parseCypherFile', () => {
  it('reads each statement with its name, description, parameters and text without the final semicolon', () => {
    const text = [
      '// A library of questions.',
      '',
      '// name: officeHolders',
      '// Who holds an office in a country.',
      '// params: $country — id or name; $limit',
      'MATCH (holder)-[role:HOLDS_ROLE]->(country {id: $country})',
      'RETURN holder.name LIMIT $limit;',
      '',
      '// name: everything',
      '// params: none',
      'MATCH (n) RETURN n;',
    ].join('\n');
    expect(parseCypherFile(text, 'q.cypher')).toEqual([
      {
        name: 'officeHolders',
        description: 'Who holds an office in a country.',
        parameters: ['country', 'limit'],
        text: 'MATCH (holder)-[role:HOLDS_ROLE]->(country {id: $country})\nRETURN holder.name LIMIT $limit',
      },
      { name: 'everything', description: '', parameters: [], text: 'MATCH (n) RETURN n' },
    ]);
  });

  it('keeps comments inside a statement and does not end it on a commented semicolon', () => {
    const text = ['// name: a', 'MATCH (n)', '// not the end;', 'RETURN n;'].join('\n');
    expect(parseCypherFile(text, 'a.cypher')[0]?.text).toBe('MATCH (n)\n// not the end;\nRETURN n');
  });

  it.each([
    ['Cypher before any name', 'MATCH (n) RETURN n;', /line 1 is Cypher outside a named statement/],
    ['a statement without its semicolon', '// name: a\nMATCH (n) RETURN n', /statement a \(line 1\) has no final `;`/],
    ['a name reused', '// name: a\nRETURN 1;\n// name: a\nRETURN 2;', /statement a is defined twice/],
    ['a name that is not an identifier', '// name: who-criticized\nRETURN 1;', /names a statement "who-criticized"/],
  ])('rejects %s with a NG_CYPHER_INVALID error naming the file', (_case, text, message) => {
    expect(() => parseCypherFile(text, 'bad.cypher')).toThrow(expect.objectContaining({ code: 'NG_CYPHER_INVALID' }));
    expect(() => parseCypherFile(text, 'bad.cypher')).toThrow(message);
    expect(() => parseCypherFile(text, 'bad.cypher')).toThrow(/^bad\.cypher: /);
  });

  it.each(readdirSync(CYPHER).filter((file) => file.endsWith('.cypher')))(
    'parses cypher/%s, whose params lines name exactly the $parameters each statement uses',
    (file) => {
      const statements = parseCypherFile(readFileSync(join(CYPHER, file), 'utf8'), file);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        const used = [...new Set([...statement.text.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1]))];
        expect({ name: statement.name, parameters: [...statement.parameters].sort() }).toEqual({
          name: statement.name,
          parameters: used.sort(),
        });
        expect(statement.description).not.toBe('');
      }
    },
  );
});

const statements = [
  { name: 'mergeDocuments', description: 'd', parameters: ['rows'], text: 'UNWIND $rows AS row MERGE (:Document {id: row.id})' },
  { name: 'mergeEntities', description: 'e', parameters: ['rows'], text: 'UNWIND $rows AS row MERGE (:Entity {id: row.id})' },
];

describe('findStatement', () => {
  it('returns the statement with that name', () => {
    expect(findStatement(statements, 'mergeEntities', 'load.cypher')).toBe(statements[1]);
  });

  it('names the file, the missing statement and the ones it has when the name is unknown', () => {
    expect(() => findStatement(statements, 'mergeRelations', 'cypher/load.cypher')).toThrow(expect.objectContaining({ code: 'NG_CYPHER_INVALID' }));
    expect(() => findStatement(statements, 'mergeRelations', 'cypher/load.cypher')).toThrow(
      'cypher/load.cypher: has no statement named mergeRelations (it has: mergeDocuments, mergeEntities)',
    );
  });
});
