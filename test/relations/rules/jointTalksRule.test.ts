import { talkStances } from '../../../src/relations/rules/jointTalksRule';
import { cueExamples } from '../../helpers/cueExamples';
import { relationLines } from '../../helpers/extractText';

describe('jointTalksRule', () => {
  it.each(cueExamples(talkStances))('reads the example of cue %s: %j', (_id, text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    ['Kenya and Ethiopia resumed negotiations in Addis Ababa on Friday.', ['country:kenya NEGOTIATED_WITH country:ethiopia']],
    ['Talks between Georgia and Armenia went on late into the night.', ['country:georgia NEGOTIATED_WITH country:armenia']],
    ['The Kenya-Ethiopia talks ended without a deal.', ['country:kenya NEGOTIATED_WITH country:ethiopia']],
    // The leaders `of` the parties speak for them.
    ['The presidents of Kenya and Ethiopia signed a peace agreement after long negotiations.', ['country:kenya NEGOTIATED_WITH country:ethiopia']],
    // An article before each side's name is no gap in the list.
    ['The Vosk Party and the Orla Party struck a deal on Monday.', ['organization:vosk-party NEGOTIATED_WITH organization:orla-party']],
    ['Talks between the Vosk Party and the Orla Party went on late into the night.', ['organization:vosk-party NEGOTIATED_WITH organization:orla-party']],
  ])('reads the sides of talks held in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // Parties that want, urge or oppose talks are not the sides of those talks.
    ['Belgium and Luxembourg also favour opening talks in the autumn.'],
    ['Poland and Lithuania called for talks between Ukraine and Russia.'],
    ['Estonia and Latvia are willing to join talks in the spring.'],
    ['Canada and Mexico want an early round of negotiations.'],
    ['Romania and Bulgaria pressed for a Serbia-Kosovo dialogue.'],
    // Talks denied or only possible.
    ['Kenya and Ethiopia have not held talks since March.'],
    ['Talks between Georgia and Armenia could open next week, officials said.'],
    ['Georgia and Armenia might hold negotiations in the spring.'],
    // Parties after a preposition are not the sentence's subject; talks `between` others have those others as sides.
    ['Envoys from Brazil and Chile arrived on Monday to press for a peaceful settlement.'],
    ['Mexico and Uruguay will host a conference to promote dialogue between the two sides.'],
  ])('reads no talks between parties that only want them, or have not held them, in %j', (text) => {
    expect(relationLines(text).filter((line) => line.includes('NEGOTIATED_WITH'))).toEqual([]);
  });

  it.each([
    ['Kenya, Ghana and Nigeria were summoned to an emergency meeting of the UN Security Council.'],
    ['Chile and Peru will attend the summit of the Organization of American States in Lima.'],
  ])('reads no talks between parties called to a body\'s meeting in %j', (text) => {
    expect(relationLines(text).filter((line) => /MET_WITH|NEGOTIATED_WITH/.test(line) && !line.includes('united-nations') && !line.includes('american-states'))).toEqual([]);
  });

  it('keeps parties holding talks with a third party on one side', () => {
    expect(relationLines('Qatar and Egypt held talks with Israel in Cairo.')).toEqual([
      'country:qatar NEGOTIATED_WITH country:israel',
      'country:egypt NEGOTIATED_WITH country:israel',
    ]);
  });
});
