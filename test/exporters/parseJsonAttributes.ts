/** The attributes the XML exporters write as JSON strings, per element kind. */
export const JSON_ATTRIBUTES = {
  graph: ['documents'],
  node: ['aliases', 'documents'],
  edge: ['topics', 'evidence'],
} as const;

/** Undoes the exporters' flattening: parses the named attributes back from their JSON strings. */
export function parseJsonAttributes(attributes: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const parsed: Record<string, unknown> = { ...attributes };
  for (const name of names) {
    const value = parsed[name];
    if (typeof value !== 'string') throw new Error(`expected attribute "${name}" to be a JSON string, got ${typeof value}`);
    parsed[name] = JSON.parse(value);
  }
  return parsed;
}
