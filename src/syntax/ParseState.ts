/**
 * A configuration of the arc-eager transition system (Nivre 2003) with the artificial root at the end of the buffer
 * (Ballesteros & Nivre 2013): words 0..n-1, the root is word n. Transitions.ts numbers the transitions.
 */
export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  /** Stack size; the top is stack[depth - 1]. */
  depth = 0;
  /** Front of the buffer; n when only the root is left. */
  front = 0;
  /** Whether the front is a word UNSHIFT put back: the buffer is then that word and the root. */
  unshifted = false;
  /** Head of each word (n for the root), -1 while it has none. */
  readonly heads: Int32Array;
  readonly labels: Uint8Array;
  /** Leftmost and second leftmost, rightmost and second rightmost dependents, -1 when none. */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Uint8Array;
  readonly rightCount: Uint8Array;
  /** Sets of the labels of left and right dependents, as bit masks (see attach). */
  readonly leftLabels: Uint32Array;
  readonly rightLabels: Uint32Array;
  readonly inStack: Uint8Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n).fill(-1);
    this.labels = new Uint8Array(n);
    this.left1 = new Int32Array(n + 1).fill(-1);
    this.left2 = new Int32Array(n + 1).fill(-1);
    this.right1 = new Int32Array(n + 1).fill(-1);
    this.right2 = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Uint8Array(n + 1);
    this.rightCount = new Uint8Array(n + 1);
    this.leftLabels = new Uint32Array(n + 1);
    this.rightLabels = new Uint32Array(n + 1);
    this.inStack = new Uint8Array(n + 1);
  }

  /** True once every word has been popped and only the root is left. */
  get done(): boolean {
    return this.front === this.n && this.depth === 0;
  }

  /** The word `k` places below the top of the stack (0 = top), or -1. */
  stackAt(k: number): number {
    return k < this.depth ? (this.stack[this.depth - 1 - k] as number) : -1;
  }

  /** Whether SHIFT, REDUCE, LEFT and RIGHT (any label) may apply; LEFT to the root only takes `rootLabel`. */
  canShift(): boolean {
    // A word put back must be attached to the stack, not shifted onto it again (unless the stack is empty).
    return this.front < this.n && (!this.unshifted || this.depth === 0);
  }

  canReduce(): boolean {
    return this.depth > 0 && (this.heads[this.stack[this.depth - 1] as number] as number) >= 0;
  }

  canLeft(): boolean {
    return this.depth > 0 && (this.heads[this.stack[this.depth - 1] as number] as number) < 0;
  }

  canRight(): boolean {
    return this.depth > 0 && this.front < this.n;
  }

  /** SHIFT: pushes the buffer front onto the stack. */
  shift(): void {
    this.push(this.front);
    this.advance();
  }

  /** REDUCE: pops the stack top, which has its head. */
  reduce(): void {
    this.pop();
  }

  /** LEFT: pops the stack top and makes the buffer front (or the root) its head. */
  left(label: number): void {
    this.attach(this.front, this.pop(), label);
  }

  /** RIGHT: makes the stack top the head of the buffer front, then pushes that word. */
  right(label: number): void {
    const dependent = this.front;
    this.advance();
    this.attach(this.stack[this.depth - 1] as number, dependent, label);
    this.push(dependent);
  }

  /**
   * UNSHIFT (Nivre & Fernández-González 2014, "Arc-Eager Parsing with the Tree Constraint"): once only the root is
   * left in the buffer, puts a headless stack top (not the last word on the stack) back into the buffer, so that it
   * is attached to a word below it instead of becoming a second root.
   */
  unshift(): void {
    this.front = this.pop();
    this.unshifted = true;
  }

  // After a word put back, the buffer holds only the root again.
  private advance(): void {
    this.front = this.unshifted ? this.n : this.front + 1;
    this.unshifted = false;
  }

  private push(word: number): void {
    this.stack[this.depth++] = word;
    this.inStack[word] = 1;
  }

  private pop(): number {
    const word = this.stack[--this.depth] as number;
    this.inStack[word] = 0;
    return word;
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    // Labels are numbered from the most frequent: the rare ones from 31 on share the last bit.
    const bit = 1 << Math.min(label, 31);
    if (dependent < head) {
      const first = this.left1[head] as number;
      if (first < 0 || dependent < first) {
        this.left2[head] = first;
        this.left1[head] = dependent;
      } else {
        const second = this.left2[head] as number;
        if (second < 0 || dependent < second) this.left2[head] = dependent;
      }
      this.leftCount[head] = Math.min((this.leftCount[head] as number) + 1, 255);
      this.leftLabels[head] = (this.leftLabels[head] as number) | bit;
    } else {
      const first = this.right1[head] as number;
      if (first < 0 || dependent > first) {
        this.right2[head] = first;
        this.right1[head] = dependent;
      } else {
        const second = this.right2[head] as number;
        if (second < 0 || dependent > second) this.right2[head] = dependent;
      }
      this.rightCount[head] = Math.min((this.rightCount[head] as number) + 1, 255);
      this.rightLabels[head] = (this.rightLabels[head] as number) | bit;
    }
  }
}
