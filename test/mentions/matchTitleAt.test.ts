import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { matchTitleAt } from '../../src/mentions/matchTitleAt';
import { tokensOf } from '../helpers/tokensOf';

// The title matchTitleAt reads from the word `from` of `text`, or undefined.
function titleFrom(text: string, from: string): string | undefined {
  const tokens = tokensOf(text);
  return matchTitleAt(tokens, tokens.findIndex((token) => token.start === text.indexOf(from)), defaultKnowledge())?.title;
}

describe('matchTitleAt', () => {
  it.each([
    ['Yesterday US Secretary of State Ann Vale arrived.', 'Secretary', 'Secretary of State'],
    ['Yesterday Commerce Minister Ravi Sood arrived.', 'Commerce', 'Commerce Minister'],
    ['Yesterday Chief Judicial Magistrate Ravi Sood granted bail.', 'Chief', 'Chief Judicial Magistrate'],
    // `for` or `of` and a portfolio's words after a minister's title, before a name, are the title's.
    ['Yesterday Minister for Health Ann Vale arrived.', 'Minister', 'Minister for Health'],
    ['Yesterday Minister of Foreign Affairs Ravi Sood arrived.', 'Minister', 'Minister of Foreign Affairs'],
    ['Yesterday Minister of Education Stefania Orlak arrived.', 'Minister', 'Minister of Education'],
    ['Yesterday Minister for Social and Family Affairs Ann Vale arrived.', 'Minister', 'Minister for Social and Family Affairs'],
    // A region's affairs, opened by a people's or region's adjective, are a portfolio too; so is a secretary of state's.
    ['Yesterday Minister for African Affairs Ann Vale arrived.', 'Minister', 'Minister for African Affairs'],
    ['Yesterday Assistant Secretary of State for Asian and Pacific Affairs Ann Vale arrived.', 'Assistant', 'Assistant Secretary of State for Asian and Pacific Affairs'],
    ['Yesterday Under Secretary of State Ann Vale arrived.', 'Under', 'Under Secretary of State'],
    // Not a country's name, nor words before no name.
    ['Yesterday Prime Minister of Japan Ravi Sood arrived.', 'Prime', 'Prime Minister'],
    ['Yesterday the Minister for Health arrived.', 'Minister', 'Minister'],
    // A party's word before an office is the holder's party, not the office's word, unless the two make a known office.
    ['The former Labour foreign secretary Ann Vale spoke.', 'former', undefined],
    ['The former Republican senator Ann Vale spoke.', 'former', undefined],
    ['Former Labor Secretary Ann Vale spoke.', 'Former', 'Labor Secretary'],
    // Words of rank qualify an office however compromise tags them.
    ['Orlak Deputy General Secretary Ann Vale spoke.', 'Deputy', 'Deputy General Secretary'],
    // Common words running into a minister's title are its portfolio, though compromise reads them as a body's name.
    ['Yesterday International Development Secretary Ann Vale spoke.', 'International', 'International Development Secretary'],
    // `Forces`, like `Affairs`, ends a portfolio as well as a body's name.
    ['Yesterday the Armed Forces Minister, Ann Vale, spoke.', 'Armed', 'Armed Forces Minister'],
    // A prefix joined by a hyphen to an English word makes one word with it, and keeps its hyphen; a word does not.
    ['Yesterday International Co-operation Minister Ann Vale spoke.', 'International', 'International Co-operation Minister'],
    ['Yesterday Vice-Chairman Ann Vale spoke.', 'Vice', 'Vice Chairman'],
    // The people a portfolio serves may be written as its possessive.
    ["Yesterday Children's Secretary Ann Vale spoke.", 'Children', "Children's Secretary"],
    ['Yesterday caretaker Prime Minister Ravi Sood arrived.', 'caretaker', 'Prime Minister'],
    // `general` after an office's head, in its case, is part of the office.
    ["Yesterday Kessel's prosecutor general, Ann Vale, spoke.", 'prosecutor', 'Prosecutor General'],
    ["Yesterday Kessel's Prosecutor-General, Ann Vale, spoke.", 'Prosecutor', 'Prosecutor General'],
    ['Yesterday Commissioner General Ann Vale spoke.', 'Commissioner', 'Commissioner General'],
    // compromise reads `Shadow education` as a company's name; after `Shadow` a portfolio still qualifies the office.
    ['Shadow education secretary Ann Vale spoke.', 'Shadow', 'Shadow Education Secretary'],
    // `and` joins two portfolios, not a name and a title.
    ["Yesterday France's interior and overseas minister Luc Moreau spoke.", 'interior', 'Interior and Overseas Minister'],
    // A capitalized word before a player's place is the team's name, not the title's; a lower-case one qualifies it.
    ['He said Temple striker Tom Baxter scored.', 'Temple', undefined],
    ['He said central defender Tom Baxter scored.', 'central', 'Central Defender'],
    ['Yesterday Erdogan hosted Abiy and Somali President Hassan Ali.', 'Abiy', undefined],
    ['Yesterday Erdogan met Ali and Foreign Minister Omar Said.', 'and', undefined],
    // `Affairs` heads portfolios as well as bodies; a body's name holds no title.
    ['Yesterday External Affairs Minister Ravi Sood spoke.', 'External', 'External Affairs Minister'],
    ['Yesterday the Ministry of External Affairs spokesperson Ravi Sood spoke.', 'External', undefined],
    ['Yesterday the Ministry of External Affairs spokesperson Ravi Sood spoke.', 'Affairs', undefined],
    ["It is part of Prime Minister Ann Vale's plan.", 'Prime', 'Prime Minister'],
    // A known title after a body's `of`, before a person's name, is the holder's, though one word.
    ['Yesterday the Government of Prime Minister Ann Vale fell.', 'Prime', 'Prime Minister'],
    ['It was the party of President Ann Vale.', 'President', 'President'],
    ['Yesterday the Lib Dem Treasury spokesman Ann Vale spoke.', 'Treasury', 'Treasury Spokesman'],
    ['Yesterday Treasury Secretary Ann Vale spoke.', 'Treasury', 'Treasury Secretary'],
    // A chamber's leaders: the chamber before them holds the office.
    ['Yesterday Senate Majority Leader Ann Vale spoke.', 'Majority', 'Majority Leader'],
    // A common word after a country is a portfolio, however compromise tags it.
    ['Yesterday he met U.S. Energy Secretary Ann Vale.', 'Energy', 'Energy Secretary'],
    // An acronym names the body whose office follows: no part of the title.
    ['Yesterday NASA Administrator Ann Vale spoke.', 'NASA', undefined],
    ['Yesterday NASA Administrator Ann Vale spoke.', 'Administrator', 'Administrator'],
    ['Yesterday the Foreign Ministry spokesperson Lin Wei spoke.', 'Foreign', undefined],
    // A lower-case verb form before a capitalized title is the clause's; one that says how the office is held is not.
    ['The House voted no, defying President Ann Vale and her party.', 'defying', undefined],
    ['The House voted no, defying President Ann Vale and her party.', 'President', 'President'],
    ['Yesterday acting President Ann Vale spoke.', 'acting', 'President'],
    // So is an infinitive (`to impeach`, `to oust`), however compromise tags it.
    ['The senate voted to impeach President Ann Vale on Friday.', 'impeach', undefined],
    ['Rebels vowed to oust Prime Minister Ann Vale within a week.', 'oust', undefined],
    // A word that says how the office is held is the title's whatever compromise tags it (a verb, before a hyphen).
    ["Vela's acting director-general, Ann Vale, spoke.", 'acting', 'Director General'],
    // A monarch's title after a courtesy title, or after an unknown word of a name before no name, is a surname.
    ['Later Ms King accused the council.', 'Ms', undefined],
    // A job's noun written with a capital before a person's name is the person's post; not an honorific, nor before no name.
    ['The Vosk Daily Editor Ann Vale resigned.', 'Editor', 'Editor'],
    ['Orlak Founder Tom Baxter resigned.', 'Founder', 'Founder'],
    ['Professor Ann Vale resigned.', 'Professor', undefined],
    ['Members of the Doctor Vosk Society met.', 'Doctor', undefined],
    ['The Editor resigned.', 'Editor', undefined],
    ['Later Ms King accused the council.', 'King', undefined],
    ["Labour's Orla King lost by 823 votes.", 'King', undefined],
    ['Later the Saudi King spoke.', 'King', 'King'],
    ['Later King Orlan spoke.', 'King', 'King'],
  ])('reads the title of %j from %j as %j', (text, from, expected) => {
    expect(titleFrom(text, from)).toBe(expected);
  });
});
