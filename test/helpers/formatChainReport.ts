import type { ChainErrorKind, EntityChainScore } from './EntityChainScore';

const KIND_ORDER: readonly ChainErrorKind[] = ['missed', 'duplicate', 'type', 'other', 'unannotated'];

/** A plain-text report of GUM chain scores: the figures of each scope, its confusions, then its errors document by document. */
export function formatChainReport(scores: ReadonlyArray<readonly [string, EntityChainScore]>): string {
  const lines: string[] = [];
  for (const [scope, score] of scores) {
    const counts = KIND_ORDER.map((kind) => `${kind} ${score.errors.filter((error) => error.kind === kind).length}`);
    lines.push(
      `## ${scope}: P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)} dup ${score.duplicates}` +
        ` (${score.predicted} entities scored, ${score.chains} chains)`,
      `errors: ${counts.join(', ')}`,
      `confusions: ${Object.entries(score.confusions).sort((a, b) => b[1] - a[1]).map(([pair, count]) => `${pair} ${count}`).join(', ') || '-'}`,
    );
    for (const doc of [...new Set(score.errors.map((error) => error.doc))]) {
      lines.push('', `### ${doc}`);
      const errors = score.errors.filter((error) => error.doc === doc);
      for (const kind of KIND_ORDER) for (const error of errors.filter((item) => item.kind === kind)) lines.push(`${kind.padEnd(11)} ${error.text}`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
