import { Writable } from 'node:stream';
import { createProgress } from '../../src/cli/createProgress';

function sink(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return { stream, text: () => text };
}

describe('createProgress', () => {
  it('prints one line every N items and one at the end when not on a terminal', () => {
    const { stream, text } = sink();
    const progress = createProgress(stream, { isTTY: false, total: 25, label: 'extracting', every: 10 });
    for (let i = 0; i < 25; i++) progress.tick();
    progress.done();
    expect(text()).toBe('extracting 10/25\nextracting 20/25\nextracting 25/25\n');
  });

  it('prints only the final count of a short run when not on a terminal', () => {
    const { stream, text } = sink();
    const progress = createProgress(stream, { isTTY: false, total: 5, label: 'extracting' });
    for (let i = 0; i < 5; i++) progress.tick();
    progress.done();
    expect(text()).toBe('extracting 5/5\n');
  });

  it('redraws a bar in place on a terminal, at most every 100 ms, and ends the line', () => {
    const { stream, text } = sink();
    let clock = 0;
    const progress = createProgress(stream, { isTTY: true, total: 4, label: 'extracting', now: () => clock });
    progress.tick(); // drawn: first draw
    progress.tick(); // not drawn: same instant
    clock = 150;
    progress.tick(); // drawn
    progress.tick(); // not drawn
    progress.done();
    const frames = text().split('\r').filter(Boolean);
    expect(frames).toHaveLength(3);
    expect(frames[0]).toBe(`extracting [${'#'.repeat(8)}${'-'.repeat(22)}] 1/4 25%`);
    expect(frames[2]).toBe(`extracting [${'#'.repeat(30)}] 4/4 100%\n`);
  });

  it('moves the bar within a long item on a terminal, and back to the count of items when it is done', () => {
    const { stream, text } = sink();
    let clock = 0;
    const progress = createProgress(stream, { isTTY: true, total: 2, label: 'extracting', now: () => clock });
    progress.part(0.5); // drawn: a quarter of two items
    clock = 150;
    progress.tick(); // drawn: one item of two
    progress.done();
    const frames = text().split('\r').filter(Boolean);
    expect(frames).toEqual([
      `extracting [${'#'.repeat(8)}${'-'.repeat(22)}] 0/2 25%`,
      `extracting [${'#'.repeat(15)}${'-'.repeat(15)}] 1/2 50%\n`,
    ]);
  });

  it('prints a line every 10 s once an item has taken 10 s when not on a terminal', () => {
    const { stream, text } = sink();
    let clock = 0;
    const progress = createProgress(stream, { isTTY: false, total: 3, label: 'extracting', now: () => clock });
    clock = 9_000;
    progress.tick(); // a short item: no line
    clock = 12_000;
    progress.part(0.5); // no line: this item began 3 s ago
    clock = 19_000;
    progress.part(0.6);
    clock = 25_000;
    progress.part(0.7); // no line: 6 s after the last
    clock = 29_000;
    progress.part(0.9);
    progress.tick();
    progress.tick();
    progress.done();
    expect(text()).toBe('extracting 1/3, 60% of the next\nextracting 1/3, 90% of the next\nextracting 3/3\n');
  });
});
