import { NewsgraphError } from '../errors/NewsgraphError';

// The scoring kernel of LinearModel in WebAssembly: adding the dense rows' weights is most of the parser's time, and
// 128-bit SIMD adds eight int16 weights (widened to int32) per step where JavaScript adds one. The module is assembled
// here from the listing below (a few hundred bytes), so no build step or binary file is needed.

/** Byte offsets of the kernel's fixed areas in its memory: the features to score, the scores, two work lists. */
export const KERNEL_INPUT = 0;
export const KERNEL_SCORES = 1024;
const DENSE_LIST = 2048;
const SPARSE_LIST = 3072;
/** Where the model's tables may start (16-byte aligned). */
export const KERNEL_TABLES = 4096;
/** Most features and classes one call takes (each fixed area holds 256 int32). */
export const KERNEL_CAPACITY = 256;

/** Where a model's tables lie in the kernel's memory (byte offsets) and the mask of its slot numbers. */
export interface KernelTables {
  /** Open-addressing table of (feature, place) uint32 pairs; place is start << 8 | count, count 0 for a dense row. */
  readonly slots: number;
  readonly mask: number;
  /** Sparse entries, one int32 each: class << 16 | weight & 0xffff, sorted by class within a row. */
  readonly entries: number;
  /** Dense rows of int16 weights; a dense place's start counts int16 from here, rows padded to a multiple of 8. */
  readonly dense: number;
}

/**
 * Scores `count` features written at KERNEL_INPUT: sets the int32 scores at KERNEL_SCORES of classes from..to-1
 * (`from` a multiple of 8; classes up to the next multiple of 8 past `to` are written too) to the sum of their weights.
 */
export type ScoringKernel = (count: number, from: number, to: number) => void;

let compiled: WebAssembly.Module | undefined;

/** Instantiates the kernel over `memory`, which holds the tables at the given places. */
export function instantiateScoringKernel(memory: WebAssembly.Memory, tables: KernelTables): ScoringKernel {
  compiled ??= compileKernel();
  const env = {
    memory,
    slots: new WebAssembly.Global({ value: 'i32', mutable: false }, tables.slots),
    mask: new WebAssembly.Global({ value: 'i32', mutable: false }, tables.mask),
    entries: new WebAssembly.Global({ value: 'i32', mutable: false }, tables.entries),
    dense: new WebAssembly.Global({ value: 'i32', mutable: false }, tables.dense),
  };
  const { exports } = new WebAssembly.Instance(compiled, { env });
  return exports.score as ScoringKernel;
}

// Opcodes (WebAssembly core 2.0 and its fixed-width SIMD).
const I32 = 0x7f;
const V128 = 0x7b;
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const IF = [0x04, 0x40];
const ELSE = [0x05];
const END = [0x0b];
const br = (depth: number): number[] => [0x0c, depth];
const brIf = (depth: number): number[] => [0x0d, depth];
const get = (local: number): number[] => [0x20, local];
const set = (local: number): number[] => [0x21, local];
const tee = (local: number): number[] => [0x22, local];
const global = (index: number): number[] => [0x23, index];
const load = (offset = 0): number[] => [0x28, 2, ...unsigned(offset)];
const store = (offset = 0): number[] => [0x36, 2, ...unsigned(offset)];
const int = (value: number): number[] => [0x41, ...signed(value)];
const EQZ = [0x45];
const EQ = [0x46];
const LT_U = [0x49];
const GE_U = [0x4f];
const ADD = [0x6a];
const AND = [0x71];
const SHL = [0x74];
const SHR_U = [0x76];
const EXTEND16 = [0xc1];
const simd = (op: number, ...immediates: number[]): number[] => [0xfd, ...unsigned(op), ...immediates];
const vload = (offset = 0): number[] => simd(0, 0, ...unsigned(offset));
const vstore = (offset = 0): number[] => simd(11, 0, ...unsigned(offset));
const VZERO = simd(12, ...new Array<number>(16).fill(0));
const WIDEN_LOW = simd(167);
const WIDEN_HIGH = simd(168);
const VADD = simd(174);

// Imported globals and locals, by index.
const SLOTS = 0;
const MASK = 1;
const ENTRIES = 2;
const DENSE = 3;
// Parameters, then int32 locals (F, R, E step through byte offsets), then v128 locals.
const COUNT = 0;
const FROM = 1;
const TO = 2;
const F = 3;
const KEY = 4;
const SLOT = 5;
const K = 6;
const PLACE = 7;
const ND = 8;
const NS = 9;
const G = 10;
const OUT = 11;
const R = 12;
const E = 13;
const END_E = 14;
const ENTRY = 15;
const C = 16;
const LO = 17;
const HI = 18;
const V = 19;

/** The body of `score(count, from, to)`: byte counters step by 4; br depths count the enclosing blocks and loops. */
function kernelBody(): number[] {
  // prettier-ignore
  return [
    // 1. Find each feature's row: dense rows' addresses go to one list, sparse rows' places to another.
    ...BLOCK, ...LOOP, // features
      ...get(F), ...get(COUNT), ...int(2), ...SHL, ...GE_U, ...brIf(1), // all found
      ...get(F), ...load(KERNEL_INPUT), ...set(KEY),
      ...get(KEY), ...global(MASK), ...AND, ...set(SLOT),
      ...BLOCK, // next feature
        ...BLOCK, // found
          ...LOOP, // probe
            ...global(SLOTS), ...get(SLOT), ...int(3), ...SHL, ...ADD, ...load(), ...tee(K),
            ...get(KEY), ...EQ, ...brIf(1), // found
            ...get(K), ...EQZ, ...brIf(2), // an empty slot: no row, next feature
            ...get(SLOT), ...int(1), ...ADD, ...global(MASK), ...AND, ...set(SLOT),
            ...br(0),
          ...END,
        ...END,
        ...global(SLOTS), ...get(SLOT), ...int(3), ...SHL, ...ADD, ...load(4), ...set(PLACE),
        ...get(PLACE), ...int(255), ...AND,
        ...IF, // sparse
          ...get(NS), ...get(PLACE), ...store(SPARSE_LIST),
          ...get(NS), ...int(4), ...ADD, ...set(NS),
        ...ELSE, // dense: its address
          ...get(ND), ...global(DENSE), ...get(PLACE), ...int(8), ...SHR_U, ...int(1), ...SHL, ...ADD, ...store(DENSE_LIST),
          ...get(ND), ...int(4), ...ADD, ...set(ND),
        ...END,
      ...END,
      ...get(F), ...int(4), ...ADD, ...set(F),
      ...br(0),
    ...END, ...END,
    // 2. Each group of eight classes (G: its byte offset in a row): the dense rows' weights, widened to int32 and
    // summed in two vectors, then stored as the group's scores.
    ...get(FROM), ...int(1), ...SHL, ...set(G),
    ...get(FROM), ...int(2), ...SHL, ...set(OUT),
    ...LOOP, // groups
      ...VZERO, ...set(LO),
      ...VZERO, ...set(HI),
      ...int(0), ...set(R),
      ...BLOCK, ...LOOP, // dense rows
        ...get(R), ...get(ND), ...GE_U, ...brIf(1),
        ...get(R), ...load(DENSE_LIST), ...get(G), ...ADD, ...vload(), ...set(V),
        ...get(LO), ...get(V), ...WIDEN_LOW, ...VADD, ...set(LO),
        ...get(HI), ...get(V), ...WIDEN_HIGH, ...VADD, ...set(HI),
        ...get(R), ...int(4), ...ADD, ...set(R),
        ...br(0),
      ...END, ...END,
      ...get(OUT), ...get(LO), ...vstore(KERNEL_SCORES),
      ...get(OUT), ...get(HI), ...vstore(KERNEL_SCORES + 16),
      ...get(OUT), ...int(32), ...ADD, ...set(OUT),
      ...get(G), ...int(16), ...ADD, ...tee(G),
      ...get(TO), ...int(1), ...SHL, ...LT_U, ...brIf(0), // next group
    ...END,
    // 3. The sparse rows' entries of classes from..to-1 (a row's entries are sorted by class).
    ...int(0), ...set(R),
    ...BLOCK, ...LOOP, // sparse rows
      ...get(R), ...get(NS), ...GE_U, ...brIf(1),
      ...get(R), ...load(SPARSE_LIST), ...set(PLACE),
      ...global(ENTRIES), ...get(PLACE), ...int(8), ...SHR_U, ...int(2), ...SHL, ...ADD, ...tee(E),
      ...get(PLACE), ...int(255), ...AND, ...int(2), ...SHL, ...ADD, ...set(END_E),
      ...BLOCK, ...LOOP, // entries
        ...get(E), ...get(END_E), ...GE_U, ...brIf(1),
        ...get(E), ...load(), ...tee(ENTRY), ...int(16), ...SHR_U, ...tee(C),
        ...get(TO), ...GE_U, ...brIf(1), // past `to`: the row's other entries are too
        ...get(C), ...get(FROM), ...GE_U,
        ...IF,
          ...get(C), ...int(2), ...SHL, ...tee(C),
          ...get(C), ...load(KERNEL_SCORES), ...get(ENTRY), ...EXTEND16, ...ADD,
          ...store(KERNEL_SCORES),
        ...END,
        ...get(E), ...int(4), ...ADD, ...set(E),
        ...br(0),
      ...END, ...END,
      ...get(R), ...int(4), ...ADD, ...set(R),
      ...br(0),
    ...END, ...END,
    ...END, // of the function
  ];
}

function compileKernel(): WebAssembly.Module {
  try {
    return new WebAssembly.Module(assembleKernel());
  } catch (error) {
    throw new NewsgraphError(
      'NG_WASM_SIMD',
      `this JavaScript engine cannot compile the parser's WebAssembly SIMD kernel (${(error as Error).message}); run Node 20 or later on an x64 CPU with SSE4.1 or on ARM64.`,
      { cause: error },
    );
  }
}

/** The module: imports env.memory and the tables' places as i32 globals, exports score. */
function assembleKernel(): Uint8Array {
  const name = (text: string): number[] => [...unsigned(text.length), ...Array.from(text, (char) => char.charCodeAt(0))];
  const importGlobal = (field: string): number[] => [...name('env'), ...name(field), 0x03, I32, 0x00];
  const locals = [...vector([[14, I32], [3, V128]])];
  const code = [...locals, ...kernelBody()];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32]]), 0]])),
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01], importGlobal('slots'), importGlobal('mask'), importGlobal('entries'), importGlobal('dense')])),
    ...section(3, vector([[0]])),
    ...section(7, vector([[...name('score'), 0x00, 0]])),
    ...section(10, vector([[...unsigned(code.length), ...code]])),
  ]);
}

function section(id: number, bytes: number[]): number[] {
  return [id, ...unsigned(bytes.length), ...bytes];
}

function vector(items: number[][]): number[] {
  return [...unsigned(items.length), ...items.flat()];
}

/** LEB128 of a non-negative integer. */
function unsigned(value: number): number[] {
  const bytes: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    bytes.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return bytes;
}

/** Signed LEB128 of a 32-bit integer. */
function signed(value: number): number[] {
  const bytes: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    if ((rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0)) {
      bytes.push(byte);
      return bytes;
    }
    bytes.push(byte | 0x80);
  }
}
