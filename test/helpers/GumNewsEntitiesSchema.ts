import { z } from 'zod';

const GumMentionSchema = z
  .object({
    /** UTF-16 offsets into the article text; `text` is `article.slice(start, end)`. */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    text: z.string().min(1),
    /** From the first to the last word of GUM's minimal span (`agency` in `Yonhap news agency`). */
    minStart: z.number().int().nonnegative(),
    minEnd: z.number().int().positive(),
    /** The mention's dependency head word (the word whose head lies outside the mention). */
    headStart: z.number().int().nonnegative(),
    headEnd: z.number().int().positive(),
    /** That head word is a proper noun. */
    proper: z.boolean(),
    /** The mention names several entities: a coordination, or a plural head in a person chain. */
    group: z.boolean(),
  })
  .refine((mention) => [mention.minStart, mention.headStart].every((start) => mention.start <= start), { message: 'spans start inside the mention' })
  .refine((mention) => [mention.minEnd, mention.headEnd].every((end) => end <= mention.end), { message: 'spans end inside the mention' });

const GumChainSchema = z.object({
  /** GUM entity ids merged into this chain (one, or several with the same type and identity). */
  gumIds: z.array(z.number().int().positive()).min(1),
  /** GUM entity type: person, organization, place, abstract, object, event, time, substance, ... */
  type: z.string().min(1),
  /** Wikipedia identity (`Kim_Jong-un`), or null. */
  identity: z.string().min(1).nullable(),
  /** One mention, not a group, has an identity or a proper-noun head. */
  named: z.boolean(),
  mentions: z.array(GumMentionSchema).min(1),
});

const GumDocumentSchema = z.object({
  /** The GUM document name without `GUM_news_` (`korea`). */
  name: z.string().min(1),
  /** The article's path, relative to the reference file. */
  article: z.string().min(1),
  gumId: z.string().min(1),
  title: z.string(),
  sourceURL: z.url(),
  dateCreated: z.string(),
  chains: z.array(GumChainSchema),
});

/** The GUM news entity reference (test/fixtures/gumnews/gumnews.entities.json), written by scripts/gum-news.mjs. */
export const GumNewsEntitiesSchema = z.object({
  about: z.string(),
  documents: z.array(GumDocumentSchema).min(1),
});

/** A parsed GUM news entity reference. */
export type GumNewsEntities = z.infer<typeof GumNewsEntitiesSchema>;
/** One document of the reference. */
export type GumDocument = GumNewsEntities['documents'][number];
/** One mention of a chain. */
export type GumMention = GumChain['mentions'][number];
/** One coreference chain of a document. */
export type GumChain = GumDocument['chains'][number];
