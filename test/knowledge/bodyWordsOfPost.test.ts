import { bodyWordsOfPost } from '../../src/knowledge/bodyWordsOfPost';
import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';

describe('bodyWordsOfPost', () => {
  it.each([
    ['justice', ['court']],
    ['chief justice', ['court']],
    ['presiding judge', ['court', 'tribunal']],
    ['deputy speaker', ['representatives', 'commons', 'assembly', 'parliament']],
    ['foreign minister', undefined],
    ['judge president', ['court']],
    ['president', undefined],
  ])('reads the bodies of the post %j as %j', (post, expected) => {
    expect(bodyWordsOfPost(post, defaultKnowledge())).toEqual(expected);
  });
});
