import { extractText } from '../helpers/extractText';

// Through extractDocument: a sentence's first word joins the body's name after it when the article writes the name
// whole inside a sentence (no shorter alias is left behind).
describe('readOpeningWords', () => {
  const entities = (text: string) =>
    extractText(text)
      .entities.map((entity) => `${entity.type}:${entity.name}${entity.aliases.length > 0 ? ` (${entity.aliases.join(', ')})` : ''}`)
      .sort();

  it.each([
    // A word of the dictionary opening the sentence, before the rest of a body's name the article writes whole.
    ['Granite Vosk Group said it would cut jobs. Regulators fined the Granite Vosk Group on Monday.', ['Organization:Granite Vosk Group']],
    ['Harbour Kessel Chairman Tom Baxter resigned. The board of Harbour Kessel met on Friday.', ['Organization:Harbour Kessel', 'Person:Tom Baxter']],
    // Not a word that qualifies the name (the article never writes it so inside a sentence).
    ['Former Kessel Group chief Ann Vale spoke. She left the Kessel Group in 2010.', ['Organization:Kessel Group', 'Person:Ann Vale']],
  ])('reads the names in %j', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
