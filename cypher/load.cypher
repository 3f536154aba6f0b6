// Statements `newsgraph load` runs, one batch per transaction (`UNWIND $rows AS row`, or the packed columns of a relation batch), all idempotent:
// loading the same graph twice leaves the database unchanged, and loading new articles merges into it.
// `{{label}}` and `{{type}}` are filled with one entity type / relation type checked against the vocabulary
// (labels and relationship types cannot be parameters); every value is a parameter.
// `CYPHER replan=skip`: a load changes the statistics the planner reads (an empty database grows by thousands of
// nodes a second), so the server would otherwise throw each statement's plan away and compile it again, cold,
// every few seconds of a load (the bench measured a first load on a fresh server a third slower). These plans
// cannot get better with statistics: every lookup is a seek in a uniqueness constraint's index, which schema.cypher
// creates before any load (test/integration/loadPlans.test.ts checks the plans).

// name: mergeDocuments
// Merges the articles; a field missing from this graph keeps the value an earlier load gave it. `contentHash` is the
// hash of what the graph holds from the article (src/loader/toLoadRows.ts): a load that finds another one stored
// first removes the article's evidence and mentions (cypher/unload.cypher), so a changed article replaces its old self.
// params: $rows — [{id, title, date, source, hash}] (title, date, source may be null)
CYPHER replan=skip
UNWIND $rows AS row
MERGE (document:Document {id: row.id})
SET document.title = coalesce(row.title, document.title),
    document.date = coalesce(row.date, document.date),
    document.source = coalesce(row.source, document.source),
    document.contentHash = row.hash;

// name: mergeEntities
// Merges the entities of one type and links each to the articles that mention it.
// Aliases merge as a sorted set (an earlier name becomes an alias); a country (the id of a party's, a state body's or a town's
// country) missing from this graph keeps the one an earlier load gave; MENTIONED_IN.count is set, never added,
// and `mentions` is recomputed as the sum over MENTIONED_IN, so a reload never inflates either.
// Concurrency: rows are distinct by id and the statement writes only its own entity and that entity's
// MENTIONED_IN links, so concurrent batches of one load never write the same node or relationship. Against another
// load running at once, the stored aliases and name are read only on the right-hand side of the SET that replaces
// them: Cypher then takes the node's write lock before reading (Neo4j's rule against lost updates), so the other
// load's aliases are either committed before the read or wait for this commit (test/integration/loadRaces.test.ts).
// params: $rows — [{id, type, name, aliases: [string], country, documents: [{id, count}]}] (country may be null)
CYPHER replan=skip
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
SET entity += {
  type: row.type,
  name: row.name,
  country: coalesce(row.country, entity.country),
  // Insertion into a sorted list, skipping nulls, the new name and repeats: Cypher has no list sort without APOC.
  aliases: reduce(sorted = [], alias IN coalesce(entity.aliases, []) + [entity.name] + row.aliases |
    CASE WHEN alias IS NULL OR alias = row.name OR alias IN sorted THEN sorted
         ELSE [other IN sorted WHERE other < alias] + alias + [other IN sorted WHERE other > alias] END)
}
SET entity:{{label}}
FOREACH (mention IN row.documents |
  MERGE (document:Document {id: mention.id})
  MERGE (entity)-[mentioned:MENTIONED_IN]->(document)
  SET mentioned.count = mention.count)
WITH entity
SET entity.mentions = reduce(total = 0, count IN [(entity)-[mentioned:MENTIONED_IN]->(:Document) | mentioned.count] | total + count);

// name: mergeRelations
// Merges the relations of one type, keyed by `key` (source|TYPE[:title]|target, as in graph.json), and appends
// only the evidence not already there. Evidence is stored as parallel lists (properties cannot hold maps):
// item i of evidenceKeys, evidenceDocs, evidenceSentences, evidenceStarts, evidenceEnds, evidenceRules,
// evidenceReasons, evidenceVerbs and evidenceDates is one evidence item; evidenceKeys[i] = doc|start|end|rule is its
// identity, evidenceDates[i] is '' when the article has no date (lists cannot hold null), weight = number of items.
// The batch arrives as packed columns (src/loader/packRelationColumns.ts), each parameter one string named after the
// column (an evidence column after the property it fills): relations apart by U+001E; in a list column each item
// preceded by U+001F (an empty list is '', `[1..]` drops what precedes the first item), the title a list of none
// or one; offsets in decimal. Each column is split once per batch: the driver and the server handle fourteen
// values per batch instead of some thirty per relation.
// A new relationship takes the row's lists as they are (a row holds distinct evidence); one already there gets, in
// one SET, each list plus the items whose key it lacks.
// Concurrency: rows are distinct by key and the statement writes only its relationship (MERGE itself locks the
// endpoints it links), so concurrent batches of one load never write the same relationship or any node. Against
// another load running at once, every stored value is read only on the right-hand side of the SET that replaces it:
// Cypher then takes the relationship's write lock before reading (Neo4j's rule against lost updates), so evidence
// the other load appends is either committed before the read or waits, and is never appended twice or lost
// (test/integration/loadRaces.test.ts).
// params: $keys, $sources, $targets, $titles, $topics, $evidenceKeys, $evidenceDocs, $evidenceSentences, $evidenceStarts, $evidenceEnds, $evidenceRules, $evidenceReasons, $evidenceVerbs, $evidenceDates — packed columns
CYPHER replan=skip
WITH split($keys, '\u001E') AS relationKeys, split($sources, '\u001E') AS sources, split($targets, '\u001E') AS targets,
     split($titles, '\u001E') AS titles, split($topics, '\u001E') AS topics,
     split($evidenceKeys, '\u001E') AS evidenceKeys, split($evidenceDocs, '\u001E') AS evidenceDocs,
     split($evidenceSentences, '\u001E') AS evidenceSentences, split($evidenceStarts, '\u001E') AS evidenceStarts,
     split($evidenceEnds, '\u001E') AS evidenceEnds, split($evidenceRules, '\u001E') AS evidenceRules,
     split($evidenceReasons, '\u001E') AS evidenceReasons, split($evidenceVerbs, '\u001E') AS evidenceVerbs,
     split($evidenceDates, '\u001E') AS evidenceDates
UNWIND range(0, size(relationKeys) - 1) AS i
WITH relationKeys[i] AS key, sources[i] AS sourceId, targets[i] AS targetId, split(titles[i], '\u001F')[1] AS title,
     split(topics[i], '\u001F')[1..] AS topics, split(evidenceKeys[i], '\u001F')[1..] AS keys,
     split(evidenceDocs[i], '\u001F')[1..] AS docs, split(evidenceSentences[i], '\u001F')[1..] AS sentences,
     [start IN split(evidenceStarts[i], '\u001F')[1..] | toInteger(start)] AS starts,
     [end IN split(evidenceEnds[i], '\u001F')[1..] | toInteger(end)] AS ends, split(evidenceRules[i], '\u001F')[1..] AS rules,
     split(evidenceReasons[i], '\u001F')[1..] AS reasons, split(evidenceVerbs[i], '\u001F')[1..] AS verbs,
     split(evidenceDates[i], '\u001F')[1..] AS dates
MATCH (source:Entity {id: sourceId})
MATCH (target:Entity {id: targetId})
MERGE (source)-[relation:{{type}} {key: key}]->(target)
ON CREATE SET relation += {
  title: title,
  topics: topics,
  weight: size(keys),
  evidenceKeys: keys,
  evidenceDocs: docs,
  evidenceSentences: sentences,
  evidenceStarts: starts,
  evidenceEnds: ends,
  evidenceRules: rules,
  evidenceReasons: reasons,
  evidenceVerbs: verbs,
  evidenceDates: dates
}
ON MATCH SET relation += {
  title: title,
  topics: coalesce(relation.topics, []) + [topic IN topics WHERE NOT topic IN coalesce(relation.topics, [])],
  weight: size(coalesce(relation.evidenceKeys, [])) + size([item IN keys WHERE NOT item IN coalesce(relation.evidenceKeys, [])]),
  evidenceKeys: coalesce(relation.evidenceKeys, []) + [item IN keys WHERE NOT item IN coalesce(relation.evidenceKeys, [])],
  evidenceDocs: coalesce(relation.evidenceDocs, []) + [j IN range(0, size(keys) - 1) WHERE NOT keys[j] IN coalesce(relation.evidenceKeys, []) | docs[j]],
  evidenceSentences: coalesce(relation.evidenceSentences, []) + [j IN range(0, size(keys) - 1) WHERE NOT keys[j] IN coalesce(relation.evidenceKeys, []) | sentences[j]],
  evidenceStarts: coalesce(relation.evidenceStarts, []) + [j IN range(0, size(keys) - 1) WHERE NOT keys[j] IN coalesce(relation.evidenceKeys, []) | starts[j]],
  evidenceEnds: coalesce(relation.evidenceEnds, []) + [j IN range(0, size(keys) - 1) WHERE NOT keys[j] IN coalesce(relation.evidenceKeys, []) | ends[j]],
  evidenceRules: coalesce(relation.evidenceRules, []) + [j IN range(0, size(keys) - 1) WHERE NOT keys[j] IN coalesce(relation.evidenceKeys, []) | rules[j]],
  evidenceReasons: coalesce(relation.evidenceReasons, []) + [j IN range(0, size(keys) - 1) WHERE NOT keys[j] IN coalesce(relation.evidenceKeys, []) | reasons[j]],
  evidenceVerbs: coalesce(relation.evidenceVerbs, []) + [j IN range(0, size(keys) - 1) WHERE NOT keys[j] IN coalesce(relation.evidenceKeys, []) | verbs[j]],
  evidenceDates: coalesce(relation.evidenceDates, []) + [j IN range(0, size(keys) - 1) WHERE NOT keys[j] IN coalesce(relation.evidenceKeys, []) | dates[j]]
};
