/** Last words that make a capitalized phrase an organization (`Foreign Ministry`, `Security Council`). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'parliament', 'senate', 'congress', 'council', 'commission', 'committee', 'agency', 'bank',
  'union', 'party', 'corporation', 'corp', 'inc', 'ltd', 'company', 'group', 'court', 'army', 'navy', 'forces', 'force',
  'office', 'administration', 'organization', 'organisation', 'institute', 'university', 'association', 'federation',
  'alliance', 'front', 'movement', 'service', 'services', 'guard', 'police', 'cabinet', 'assembly', 'authority',
  'foundation', 'fund', 'network', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'press', 'broadcasting',
]);

/** Lower-case words after a name that make it a place (`Donetsk region`). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'region', 'regions', 'oblast', 'province', 'peninsula', 'city', 'district', 'county', 'state', 'territory', 'island',
  'islands', 'river', 'sea', 'valley', 'border', 'coast', 'strait', 'enclave', 'capital',
]);

/** Words that link the parts of one name (`Ursula von der Leyen`, `Department of State`). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'der', 'van', 'von', 'al', 'bin', 'da', 'du', 'la', 'le', 'for', 'and']);

/** Verbs of saying that follow a person's name in reporting (`Peskov said`). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'stated', 'wrote', 'warned', 'insisted', 'argued', 'claimed',
  'stressed', 'emphasized', 'emphasised', 'acknowledged', 'announced', 'explained', 'replied', 'responded', 'confirmed',
]);

/** Nouns after a person's name that make an organization (`the Trump administration`). */
export const PERSON_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(['administration', 'government', 'campaign', 'cabinet']);

/** Prepositions before a lone name that make it a place (`in Geneva`). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'across', 'outside', 'around', 'into', 'from']);

/** Common short all-capital words that are not organizations. */
export const NON_ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'gdp', 'ai', 'tv', 'pm', 'am', 'id', 'utc', 'gmt', 'ok', 'covid', 'faq', 'diy', 'iq', 'hiv', 'aids', 'pow',
  'pows', 'lgbt', 'lgbtq', 'vip', 'dna', 'usd', 'eur', 'gbp', 'ceos', 'mp', 'mps', 'ps', 'pr', 'ufo', 'atm', 'suv', 'it',
]);
