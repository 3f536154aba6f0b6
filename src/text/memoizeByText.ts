/**
 * `compute` remembered for each distinct text, for values that depend on the text alone and texts that recur (words,
 * names). At most `size` texts are held, then the memo starts over, so a long run's memory stays bounded; texts longer
 * than `maxLength` are computed every time. Texts are held as copies: a slice would keep the whole document it was cut from.
 */
export function memoizeByText<T>(compute: (text: string) => T, size: number, maxLength = Infinity): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return compute(text);
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const value = compute(text);
    if (memo.size >= size) memo.clear();
    memo.set(` ${text}`.slice(1), value);
    return value;
  };
}
