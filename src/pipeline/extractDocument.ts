import type { Document } from '../document/DocumentSchema';
import type { DocumentExtraction } from './DocumentExtractionSchema';
import type { Entity } from '../entities/EntitySchema';
import { peoplesOfGoverningBodies } from '../entities/peoplesOfGoverningBodies';
import { readNationalTeams } from '../entities/readNationalTeams';
import { readOpeningWords } from '../entities/readOpeningWords';
import { readShortOrganizationNames } from '../entities/readShortOrganizationNames';
import { resolveDocumentEntities } from '../entities/resolveDocumentEntities';
import { type CountryNaming, withoutPassingCountries } from '../entities/withoutPassingCountries';
import { countryNameOf } from '../knowledge/countryNameOf';
import { defaultKnowledge } from '../knowledge/defaultKnowledge';
import type { Knowledge } from '../knowledge/Knowledge';
import { findMentionCandidates } from '../mentions/findMentionCandidates';
import type { Mention } from '../mentions/MentionSchema';
import { compileLexicon } from '../relations/compileLexicon';
import { defaultRules } from '../relations/defaultRules';
import { defaultPatterns } from '../relations/defaultPatterns';
import type { Evidence } from '../relations/EvidenceSchema';
import { extractRelations } from '../relations/extractRelations';
import { articleCountryOf } from '../relations/articleCountryOf';
import { impliedOffices } from '../relations/impliedOffices';
import { reportedForBody } from '../relations/reportedForBody';
import type { PatternRule } from '../relations/PatternRule';
import type { RelationLexicon } from '../relations/RelationLexicon';
import type { RelationMatch } from '../relations/RelationMatch';
import type { Relation } from '../relations/RelationSchema';
import { roleRule } from '../relations/rules/roleRule';
import type { UnplacedOffice } from '../relations/UnplacedOfficeSchema';
import type { ActorMention } from '../relations/syntax/ActorMention';
import type { AnalyzedSentence } from '../relations/syntax/AnalyzedSentence';
import { mayStateRelation } from '../relations/mayStateRelation';
import { afterPlacePreposition } from '../relations/syntax/afterPlacePreposition';
import { resolveTitleReferences } from '../relations/syntax/resolveTitleReferences';
import { resolveDefiniteReferences } from '../relations/syntax/resolveDefiniteReferences';
import { resolveDescriptorReferences } from '../relations/syntax/resolveDescriptorReferences';
import type { SentenceParser } from '../syntax/DependencyTree';
import { shippedParser } from '../syntax/shippedParser';
import type { Sentence } from '../text/Sentence';
import { skipDateline } from '../text/skipDateline';
import { tokenizeBlocks } from '../text/tokenizeBlocks';
import { toTextBlocks } from '../text/toTextBlocks';

/** Options of `extractDocument`: the knowledge and relation lexicon to use (defaults: the built-in ones). */
export interface ExtractOptions {
  readonly knowledge?: Knowledge;
  readonly lexicon?: RelationLexicon;
  /** The dependency parser for sentences that may state a relation (default: the shipped one); null reads relations from tokens only. */
  readonly parser?: SentenceParser | null;
  /** The sentence patterns relations are read with (default: all of newsgraph's). */
  readonly patterns?: readonly PatternRule[];
  /**
   * Told how far a long document is: `done` of `total` units, `total` being twice the text's length, as each character
   * counts once when its sentence is tokenized and once when its sentence is read for relations.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

let defaultLexicon: RelationLexicon | undefined;

/** Extracts the entities, mentions and stated relations of one document; offsets are UTF-16 indices into `document.text`. */
export function extractDocument(document: Document, options: ExtractOptions = {}): DocumentExtraction {
  const knowledge = options.knowledge ?? defaultKnowledge();
  const lexicon = options.lexicon ?? (defaultLexicon ??= compileLexicon(defaultRules));
  const parser = options.parser === undefined ? shippedParser() : options.parser;
  const { onProgress } = options;
  const length = document.text.length;
  const blocks = toTextBlocks(document.text);
  const sentences = tokenizeBlocks(blocks, onProgress && ((done) => onProgress(blocks[done - 1]?.origin.at(-1) ?? 0, 2 * length)));
  const named = sentences.map((sentence) => findMentionCandidates(sentence.tokens, knowledge, sentence.block.heading));
  // A match report's countries are its teams.
  const teams = readNationalTeams(named.map(({ candidates }, index) => ({ tokens: sentences[index]?.tokens ?? [], candidates })));
  const opened = readOpeningWords(named.map(({ candidates }, index) => ({ tokens: sentences[index]?.tokens ?? [], candidates: teams[index] ?? candidates })));
  const shortNames = readShortOrganizationNames(opened.map((candidates, index) => ({ tokens: sentences[index]?.tokens ?? [], candidates })), knowledge);
  const peoples = peoplesOfGoverningBodies(shortNames, knowledge);
  const found = named.map((sentence, index) => ({ ...sentence, candidates: peoples[index] ?? sentence.candidates }));
  const { entities, ids } = resolveDocumentEntities(found.map((sentence) => sentence.candidates));

  // A mention takes its entity's type: a lone word read as a body may turn out to be a person's surname.
  const typeOf = new Map(entities.map((entity) => [entity.id, entity.type]));
  const mentions: Mention[] = [];
  const ways: CountryNaming[] = [];
  const analyzed: AnalyzedSentence[] = sentences.map((sentence, index) => {
    const { candidates, titles } = found[index] ?? { candidates: [], titles: [] };
    const actors: ActorMention[] = [];
    const mentionAt: (ActorMention | undefined)[] = new Array(sentence.tokens.length).fill(undefined);
    candidates.forEach((candidate, k) => {
      const entity = ids[index]?.[k];
      if (entity === undefined) return;
      const type = typeOf.get(entity) ?? candidate.type;
      const actor: ActorMention = { entity, type, first: candidate.first, last: candidate.last, kind: candidate.known?.kind ?? 'name' };
      actors.push(actor);
      for (let t = candidate.first; t <= candidate.last; t++) mentionAt[t] = actor;
      const start = sentence.block.origin[candidate.start] ?? 0;
      const end = sentence.block.origin[candidate.end] ?? start;
      // A copy, not a slice: V8 keeps the whole string a slice was cut from, and mentions outlive the document's text.
      mentions.push({ entity, type, text: ` ${document.text.slice(start, end)}`.slice(1), start, end });
    });
    const read: AnalyzedSentence = { sentence, tokens: sentence.tokens, mentions: actors, mentionAt, titles, heading: sentence.block.heading };
    for (const actor of actors) ways.push(actor.kind === 'demonym' ? 'adjective' : actor.kind === 'capital' && capitalAsPlace(read, actor) ? 'place' : 'name');
    return read;
  });

  // Only sentences that can state a relation are parsed, after any wire dateline (`LONDON (Reuters) - Britain said ...`).
  const article = articleCountryOf(analyzed, entities, knowledge);
  const parsed = resolveTitleReferences(resolveDescriptorReferences(resolveDefiniteReferences(analyzed, entities, knowledge, article?.country))).map((s) => {
    const { block: { text, origin }, start, end } = s.sentence;
    const tree = parser !== null && mayStateRelation(s, lexicon) ? parser(text, skipDateline(text, start, end), end, nameStarts(s)) : undefined;
    onProgress?.(length + (origin[end] ?? 0), 2 * length);
    return tree ? { ...s, tree } : s;
  });
  const patterns = options.patterns ?? defaultPatterns;
  const read = extractRelations(parsed, lexicon, patterns);
  // Offices named without their country or party are read once the whole article is, with the role rule they complete.
  const { implied, unplaced } = patterns.includes(roleRule) ? impliedOffices(parsed, read, entities, knowledge, article) : { implied: [], unplaced: [] };
  // Who holds a post where, over the whole article, for what an office holder reports of their country or body.
  const held = new Map<string, Set<string>>();
  for (const { match } of [...read, ...implied]) if (match.type === 'HOLDS_ROLE') held.set(match.source, (held.get(match.source) ?? new Set()).add(match.target));
  // (`Prime Minister X welcomed the agreement` his country made with Y: he acts on Y only, not on his own side.)
  const ties = (person: string) => [...read, ...implied].filter(({ match }) => (match.type === 'HOLDS_ROLE' || match.type === 'MEMBER_OF') && match.source === person).map(({ match }) => match.target);
  const stated = read.filter(({ match }) => !match.sides || !ties(match.source).includes(match.target));
  const reported = reportedForBody(stated, held);
  const evidenceOf = (sentence: Sentence, match: Omit<RelationMatch, 'type' | 'target'>): Evidence => {
    const { origin, text } = sentence.block;
    return {
      doc: document.id,
      sentence: text.slice(sentence.start, sentence.end),
      start: origin[sentence.start] ?? 0,
      end: origin[sentence.end] ?? 0,
      rule: match.rule,
      reason: match.reason,
      verb: text.slice(sentence.tokens[match.trigger]?.start ?? 0, sentence.tokens[match.triggerLast ?? match.trigger]?.end ?? 0),
      ...(document.date ? { date: document.date } : {}),
    };
  };
  const relations: Relation[] = [...stated, ...implied, ...reported].map(({ sentence: { sentence }, match }) => ({
    type: match.type,
    source: match.source,
    target: match.target,
    ...(match.title ? { title: match.title } : {}),
    ...(match.topic ? { topic: match.topic } : {}),
    evidence: evidenceOf(sentence, match),
  }));
  const offices: UnplacedOffice[] = unplaced.map(({ sentence: { sentence }, office }) => ({ source: office.source, title: office.title, evidence: evidenceOf(sentence, office) }));

  const related = new Set(relations.flatMap((relation) => [relation.source, relation.target]));
  const outright = withoutPassingCountries(entities, mentions, ways, related);
  const mentioned = new Set(outright.mentions.map((mention) => mention.entity));
  const kept: Entity[] = outright.entities.filter((entity) => mentioned.has(entity.id));
  // `Labour` and `Welsh Secretary X` named, `Britain` never; `Taoiseach X`, never `Ireland`: a country an office or `the
  // government` implies is an entity of the article all the same, with no mention of its own.
  const implicit = new Set([...related].filter((id) => !mentioned.has(id)));
  for (const id of implicit) {
    const name = id === article?.country ? article.name : countryNameOf(id, knowledge);
    const entity = entities.find((known) => known.id === id) ?? (name ? { id, type: 'Country' as const, name, aliases: [] } : undefined);
    if (entity) kept.push(entity);
    else implicit.delete(id);
  }
  const { id, title, date, source } = document;
  // A relation ties entities of the document: one to an entity it could not name is no relation.
  const tied = relations.filter((relation) => [relation.source, relation.target].every((end) => mentioned.has(end) || implicit.has(end)));
  return { id, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(source ? { source } : {}), entities: kept, mentions: outright.mentions, relations: tied, ...(offices.length > 0 ? { offices } : {}) };
}

// `talks in Doha`, `the Doha round`: a capital named as a place, or to qualify a noun after it; not `Kyiv said`,
// `Beijing's ministry`, `urged Moscow` or `the mistakes of Athens`, which speak of the state.
function capitalAsPlace(s: AnalyzedSentence, mention: ActorMention): boolean {
  const last = s.tokens[mention.last];
  const next = s.tokens[mention.last + 1];
  const qualifies = last?.possessive === false && next !== undefined && next.tags.has('Noun') && !next.tags.has('Verb');
  return afterPlacePreposition(s, mention.first) || qualifies;
}

// Where the capitalized words of the names a sentence mentions start: proper nouns for the parser (`Labour leader X
// accused Ms Truss`, where the tagger alone reads `Labour` as a verb), but for demonyms, which are adjectives.
function nameStarts(s: AnalyzedSentence): Set<number> {
  const starts = new Set<number>();
  for (const mention of s.mentions) {
    if (mention.kind === 'demonym') continue;
    for (let t = mention.first; t <= mention.last; t++) if (s.tokens[t]?.capitalized) starts.add(s.tokens[t]?.start ?? -1);
  }
  return starts;
}
