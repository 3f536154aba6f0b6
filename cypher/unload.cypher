// Statements `newsgraph unload` runs, and `newsgraph load` before it reloads a document whose content changed.
// Each works in transactions of its own (`CALL { ... } IN TRANSACTIONS`, run outside an explicit transaction), each
// row of which leaves the database consistent, so an unload interrupted at any point and run again ends as one clean
// run: removeEvidence, then removeMentions, then removeDocuments, each finding what is left to do.
// Invariant they rely on: an evidence item's document mentions at least one end of its relation (the pipeline reads
// relations between the entities a sentence names); test/integration/unload.test.ts checks it on the seeds.

// name: removeEvidence
// Removes the evidence items of the documents from every relation of an entity they mention; weight stays the number
// of items, and a relation left without evidence is deleted.
// params: $ids — the document ids
MATCH (document:Document)<-[:MENTIONED_IN]-(:Entity)-[relation]-(:Entity)
WHERE document.id IN $ids
WITH DISTINCT relation
WHERE any(doc IN relation.evidenceDocs WHERE doc IN $ids)
CALL {
  WITH relation
  WITH relation, [i IN range(0, size(relation.evidenceKeys) - 1) WHERE NOT relation.evidenceDocs[i] IN $ids] AS kept
  SET relation += {
    weight: size(kept),
    evidenceKeys: [i IN kept | relation.evidenceKeys[i]],
    evidenceDocs: [i IN kept | relation.evidenceDocs[i]],
    evidenceSentences: [i IN kept | relation.evidenceSentences[i]],
    evidenceStarts: [i IN kept | relation.evidenceStarts[i]],
    evidenceEnds: [i IN kept | relation.evidenceEnds[i]],
    evidenceRules: [i IN kept | relation.evidenceRules[i]],
    evidenceReasons: [i IN kept | relation.evidenceReasons[i]],
    evidenceVerbs: [i IN kept | relation.evidenceVerbs[i]],
    evidenceDates: [i IN kept | relation.evidenceDates[i]]
  }
  WITH relation
  WHERE relation.weight = 0
  DELETE relation
} IN TRANSACTIONS OF 1000 ROWS;

// name: removeMentions
// Removes the entities' MENTIONED_IN links to the documents, recomputes their `mentions`, and deletes an entity left
// with no link and no relation; each entity in one transaction, so none is ever left half done.
// params: $ids — the document ids
MATCH (document:Document)<-[:MENTIONED_IN]-(entity:Entity)
WHERE document.id IN $ids
WITH DISTINCT entity
CALL {
  WITH entity
  MATCH (entity)-[mentioned:MENTIONED_IN]->(document:Document)
  WHERE document.id IN $ids
  DELETE mentioned
  WITH DISTINCT entity
  SET entity.mentions = reduce(total = 0, count IN [(entity)-[link:MENTIONED_IN]->(:Document) | link.count] | total + count)
  WITH entity
  WHERE NOT (entity)--()
  DELETE entity
} IN TRANSACTIONS OF 1000 ROWS;

// name: removeDocuments
// Deletes the documents themselves, once removeEvidence and removeMentions have emptied them.
// params: $ids — the document ids
MATCH (document:Document)
WHERE document.id IN $ids
DETACH DELETE document;

// name: removeEverything
// Deletes every node newsgraph loads (:Entity, :Document) with its relationships, in transactions of 10,000 nodes.
// params: none
MATCH (node)
WHERE node:Entity OR node:Document
CALL { WITH node DETACH DELETE node } IN TRANSACTIONS OF 10000 ROWS;

// name: storedHashes
// The content hash each of the documents was loaded with (null for a document an older newsgraph loaded).
// params: $ids — the document ids
MATCH (document:Document)
WHERE document.id IN $ids
RETURN document.id AS id, document.contentHash AS hash;

// name: countLoaded
// How many documents, entities and relationships the database holds (from Neo4j's count store: no scan).
// params: none
CALL { MATCH (document:Document) RETURN count(document) AS documents }
CALL { MATCH (entity:Entity) RETURN count(entity) AS entities }
CALL { MATCH ()-[relation]->() RETURN count(relation) AS relationships }
RETURN documents, entities, relationships;
