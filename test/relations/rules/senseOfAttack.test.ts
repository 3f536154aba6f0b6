import { attackSenses } from '../../../src/relations/rules/senseOfAttack';
import { cueExamples } from '../../helpers/cueExamples';
import { extractText, relationLines } from '../../helpers/extractText';

describe('senseOfAttack', () => {
  it.each(cueExamples(attackSenses))('reads the example of cue %s: %j', (_id, text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // Verbal attacks: on what a party says or plans, in a manner of speech, with grounds, by or on politicians.
    ["Nick Clegg attacks Gordon Brown's 'broken promises'.", ['person:nick-clegg CRITICIZED person:gordon-brown']],
    ["The Conservative Party launched a fresh attack on the Labour Party's pension reforms.", ['organization:conservative-party CRITICIZED organization:labour-party']],
    ['Jack Straw attacked the Conservative Party over its immigration figures.', ['person:jack-straw CRITICIZED organization:conservative-party']],
    ['Ken Clarke attacked Michael Howard for ignoring the polls.', ['person:ken-clarke CRITICIZED person:michael-howard']],
    ['Alex Salmond mounted a stinging attack on Tony Blair.', ['person:alex-salmond CRITICIZED person:tony-blair']],
    ['Charles Kennedy attacked Tony Blair in a television interview.', ['person:charles-kennedy CRITICIZED person:tony-blair']],
    ['Robin Cook attacked Jack Straw on Wednesday.', ['person:robin-cook CRITICIZED person:jack-straw']],
    ['Tony Blair was attacked by Gordon Brown on Sunday.', ['person:gordon-brown CRITICIZED person:tony-blair']],
    // Armed attacks: force named in the sentence, or one state attacking another.
    ['Ethiopian troops attacked Eritrea at dawn, killing six soldiers.', ['country:ethiopia ATTACKED country:eritrea']],
    ['Azerbaijan launched an attack on Armenia with drones and artillery.', ['country:azerbaijan ATTACKED country:armenia']],
    ['Pakistan struck Afghanistan on Friday night.', ['country:pakistan ATTACKED country:afghanistan']],
    ['Sudan bombed the Wagner Group near Khartoum.', ['country:sudan ATTACKED organization:wagner-group']],
    // A force word qualifying the attack decides before a plan named later in the clause.
    ["Armenia's military offensive in Azerbaijan went on though Yerevan endorsed a peace plan.", ['country:armenia ATTACKED country:azerbaijan']],
  ])('reads %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // Nothing tells whether a body attacked with words or with force.
    ['NATO attacked Serbia on Tuesday.'],
    ['The African Union attacked Sudan again.'],
    // Time, not grounds: still undecided for a body.
    ['The Wagner Group attacked Mali for a second day.'],
  ])('reads no attack the sentence leaves undecided in %j', (text) => {
    expect(relationLines(text)).toEqual([]);
  });

  it('keeps the cue that decided and its reason on the evidence', () => {
    const [relation] = extractText('Robin Cook launched a blistering attack on Jack Straw.').relations;
    expect(relation).toMatchObject({ type: 'CRITICIZED', evidence: { rule: 'noun-event:attack:verbal-manner', verb: 'attack' } });
    expect(relation?.evidence.reason).toContain('manner of speech');
  });
});
