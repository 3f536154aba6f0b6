import { LoadOptionsError } from './LoadOptionsError';

/** Splits rows into consecutive batches of at most `size` rows (one transaction each). */
export function batchRows<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new LoadOptionsError(`batch size ${size} is not a positive whole number`, 'give --batch-size 1000, for example');
  }
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}
