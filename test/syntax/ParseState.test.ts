import { ParseState } from '../../src/syntax/ParseState';

describe('ParseState', () => {
  it('puts a headless stack top back in front of the root with unshift, and attaching it empties the buffer again', () => {
    // Words 0 1 2, the root is 3: shift all three, attach 2 to 1, leave 0 and 1 headless on the stack.
    const state = new ParseState(3);
    state.shift();
    state.shift();
    state.right(1);
    state.reduce();
    expect(state.front).toBe(3);
    state.unshift();
    expect([state.front, state.unshifted, state.depth]).toEqual([1, true, 1]);
    expect(state.canShift()).toBe(false);
    state.right(2);
    expect([state.front, state.unshifted, state.heads[1]]).toEqual([3, false, 0]);
  });

  it('lets the word put back be shifted when the stack below it is empty', () => {
    const state = new ParseState(2);
    state.shift();
    state.shift();
    state.unshift();
    state.left(1);
    expect([state.depth, state.front, state.canShift()]).toEqual([0, 1, true]);
    state.shift();
    expect([state.depth, state.front, state.unshifted]).toEqual([1, 2, false]);
  });
});
