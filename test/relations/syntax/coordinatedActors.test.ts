import { relationLines } from '../../helpers/extractText';

// Through extractDocument: the lists coordinatedActors joins are the parties of a relation read on both sides.
describe('coordinatedActors', () => {
  it.each([
    // A courtesy title before a name is no gap in a list, walking either way.
    [
      'Mrs Vale and Mr Baxter held a series of meetings with Karl Ost and Lena Hart.',
      ['person:baxter MET_WITH person:karl-ost', 'person:baxter MET_WITH person:lena-hart', 'person:vale MET_WITH person:karl-ost', 'person:vale MET_WITH person:lena-hart'],
    ],
    // The place a person is of is the person's, walking right.
    [
      'Two other Republicans, Sens. Tom Baxter of Texas and Ann Vale of Ohio, said the Senate would vote.',
      ['person:ann-vale HOLDS_ROLE organization:us-senate', 'person:ann-vale MEMBER_OF organization:united-states-republican-party', 'person:tom-baxter HOLDS_ROLE organization:us-senate', 'person:tom-baxter MEMBER_OF organization:united-states-republican-party'],
    ],
  ])('joins the parties listed in %j', (text, expected) => {
    expect(relationLines(text).sort()).toEqual(expected);
  });
});
