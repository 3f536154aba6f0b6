// Statements newsgraph runs around a load (server checks) and that tests and the bench use to inspect or
// remove one namespace of ids. Same convention as schema.cypher.

// name: serverVersion
// The server's product name, version and edition; `newsgraph load` refuses servers older than 5.
// params: none
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition;

// name: awaitIndexes
// Waits until the constraints and indexes of schema.cypher are online, so loads use them.
// params: $timeoutSeconds — how long to wait at most
CALL db.awaitIndexes($timeoutSeconds);

// name: dumpNodes
// Every node whose id matches a regular expression, with its labels and properties (canonical dumps).
// params: $idPattern — a Java regular expression over `id`, e.g. '^(person|country):test-.*|^test/.*'
MATCH (node)
WHERE node.id =~ $idPattern
RETURN node.id AS id, labels(node) AS labels, properties(node) AS properties
ORDER BY id;

// name: dumpRelationships
// Every relationship touching a node whose id matches, with its type and properties (canonical dumps).
// params: $idPattern — as in dumpNodes
MATCH (source)-[relation]->(target)
WHERE source.id =~ $idPattern OR target.id =~ $idPattern
RETURN source.id AS source, type(relation) AS type, target.id AS target, properties(relation) AS properties
ORDER BY source, type, target, relation.key;

// name: deleteMatching
// Deletes every node whose id matches, with its relationships, in transactions of 10,000 nodes
// (run outside an explicit transaction).
// params: $idPattern — as in dumpNodes
MATCH (node)
WHERE node.id =~ $idPattern
CALL { WITH node DETACH DELETE node } IN TRANSACTIONS OF 10000 ROWS;

// name: listIndexes
// The indexes and constraint-backing indexes with their state: after a load all of schema.cypher's are ONLINE.
// params: none
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state
RETURN name, type, labelsOrTypes, properties, state
ORDER BY name;

// name: fillImportedEvidence
// Run by `npm run neo4j:import` after a neo4j-admin import: a CSV field cannot hold a list whose one item is '' (an
// undated article's evidenceDates, an empty verb), so such a list comes in absent; this puts it back as one '' per
// evidence item, so the parallel lists stay in step when a later load appends to them. Empty aliases and topics
// stay absent: nothing is parallel to them, and every statement reads them through coalesce().
// params: none
MATCH ()-[relation]->()
WHERE relation.evidenceKeys IS NOT NULL
  AND (relation.evidenceDocs IS NULL OR relation.evidenceSentences IS NULL OR relation.evidenceRules IS NULL
       OR relation.evidenceReasons IS NULL OR relation.evidenceVerbs IS NULL OR relation.evidenceDates IS NULL)
CALL {
  WITH relation
  WITH relation, [key IN relation.evidenceKeys | ''] AS blanks
  SET relation += {
    evidenceDocs: coalesce(relation.evidenceDocs, blanks),
    evidenceSentences: coalesce(relation.evidenceSentences, blanks),
    evidenceRules: coalesce(relation.evidenceRules, blanks),
    evidenceReasons: coalesce(relation.evidenceReasons, blanks),
    evidenceVerbs: coalesce(relation.evidenceVerbs, blanks),
    evidenceDates: coalesce(relation.evidenceDates, blanks)
  }
} IN TRANSACTIONS OF 10000 ROWS;
