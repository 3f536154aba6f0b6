import { z } from 'zod';

/** One named statement of a `cypher/*.cypher` file, with the comment that describes it. */
export const CypherStatementSchema = z.object({
  /** The name from its `// name:` line, e.g. `whoCriticizedWhom`. */
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/),
  /** The `//` lines under the name, without their `//` and without the `params:` line. */
  description: z.string(),
  /** The parameters its `// params:` line names, without `$`, in order of first appearance. */
  parameters: z.array(z.string()),
  /** The Cypher text, without the header comment and the final `;`. */
  text: z.string().min(1),
});

/** A named Cypher statement. */
export type CypherStatement = z.infer<typeof CypherStatementSchema>;
