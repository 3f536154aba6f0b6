import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { findMentionCandidates } from '../../src/mentions/findMentionCandidates';
import { tokenizeBlocks } from '../../src/text/tokenizeBlocks';

function names(text: string, heading = false): string[] {
  const block = { text, origin: Int32Array.from({ length: text.length + 1 }, (_, i) => i), heading };
  return tokenizeBlocks([block]).flatMap((sentence) =>
    findMentionCandidates(sentence.tokens, defaultKnowledge(), heading).candidates.map((candidate) => `${candidate.type}:${candidate.surface}${candidate.needsSupport ? '?' : ''}`),
  );
}

describe('findMentionCandidates', () => {
  it.each([
    ['US Secretary of State Marco Rubio spoke.', ['Country:US', 'Person:Marco Rubio']],
    ["Germany's Foreign Minister Johann Wadephul spoke.", ['Country:Germany', 'Person:Johann Wadephul']],
    ['UK Prime Minister Sir Keir Starmer spoke.', ['Country:UK', 'Person:Keir Starmer']],
    ['Kremlin spokesman Dmitry Peskov spoke.', ['Organization:Kremlin', 'Person:Dmitry Peskov']],
    ['The Washington Post and Chad Smith reported it.', ['Organization:Washington Post', 'Person:Chad Smith']],
    ['The Trump administration disagreed.', ['Organization:Trump administration']],
    ['Ukrainian negotiators met in Geneva on Monday.', ['Country:Ukrainian', 'Location:Geneva']],
    ['Talks were held between the U.S. and the U.K. on Sunday.', ['Country:U.S.', 'Country:U.K.']],
    ['Officials from the WHO and NATO attended.', ['Organization:WHO', 'Organization:NATO']],
    ["Rubio's visit was short.", ['Person:Rubio']],
  ])('finds the names in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps a lone unknown capitalized word only as needing support', () => {
    expect(names('Then Yermak spoke.')).toEqual(['Person:Yermak?']);
  });

  it('takes no new names from a heading, only known ones', () => {
    expect(names('Key Points of the Proposed Plan for Ukraine', true)).toEqual(['Person:Points?', 'Country:Ukraine']);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(names('He told us the plan was final.')).toEqual([]);
  });
});
