import { fillCypherTemplate } from '../../src/loader/fillCypherTemplate';

const statement = (text: string) => ({ name: 'merge', description: '', parameters: ['rows'], text });

describe('fillCypherTemplate', () => {
  it.each([
    ['MERGE (e:Entity {id: row.id}) SET e:{{label}}', { label: 'Country' }, 'MERGE (e:Entity {id: row.id}) SET e:Country'],
    ['MERGE (a)-[r:{{ type }} {key: row.key}]->(b)', { type: 'HOLDS_ROLE' }, 'MERGE (a)-[r:HOLDS_ROLE {key: row.key}]->(b)'],
    ['UNWIND $rows AS row RETURN row', {}, 'UNWIND $rows AS row RETURN row'],
  ])('fills %j with %j', (text, values, expected) => {
    expect(fillCypherTemplate(statement(text), values, 'load.cypher')).toBe(expected);
  });

  it.each([
    ['a label outside the entity types', 'SET e:{{label}}', { label: 'Person:Admin' }, /\{\{label\}\} to be one of Person, Country, Organization, Location, not "Person:Admin"/],
    ['a relation type outside the vocabulary', '-[r:{{type}}]->', { type: 'LOVES`]->() DETACH DELETE (' }, /\{\{type\}\} to be one of LEADS_DELEGATION/],
    ['a missing value', 'SET e:{{label}}', {}, /not undefined/],
    ['an unknown placeholder', 'SET e.{{property}} = 1', {}, /unknown placeholder \{\{property\}\}/],
  ])('refuses %s', (_case, text, values, message) => {
    expect(() => fillCypherTemplate(statement(text), values, 'load.cypher')).toThrow(expect.objectContaining({ code: 'NG_CYPHER_INVALID' }));
    expect(() => fillCypherTemplate(statement(text), values, 'load.cypher')).toThrow(message);
  });
});
