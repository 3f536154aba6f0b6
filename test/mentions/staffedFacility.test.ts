import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { staffedFacility } from '../../src/mentions/staffedFacility';
import { tokensOf } from '../helpers/tokensOf';

describe('staffedFacility', () => {
  it.each([
    ['Ann Vale, the chairman of Vosk Hospital, said so.', 5, 6, true],
    ['Ann Vale, a surgeon at Vosk Hospital, said so.', 5, 6, true],
    ['Ann Vale, president of the Orla Privacy Center, said so.', 5, 7, true],
    ["The Orla Museum's director said so.", 1, 2, true],
    // A name whose head stands before its `of`; a team the facility has.
    ['Ann Vale, the director of the Orla Museum of Art, said so.', 6, 9, true],
    ["Ann Vale led the Orla Center's team of observers.", 4, 5, true],
    // A facility that speaks, judges or agrees is the body working in it.
    ['The Orla Museum has agreed to return the statues.', 1, 2, true],
    ['Vosk Hospital said it had acted properly.', 0, 1, true],
    // A visit, a building's owner or a facility that is only a place has no staff.
    ['Ann Vale walked to the Orla Museum.', 5, 6, false],
    ['The Orla Museum stands on a hill.', 1, 2, false],
    ['Ann Vale, the owner of Vosk Stadium, said so.', 5, 6, false],
    ['The mayor of Orla Square said so.', 3, 4, false],
  ])('in %j reads words %i to %i as a body with staff: %s', (text, first, last, expected) => {
    expect(staffedFacility(tokensOf(text), first, last, defaultKnowledge())).toBe(expected);
  });
});
