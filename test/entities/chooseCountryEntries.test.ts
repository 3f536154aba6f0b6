import { chooseCountryEntries } from '../../src/entities/chooseCountryEntries';
import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { findMentionCandidates } from '../../src/mentions/findMentionCandidates';
import { tokenizeBlocks } from '../../src/text/tokenizeBlocks';

// What each country-bound mention of a text names: `surface=entity id`, or `surface=-` for nothing.
function choices(text: string): string[] {
  const block = { text, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i), heading: false };
  const candidates = tokenizeBlocks([block]).flatMap((sentence) => findMentionCandidates(sentence.tokens, defaultKnowledge(), false).candidates);
  return [...chooseCountryEntries(candidates)].map(([candidate, entry]) => `${candidate.surface}=${entry?.entityId ?? '-'}`);
}

describe('chooseCountryEntries', () => {
  it.each([
    // Other parties of one country decide: the Tories are British or Canadian, the Lib Dems only British.
    ['Labour lost seats to the Lib Dems, and the Tories gained.', ['Labour=organization:united-kingdom-labour-party', 'Tories=organization:united-kingdom-conservative-party']],
    ['The Tories won in Alberta, Canadian officials said, while the Liberals lost.', ['Tories=organization:canada-conservative-party-of-canada', 'Liberals=organization:canada-liberal-party-of-canada']],
    ['Labour and Fine Gael agreed on a budget in Dublin.', ['Labour=organization:ireland-labour-party']],
    ['In Wellington, Labour conceded to National after the New Zealand vote.', ['Labour=organization:new-zealand-new-zealand-labour-party']],
    ['Democrats in the Senate blocked the bill, and Republicans vowed to try again.', ['Democrats=organization:united-states-democratic-party', 'Senate=organization:us-senate', 'Republicans=organization:united-states-republican-party']],
    // A name many countries give their chambers is the US one only in a story of US politics: this Senate is
    // Australia's, whose upper house has that name.
    ['Australian voters backed Labor, but the Senate may block its budget. The Senate sits next week.', ['Labor=organization:australia-australian-labor-party', 'Senate=organization:australia-senate', 'Senate=organization:australia-senate']],
    // A country with no chamber of that name: a senate of no country the article tells.
    ["Britain's Labour and London were quiet, and the Senate race in New York is close.", ['Labour=organization:united-kingdom-labour-party', 'Senate=organization:senate']],
    // So in a story that also gives Washington's view; the chambers vouch for no country themselves.
    [
      "Nigerian officials said the Senate and the House of Representatives voted, as Nigeria's president is ill. The United States welcomed it.",
      ['Senate=organization:nigeria-senate', 'House of Representatives=organization:nigeria-house-of-representatives'],
    ],
    ['Australian voters gave Labor a majority, and the Greens won a seat.', ['Labor=organization:australia-australian-labor-party', 'Greens=organization:australia-australian-greens']],
    // Two towns or regions of one country weigh as its name; one, however often named, counts for nothing (a story
    // told from a city): Milan does not make the Liberal Democrats Italian.
    ['Labour said the votes in Leeds and Sheffield were close.', ['Labour=organization:united-kingdom-labour-party']],
    ['Labour said the vote in Leeds was close.', ['Labour=-']],
    ['The Liberal Democrats said prosecutors in Milan and Milan and Milan had acted. Labour agreed.', ['Liberal Democrats=organization:united-kingdom-liberal-democrats', 'Labour=organization:united-kingdom-labour-party']],
  ])('reads the country of the article in %j', (text, expected) => {
    expect(choices(text)).toEqual(expected);
  });

  it.each([
    // Nothing says which country's Labour this is: an ordinary word names nothing rather than a guessed party.
    ['Labour said the vote was close.', ['Labour=-']],
    // Delegates of many states: the article is not about Germany, so its Greens are not the German party.
    ['Delegates from Germany, France, Brazil and Kenya met, and the Greens protested outside.', ['Greens=-']],
    // A name every country's body may bear keeps its name, without a country.
    ['The Senate voted on Monday.', ['Senate=organization:senate']],
    ['The Labour Party held its conference.', ['Labour Party=organization:labour-party']],
    ['Sinn Féin won two seats.', ['Sinn Féin=organization:sinn-fein']],
    // Before an office or a name the word is a party for sure: some Labour party, named as most Labour parties are.
    ['Labour MP Anne Fairweather voted against the bill.', ['Labour=organization:labour-party']],
    ['The motion was tabled by Greens councillor Ruth Okafor.', ['Greens=organization:green-party']],
    // No two of the options share a name: the word's party, not one country's.
    ['In Brasilia, Liberal MP Ana Souza voted.', ['Liberal=organization:liberal-party']],
  ])('chooses no country when the article does not tell: %j', (text, expected) => {
    expect(choices(text)).toEqual(expected);
  });

  it.each([
    // Malta's Democratic Action Party is general knowledge, Malaysia's is not: a story about Malaysia that never names
    // Malta means some other party of that name.
    ["Malaysia's opposition Democratic Action Party won seats in Penang.", ['Democratic Action Party=organization:democratic-action-party']],
    // Unless it names Malta, or nothing else.
    ['The Democratic Action Party won seats in Malta, not in Italy.', []],
    ['The Democratic Action Party won seats.', []],
    // A form that names its country names it: this is Britain's party.
    ["British Conservatives voted against the motion, as did lawmakers from Italy's League.", []],
  ])('leaves a party of a country the article never names without that country: %j', (text, expected) => {
    expect(choices(text)).toEqual(expected);
  });
});
