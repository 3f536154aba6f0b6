/** Finds a YAML front matter block (`---` ... `---`) at the top of an article; `bodyStart` is where the article text begins. */
export function splitFrontMatter(text: string): { fields: Record<string, string>; bodyStart: number } {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { fields: {}, bodyStart: 0 };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(line);
    if (field?.[1]) fields[field[1]] = unquote((field[2] ?? '').trim());
  }
  return { fields, bodyStart: match[0].length };
}

// Front matter values are flat scalars in news exports; quotes are YAML syntax, not content.
function unquote(value: string): string {
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(value);
  return quoted ? (quoted[1] ?? quoted[2] ?? '').replace(/\\"/g, '"').replace(/''/g, "'") : value;
}
