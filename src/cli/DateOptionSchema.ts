import { z } from 'zod';
import { parseDate } from '../document/parseDate';

const FORMAT = 'expected a date as YYYY-MM-DD, e.g. --date 2025-11-24';

/** `--date YYYY-MM-DD` of `build` and `extract`: the date of the documents that state none of their own. */
export const DateOptionSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, FORMAT)
  // parseDate gives back only days that exist: 2025-02-30 is no date.
  .refine((value) => parseDate(value) === value, `no such day; ${FORMAT}`);
