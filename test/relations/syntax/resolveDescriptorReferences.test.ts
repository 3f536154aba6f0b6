import { relationLines } from '../../helpers/extractText';

// Through extractDocument: the references only matter to the relations they let the rules read.
describe('resolveDescriptorReferences', () => {
  it.each([
    // The noun right before the name, in an apposition before it, or in one after it.
    ['The novelist Ann Vale was charged. Karl Ost praised the novelist.', 'person:karl-ost PRAISED person:ann-vale'],
    ["The trial of Norway's best-known novelist, Ann Vale, was adjourned. Karl Ost accused the novelist of lying.", 'person:karl-ost CRITICIZED person:ann-vale'],
    ['The institute hired Ann Vale, an Italian surgeon, in 2010. Karl Ost accused the surgeon of misconduct.', 'person:karl-ost CRITICIZED person:ann-vale'],
  ])('reads "the" and a noun as the one person the article described with it in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });

  it.each([
    // Two people were described with the noun.
    ['The novelist Ann Vale met the novelist Tom Baxter. Karl Ost praised the novelist.'],
    // No one was described with it before.
    ['Karl Ost praised the novelist. The novelist Ann Vale left.'],
    // A phrase at the end of the sentence's opening adverbial is no apposition.
    ['In an interview with the novelist, Ann Vale, who left, said so. Karl Ost praised the novelist.'],
  ])('reads no one in %j', (text) => {
    expect(relationLines(text).filter((line) => /^person:karl-ost PRAISED/.test(line))).toEqual([]);
  });
});
