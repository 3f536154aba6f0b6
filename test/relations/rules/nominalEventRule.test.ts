import { relationLines } from '../../helpers/extractText';

describe('nominalEventRule', () => {
  it.each([
    ['Turkey launched drone strikes on Syria this week.', ['country:turkiye ATTACKED country:syria']],
    ['Canada imposed new sanctions on Belarus.', ['country:canada SANCTIONED country:belarus']],
    ['Japan voiced support for the Philippines on Monday.', ['country:japan SUPPORTED country:philippines']],
    // A lawsuit or charges against a party sanction it (CAMEO 115).
    ['Vosk Motors filed a civil suit against Ann Vale.', ['organization:vosk-motors SANCTIONED person:ann-vale']],
    ['Chile brought charges against Peru.', ['country:chile SANCTIONED country:peru']],
  ])('reads the subject of the verb governing the event noun as its actor in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });

  it.each([
    // The governing verb states the subject's reaction to the event (a relation of its own), not the event.
    ['Bangladesh condemned the attack on India, officials said.', []],
    ['Germany backed sanctions on Iran.', []],
    ['Norway welcomed the support for Ukraine.', []],
    // The event is what the verb's noun is about.
    ['Senator Ann Vale issued a statement regarding the rejection of the Vosk Space Agency.', []],
    ['Chile ordered an inquiry into the attack on Peru.', []],
  ])('takes no actor from a verb that reacts to the event in %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });
});
