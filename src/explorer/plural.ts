/** A count with its noun, singular for one (`1 sentence`, `3 sentences`), thousands grouped (`1,200 entities`). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? noun : nouns}`;
}
