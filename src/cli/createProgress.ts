const BAR_WIDTH = 30;
const REDRAW_MS = 100;
// Off a terminal, a line this often once one item has been under way this long, so a log shows that work goes on.
const PART_LINE_MS = 10_000;

/** Reports progress through a known number of items. */
export interface Progress {
  /** Counts `count` more items done. */
  tick(count?: number): void;
  /** Tells how much of the item under way is done, from 0 to 1 (a long document's characters read). */
  part(fraction: number): void;
  /** Shows the final count and ends the line. */
  done(): void;
}

/**
 * A progress reporter on a stream: a bar redrawn in place on a terminal, which moves within a long item too; otherwise
 * one line every `every` items, one every 10 s once an item has taken 10 s, and one at the end, so logs stay readable.
 */
export function createProgress(
  stream: NodeJS.WritableStream,
  options: { isTTY: boolean; total: number; label: string; every?: number; now?: () => number },
): Progress {
  const { isTTY, total, label, every = 100, now = Date.now } = options;
  let done = 0;
  let fraction = 0;
  let lastDraw = -Infinity;
  let drawn = -1;
  let lastLine = 0;
  let lastLineAt = now();
  let itemStart = lastLineAt;
  const line = (): string => `${label} ${done}/${total}`;
  const writeLine = (text: string): void => {
    stream.write(`${text}\n`);
    lastLineAt = now();
  };
  const draw = (): void => {
    const share = total === 0 ? 1 : Math.min(1, (done + fraction) / total);
    const filled = Math.round(share * BAR_WIDTH);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${Math.floor(share * 100)}%`);
    lastDraw = now();
    drawn = done + fraction;
  };
  return {
    tick(count = 1) {
      done += count;
      fraction = 0;
      itemStart = now();
      if (isTTY) {
        if (now() - lastDraw >= REDRAW_MS) draw();
      } else if (Math.floor(done / every) > Math.floor(lastLine / every) && done < total) {
        writeLine(line());
        lastLine = done;
      }
    },
    part(share) {
      fraction = Math.max(0, Math.min(1, share));
      if (isTTY) {
        if (now() - lastDraw >= REDRAW_MS) draw();
      } else if (now() - itemStart >= PART_LINE_MS && now() - lastLineAt >= PART_LINE_MS) writeLine(`${line()}, ${Math.floor(fraction * 100)}% of the next`);
    },
    done() {
      if (isTTY) {
        if (drawn !== done) draw();
        stream.write('\n');
      } else if (lastLine !== done || done === 0) {
        writeLine(line());
        lastLine = done;
      }
    },
  };
}
