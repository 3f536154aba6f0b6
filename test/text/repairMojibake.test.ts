import { repairMojibake } from '../../src/text/repairMojibake';

describe('repairMojibake', () => {
  it.each([
    ['Hereâ€™s what you need', 'Here’s what you need'],
    ['â€œhighly productiveâ€\u009d', '“highly productive”'],
    ['Zelenskyâ€”Putin', 'Zelensky—Putin'],
    ['cafÃ© in ZÃ¼rich', 'café in Zürich'],
    ['plain text stays', 'plain text stays'],
    ['a real “quote” and café stay', 'a real “quote” and café stay'],
  ])('repairs %j to %j', (input, expected) => {
    expect(repairMojibake(input).text).toBe(expected);
  });

  it('maps every repaired character to the first input character of its sequence', () => {
    const { text, origin } = repairMojibake('Hereâ€™s', 100);
    expect(text).toBe('Here’s');
    expect(origin).toEqual([100, 101, 102, 103, 104, 107]);
  });
});
