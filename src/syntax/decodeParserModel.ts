import { gunzipSync } from 'node:zlib';
import { FeatureTable } from './FeatureTable';
import { createLinearModel, type LinearModel } from './LinearModel';
import type { ParserModel } from './ParserModel';
import { ParserModelError } from './ParserModelError';
import { ParserModelHeaderSchema, type ParserModelHeader } from './ParserModelHeaderSchema';
import { createTransitions, type Transitions } from './Transitions';
import { PARSER_MODEL_MAGIC } from './encodeParserModel';

/** A decoded model with the header it was stored with (`info` holds the training facts). */
export interface DecodedParserModel {
  readonly model: ParserModel;
  readonly header: ParserModelHeader;
}

/** Reads a model written by encodeParserModel, checking its header and the sizes of its arrays. */
export function decodeParserModel(file: Uint8Array, source: string): DecodedParserModel {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(gunzipSync(file));
  } catch (error) {
    throw new ParserModelError(`${source} is not a gzipped parser model; retrain it with npm run parser:train.`, { cause: error });
  }
  const magic = new TextDecoder().decode(bytes.subarray(0, PARSER_MODEL_MAGIC.length));
  if (magic !== PARSER_MODEL_MAGIC || bytes.length < 12) {
    throw new ParserModelError(`${source} is not a parser model of this version (${JSON.stringify(magic)}); retrain it with npm run parser:train.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(8, true);
  let header: ParserModelHeader;
  try {
    header = ParserModelHeaderSchema.parse(JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))));
  } catch (error) {
    throw new ParserModelError(`${source} has an invalid header (${(error as Error).message.slice(0, 200)}); retrain it with npm run parser:train.`, { cause: error });
  }
  let offset = align(12 + headerLength);
  const take = <T>(make: (buffer: ArrayBuffer, count: number) => T, count: number, bytesPerItem: number): T => {
    const size = count * bytesPerItem;
    if (offset + size > bytes.length) throw new ParserModelError(`${source} is truncated; retrain it with npm run parser:train.`);
    const copy = bytes.slice(offset, offset + size).buffer;
    offset = align(offset + size);
    return make(copy, count);
  };
  const uint32 = (count: number): Uint32Array => take((buffer, n) => new Uint32Array(buffer, 0, n), count, 4);
  const int16 = (count: number): Int16Array => take((buffer, n) => new Int16Array(buffer, 0, n), count, 2);
  const uint8 = (count: number): Uint8Array => take((buffer, n) => new Uint8Array(buffer, 0, n), count, 1);
  const linear = (part: ParserModelHeader['tagger']): LinearModel => {
    const features = uint32(part.features);
    const counts = uint8(part.features);
    const entryWeights = int16(part.entries);
    const entryClasses = uint8(part.entries);
    if (counts.reduce((sum, count) => sum + count, 0) !== part.entries || entryClasses.some((c) => c >= part.classes)) {
      throw new ParserModelError(`${source} has inconsistent weights; retrain it with npm run parser:train.`);
    }
    return createLinearModel(part.classes, part.scale, features, counts, entryClasses, entryWeights);
  };
  const taggerWeights = linear(header.tagger);
  const lexicon = FeatureTable.from(uint32(header.lexicon));
  const lexiconTags = uint8(header.lexicon);
  const wordClasses = FeatureTable.from(uint32(header.wordClasses));
  const wordClassHashes = uint32(header.wordClasses);
  const parserWeights = linear(header.parser);
  let transitions: Transitions;
  try {
    if ([...header.leftLabels, ...header.rightLabels].some((label) => label >= header.labels.length)) throw new RangeError('a transition label is not in labels');
    transitions = createTransitions(Uint8Array.from(header.leftLabels), Uint8Array.from(header.rightLabels), header.rootLabel);
  } catch (error) {
    throw new ParserModelError(`${source} has invalid transitions (${(error as Error).message}); retrain it with npm run parser:train.`, { cause: error });
  }
  if (
    offset !== bytes.length ||
    header.tagger.classes !== header.tags.length ||
    header.parser.classes !== transitions.classes ||
    header.labels[header.rootLabel] !== 'root' ||
    lexiconTags.some((tag) => tag >= header.tags.length)
  ) {
    throw new ParserModelError(`${source} does not match its header; retrain it with npm run parser:train.`);
  }
  return {
    header,
    model: {
      tagger: { tags: header.tags, weights: taggerWeights, lexicon, lexiconTags, wordClasses, wordClassHashes },
      parser: { labels: header.labels, rootLabel: header.rootLabel, transitions, weights: parserWeights },
    },
  };
}

function align(offset: number): number {
  return offset + ((4 - (offset % 4)) % 4);
}
