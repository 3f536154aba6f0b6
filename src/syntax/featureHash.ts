// Feature hashing: features are 32-bit integers made from small integers (template ids, tag ids) and string hashes,
// so that scoring never builds a string. Murmur3's mixing steps, inlined by V8.

/** Hashes a string (its UTF-16 code units) to an unsigned 32-bit integer, with a seed per kind of string. */
export function hashString(text: string, seed: number): number {
  let hash = seed | 0;
  for (let i = 0; i < text.length; i++) hash = mixHash(hash, text.charCodeAt(i));
  return finishHash(hash, text.length);
}

/** Folds one 32-bit value into a running hash (murmur3's body step). */
export function mixHash(hash: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = hash ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Ends a running hash (murmur3's finalizer); never 0, which marks an empty slot in a FeatureTable. */
export function finishHash(hash: number, length: number): number {
  let h = hash ^ length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h >>> 0;
}
