import { edgeKey } from '../graph/edgeKey';
import type { RelationType } from '../relations/RelationType';
import { documentView } from './documentView';
import { entityRef } from './entityRef';
import { EVIDENCE_FIELDS, type ExplorerData } from './ExplorerData';
import type { EdgeView, EvidenceView } from './ExplorerViews';
import { locateMentions } from './locateMentions';

/** Everything about edge `edge` of the data: its parties, type, office, topics and every evidence sentence, oldest first. */
export function describeEdge(data: ExplorerData, edge: number): EdgeView {
  const [key = -1, sourceNode = 0, targetNode = 0, typeIndex = 0, titleIndex = -1, topics = [], packed = []] = data.edges[edge] ?? [];
  const text = (index: number) => data.strings[index] ?? '';
  const source = entityRef(data, sourceNode);
  const target = entityRef(data, targetNode);
  const type = data.relationTypes[typeIndex] ?? '';
  const title = titleIndex < 0 ? undefined : text(titleIndex);
  const names = (node: number) => {
    const [, name = -1, , , , , aliases = []] = data.nodes[node] ?? [];
    return [name, ...aliases].map(text);
  };
  const evidence: EvidenceView[] = [];
  for (let at = 0; at + EVIDENCE_FIELDS <= packed.length; at += EVIDENCE_FIELDS) {
    const [sentenceIndex = -1, doc = -1, , , rule = -1, reason = -1, verb = -1, date = -1] = packed.slice(at, at + EVIDENCE_FIELDS);
    const sentence = text(sentenceIndex);
    const sourceSpans = locateMentions(sentence, names(sourceNode)).map(([start, end]) => ({ start, end, party: 'source' as const }));
    const targetSpans = locateMentions(sentence, names(targetNode))
      .filter(([start, end]) => sourceSpans.every((span) => end <= span.start || start >= span.end))
      .map(([start, end]) => ({ start, end, party: 'target' as const }));
    evidence.push({
      sentence,
      marks: [...sourceSpans, ...targetSpans].sort((a, b) => a.start - b.start),
      document: documentView(data, doc),
      ...(date < 0 ? {} : { date: text(date) }),
      rule: text(rule),
      reason: text(reason),
      verb: text(verb),
    });
  }
  // Undated evidence last: its place in time is unknown.
  evidence.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.document.id.localeCompare(b.document.id));
  return {
    edge,
    key: key < 0 ? edgeKey({ source: source.id, target: target.id, type: type as RelationType, title }) : text(key),
    type,
    ...(title === undefined ? {} : { title }),
    source,
    target,
    weight: evidence.length,
    topics: topics.map(text),
    evidence,
  };
}
