// Function words a short form may or may not take a letter from (`Ecowas`: Economic Community of West African States).
const OPTIONAL_INITIALS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** Whether `short` (lower case) spells the initials of `name`'s words, in order. */
export function isInitialism(short: string, name: string): boolean {
  const words = name.toLowerCase().split(/[\s-]+/).filter((word) => word !== '');
  const spells = (i: number, j: number): boolean => {
    if (j === words.length) return i === short.length;
    const word = words[j] as string;
    return (OPTIONAL_INITIALS.has(word) && spells(i, j + 1)) || (short[i] === word[0] && spells(i + 1, j + 1));
  };
  return short.length >= 3 && spells(0, 0);
}
