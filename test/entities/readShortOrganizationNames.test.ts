import { extractText } from '../helpers/extractText';

// Through extractDocument: the short name's mentions join the organization named in full.
describe('readShortOrganizationNames', () => {
  const entities = (text: string) =>
    extractText(text)
      .entities.map((entity) => `${entity.type}:${entity.name}${entity.aliases.length > 0 ? ` (${entity.aliases.join(', ')})` : ''}`)
      .sort();

  it.each([
    // An ordinary word that opens a company's name stands for the company alone, read as nothing or as a person.
    [
      'The studio Paramount Pictures ended the deal. Tom Baxter said Paramount would not renew it.',
      ['Organization:Paramount Pictures (Paramount)', 'Person:Tom Baxter'],
    ],
    ['Sheet Metal Group made an offer. Analysts said Sheet was likely to win.', ['Organization:Sheet Metal Group (Sheet)']],
    // Not a person's surname, nor a word opening two names.
    ['The Vosk Foundation gave money. President Vosk said so.', ['Organization:Vosk Foundation', 'Person:Vosk']],
    ['Sheet Metal Group and Sheet Media agreed. Tom Baxter said Sheet would gain.', ['Organization:Sheet Media', 'Organization:Sheet Metal Group', 'Person:Tom Baxter']],
  ])('reads the short names in %j', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
