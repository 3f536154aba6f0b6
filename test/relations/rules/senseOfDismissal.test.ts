import { relationLines } from '../../helpers/extractText';
import { dismissalFromPost } from '../../../src/relations/rules/senseOfDismissal';

describe('senseOfDismissal', () => {
  it.each(dismissalFromPost.examples.map((example) => [example.text, example.relations] as const))('reads the example %j as %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // A judgment after `as`, not a post.
    ['Ann Vale dismissed Tom Baxter as a liar.', 'person:ann-vale REJECTED person:tom-baxter'],
    // `from` and no post: where the dismissal came from.
    ['Ann Vale dismissed Tom Baxter from the podium in Paris.', 'person:ann-vale REJECTED person:tom-baxter'],
  ])('keeps a dismissal that names no post a rejection in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });
});
