import { MultiDirectedGraph } from 'graphology';
import { formatSummary } from '../../src/cli/formatSummary';
import { EmptyInputError } from '../../src/document/EmptyInputError';
import { MalformedJsonlLineError } from '../../src/document/MalformedJsonlLineError';
import { Windows1252Warning } from '../../src/document/Windows1252Warning';
import type { NewsGraph } from '../../src/graph/NewsGraph';

function graph(): NewsGraph {
  const g: NewsGraph = new MultiDirectedGraph();
  const node = (key: string, type: 'Person' | 'Country') => g.addNode(key, { name: key, type, aliases: [], mentions: 1, documents: [] });
  node('person:a', 'Person');
  node('person:b', 'Person');
  node('country:c', 'Country');
  const evidence = { doc: 'd', sentence: 's', start: 0, end: 1, rule: 'r', reason: 'r', verb: 'v' };
  g.addEdgeWithKey('e1', 'person:a', 'country:c', { type: 'CRITICIZED', weight: 2, topics: [], evidence: [evidence, evidence] });
  g.addEdgeWithKey('e2', 'person:b', 'person:a', { type: 'MET_WITH', weight: 1, topics: [], evidence: [evidence] });
  return g;
}

describe('formatSummary', () => {
  it('counts documents, entities by type, edges and their evidence, and names the files written', () => {
    expect(formatSummary({ documents: 1, graph: graph(), written: ['out/graph.json', 'out/graph.gexf'], problems: [], warnings: [], ignored: [] })).toBe(
      [
        'newsgraph build: 1 document processed',
        '  entities:  3 (1 Country, 2 Person)',
        '  relations: 2 edges from 3 pieces of evidence',
        '  wrote:     out/graph.json, out/graph.gexf',
        '',
      ].join('\n'),
    );
  });

  it('names the command that built the graph', () => {
    expect(formatSummary({ command: 'merge', documents: 2, graph: graph(), written: [], problems: [], warnings: [], ignored: [] })).toMatch(/^newsgraph merge: 2 documents processed\n/);
  });

  it('lists each skipped input with its location and fix, and names a few ignored files', () => {
    const problems = [new EmptyInputError('in/a.txt'), new MalformedJsonlLineError('in/f.jsonl', 3, 'not valid JSON')];
    const ignored = ['1.jpg', '2.jpg', '3.jpg', '4.jpg', '5.jpg', '6.jpg', '7.jpg'];
    const text = formatSummary({ documents: 2, graph: new MultiDirectedGraph() as NewsGraph, written: [], problems, warnings: [], ignored });
    expect(text).toContain('entities:  0\n');
    expect(text).toContain('  skipped 2 inputs (files or lines):\n');
    expect(text).toContain('    in/a.txt: the file is empty. Fix: ');
    expect(text).toContain('    in/f.jsonl:3: not valid JSON. Fix: ');
    expect(text).toContain('  ignored 7 files of other kinds: 1.jpg, 2.jpg, 3.jpg, 4.jpg, 5.jpg and 2 more\n');
    expect(text).not.toContain('warning');
  });

  it('lists each input read with a warning, apart from the skipped ones', () => {
    const warnings = [new Windows1252Warning('in/a.txt', 2, 40), new Windows1252Warning('in/b.txt', 1, 3)];
    const text = formatSummary({ documents: 2, graph: new MultiDirectedGraph() as NewsGraph, written: [], problems: [], warnings, ignored: [] });
    expect(text).toContain('  read 2 inputs with a warning:\n    in/a.txt:2: the text is not valid UTF-8 (first bad byte at offset 40), so it was read as Windows-1252. Fix: ');
    expect(text).toContain('\n    in/b.txt:1: the text is not valid UTF-8');
    expect(text).not.toContain('skipped');
  });
});
