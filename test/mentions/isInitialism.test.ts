import { isInitialism } from '../../src/mentions/isInitialism';

describe('isInitialism', () => {
  it.each([
    ['ecowas', 'Economic Community of West African States', true],
    ['acpo', 'Association of Chief Police Officers', true],
    ['aocpo', 'Association of Chief Police Officers', true],
    ['vko', 'Vela-Kessel Orla', true],
    ['acp', 'Association of Chief Police Officers', false],
    ['ec', 'Economic Community', false],
  ])('reads %j as the initials of %j: %s', (short, name, expected) => {
    expect(isInitialism(short, name)).toBe(expected);
  });
});
