import { extractText } from '../helpers/extractText';

const REPORT = 'Sweden defeated South Korea 1 – 0 in Nizhny Novgorod. Andreas Granqvist scored from the penalty spot after the referee checked the video, and the match ended with Sweden top of the group. Fans in Sweden celebrated.';

describe('readNationalTeams', () => {
  const ids = (text: string) => [...new Set(extractText(text).mentions.map((mention) => `${mention.text}=${mention.entity}`))];

  it.each([
    // In a match report, the countries named as sides are their national teams; where something stands stays the state.
    [REPORT, ['Sweden=organization:sweden-national-team', 'South Korea=organization:south-korea-national-team', 'Sweden=country:sweden']],
    // The owner of a state's office is the state.
    [`${REPORT.replace(' Fans in Sweden celebrated.', '')} Sweden's sports minister praised the side.`, ['Sweden=organization:sweden-national-team', 'South Korea=organization:south-korea-national-team', 'Sweden=country:sweden']],
    // Where a person is from.
    [`${REPORT.replace(' Fans in Sweden celebrated.', '')} The referee, Ann Vale of Sweden, booked two.`, ['Sweden=organization:sweden-national-team', 'South Korea=organization:south-korea-national-team', 'Ann Vale=person:ann-vale', 'Sweden=country:sweden']],
    // A score alone, or words of the game alone, make no match report.
    ['Sweden and South Korea signed the treaty by 12-3 votes.', ['Sweden=country:sweden', 'South Korea=country:south-korea']],
    ['Sweden scored a diplomatic goal as the match of minds with the referee of the talks, South Korea, went on.', ['Sweden=country:sweden', 'South Korea=country:south-korea']],
    // A game's word in a body's name is no word of the game.
    ['The Arab League backed it. Sweden and South Korea voted 10-0 for it; the Arab League and the Vela League agreed.', ['Arab League=organization:arab-league', 'Sweden=country:sweden', 'South Korea=country:south-korea', 'Vela League=organization:vela-league']],
  ])('reads the countries of %j', (text, expected) => {
    expect(ids(text).filter((line) => !line.includes('Granqvist') && !line.includes('Novgorod'))).toEqual(expected);
  });
});
