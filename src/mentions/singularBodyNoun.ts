import { ORGANIZATION_NOUNS } from './nameWords';

/** The singular of `key` when it is a common noun for a body, singular or plural (`teams` -> `team`); else undefined. */
export function singularBodyNoun(key: string): string | undefined {
  const singular = key.replace(/ies$/, 'y').replace(/s$/, '');
  return ORGANIZATION_NOUNS.has(key) ? key : ORGANIZATION_NOUNS.has(singular) ? singular : undefined;
}
