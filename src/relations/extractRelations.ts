import { defaultPatterns } from './defaultPatterns';
import type { PatternRule } from './PatternRule';
import type { RelationLexicon } from './RelationLexicon';
import type { RelationMatch } from './RelationMatch';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';
import type { DiscourseContext } from './syntax/DiscourseContext';
import { nextContext } from './syntax/nextContext';

/** Reads the relations a document states, sentence by sentence, carrying plans and persons from one sentence to the next. */
export function extractRelations(
  sentences: readonly AnalyzedSentence[],
  lexicon: RelationLexicon,
  patterns: readonly PatternRule[] = defaultPatterns,
): { sentence: AnalyzedSentence; match: RelationMatch }[] {
  const found: { sentence: AnalyzedSentence; match: RelationMatch }[] = [];
  let context: DiscourseContext = { sentence: 0 };
  const offices = new Map<string, string>();
  const accusers = new Map<string, string>();
  for (const sentence of sentences) {
    const next = nextContext(sentence, context);
    // Plans named in this sentence count already; who `he`/`she`/`its` is was named in an earlier sentence.
    const current: DiscourseContext = {
      ...next,
      sentence: context.sentence,
      lastPerson: context.lastPerson,
      lastParty: context.lastParty,
      offices,
      accusers,
    };
    context = next;
    if (sentence.heading) continue;
    const seen = new Set<string>();
    for (const pattern of patterns) {
      for (const match of pattern.match(sentence, current, lexicon)) {
        const key = `${match.source}|${match.type}|${match.title ?? ''}|${match.target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ sentence, match });
        if (match.type === 'HOLDS_ROLE') offices.set(match.source, match.target);
        if (match.type === 'CRITICIZED') accusers.set(match.target, match.source);
      }
    }
  }
  return found;
}
