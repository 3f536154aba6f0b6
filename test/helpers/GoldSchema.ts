import { z } from 'zod';

// Loose objects: the annotation's notes (`about`, `normalisation`, a relation's `title` and `topic`) pass through unread.
// Types are plain strings, not newsgraph's enums: an analyst may annotate what the extractor cannot say (an optional
// `ADDRESSED` in seeds.gold.json), which then simply counts as not found.
const GoldEntitySchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  /** Only required entities count toward recall; optional ones are neither missed nor penalised. */
  required: z.boolean(),
});

const GoldRelationSchema = z.looseObject({
  /** Gold entity ids. */
  subject: z.string().min(1),
  type: z.string().min(1),
  object: z.string().min(1),
  required: z.boolean(),
  /** Other types that also state this relation. */
  alt_types: z.array(z.string().min(1)).optional(),
  /** Other gold entity ids the object may be attributed to. */
  alt_objects: z.array(z.string()).optional(),
  /** Matches in either direction (MET_WITH, NEGOTIATED_WITH). */
  symmetric: z.boolean().optional(),
  /** The quotes that state the relation; a predicted edge's evidence should contain one. */
  evidence: z.array(z.looseObject({ doc: z.string(), quote: z.string() })),
});

/** A hand-made reference annotation of a corpus (`*.gold.json`): the entities and relations an analyst expects. */
export const GoldSchema = z.looseObject({
  entities: z.array(GoldEntitySchema),
  relations: z.array(GoldRelationSchema),
});

/** A parsed gold annotation. */
export type Gold = z.infer<typeof GoldSchema>;
