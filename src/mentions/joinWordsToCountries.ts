import type { Token } from '../text/Token';
import { candidateAt } from './candidateAt';
import { isEnglishWord } from './isEnglishWord';
import type { MentionCandidate } from './MentionCandidate';
import { BREAKING_PUNCTUATION } from './nameWords';

// Words of a part of a place (`Western Balkans`, `South Caucasus`), however compromise tags them.
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'inner', 'outer']);

// `Environment Canada`, `Statistics Canada`, `Air Canada`, `Team Estonia`, `Audit Scotland`: a capitalized common noun
// right before a country's or a nation's name names a body of it, not the place, inside a sentence or opening it
// (`Environment Canada spokesperson X said`).
function joinBodiesNamedForCountries(candidates: readonly MentionCandidate[], tokens: readonly Token[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const isBodyWord = (word: Token | undefined): word is Token =>
    word !== undefined && word.capitalized && word.tags.has('Noun') && !COMPASS_WORDS.has(word.key) && !['Adjective', 'Place', 'Person', 'Demonym', 'Value', 'Date'].some((tag) => word.tags.has(tag)) && isEnglishWord(word) && !BREAKING_PUNCTUATION.test(word.post);
  for (const current of candidates) {
    const previous = out[out.length - 1];
    const country = namesCountry(current) || current.known?.kind === 'region';
    if (previous?.needsSupport && country && isBodyWord(tokens[previous.first]) && previous.first === previous.last && previous.last + 1 === current.first) {
      out[out.length - 1] = candidateAt(tokens, previous.first, current.last, 'Organization');
      continue;
    }
    // (`Media Monitoring Africa`, `Sexual Minorities Uganda`: so does a body's name of two words or more that general
    // knowledge does not know, right before the place; not before a clause the place opens: `told the Press
    // Association Britain would`.)
    const clause = ['Modal', 'Auxiliary'].some((tag) => tokens[current.last + 1]?.tags.has(tag) === true);
    if (previous?.type === 'Organization' && !previous.known && previous.first < previous.last && country && previous.last + 1 === current.first
      && /^[\s-]*$/.test(tokens[previous.last]?.post ?? '') && !tokens[current.first]?.pre && !tokens[previous.last]?.possessive && !clause) {
      out[out.length - 1] = candidateAt(tokens, previous.first, current.last, 'Organization');
      continue;
    }
    out.push(current);
  }
  return out;
}

// A country named by its name or another name of it, not by its capital or demonym.
function namesCountry(found: MentionCandidate): boolean {
  return found.known?.type === 'Country' && (found.known.kind === 'name' || found.known.kind === 'alias');
}

// Sea and coast words that name a place after `of` a country (`Gulf of Mexico`, `Bay of Bengal`): the place, not the country.
const FEATURE_HEADS: ReadonlySet<string> = new Set(['gulf', 'bay', 'sea', 'strait', 'straits', 'coast', 'isle', 'cape']);

// `the Gulf of Mexico oil spill`: a sea's or coast's word, `of` and a country's name make one place.
function joinFeaturesOfCountries(candidates: readonly MentionCandidate[], tokens: readonly Token[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const current of candidates) {
    const previous = out[out.length - 1];
    const country = namesCountry(current);
    const feature = previous !== undefined && previous.first === previous.last && previous.last + 2 === current.first && FEATURE_HEADS.has(tokens[previous.last]?.key ?? '');
    if (previous && country && feature && tokens[current.first - 1]?.key === 'of') {
      out[out.length - 1] = candidateAt(tokens, previous.first, current.last, 'Location');
      continue;
    }
    out.push(current);
  }
  return out;
}

/**
 * Joins a word, or a body's unknown name, to the country or region name after it where together they name one thing: a
 * body (`Audit Scotland`, `Media Monitoring Africa`) or a sea (`Gulf of Mexico`).
 */
export function joinWordsToCountries(candidates: readonly MentionCandidate[], tokens: readonly Token[]): MentionCandidate[] {
  return joinFeaturesOfCountries(joinBodiesNamedForCountries(candidates, tokens), tokens);
}
