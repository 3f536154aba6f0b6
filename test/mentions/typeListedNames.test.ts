import { extractText } from '../helpers/extractText';

// Through extractDocument: the types the list gives are what the graph keeps.
describe('typeListedNames', () => {
  const entities = (text: string) => extractText(text).entities.map((entity) => `${entity.type}:${entity.name}`).sort();

  it.each([
    // A name read as a person from its shape, listed with organizations only, is an organization.
    ['The firm is advised by Goldman Sachs, Orlak Stanley and UBS.', ['Organization:Goldman Sachs', 'Organization:Orlak Stanley', 'Organization:UBS']],
    // People listed with an organization stay people; one organization makes no list of organizations.
    ['Ann Vale, Tom Baxter and the IMF met on Monday.', ['Organization:International Monetary Fund', 'Person:Ann Vale', 'Person:Tom Baxter']],
    ['The deal was backed by Goldman Sachs and Orlak Stanley.', ['Organization:Goldman Sachs', 'Person:Orlak Stanley']],
    // A list that qualifies a plural noun for bodies names bodies.
    ['Honda supplied engines to the Vosk and Orlak Stanley teams.', ['Organization:Honda', 'Organization:Orlak Stanley', 'Organization:Vosk']],
    // So does a list a plural noun for bodies introduces; not `makers`, who may be people.
    ['Banks including Goldman Sachs and Orlak Stanley advised the board.', ['Organization:Goldman Sachs', 'Organization:Orlak Stanley']],
    ['Film-makers including Ann Vale and Tom Baxter signed the letter.', ['Person:Ann Vale', 'Person:Tom Baxter']],
    // A consortium's members are bodies; a group's may be people.
    ['Vosk, a consortium including Orlak Stanley and Kessel Trent, won.', ['Organization:Kessel Trent', 'Organization:Orlak Stanley', 'Organization:Vosk']],
    ['The band, a group including Ann Vale and Tom Baxter, played.', ['Person:Ann Vale', 'Person:Tom Baxter']],
  ])('types the names of %j by their list', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
