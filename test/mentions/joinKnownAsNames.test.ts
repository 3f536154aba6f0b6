import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { findMentionCandidates } from '../../src/mentions/findMentionCandidates';
import { tokensOf } from '../helpers/tokensOf';

// The candidates findMentionCandidates (which ends with joinKnownAsNames) reads, as `Type:surface=name it is another of`.
function names(text: string): string[] {
  return findMentionCandidates(tokensOf(text), defaultKnowledge(), false).candidates.map((candidate) => `${candidate.type}:${candidate.surface}${candidate.sameAs ? `=${candidate.sameAs.surface}` : ''}`);
}

describe('joinKnownAsNames', () => {
  it.each([
    ['Rebels led by Tom Vosk, better known as Orlak, fled.', ['Person:Tom Vosk', 'Person:Orlak=Tom Vosk']],
    ['The Vosk Orla Front (also known as Kessel) fled.', ['Organization:Vosk Orla Front', 'Organization:Kessel=Vosk Orla Front']],
    // A body's name of several words may be known by an acronym.
    ['The Vosk Institute for War Studies, known as VIWS, said so.', ['Organization:Vosk Institute for War Studies', 'Organization:VIWS=Vosk Institute for War Studies']],
  ])('reads the name after "known as" as another name of the one before it in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A person is known by no acronym; a name general knowledge gives another is that one.
    ['Ann Vale, known as AV, said so.', ['Person:Ann Vale', 'Organization:AV']],
    ['They met Ann Vale, known as Hamas.', ['Person:Ann Vale', 'Organization:Hamas']],
    // A name once borne is not the one borne now; a place's other name is not read here.
    ['Ann Vale, once known as Orlak, said so.', ['Person:Ann Vale', 'Person:Orlak']],
  ])('joins no names in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
