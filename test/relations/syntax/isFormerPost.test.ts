import { relationLines } from '../../helpers/extractText';

// Through extractDocument: a former post only matters as the office it keeps from being read.
describe('isFormerPost', () => {
  it.each([
    ['Former US President Bill Clinton said the talks failed.', []],
    ['The talks were led by former Nigerian president Olusegun Obasanjo on Monday.', []],
    ['Ex-Labour leader Neil Kinnock spoke.', []],
    ['Jack Warner, a former FIFA vice president, was arrested.', []],
    ['President-elect Donald Trump spoke.', []],
    ['Ann Vale, the French defence minister at the time of the massacre, said she shared responsibility.', []],
    ['The then US President Bill Clinton spoke.', []],
    // `the then` before a portfolio whose word compromise reads as a verb.
    // (What she said of the Conservatives is read as criticism, since 'failed' judges whoever is said to have failed.)
    [
      "Britain's Labour MPs cheered in the House of Commons and the Conservatives walked out, overruling the then resources minister, Ann Vale, who said the Conservatives had failed.",
      ['person:ann-vale CRITICIZED organization:united-kingdom-conservative-party'],
    ],
    // A participle of removal before the title, not the clause's verb: the office is lost.
    ['A court convicted ousted Malian President Ann Vale of plunder.', []],
    ['The deposed Malian Prime Minister Ann Vale spoke.', []],
    ['Soldiers have overthrown Malian President Ann Vale.', ['person:ann-vale HOLDS_ROLE country:mali']],
    // A former post of one person leaves another's office alone.
    ['Former US President Bill Clinton met Japanese Prime Minister Shinzo Abe.', ['person:bill-clinton MET_WITH person:shinzo-abe', 'person:shinzo-abe HOLDS_ROLE country:japan']],
  ])('reads no office held now in %j', (text, expected) => {
    expect(relationLines(text).sort()).toEqual(expected);
  });

  it.each([
    // A relative clause on a former post states an office of its own time.
    ['Tom Baxter, the former president who now chairs the Vosk Council, spoke.', ['person:tom-baxter HOLDS_ROLE organization:vosk-council']],
    ['Ann Vale, a former minister who heads the Orla Trust, spoke.', ['person:ann-vale HOLDS_ROLE organization:orla-trust']],
  ])('reads the office a relative clause on a former post states in %j', (text, expected) => {
    expect(relationLines(text).sort()).toEqual(expected);
  });
});
