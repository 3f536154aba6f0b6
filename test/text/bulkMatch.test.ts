import nlp from 'compromise';
import { bulkMatch } from '../../src/text/bulkMatch';

type Found = { match: string; pointer: number[] }[];
type BulkMatch = (...call: Parameters<typeof bulkMatch>) => Found;
const methods = (nlp.world() as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one;

const listed = (found: Found) => JSON.stringify(found.map(({ match, pointer }) => [match, pointer]));

// For each call compromise makes to its own bulkMatch while tagging `text`: what newsgraph's returns, then compromise's,
// both on the terms as they are at that moment (the tagger changes them after each call).
function bothMatches(text: string): [string, string][] {
  const shipped = methods.bulkMatch;
  const calls: [string, string][] = [];
  methods.bulkMatch = (...call) => {
    const ours = listed(bulkMatch(...call));
    const found = shipped(...call);
    calls.push([ours, listed(found)]);
    return found;
  };
  try {
    nlp(text);
  } finally {
    methods.bulkMatch = shipped;
  }
  return calls;
}

describe('bulkMatch', () => {
  it.each([
    ['Ann Vale, the Vosk party leader, accused the Orla government of "betraying" voters, and Tom Baxter said he had not been consulted.'],
    ["The old minister won't sign the treaty, which the U.S. had backed since May; talks resume on Tuesday at 10am."],
    ['Kessel Corp. shares rose 3.5% to $12.40 after the board, led by chairman Tom Baxter, rejected a £2bn bid from its rival.'],
  ])('finds the matches compromise\'s own bulkMatch finds, in its order, in "%s"', (text) => {
    const calls = bothMatches(text);
    expect(calls.length).toBeGreaterThan(0);
    for (const [ours, shipped] of calls) expect(ours).toBe(shipped);
  });
});
