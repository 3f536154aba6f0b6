/**
 * Makes attributes scalar for the XML graph formats (GraphML, GEXF): arrays and objects become JSON strings,
 * `undefined` and `null` are left out, strings, numbers and booleans stay as they are.
 */
export function flattenAttributes(attributes: object): Record<string, string | number | boolean> {
  const flat: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(attributes) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') flat[name] = value;
    // JSON keeps lists and nested records readable by any consumer (`json.loads`, `JSON.parse`), unlike ad hoc separators.
    else if (typeof value === 'object') flat[name] = JSON.stringify(value);
    else flat[name] = String(value);
  }
  return flat;
}
