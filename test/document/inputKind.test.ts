import { inputKind } from '../../src/document/inputKind';

describe('inputKind', () => {
  it.each([
    ['a.txt', 'article'],
    ['a.text', 'article'],
    ['dir.v2/a.md', 'article'],
    ['A.MARKDOWN', 'article'],
    ['feed.jsonl', 'jsonl'],
    ['feed.NDJSON', 'jsonl'],
    ['photo.jpg', undefined],
    ['notes.txt.gz', undefined],
    ['README', undefined],
    ['.txt', undefined],
  ])('reads %j as %j', (name, expected) => {
    expect(inputKind(name)).toBe(expected);
  });
});
