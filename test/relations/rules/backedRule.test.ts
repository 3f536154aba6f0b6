import { relationLines } from '../../helpers/extractText';

describe('backedRule', () => {
  it.each([
    ['The Iran-backed Hezbollah fired rockets.', ['country:iran SUPPORTED organization:hezbollah']],
    ['Fighting with the Rwanda-backed M23 rebels went on.', ['country:rwanda SUPPORTED organization:m23']],
    // A backed plan belongs to its backer (read by the plan rules), it is not a party supported.
    ['The US-backed plan was published.', []],
    // `backed` without a hyphen is a verb, read by the verb rules.
    ['Iran backed Hezbollah.', ['country:iran SUPPORTED organization:hezbollah']],
  ])('reads %j', (text, expected) => {
    expect(relationLines(text)).toEqual(expected);
  });
});
