import type { RelationMatch } from './RelationMatch';
import type { AnalyzedSentence } from './syntax/AnalyzedSentence';
import type { DiscourseContext } from './syntax/DiscourseContext';
import { partiesAt } from './tree/partiesAt';
import { subjectsOf } from './tree/subjectsOf';
import { viewTree } from './tree/TreeView';

/** A relation read in a sentence. */
export interface SentenceMatch {
  readonly sentence: AnalyzedSentence;
  readonly match: RelationMatch;
}

/** The rule by which one who speaks for a body takes its stance: its id and reason, which the relation's evidence keeps. */
export const REPORTED_FOR_BODY = {
  id: 'reported-for-body',
  reason: "one who holds a post in a country or body and says that it acts toward a party takes that stance too (`Foreign Minister X said Russia backed Serbia's demand`)",
} as const;

// Stances a spokesman or minister takes with the body (not offices, nor talks and meetings, which a body holds through
// its delegates: `X said Niamey was in talks with Ankara` is no talk of X's).
const STANCES: ReadonlySet<RelationMatch['type']> = new Set(['CRITICIZED', 'PRAISED', 'SUPPORTED', 'REJECTED', 'PRESSURED', 'THREATENED', 'SANCTIONED']);
// A reporter is named in the sentence: no pronoun is read.
const NO_CONTEXT: DiscourseContext = { sentence: 0 };

/**
 * `Secretary of State X said the United States stood behind Georgia`: a country's or body's stance read as the subject
 * of a clause that a person reports, where the document has that person holding a post in it (`offices`: each person's
 * countries and bodies), is the person's stance as well.
 */
export function reportedForBody(read: readonly SentenceMatch[], offices: ReadonlyMap<string, ReadonlySet<string>>): SentenceMatch[] {
  const derived: SentenceMatch[] = [];
  for (const { sentence, match } of read) {
    if (!STANCES.has(match.type) || match.source.startsWith('person:')) continue;
    const v = viewTree(sentence);
    if (!v) continue;
    const { nodes } = v.tree;
    for (const [at, node] of nodes.entries()) {
      // (The body's head word, the verb's subject: not the words of its name hung on it.)
      if (v.mentionOf[at]?.entity !== match.source || node.deprel !== 'nsubj' || v.tokenOf[node.head] !== match.trigger) continue;
      // Up through the verbs coordinated with the body's to the clause a person reports.
      let clause = node.head;
      while (nodes[clause]?.deprel === 'conj') clause = nodes[clause]?.head ?? -1;
      if (nodes[clause]?.deprel !== 'ccomp') continue;
      // (The person a title names too: `US Secretary of State X said`.)
      const reporters = subjectsOf(v, nodes[clause]?.head ?? -1).flatMap((subject) => partiesAt(v, subject, NO_CONTEXT, false)?.mentions ?? []);
      for (const reporter of reporters) {
        if (reporter.type !== 'Person' || !offices.get(reporter.entity)?.has(match.source)) continue;
        derived.push({ sentence, match: { ...match, source: reporter.entity, rule: REPORTED_FOR_BODY.id, reason: REPORTED_FOR_BODY.reason } });
      }
    }
  }
  return derived;
}
