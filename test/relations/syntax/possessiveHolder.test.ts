import { relationLines } from '../../helpers/extractText';

// Through extractDocument: whose post a possessive names only matters to the offices the rules read with it.
describe('possessiveHolder', () => {
  const roles = (text: string) => relationLines(text).filter((line) => line.includes('HOLDS_ROLE'));

  it.each([
    // `its`: the one body of the sentence before, or the body joined to it by `and`.
    ['Ann Vale wrote for the Vosk Gazette, a weekly newspaper. Its editor, Tom Baxter, said she had been brave.', 'person:tom-baxter HOLDS_ROLE organization:vosk-gazette'],
    ['The rallies were led by the Orla Front and its leader Ann Vale.', 'person:ann-vale HOLDS_ROLE organization:orla-front'],
    ['Vosk Group attacked the bid. Its chief legal officer, Ann Vale, said so.', 'person:ann-vale HOLDS_ROLE organization:vosk-group'],
    // `the union's`: the body of that kind named last.
    ['The Vosk union called a strike. The union\'s general secretary, Ann Vale, said it would go ahead.', 'person:ann-vale HOLDS_ROLE organization:vosk'],
    // `his`: the country or body of the office the person named before holds.
    ['President Karl Ost of Norway met the press. His foreign minister, Tom Baxter, said so.', 'person:tom-baxter HOLDS_ROLE country:norway'],
  ])('reads whose post the possessive names in %j', (text, expected) => {
    expect(roles(text)).toContain(expected);
  });

  it.each([
    // A pronoun before a person's own people, and a post with no holder named with it.
    ['Ann Vale met the Vosk Group board. Her lawyer, Tom Baxter, said so.'],
    ['The rallies were led by the Orla Front and its lawyers.'],
  ])('places no post from %j', (text) => {
    expect(roles(text)).toEqual([]);
  });
});
