import type { InputError } from '../document/InputError';
import type { InputWarning } from '../document/InputWarning';
import type { NewsGraph } from '../graph/NewsGraph';

// Folders of mixed files can hold thousands of images: name a few, count the rest.
const MAX_IGNORED_SHOWN = 5;

/**
 * The summary `newsgraph build` (or `merge`) prints: documents, entities by type, relations, files written, what was read with a
 * warning, and what was skipped and why.
 */
export function formatSummary(summary: {
  /** The command that built the graph (default: build). */
  command?: 'build' | 'merge';
  documents: number;
  graph: NewsGraph;
  written: readonly string[];
  problems: readonly InputError[];
  warnings: readonly InputWarning[];
  ignored: readonly string[];
}): string {
  const { command = 'build', documents, graph, written, problems, warnings, ignored } = summary;
  const types = new Map<string, number>();
  graph.forEachNode((_key, attributes) => types.set(attributes.type, (types.get(attributes.type) ?? 0) + 1));
  const byType = [...types].sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => `${count} ${type}`);
  let evidence = 0;
  graph.forEachEdge((_key, attributes) => (evidence += attributes.evidence.length));

  const lines = [
    `newsgraph ${command}: ${plural(documents, 'document')} processed`,
    `  entities:  ${graph.order}${byType.length ? ` (${byType.join(', ')})` : ''}`,
    `  relations: ${plural(graph.size, 'edge')} from ${plural(evidence, 'piece')} of evidence`,
    `  wrote:     ${written.join(', ')}`,
  ];
  if (warnings.length > 0) {
    lines.push(`  read ${plural(warnings.length, 'input')} with a warning:`);
    for (const warning of warnings) lines.push(`    ${warning.message}`);
  }
  if (problems.length > 0) {
    lines.push(`  skipped ${plural(problems.length, 'input')} (files or lines):`);
    for (const problem of problems) lines.push(`    ${problem.message}`);
  }
  if (ignored.length > 0) {
    const shown = ignored.slice(0, MAX_IGNORED_SHOWN).join(', ');
    const more = ignored.length > MAX_IGNORED_SHOWN ? ` and ${ignored.length - MAX_IGNORED_SHOWN} more` : '';
    lines.push(`  ignored ${plural(ignored.length, 'file')} of other kinds: ${shown}${more}`);
  }
  return `${lines.join('\n')}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
