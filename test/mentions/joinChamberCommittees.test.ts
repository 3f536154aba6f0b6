import { findMentionCandidates } from '../../src/mentions/findMentionCandidates';
import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { tokensOf } from '../helpers/tokensOf';

describe('joinChamberCommittees', () => {
  const names = (text: string) => findMentionCandidates(tokensOf(text), defaultKnowledge(), false).candidates.map((candidate) => `${candidate.type}:${candidate.surface}`);

  it.each([
    ['Ann Vale, chairman of the Commons Treasury committee, spoke.', ['Person:Ann Vale', 'Organization:Commons Treasury committee']],
    ['The Commons health select committee met.', ['Organization:Commons health select committee']],
    ['The House ethics committee admonished him.', ['Organization:House ethics committee']],
    ['The Scottish Parliament standards committee ruled.', ['Organization:Scottish Parliament standards committee']],
    // A chamber with no subject before `committee`, or a pause between, names no committee of its own.
    ['The House committee met.', ['Organization:House']],
    ['The Senate, the committee said, will vote.', ['Organization:Senate']],
  ])('reads %j as %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
