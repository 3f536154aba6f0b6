import { relationLines } from '../../helpers/extractText';

// Through extractDocument: a former post only matters as the office it keeps from being read.
describe('isFormerPost', () => {
  it.each([
    ['Former US President Bill Clinton said the talks failed.', []],
    ['The talks were led by former Nigerian president Olusegun Obasanjo on Monday.', []],
    ['Ex-Labour leader Neil Kinnock spoke.', []],
    ['Jack Warner, a former FIFA vice president, was arrested.', []],
    ['President-elect Donald Trump spoke.', []],
    ['The then US President Bill Clinton spoke.', []],
    // A former post of one person leaves another's office alone.
    ['Former US President Bill Clinton met Japanese Prime Minister Shinzo Abe.', ['person:bill-clinton MET_WITH person:shinzo-abe', 'person:shinzo-abe HOLDS_ROLE country:japan']],
  ])('reads no office held now in %j', (text, expected) => {
    expect(relationLines(text).sort()).toEqual(expected);
  });
});
