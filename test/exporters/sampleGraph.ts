import type { DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';
import { buildGraph } from '../../src/graph/buildGraph';
import type { NewsGraph } from '../../src/graph/NewsGraph';
import type { Evidence } from '../../src/relations/EvidenceSchema';

// Text that XML writers get wrong: markup characters, both quotes, whitespace that parsers normalize,
// a character outside the BMP, a lone surrogate and control characters (escaped in JSON strings, illegal in XML).
const TRICKY = 'AT&T <Labs> said "yes" & \'no\'\ttab\nline\r\nCRLF \u{1F30D} lone\uD800 bell\u0007 nul\u0000';

function evidence(doc: string, sentence: string, verb: string, date?: string): Evidence {
  return { doc, sentence, start: 0, end: sentence.length, rule: `rule-${verb}`, reason: `"${verb}" states it`, verb, date };
}

/** Two hand-written extractions covering what the exporters must carry: escaping, lists, optional fields, parallel edges. */
export function sampleExtractions(): DocumentExtraction[] {
  return [
    {
      id: 'a.txt',
      title: 'Talks in <Geneva> & "progress"',
      date: '2025-11-24',
      source: 'seeds/a.txt',
      entities: [
        { id: 'person:marco-rubio', type: 'Person', name: 'Marco Rubio', aliases: ['Rubio', 'Secretary Rubio'] },
        { id: 'country:united-states', type: 'Country', name: 'United States', aliases: ['U.S.', 'US', 'Washington'] },
        { id: 'country:ukraine', type: 'Country', name: 'Ukraine', aliases: ["Ukraine's"] },
        { id: 'organization:at-t', type: 'Organization', name: 'AT&T <Labs> "Q" \'R\'', aliases: [TRICKY] },
      ],
      mentions: [
        { entity: 'person:marco-rubio', type: 'Person', text: 'Marco Rubio', start: 0, end: 11 },
        { entity: 'person:marco-rubio', type: 'Person', text: 'Rubio', start: 40, end: 45 },
        { entity: 'country:united-states', type: 'Country', text: 'US', start: 50, end: 52 },
        { entity: 'country:ukraine', type: 'Country', text: 'Ukraine', start: 60, end: 67 },
      ],
      relations: [
        {
          type: 'HOLDS_ROLE',
          source: 'person:marco-rubio',
          target: 'country:united-states',
          title: 'Secretary of State',
          evidence: evidence('a.txt', 'US Secretary of State Marco Rubio said so.', 'Secretary of State', '2025-11-24'),
        },
        {
          type: 'CRITICIZED',
          source: 'country:united-states',
          target: 'country:ukraine',
          topic: 'the "zero gratitude" claim',
          evidence: evidence('a.txt', TRICKY, 'criticised', '2025-11-24'),
        },
        {
          type: 'PRESSURED',
          source: 'country:united-states',
          target: 'country:ukraine',
          evidence: evidence('a.txt', 'Trump gave Ukraine a Thursday deadline.', 'deadline', '2025-11-24'),
        },
      ],
    },
    {
      id: 'b.txt',
      entities: [
        { id: 'person:marco-rubio', type: 'Person', name: 'Marco Rubio', aliases: ['Marco'] },
        { id: 'country:ukraine', type: 'Country', name: 'Ukraine', aliases: [] },
        // A party carries its country.
        { id: 'organization:ukraine-servant-of-the-people', type: 'Organization', name: 'Servant of the People', aliases: [], country: 'country:ukraine' },
      ],
      mentions: [
        { entity: 'person:marco-rubio', type: 'Person', text: 'Rubio', start: 3, end: 8 },
        { entity: 'organization:ukraine-servant-of-the-people', type: 'Organization', text: 'Servant of the People', start: 20, end: 41 },
      ],
      relations: [
        {
          type: 'CRITICIZED',
          source: 'country:united-states',
          target: 'country:ukraine',
          topic: 'the plan',
          evidence: evidence('b.txt', 'Washington criticized Kyiv over the plan.', 'criticized'),
        },
      ],
    },
  ];
}

/** The graph of `sampleExtractions()`. */
export function sampleGraph(): NewsGraph {
  return buildGraph(sampleExtractions());
}
