// Questions analysts ask of a newsgraph database. Paste one into Neo4j Browser after setting its parameters,
// e.g. `:param entity => 'person:marco-rubio'`, or run it from code with the parameters as a map.
// Entities can be named by id (`person:marco-rubio`) or by name or alias, in any case ('marco rubio', 'Kyiv').
// Convention (as in schema.cypher): `// name:` opens a query, `// params:` lists its parameters, `;` ends it.

// name: whoCriticizedWhom
// Who criticized whom, the most attested first, with the sentences that say so.
// params: $minWeight — the least number of evidence sentences an edge needs (1 keeps every edge)
MATCH (critic:Entity)-[criticism:CRITICIZED]->(target:Entity)
WHERE criticism.weight >= $minWeight
RETURN critic.name AS critic, target.name AS target, criticism.weight AS times,
       criticism.evidenceSentences AS sentences, critic.id AS criticId, target.id AS targetId
ORDER BY times DESC, critic, target;

// name: officeHoldersInCountry
// Everyone holding an office in a country, with the office title and how often it is attested.
// params: $country — the country's id, name or alias (e.g. 'country:united-states', 'US')
MATCH (country:Country)
WHERE country.id = $country OR toLower(country.name) = toLower($country)
   OR any(alias IN country.aliases WHERE toLower(alias) = toLower($country))
MATCH (holder:Entity)-[role:HOLDS_ROLE]->(country)
RETURN country.name AS country, role.title AS office, holder.name AS holder, role.weight AS evidence,
       holder.id AS holderId
ORDER BY office, holder;

// name: delegationsAndLeaders
// The delegations named in the articles and who led them, with the leader's offices for that party,
// the articles and the sentences that say so.
// params: $party — a party's id, name or alias to see only its delegation, or null for all of them
MATCH (leader:Entity)-[lead:LEADS_DELEGATION]->(party:Entity)
WHERE $party IS NULL OR party.id = $party OR toLower(party.name) = toLower($party)
   OR any(alias IN party.aliases WHERE toLower(alias) = toLower($party))
OPTIONAL MATCH (leader)-[role:HOLDS_ROLE]->(party)
WITH party, leader, lead, [title IN collect(role.title) WHERE title IS NOT NULL] AS offices
RETURN party.name AS delegation, leader.name AS leader, offices, lead.evidenceDocs AS documents,
       lead.evidenceSentences AS sentences, party.id AS partyId, leader.id AS leaderId
ORDER BY delegation, leader;

// name: membersOf
// The members of parties and organizations, each party with its country, and the sentences that say so.
// params: $organization — a party's or organization's id, name or alias, or null for all; $country — a country's id, name or alias to see only its parties, or null for all
MATCH (member:Entity)-[membership:MEMBER_OF]->(organization:Entity)
WHERE ($organization IS NULL OR organization.id = $organization OR toLower(organization.name) = toLower($organization)
       OR any(alias IN organization.aliases WHERE toLower(alias) = toLower($organization)))
OPTIONAL MATCH (country:Country {id: organization.country})
WITH member, membership, organization, country
WHERE $country IS NULL OR country.id = $country OR toLower(country.name) = toLower($country)
   OR any(alias IN country.aliases WHERE toLower(alias) = toLower($country))
RETURN organization.name AS organization, country.name AS country, member.name AS member, membership.weight AS evidence,
       membership.evidenceSentences AS sentences, organization.id AS organizationId, member.id AS memberId
ORDER BY organization, member;

// name: evidenceForEdge
// The evidence behind one edge: each sentence with its article, date, offsets and the rule that read it.
// params: $source, $target — ids, names or aliases of the two entities; $type — the relation type, e.g. 'CRITICIZED'
MATCH (source:Entity)-[relation]->(target:Entity)
WHERE type(relation) = $type
  AND (source.id = $source OR toLower(source.name) = toLower($source)
       OR any(alias IN source.aliases WHERE toLower(alias) = toLower($source)))
  AND (target.id = $target OR toLower(target.name) = toLower($target)
       OR any(alias IN target.aliases WHERE toLower(alias) = toLower($target)))
UNWIND range(0, size(relation.evidenceKeys) - 1) AS item
RETURN source.name AS source, type(relation) AS type, relation.title AS title, target.name AS target,
       relation.evidenceDocs[item] AS document, relation.evidenceDates[item] AS date,
       relation.evidenceSentences[item] AS sentence, relation.evidenceStarts[item] AS startOffset,
       relation.evidenceEnds[item] AS endOffset, relation.evidenceVerbs[item] AS verb,
       relation.evidenceRules[item] AS rule, relation.evidenceReasons[item] AS reason
ORDER BY title, document, startOffset;

// name: neighbourhood
// An entity's neighbourhood: every relation into or out of it, the best attested first.
// params: $entity — the entity's id, name or alias
MATCH (center:Entity)
WHERE center.id = $entity OR toLower(center.name) = toLower($entity)
   OR any(alias IN center.aliases WHERE toLower(alias) = toLower($entity))
MATCH (center)-[relation]-(neighbour:Entity)
RETURN center.name AS entity, CASE WHEN startNode(relation) = center THEN 'out' ELSE 'in' END AS direction,
       type(relation) AS type, relation.title AS title, neighbour.name AS neighbour, neighbour.type AS neighbourType,
       relation.weight AS weight, neighbour.id AS neighbourId
ORDER BY weight DESC, type, neighbour, direction;

// name: shortestPath
// The shortest chain of stated relations (in either direction, at most 6) linking two actors;
// co-mention in an article does not count as a link.
// params: $from, $to — ids, names or aliases of the two actors
MATCH (fromActor:Entity)
WHERE fromActor.id = $from OR toLower(fromActor.name) = toLower($from)
   OR any(alias IN fromActor.aliases WHERE toLower(alias) = toLower($from))
MATCH (toActor:Entity)
WHERE toActor.id = $to OR toLower(toActor.name) = toLower($to)
   OR any(alias IN toActor.aliases WHERE toLower(alias) = toLower($to))
WITH fromActor, toActor WHERE fromActor <> toActor
MATCH path = shortestPath((fromActor)-[*..6]-(toActor))
WHERE all(relation IN relationships(path) WHERE type(relation) <> 'MENTIONED_IN')
RETURN [node IN nodes(path) | node.name] AS actors, [relation IN relationships(path) | type(relation)] AS relations,
       length(path) AS hops, path;

// name: relationsOverTime
// How many times each relation was stated per day, by the date of the article that states it
// (articles without a date are left out).
// params: $from, $to — first and last day, ISO 8601 ('2025-11-24'), inclusive; null for no bound
MATCH (source:Entity)-[relation]->(target:Entity)
UNWIND range(0, size(relation.evidenceKeys) - 1) AS item
MATCH (document:Document {id: relation.evidenceDocs[item]})
WITH source, relation, target, substring(document.date, 0, 10) AS day
WHERE day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
RETURN day, type(relation) AS type, source.name AS source, target.name AS target, count(*) AS statements,
       source.id AS sourceId, target.id AS targetId
ORDER BY day, type, source, target;
