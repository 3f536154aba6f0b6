import { defaultKnowledge } from '../../src/knowledge/defaultKnowledge';
import { staffedFacility } from '../../src/mentions/staffedFacility';
import { tokensOf } from '../helpers/tokensOf';

describe('staffedFacility', () => {
  it.each([
    // A museum, gallery, theatre or hospital is named as its institution, wherever news names it.
    ['Ann Vale walked to the Orla Museum.', 5, 6, true],
    ['The patients were taken to Vosk Hospital.', 5, 6, true],
    ['Ann Vale, the director of the Orla Museum of Art, said so.', 6, 9, true],
    // A centre, when a post, a team or an act says so: after a post and `of` or `at`, owning a post or a team.
    ['Ann Vale, the chairman of the Vosk Centre, said so.', 6, 7, true],
    ['Ann Vale, a researcher at the Vosk Centre, said so.', 6, 7, true],
    ['Ann Vale, president of the Orla Privacy Center, said so.', 5, 7, true],
    ["The Orla Centre's director said so.", 1, 2, true],
    ["Ann Vale led the Orla Center's team of observers.", 4, 5, true],
    // A centre that speaks, judges or agrees is the body working in it.
    ['The Orla Centre has agreed to return the statues.', 1, 2, true],
    ['Vosk Center said it had acted properly.', 0, 1, true],
    // A visit, a building's owner or a centre that is only a place has no staff.
    ['Ann Vale walked to the Orla Centre.', 5, 6, false],
    ['The Orla Centre stands on a hill.', 1, 2, false],
    ['Ann Vale, the owner of Vosk Stadium, said so.', 5, 6, false],
    ['The mayor of Orla Square said so.', 3, 4, false],
  ])('in %j reads words %i to %i as a body with staff: %s', (text, first, last, expected) => {
    expect(staffedFacility(tokensOf(text), first, last, defaultKnowledge())).toBe(expected);
  });
});
