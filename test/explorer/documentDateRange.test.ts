import { documentDateRange } from '../../src/explorer/documentDateRange';
import { packExplorerData } from '../../src/explorer/packExplorerData';
import type { SerializedGraph } from '../../src/graph/SerializedGraphSchema';

function data(dates: (string | undefined)[]) {
  const graph: SerializedGraph = {
    options: {},
    attributes: { name: 'g', documents: dates.map((date, index) => ({ id: `${index}.txt`, ...(date ? { date } : {}) })) },
    nodes: [],
    edges: [],
  };
  return packExplorerData(graph);
}

describe('documentDateRange', () => {
  it.each([
    [['2025-11-24T04:57:45', undefined, '2025-11-02', '2025-12-01'], { from: '2025-11-02', to: '2025-12-01' }],
    [['2025-11-24'], { from: '2025-11-24', to: '2025-11-24' }],
    [[undefined, 'last Tuesday'], undefined],
    [[], undefined],
  ])('finds the days of %j: %j', (dates, range) => {
    expect(documentDateRange(data(dates))).toEqual(range);
  });
});
