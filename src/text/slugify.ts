import { normalizeKey } from './normalizeKey';

/** A URL- and id-safe slug of a name: `Volodymyr Zelensky` → `volodymyr-zelensky`. */
export function slugify(name: string): string {
  return normalizeKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}
