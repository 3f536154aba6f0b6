const BAR_WIDTH = 30;
const REDRAW_MS = 100;

/** Reports progress through a known number of items. */
export interface Progress {
  /** Counts `count` more items done. */
  tick(count?: number): void;
  /** Shows the final count and ends the line. */
  done(): void;
}

/**
 * A progress reporter on a stream: a bar redrawn in place on a terminal; otherwise one line every `every` items and
 * one at the end, so logs stay readable.
 */
export function createProgress(
  stream: NodeJS.WritableStream,
  options: { isTTY: boolean; total: number; label: string; every?: number; now?: () => number },
): Progress {
  const { isTTY, total, label, every = 100, now = Date.now } = options;
  let done = 0;
  let lastDraw = -Infinity;
  let drawn = -1;
  let lastLine = 0;
  const line = (): string => `${label} ${done}/${total}`;
  const draw = (): void => {
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${percent}%`);
    lastDraw = now();
    drawn = done;
  };
  return {
    tick(count = 1) {
      done += count;
      if (isTTY) {
        if (now() - lastDraw >= REDRAW_MS) draw();
      } else if (Math.floor(done / every) > Math.floor(lastLine / every) && done < total) {
        stream.write(`${line()}\n`);
        lastLine = done;
      }
    },
    done() {
      if (isTTY) {
        if (drawn !== done) draw();
        stream.write('\n');
      } else if (lastLine !== done || done === 0) {
        stream.write(`${line()}\n`);
        lastLine = done;
      }
    },
  };
}
