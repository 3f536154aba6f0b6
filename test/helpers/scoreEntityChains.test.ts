import type { EntityType } from '../../src/knowledge/EntityType';
import type { DocumentExtraction } from '../../src/pipeline/DocumentExtractionSchema';
import type { ChainScope } from './scoreEntityChains';
import { scoreEntityChains } from './scoreEntityChains';
import type { GumChain, GumMention, GumNewsEntities } from './GumNewsEntitiesSchema';

const TEXT =
  'Kim Jong-un met officials of the U.S. Environmental Protection Agency in Evansville, Indiana, United States. ' +
  'Kim praised North Korea and Internet Explorer 6. The military left Pyongyang.';

/** A phrase of TEXT, `phrase#n` for its n-th occurrence (from 0). */
function span(phrase: string, from = 0): { start: number; end: number } {
  const [words = '', nth = '0'] = phrase.split('#');
  let start = TEXT.indexOf(words, from);
  for (let n = 0; n < Number(nth); n++) start = TEXT.indexOf(words, start + 1);
  if (start < 0) throw new Error(`no "${phrase}" in the test text`);
  return { start, end: start + words.length };
}

/** A gold mention: its phrase, and its head word and minimal span inside it (the whole phrase by default). */
function mention(phrase: string, head?: string, min?: string): GumMention {
  const { start, end } = span(phrase);
  const text = TEXT.slice(start, end);
  const headSpan = span(head ?? text, start);
  const minSpan = span(min ?? text, start);
  return { start, end, text, headStart: headSpan.start, headEnd: headSpan.end, minStart: minSpan.start, minEnd: minSpan.end, proper: true, group: false };
}

function chain(type: string, identity: string | null, mentions: GumMention[], named = true): GumChain {
  return { gumIds: [1], type, identity, named, mentions };
}

// GUM-like chains, with the odd minimal spans GUM has (`United States` in `Indiana, United States`).
const REFERENCE: GumNewsEntities = {
  about: 'test',
  documents: [
    {
      name: 'd',
      article: 'articles/d.txt',
      gumId: 'GUM_news_d',
      title: 'Test',
      sourceURL: 'https://en.wikinews.org/wiki/Test',
      dateCreated: '2015-01-01',
      chains: [
        chain('person', 'Kim_Jong-un', [mention('Kim Jong-un', 'Kim'), mention('Kim#1')]),
        chain('organization', 'United_States_Environmental_Protection_Agency', [
          mention('the U.S. Environmental Protection Agency', 'Agency', 'U.S. Environmental Protection Agency'),
        ]),
        chain('place', 'United_States', [mention('U.S.'), mention('United States')]),
        chain('place', 'Evansville,_Indiana', [mention('Evansville, Indiana, United States', 'Evansville'), mention('Evansville, Indiana', 'Evansville')]),
        chain('place', 'Indiana', [mention('Indiana, United States', 'Indiana', 'United States')]),
        chain('organization', 'North_Korea', [mention('North Korea')]),
        chain('object', 'Internet_Explorer_6', [mention('Internet Explorer 6', '6')]),
        chain('organization', null, [mention('The military', 'military')], false),
        chain('place', 'Pyongyang', [mention('Pyongyang')]),
      ],
    },
  ],
};

/** Predicted entities as `[Type, name, phrases of its mentions]`. */
type EntityRow = [EntityType, string, string[]];

function extraction(rows: readonly EntityRow[]): Map<string, DocumentExtraction> {
  const entities = rows.map(([type, name]) => ({ id: `${type.toLowerCase()}:${name}`, type, name, aliases: [] }));
  const mentions = rows.flatMap(([type, name, phrases]) =>
    phrases.map((phrase) => ({ entity: `${type.toLowerCase()}:${name}`, type, text: phrase, ...span(phrase) })),
  );
  return new Map([['d', { id: 'd.txt', entities, mentions, relations: [] }]]);
}

const RIGHT: EntityRow[] = [
  ['Person', 'Kim Jong-un', ['Kim Jong-un', 'Kim#1']],
  ['Organization', 'EPA', ['U.S. Environmental Protection Agency']],
  ['Country', 'United States', ['United States']],
  ['Location', 'Evansville', ['Evansville']],
  ['Location', 'Indiana', ['Indiana']],
  ['Country', 'North Korea', ['North Korea']],
  ['Location', 'Pyongyang', ['Pyongyang']],
];

describe('scoreEntityChains', () => {
  it.each<[string, ChainScope, EntityRow[], { precision: number; recall: number; duplicates: number; errors: string[] }]>([
    ['finds each named chain an entity of its type lands on', 'all', RIGHT, { precision: 1, recall: 1, duplicates: 0, errors: [] }],
    [
      'counts a second entity of one chain as a duplicate',
      'all',
      [...RIGHT, ['Person', 'Kim', ['Kim#1']]],
      { precision: 7 / 8, recall: 1, duplicates: 1, errors: ['duplicate Person:Kim again for person "Kim Jong-un" (Kim_Jong-un)'] },
    ],
    [
      'counts a place read as a Person as a confusion and misses the place',
      'all',
      [...RIGHT.slice(0, 6), ['Person', 'Pyongyang', ['Pyongyang']]],
      {
        precision: 6 / 7,
        recall: 6 / 7,
        duplicates: 0,
        errors: ['type Person:Pyongyang is GUM place "Pyongyang" (Pyongyang)', 'missed place "Pyongyang" (Pyongyang)'],
      },
    ],
    [
      'counts a product named as an Organization as a false positive',
      'all',
      [...RIGHT, ['Organization', 'IE6', ['Internet Explorer 6']]],
      { precision: 7 / 8, recall: 1, duplicates: 0, errors: ['other Organization:IE6 is GUM object "Internet Explorer 6" (Internet_Explorer_6)'] },
    ],
    [
      'counts an entity on no GUM mention as unannotated',
      'all',
      [...RIGHT, ['Organization', 'Officials', ['officials']]],
      { precision: 7 / 8, recall: 1, duplicates: 0, errors: ['unannotated Organization:Officials at "officials"'] },
    ],
    [
      'leaves out an entity on an unnamed organization chain',
      'all',
      [...RIGHT, ['Organization', 'Military', ['military']]],
      { precision: 1, recall: 1, duplicates: 0, errors: [] },
    ],
    [
      'lands an entity on the chain most of its mentions hit',
      'all',
      [['Person', 'Kim Jong-un', ['Kim Jong-un', 'Pyongyang', 'Kim#1']], ...RIGHT.slice(1, 6)],
      { precision: 1, recall: 6 / 7, duplicates: 0, errors: ['missed place "Pyongyang" (Pyongyang)'] },
    ],
    [
      'scores people, countries and organizations alone without places',
      'no places',
      [...RIGHT, ['Country', 'North Korea Capital', ['Pyongyang']]],
      { precision: 1, recall: 1, duplicates: 0, errors: [] },
    ],
    [
      'still counts a person read as a Location without places as missed',
      'no places',
      [...RIGHT.slice(1), ['Location', 'Kim Jong-un', ['Kim Jong-un', 'Kim#1']]],
      { precision: 1, recall: 3 / 4, duplicates: 0, errors: ['missed person "Kim Jong-un" (Kim_Jong-un)'] },
    ],
  ])('%s', (_title, scope, rows, expected) => {
    const score = scoreEntityChains(REFERENCE, extraction(rows), scope);
    expect({
      precision: score.precision,
      recall: score.recall,
      duplicates: score.duplicates,
      errors: score.errors.map((error) => `${error.kind} ${error.text}`),
    }).toEqual({ ...expected, precision: expect.closeTo(expected.precision, 10), recall: expect.closeTo(expected.recall, 10) });
  });

  it('hits the gold mention whose head word a span overlaps, then the one that covers the span best', () => {
    // `Indiana` lies in the minimal span of the shorter `Evansville, Indiana` but is the head of `Indiana, United
    // States`; the agency's name covers the `U.S.` head inside it.
    const score = scoreEntityChains(
      REFERENCE,
      extraction([
        ['Location', 'Indiana', ['Indiana']],
        ['Organization', 'EPA', ['U.S. Environmental Protection Agency']],
      ]),
      'all',
    );
    expect(score.errors.map((error) => `${error.kind} ${error.text}`)).toEqual([
      'missed person "Kim Jong-un" (Kim_Jong-un)',
      'missed place "U.S." (United_States)',
      'missed place "Evansville, Indiana, United States" (Evansville,_Indiana)',
      'missed organization "North Korea" (North_Korea)',
      'missed place "Pyongyang" (Pyongyang)',
    ]);
  });

  it('counts the types it confuses, by GUM type and predicted type', () => {
    const rows: EntityRow[] = [...RIGHT.slice(1, 6), ['Location', 'Kim Jong-un', ['Kim Jong-un']], ['Person', 'Pyongyang', ['Pyongyang']]];
    expect(scoreEntityChains(REFERENCE, extraction(rows), 'all').confusions).toEqual({ 'person -> Location': 1, 'place -> Person': 1 });
  });

  it('fails on a document it has no extraction of', () => {
    expect(() => scoreEntityChains(REFERENCE, new Map(), 'all')).toThrow('no extraction of d');
  });
});
