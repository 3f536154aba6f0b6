import { extractDocument } from '../../src/pipeline/extractDocument';
import { placeOffices } from '../../src/pipeline/placeOffices';

const BRITISH = 'Labour MPs in the House of Commons jeered, and the Conservatives walked out.';
// The offices of each document of a corpus of texts, as `source target title rule` lines.
const offices = (...texts: string[]) =>
  placeOffices(texts.map((text, i) => extractDocument({ id: `d${i}.txt`, text }))).map((extraction) =>
    extraction.relations.filter((relation) => relation.type === 'HOLDS_ROLE').map((relation) => `${relation.source} ${relation.target} ${relation.title ?? ''} ${relation.evidence.rule}`),
  );

describe('placeOffices', () => {
  it('places an office named alone where the corpus states the same person holds it', () => {
    expect(offices('US President Ann Ferris flew in on Monday.', 'President Ann Ferris met the press.')[1]).toEqual([
      'person:ann-ferris country:united-states President role:implied-holder',
    ]);
  });

  it('says where the corpus states the office', () => {
    const [, second] = placeOffices(['US President Ann Ferris flew in on Monday.', 'President Ann Ferris met the press.'].map((text, i) => extractDocument({ id: `d${i}.txt`, text })));
    expect(second?.relations[0]?.evidence.reason).toMatch(/: President of United States in d0\.txt$/);
    expect(second?.offices).toBeUndefined();
  });

  it.each([
    // The corpus states the same office of another country: the implied office takes that holder.
    [`${BRITISH} Finance Minister Karl Ost said taxes would rise.`, 'Austrian Finance Minister Karl Ost spoke in Vienna.', ['person:karl-ost country:austria Finance Minister role:implied-holder']],
    // It states the same office of the same country: kept as implied.
    [`${BRITISH} Chancellor Rhodri Pryce said borrowing would fall.`, 'British Chancellor Rhodri Pryce spoke in Brussels.', ['person:rhodri-pryce country:united-kingdom Chancellor role:implied-country']],
    // It ties the person to another country only: dropped.
    [`${BRITISH} Defence Secretary Lee Park said the fleet would grow.`, 'South Korean Defence Minister Lee Park spoke in Seoul.', []],
    // Nothing elsewhere about the person: kept.
    [`${BRITISH} Defence Secretary Lee Park said the fleet would grow.`, 'Austrian Finance Minister Karl Ost spoke in Vienna.', ['person:lee-park country:united-kingdom Defence Secretary role:implied-country']],
  ])('checks the office the article\'s country implied in %j against %j', (first, second, expected) => {
    expect(offices(first, second)[0]).toEqual(expected);
  });

  it('places no office the corpus states for two holders, and keeps it unplaced', () => {
    const [first] = placeOffices(['Spokesman Dan Ruiz said nothing.', 'Kremlin spokesman Dan Ruiz spoke. UN spokesman Dan Ruiz spoke.'].map((text, i) => extractDocument({ id: `d${i}.txt`, text })));
    expect(first?.relations).toEqual([]);
    expect(first?.offices?.map((office) => `${office.source} ${office.title}`)).toEqual(['person:dan-ruiz Spokesman']);
  });
});
