import { entityId } from '../knowledge/entityId';
import type { Token } from '../text/Token';
import type { MentionCandidate } from './MentionCandidate';
import { GENERIC_BODY_WORDS, ORGANIZATION_HEADS } from './nameWords';

/**
 * `Chinese Foreign Ministry`, `Pakistan's Foreign Office`, `Philippine Coast Guard`: a body every state has, named right
 * after a country, is that country's body: a mention of its own words beside the country's, named as the phrase is
 * written without a possessive (`Chinese Foreign Ministry`; `Foreign Office`), whose id joins every way of writing the
 * country (`Chinese Foreign Ministry` and `China's Foreign Ministry` are `organization:china-foreign-ministry`).
 */
export function qualifyGenericBodies(candidates: readonly MentionCandidate[], tokens: readonly Token[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const candidate of candidates) {
    const previous = out[out.length - 1];
    const country = previous?.known?.type === 'Country' ? previous.known : undefined;
    const firstWord = candidate.surface.split(' ')[0]?.toLowerCase() ?? '';
    // A body's head word alone is read as no name of its own (`the Indonesian Navy`): after a country it is one.
    const body = candidate.type === 'Organization' || (candidate.first === candidate.last && ORGANIZATION_HEADS.has(firstWord));
    const generic = body && GENERIC_BODY_WORDS.has(firstWord) && candidate.known?.countryId !== country?.entityId;
    if (previous && country && generic && previous.last + 1 === candidate.first) {
      // A country's possessive owns the body, and is no word of its name (`Thailand's Constitutional Court` is the
      // Constitutional Court); a demonym is one (`Chinese Foreign Ministry`). The id keeps the country either way.
      const name = tokens[previous.last]?.possessive ? candidate.surface : `${previous.surface} ${candidate.surface}`;
      // The country keeps its own mention, as the article names it; the body's is its own words.
      out.push({
        first: candidate.first,
        last: candidate.last,
        type: 'Organization',
        surface: name,
        start: candidate.start,
        end: candidate.end,
        // The phrase is the body's own name (`Home Office`), which names it alone later in the article.
        known: { phrase: candidate.surface, entityId: entityId('Organization', `${country.name} ${candidate.surface}`), type: 'Organization', name, kind: 'institution', exactCase: false, countryId: country.entityId },
        needsSupport: false,
      });
      continue;
    }
    out.push(candidate);
  }
  return out;
}
