import { skipDateline } from '../../src/text/skipDateline';

describe('skipDateline', () => {
  it.each([
    ['GEORGETOWN, Guyana, March 3 (Reuters) - Guyana on Monday accused Venezuela.', 'Guyana on Monday accused Venezuela.'],
    ['KYIV — Ukraine said on Friday it had shot down 40 drones.', 'Ukraine said on Friday it had shot down 40 drones.'],
    ['LONDON (AP) -- The prime minister resigned.', 'The prime minister resigned.'],
    ['Sydney (AFP) - Australia lifted its travel ban.', 'Australia lifted its travel ban.'],
    // No dateline: a dash inside an ordinary sentence, a name that is not in capitals.
    ['Mr Brown - who spoke first - criticised the plan.', 'Mr Brown - who spoke first - criticised the plan.'],
    ['The vote was close - 52 to 48.', 'The vote was close - 52 to 48.'],
    ['NATO said so.', 'NATO said so.'],
  ])('reads %j from %j', (sentence, expected) => {
    expect(sentence.slice(skipDateline(sentence, 0, sentence.length))).toBe(expected);
  });

  it('works on a sentence inside a longer text, with offsets into it', () => {
    const text = 'Intro.\nPARIS (Reuters) - France agreed.';
    expect(skipDateline(text, 7, text.length)).toBe(text.indexOf('France'));
  });
});
