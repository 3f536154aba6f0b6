// Statements `newsgraph load` runs, one batch of rows per transaction (`UNWIND $rows AS row`), all idempotent:
// loading the same graph twice leaves the database unchanged, and loading new articles merges into it.
// `{{label}}` and `{{type}}` are filled with one entity type / relation type checked against the vocabulary
// (labels and relationship types cannot be parameters); every value is a parameter.

// name: mergeDocuments
// Merges the articles; a field missing from this graph keeps the value an earlier load gave it.
// params: $rows — [{id, title, date, source}] (title, date, source may be null)
UNWIND $rows AS row
MERGE (document:Document {id: row.id})
SET document.title = coalesce(row.title, document.title),
    document.date = coalesce(row.date, document.date),
    document.source = coalesce(row.source, document.source);

// name: mergeEntities
// Merges the entities of one type and links each to the articles that mention it.
// Aliases merge as a sorted set (an earlier name becomes an alias); MENTIONED_IN.count is set, never added,
// and `mentions` is recomputed as the sum over MENTIONED_IN, so a reload never inflates either.
// params: $rows — [{id, type, name, aliases: [string], documents: [{id, count}]}]
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
// Writing first takes the entity's write lock, so a concurrent load reads its aliases only after this one commits.
SET entity._lock = true
WITH entity, row,
     [alias IN coalesce(entity.aliases, []) + [entity.name] + row.aliases WHERE alias IS NOT NULL AND alias <> row.name] AS candidates
WITH entity, row,
     reduce(unique = [], alias IN candidates | CASE WHEN alias IN unique THEN unique ELSE unique + alias END) AS aliases
SET entity:{{label}},
    entity.type = row.type,
    entity.name = row.name,
    // Sorted by rank (how many aliases come before it): Cypher has no list sort without APOC.
    entity.aliases = [rank IN range(0, size(aliases) - 1) |
                      [alias IN aliases WHERE size([other IN aliases WHERE other < alias]) = rank][0]]
REMOVE entity._lock
FOREACH (mention IN row.documents |
  MERGE (document:Document {id: mention.id})
  MERGE (entity)-[mentioned:MENTIONED_IN]->(document)
  SET mentioned.count = mention.count)
WITH entity
SET entity.mentions = reduce(total = 0, count IN [(entity)-[mentioned:MENTIONED_IN]->(:Document) | mentioned.count] | total + count);

// name: mergeRelations
// Merges the relations of one type, keyed by `key` (source|TYPE[:title]|target, as in graph.json), and appends
// only the evidence not already there. Evidence is stored as parallel lists (properties cannot hold maps):
// item i is (evidenceDocs[i], evidenceSentences[i], evidenceStarts[i], evidenceEnds[i], evidenceRules[i],
// evidenceReasons[i], evidenceVerbs[i], evidenceDates[i]) and evidenceKeys[i] = doc|start|end|rule is its identity;
// evidenceDates[i] is '' when the article has no date (lists cannot hold null). weight = number of evidence items.
// params: $rows — [{key, source, target, title, topics: [string], evidence: [{key, doc, sentence, start, end, rule, reason, verb, date}]}]
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (source)-[relation:{{type}} {key: row.key}]->(target)
// Writing first takes the relationship's write lock, so concurrent loads never append the same evidence twice.
SET relation._lock = true
WITH relation, row, coalesce(relation.evidenceKeys, []) AS knownKeys, coalesce(relation.topics, []) AS knownTopics
WITH relation, row, knownTopics, [item IN row.evidence WHERE NOT item.key IN knownKeys] AS fresh
SET relation.title = row.title,
    relation.topics = knownTopics + [topic IN row.topics WHERE NOT topic IN knownTopics],
    relation.evidenceKeys = coalesce(relation.evidenceKeys, []) + [item IN fresh | item.key],
    relation.evidenceDocs = coalesce(relation.evidenceDocs, []) + [item IN fresh | item.doc],
    relation.evidenceSentences = coalesce(relation.evidenceSentences, []) + [item IN fresh | item.sentence],
    relation.evidenceStarts = coalesce(relation.evidenceStarts, []) + [item IN fresh | item.start],
    relation.evidenceEnds = coalesce(relation.evidenceEnds, []) + [item IN fresh | item.end],
    relation.evidenceRules = coalesce(relation.evidenceRules, []) + [item IN fresh | item.rule],
    relation.evidenceReasons = coalesce(relation.evidenceReasons, []) + [item IN fresh | item.reason],
    relation.evidenceVerbs = coalesce(relation.evidenceVerbs, []) + [item IN fresh | item.verb],
    relation.evidenceDates = coalesce(relation.evidenceDates, []) + [item IN fresh | coalesce(item.date, '')]
SET relation.weight = size(relation.evidenceKeys)
REMOVE relation._lock;
