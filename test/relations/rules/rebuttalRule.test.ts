import { relationLines } from '../../helpers/extractText';

describe('rebuttalRule', () => {
  it.each([
    ['Kenya has long accused Uganda of arming the rebels. Uganda denies the claim.', 'country:uganda REJECTED country:kenya'],
    ['Peru accused Chile of spying. Chile dismissed the espionage allegations.', 'country:chile REJECTED country:peru'],
    ['Iran accused Israel of sabotage. The next day Israel rejected these charges.', 'country:israel REJECTED country:iran'],
    ['Ann Vale accused Tom Baxter of running a gloomy campaign. Mr Baxter dismissed the criticism.', 'person:tom-baxter REJECTED person:ann-vale'],
    // A lawsuit accuses as criticism does.
    ['Vosk Holdings is suing Orlak Mining, claiming it is owed royalties. Orlak Mining has rejected the claim.', 'organization:orlak-mining REJECTED organization:vosk-holdings'],
    // A person answers for the country whose office they hold.
    ['Peru accused Chile of spying. Chile\'s foreign minister, Ana Ruiz, rejected the charge.', 'person:ana-ruiz REJECTED country:peru'],
  ])('answers the party that last accused the rejecting one in %j', (text, expected) => {
    expect(relationLines(text)).toContain(expected);
  });

  it.each([
    // Nobody accused Bolivia.
    ['Peru accused Chile of spying. Bolivia rejected the accusation.'],
    // A negated denial is none.
    ['Peru accused Chile of spying. Chile did not deny the charges.'],
    // The accusation comes after the denial.
    ['Chile rejected the allegation. Peru accused Chile of spying.'],
  ])('reads no rebuttal in %j', (text) => {
    expect(relationLines(text).filter((line) => line.includes('REJECTED'))).toEqual([]);
  });
});
