import { bodyWordsOfPost } from '../../src/knowledge/bodyWordsOfPost';
import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';

describe('bodyWordsOfPost', () => {
  const knowledge = defaultKnowledge();
  it.each([
    ['justice', ['court']],
    ['chief justice', ['court']],
    ['presiding judge', ['court', 'tribunal']],
    ['deputy speaker', knowledge.bodyPosts.get('speaker')],
    ['foreign minister', undefined],
    ['judge president', ['court']],
    ['president', undefined],
  ])('reads the bodies of the post %j as %j', (post, expected) => {
    expect(bodyWordsOfPost(post, knowledge)).toEqual(expected);
  });
});
