// newsgraph schema, applied by `newsgraph load` before any data (each statement alone, all idempotent).
// Convention of every file in cypher/: a `// name: <statementName>` line opens a statement, the `//` lines
// right after it describe it (`// params:` names its parameters), and the statement ends with a line ending in `;`.

// name: entityIdUnique
// One node per entity id; also the index every MERGE of an entity uses.
// params: none
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS
FOR (entity:Entity) REQUIRE entity.id IS UNIQUE;

// name: documentIdUnique
// One node per article id; also the index every MERGE of a document uses.
// params: none
CREATE CONSTRAINT document_id_unique IF NOT EXISTS
FOR (document:Document) REQUIRE document.id IS UNIQUE;

// name: entityNameIndex
// Analysts look entities up by name (`MATCH (e:Entity {name: 'Marco Rubio'})`).
// params: none
CREATE INDEX entity_name IF NOT EXISTS
FOR (entity:Entity) ON (entity.name);

// name: entityTypeIndex
// Filters by type (`WHERE e.type = 'Country'`) without scanning every entity.
// params: none
CREATE INDEX entity_type IF NOT EXISTS
FOR (entity:Entity) ON (entity.type);

// name: documentDateIndex
// Relations over time select documents by date.
// params: none
CREATE INDEX document_date IF NOT EXISTS
FOR (document:Document) ON (document.date);
