import { extractText, relationLines } from '../helpers/extractText';

// Through extractDocument: which entity the people's demonym names decides whose offices its officials hold.
describe('peoplesOfGoverningBodies', () => {
  const entities = (text: string) =>
    extractText(text)
      .entities.map((entity) => `${entity.type}:${entity.name}`)
      .sort();

  it.each([
    // The authority named: the demonym stands for it, and no state is read beside it.
    [
      'Ann Vale, the Palestinian president, said the Palestinian Authority would sign.',
      ['Organization:Palestinian Authority', 'Person:Ann Vale'],
      ['person:ann-vale HOLDS_ROLE organization:palestinian-authority'],
    ],
    [
      'Palestinian Prime Minister Tom Baxter met Lena Dahl. The Palestinian National Authority agreed.',
      ['Organization:Palestinian Authority', 'Person:Lena Dahl', 'Person:Tom Baxter'],
      ['person:tom-baxter HOLDS_ROLE organization:palestinian-authority', 'person:tom-baxter MET_WITH person:lena-dahl'],
    ],
    // Not named: the demonym keeps its country.
    ['Ann Vale, the Palestinian president, said talks would resume.', ['Country:Palestine', 'Person:Ann Vale'], ['person:ann-vale HOLDS_ROLE country:palestine']],
  ])('reads %j', (text, expectedEntities, expectedRelations) => {
    expect(entities(text)).toEqual(expectedEntities);
    expect(relationLines(text)).toEqual(expectedRelations);
  });
});
