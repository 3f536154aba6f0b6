import { z } from 'zod';

const MAX_WORKERS = 256;

/** `--workers N` of `build` and `extract`: extraction threads, 1 for none (default: the machine's cores). */
export const WorkersOptionSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, 'give a whole number of extraction threads, e.g. --workers 4 (1 runs without threads)')
  .transform(Number)
  .pipe(z.number().min(1, 'give at least 1 (1 runs without threads)').max(MAX_WORKERS, `give at most ${MAX_WORKERS}`));
