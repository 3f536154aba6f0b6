import { memberOfRule } from '../../../src/relations/rules/memberOfRule';
import { relationLines } from '../../helpers/extractText';

describe('memberOfRule', () => {
  it.each((memberOfRule.examples ?? []).map((example) => [example.text, example.relations]))('reads its example %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // Before the name, with or without an office; a possessive party too.
    ['Tory Imogen Hale spoke in the House of Commons.', ['person:imogen-hale MEMBER_OF organization:united-kingdom-conservative-party']],
    ["Labour's Tom Quayle spoke to the Lib Dems.", ['person:tom-quayle MEMBER_OF organization:united-kingdom-labour-party']],
    ['Conservative transport spokesman Ed Varley spoke in the Commons.', ['person:ed-varley MEMBER_OF organization:united-kingdom-conservative-party']],
    ['Democrat Rosa Vance spoke to Congress.', ['person:rosa-vance MEMBER_OF organization:united-states-democratic-party']],
    // (`Labour Minister X`, both words capitalized, is the minister of labour; a party's minister is written otherwise.)
    ["Norway's Labour Minister Rosa Vance defended the reform.", ['person:rosa-vance HOLDS_ROLE country:norway']],
    ['Conservative Minister Rosa Vance spoke in the Commons.', ['person:rosa-vance MEMBER_OF organization:united-kingdom-conservative-party']],
    // (So is `Labor Secretary X` opening a sentence, where the field reads as a verb.)
    ['Labor Secretary Rosa Vance spoke to Congress.', []],
    // A body news calls `the opposition` or `the ruling` one is a party, though its name does not say so.
    ['Ann Vale, a lawmaker of the opposition Vosk Alliance, said so.', ['person:ann-vale MEMBER_OF organization:vosk-alliance']],
    ['Ann Vale, the leader of the ruling Vosk Alliance, said so.', ['person:ann-vale HOLDS_ROLE organization:vosk-alliance', 'person:ann-vale MEMBER_OF organization:vosk-alliance']],
    // A deputy or a legislator is a party's member as an MP is.
    ["France's Socialists met in Paris, and Rosa Vance, a Socialist deputy, spoke.", ['person:rosa-vance MEMBER_OF organization:france-socialist-party']],
    [
      'The Liberal Democrat leader Ewan Rossiter told the Commons he agreed.',
      ['person:ewan-rossiter HOLDS_ROLE organization:united-kingdom-liberal-democrats', 'person:ewan-rossiter MEMBER_OF organization:united-kingdom-liberal-democrats'],
    ],
    // One of the party's people before the name, or in apposition after `the`.
    ['The reviewer, the Lib Dem peer Lord Rossiter, spoke in the Commons.', ['person:rossiter MEMBER_OF organization:united-kingdom-liberal-democrats']],
    ['Labour won the seat from the Tory candidate, Rosa Vance, in the Commons race.', ['person:rosa-vance MEMBER_OF organization:united-kingdom-conservative-party']],
    ['In the Commons, MPs voted. Rosa Vance, the Labour peer, said the bill was wrong.', ['person:rosa-vance MEMBER_OF organization:united-kingdom-labour-party']],
    ['In the Commons, MPs voted. Rosa Vance, a Tory backbencher from Kent, said so.', ['person:rosa-vance MEMBER_OF organization:united-kingdom-conservative-party']],
    // A party's possessive is the apposition's article, before or after the name; not before other words.
    ["In the Commons, MPs voted. Labour's candidate, Rosa Vance, said so.", ['person:rosa-vance MEMBER_OF organization:united-kingdom-labour-party']],
    ["In the Commons, MPs voted. Rosa Vance, Labour's chief fundraiser, said so.", ['person:rosa-vance MEMBER_OF organization:united-kingdom-labour-party']],
    ["In the Commons, MPs voted. Rosa Vance, Labour's rival, said so.", []],
    // The last of the party's people's words before the name is the one apposed.
    ['In the Commons, Ed Varley stood against the Labour Party\'s official candidate, Rosa Vance.', ['person:rosa-vance MEMBER_OF organization:united-kingdom-labour-party']],
    // A party's co-chairman and chief executive are its posts, after a plural possessive too.
    [
      'In the Commons, MPs voted. Conservative co-chairman Ed Varley spoke.',
      ['person:ed-varley HOLDS_ROLE organization:united-kingdom-conservative-party', 'person:ed-varley MEMBER_OF organization:united-kingdom-conservative-party'],
    ],
    [
      'Tory co-chairman Ed Varley spoke in the Commons.',
      ['person:ed-varley HOLDS_ROLE organization:united-kingdom-conservative-party', 'person:ed-varley MEMBER_OF organization:united-kingdom-conservative-party'],
    ],
    [
      "Ed Varley, the Lib Dems' chief executive, spoke.",
      ['person:ed-varley HOLDS_ROLE organization:united-kingdom-liberal-democrats', 'person:ed-varley MEMBER_OF organization:united-kingdom-liberal-democrats'],
    ],
    // A party's `president` in lower case is its post; `President` after a party word is the state's.
    [
      'Lib Dem president Ed Varley spoke in the Commons.',
      ['person:ed-varley HOLDS_ROLE organization:united-kingdom-liberal-democrats', 'person:ed-varley MEMBER_OF organization:united-kingdom-liberal-democrats'],
    ],
    ['Republican President Rosa Vance spoke to Congress.', ['person:rosa-vance MEMBER_OF organization:united-states-republican-party']],
    // A party named by an ordinary word, where the article is about its country; the word with its complement is no party.
    ["In the Commons, Respect's Rosa Vance spoke. Respect for the law matters.", ['person:rosa-vance MEMBER_OF organization:united-kingdom-respect-the-unity-coalition']],
    // A party's branch in a nation of the United Kingdom, not the party.
    [
      'Scottish Tory leader Ewan Rossiter spoke.',
      ['person:ewan-rossiter HOLDS_ROLE organization:united-kingdom-scottish-conservatives', 'person:ewan-rossiter MEMBER_OF organization:united-kingdom-scottish-conservatives'],
    ],
    // In an apposition.
    ['Rosa Vance, a Democrat from Ohio, spoke to Congress.', ['person:rosa-vance MEMBER_OF organization:united-states-democratic-party']],
    ['Tom Quayle, the Tory leader, left the Commons.', ['person:tom-quayle HOLDS_ROLE organization:united-kingdom-conservative-party', 'person:tom-quayle MEMBER_OF organization:united-kingdom-conservative-party']],
    // No country in view: some Labour party, not a guessed one (its id names no country).
    ['Labour MP Harriet Vane spoke.', ['person:harriet-vane MEMBER_OF organization:labour-party']],
    // `a member of` any organization.
    ['Karim Saleh, who is a member of Hezbollah, was released.', ['person:karim-saleh MEMBER_OF organization:hezbollah']],
    ['Karim Saleh is a member of the Awami League party.', ['person:karim-saleh MEMBER_OF organization:awami-league']],
  ])('reads %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    ['Karim Saleh is not a member of Hezbollah.'],
    ['Former Labour MP Harriet Vane spoke in the House of Commons.'],
    // A party's government is not its member.
    ['Harriet Vane, the Labour government’s adviser, spoke in the Commons.'],
  ])('states no membership in %j', (text) => {
    expect(relationLines(text).filter((line) => line.includes('MEMBER_OF'))).toEqual([]);
  });
});
