import { memoizeByText } from '../../src/text/memoizeByText';

function counted(size: number, maxLength?: number) {
  const computed: string[] = [];
  const lengthOf = memoizeByText((text) => {
    computed.push(text);
    return text.length;
  }, size, maxLength);
  return { lengthOf, computed };
}

describe('memoizeByText', () => {
  it('computes each distinct text once', () => {
    const { lengthOf, computed } = counted(10);
    expect(['Rubio', 'met', 'Rubio', 'met', 'Lavrov'].map(lengthOf)).toEqual([5, 3, 5, 3, 6]);
    expect(computed).toEqual(['Rubio', 'met', 'Lavrov']);
  });

  it('starts over when it holds `size` texts', () => {
    const { lengthOf, computed } = counted(2);
    ['a', 'bb', 'ccc', 'a'].forEach(lengthOf);
    expect(computed).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('computes a text longer than `maxLength` every time', () => {
    const { lengthOf, computed } = counted(10, 4);
    ['Geneva', 'Geneva', 'Oslo', 'Oslo'].forEach(lengthOf);
    expect(computed).toEqual(['Geneva', 'Geneva', 'Oslo']);
  });

  it('remembers a value that is undefined', () => {
    let calls = 0;
    const nothing = memoizeByText(() => {
      calls++;
      return undefined;
    }, 10);
    expect([nothing('x'), nothing('x')]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });
});
