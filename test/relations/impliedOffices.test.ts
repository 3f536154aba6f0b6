import { impliedOfficeRules } from '../../src/relations/impliedOffices';
import { extractText, relationLines } from '../helpers/extractText';

// A British article: its parties and chambers make its politics the United Kingdom's.
const BRITISH = 'Labour MPs in the House of Commons jeered, and the Conservatives walked out.';
const roles = (text: string) => relationLines(text).filter((line) => line.includes('HOLDS_ROLE'));
const implied = (text: string) => extractText(text).relations.filter((relation) => relation.evidence.rule.startsWith('role:implied'));

describe('impliedOffices', () => {
  it.each(Object.values(impliedOfficeRules).flatMap((rule) => (rule.examples ?? []).map((example) => [rule.id, example.text, example.relations] as const)))(
    '%s reads its example %j',
    (_, text, expected) => {
      expect(roles(text)).toEqual(expected);
    },
  );

  it.each([
    [`${BRITISH} Chancellor Rhodri Pryce said borrowing would fall.`, 'person:rhodri-pryce HOLDS_ROLE country:united-kingdom'],
    [`${BRITISH} Maeve Dunn, the home secretary, defended the police budget.`, 'person:maeve-dunn HOLDS_ROLE country:united-kingdom'],
    [`${BRITISH} "We will not give way," said Defence Secretary Owen Tilley.`, 'person:owen-tilley HOLDS_ROLE country:united-kingdom'],
    // The state's secretary for one of its nations, though the title names a place.
    [`${BRITISH} Scottish Secretary Ian Bell was not in the chamber.`, 'person:ian-bell HOLDS_ROLE country:united-kingdom'],
    // An office only one country has, wherever the story is set: its own name says whose it is.
    ['Ann Vale, the U.S. attorney in Manhattan, charged the bank.', 'person:ann-vale HOLDS_ROLE country:united-states'],
    ['U.S. District Judge Tom Baxter blocked the order on Friday.', 'person:tom-baxter HOLDS_ROLE country:united-states'],
    // A Commonwealth realm's governor-general, named in its own country's politics.
    ['Labor senators in Canberra attacked the budget, and Australia\'s Greens said it cut too deep. The Governor-General, Ann Vale, swore in the ministers.', 'person:ann-vale HOLDS_ROLE country:australia'],
    ['Treasurer Jim Hollis said the budget would return to surplus. Labor senators in Canberra attacked the plan, and Australia\'s Greens said it cut too deep.', 'person:jim-hollis HOLDS_ROLE country:australia'],
    // A story written from abroad about one country, which it names over and over.
    [
      'Pakistan agreed a new loan on Friday. Prime Minister Omar Rana said Pakistan would cut subsidies, and Islamabad raised fuel prices. The Pakistani rupee fell, though exports to China rose.',
      'person:omar-rana HOLDS_ROLE country:pakistan',
    ],
  ])('reads a government post named without its country as the article\'s country\'s office in %j', (text, expected) => {
    expect(roles(text)).toEqual([expected]);
  });

  it('says how the article\'s country was decided', () => {
    const [office] = extractText(`${BRITISH} Chancellor Rhodri Pryce said borrowing would fall.`).relations.filter((relation) => relation.type === 'HOLDS_ROLE');
    expect(office?.evidence).toMatchObject({ rule: 'role:implied-country', verb: 'Chancellor' });
    expect(office?.evidence.reason).toContain('the article is about United Kingdom: it names the country or its parties and bodies (');
  });

  it.each([
    // Titles a story names foreign holders by as often as its own.
    [`${BRITISH} President Nadia Ortega of the bank said nothing. Senator Tom Hale flew in from Washington.`],
    [`${BRITISH} Governor Amy Lutz and Mayor Ben Cho sent messages.`],
    // Regional offices, and a title a word before may hold.
    [`${BRITISH} First Minister Ailsa Grant stayed in Edinburgh.`],
    [`${BRITISH} Ontario Finance Minister Jean Tardif watched from the gallery.`],
    [`${BRITISH} Europe minister Priya Kaul was not in the chamber.`],
    // A person the article places in another country.
    [`${BRITISH} French Foreign Minister Luc Moreau arrived. Later Foreign Minister Luc Moreau spoke to reporters.`],
    [`${BRITISH} France's interior and overseas minister Luc Moreau smiled.`],
    // No one named with the title, or the title a possessor.
    [`${BRITISH} The Home Secretary was not available.`],
    [`${BRITISH} At Prime Minister's Questions Tom Reilly asked about the budget.`],
    // A title that belongs to the clause before the speaker.
    [`${BRITISH} In the years after a spell as Home Secretary, Tom Reilly has said, he rarely spoke.`],
    // An article whose country is undecided: a dispute between two countries.
    ['France and Germany clashed over farm subsidies in Brussels. Paris said Berlin had broken its word, and Germany denied it. Finance Minister Lena Vogt said talks would go on.'],
  ])('implies no office in %j', (text) => {
    expect(implied(text)).toEqual([]);
  });

  it('leaves an office named alone unplaced, for the corpus to place', () => {
    expect(extractText(`${BRITISH} President Nadia Ortega spoke.`).offices?.map(({ source, title, evidence }) => [source, title, evidence.rule])).toEqual([
      ['person:nadia-ortega', 'President', 'role:unplaced'],
    ]);
  });

  it.each([
    [`Tory MP Alan Price spoke first. Then party chairman Alan Price told the Commons he disagreed.`, 'person:alan-price HOLDS_ROLE organization:united-kingdom-conservative-party'],
    [`${BRITISH} Dan Ashe, a Labour MP, spoke first. Shadow chancellor Dan Ashe said the sums did not add up.`, 'person:dan-ashe HOLDS_ROLE organization:united-kingdom-labour-party'],
  ])('reads a party post named without its party as an office in the person\'s party in %j', (text, expected) => {
    expect(roles(text)).toEqual([expected]);
  });

  it('reads a shadow post whose holder has no party in the article as held in its country\'s politics', () => {
    expect(roles(`${BRITISH} Shadow chancellor Dan Ashe said the sums did not add up.`)).toEqual(['person:dan-ashe HOLDS_ROLE country:united-kingdom']);
  });

  it.each([
    // The article says nothing of the person's party, and the post shadows no government's.
    [`${BRITISH} Party chairman Dan Ashe said the sums did not add up.`],
    // A party post without the word `party` is any organization's.
    [`Tory MP Alan Price spoke first. Then chairman Alan Price told the Commons he disagreed.`],
  ])('places no party post in %j', (text) => {
    expect(implied(text)).toEqual([]);
  });
});
