import { z } from 'zod';

/** The part of compromise's internal term that newsgraph relies on; checked where compromise's output enters. */
export const CompromiseTermSchema = z.object({
  text: z.string(),
  pre: z.string(),
  post: z.string(),
  tags: z.instanceof(Set),
});

/** The sentences of a compromise document: arrays of terms. */
export const CompromiseDocumentSchema = z.array(z.array(CompromiseTermSchema));

/** A term as compromise gives it. */
export type CompromiseTerm = z.infer<typeof CompromiseTermSchema>;
