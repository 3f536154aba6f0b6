import { z } from 'zod';

const LinearModelHeaderSchema = z.object({
  classes: z.number().int().min(1).max(255),
  scale: z.number().positive(),
  features: z.number().int().nonnegative(),
  entries: z.number().int().nonnegative(),
});

/** The JSON header of a parser model file: its classes and the sizes of the typed arrays that follow it. */
export const ParserModelHeaderSchema = z.object({
  format: z.literal('newsgraph-parser'),
  version: z.literal(1),
  tags: z.array(z.object({ upos: z.string().min(1), xpos: z.string().min(1) })).min(1).max(249),
  labels: z.array(z.string().min(1)).min(1),
  rootLabel: z.number().int().nonnegative(),
  leftLabels: z.array(z.number().int().nonnegative()).min(1),
  rightLabels: z.array(z.number().int().nonnegative()),
  lexicon: z.number().int().nonnegative(),
  wordClasses: z.number().int().nonnegative(),
  tagger: LinearModelHeaderSchema,
  parser: LinearModelHeaderSchema,
  /** Free-form facts about the training run (data, options, scores), for the model card. */
  info: z.record(z.string(), z.unknown()),
});

/** The header of a parser model file. */
export type ParserModelHeader = z.infer<typeof ParserModelHeaderSchema>;
