import { warningCues } from '../../../src/relations/rules/warningRule';
import { cueExamples } from '../../helpers/cueExamples';
import { relationLines } from '../../helpers/extractText';

describe('warningRule', () => {
  it.each(cueExamples(warningCues))('reads the example of cue %s: %j', (_id, text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // The warner threatens an act of its own, or what the party warned will suffer for it.
    ['Azerbaijan warned Armenia that it would retaliate.', ['country:azerbaijan THREATENED country:armenia']],
    ['Morocco warned Algeria of swift reprisals on Tuesday.', ['country:morocco THREATENED country:algeria']],
    ['Hungary warned Romania that it would pay a heavy price.', ['country:hungary THREATENED country:romania']],
    ['Ukraine warned of retaliation against Belarus.', ['country:ukraine THREATENED country:belarus']],
    // A warning to act is a demand.
    ['Norway warned Iceland to stay out of the dispute.', ['country:norway PRESSURED country:iceland']],
  ])('reads a threat or demand in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // A warning that something may happen, or is so, is no threat.
    ['Ireland warned Britain that the new border rules could be unlawful.'],
    ['Canada warned Mexico that food prices may rise sharply this winter.'],
    ['Finland warned Sweden that the deal would cost more than expected.'],
    ['Peru warned Chile about the risk of floods.'],
    ['Japan warned that Vietnam could face a recession.'],
    // The response warned of is another party's, not the warner's.
    ['Egypt warned Libya that Sudan would retaliate.'],
    // No warning stated.
    ['Spain did not warn Portugal of any consequences.'],
  ])('reads no relation in %j', (text) => {
    expect(relationLines(text)).toEqual([]);
  });
});
