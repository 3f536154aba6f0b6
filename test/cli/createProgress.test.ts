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
});
