// Okabe-Ito colours, told apart with the common colour-vision deficiencies; the page names every colour in text too.

/** Node colour of each entity type (as in cypher/style.grass: Person blue, Country red, Organization orange, Location green). */
export const ENTITY_TYPE_COLORS: Readonly<Record<string, string>> = {
  Person: '#0072B2',
  Country: '#D55E00',
  Organization: '#E69F00',
  Location: '#009E73',
};

/** Edge colour of each family of relation types: conflict, cooperation, and offices and delegations. */
export const RELATION_FAMILIES: readonly { name: string; color: string; types: readonly string[] }[] = [
  { name: 'conflict', color: '#C0392B', types: ['CRITICIZED', 'REJECTED', 'PRESSURED', 'THREATENED', 'ATTACKED', 'SANCTIONED'] },
  { name: 'cooperation', color: '#1E8449', types: ['PRAISED', 'SUPPORTED', 'MET_WITH', 'NEGOTIATED_WITH'] },
  { name: 'office', color: '#7F8C9A', types: ['HOLDS_ROLE', 'LEADS_DELEGATION'] },
];

/** Colours of the largest communities, in order; smaller ones share OTHER_COLOR. */
export const COMMUNITY_COLORS: readonly string[] = [
  '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#882255', '#117733', '#AA4499', '#332288', '#999933', '#44AA99',
];

/** Colour of what has no colour of its own, and of what is dimmed behind a highlighted neighbourhood. */
export const OTHER_COLOR = '#8A8A8A';
export const DIMMED_COLOR = '#E4E4E4';

/** The edge colour of a relation type. */
export function relationColor(type: string): string {
  return RELATION_FAMILIES.find((family) => family.types.includes(type))?.color ?? OTHER_COLOR;
}
