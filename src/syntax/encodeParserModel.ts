import { gzipSync } from 'node:zlib';
import type { LinearModel } from './LinearModel';
import type { ParserModel } from './ParserModel';
import type { ParserModelHeader } from './ParserModelHeaderSchema';

/** The bytes every parser model file starts with. */
export const PARSER_MODEL_MAGIC = 'NGPARSE1';

/**
 * Serializes a model: the magic, a little-endian uint32 header length, the JSON header, then the typed arrays
 * (features, entry counts, weights, classes of the tagger, its lexicon and ambiguity classes, the same for the parser), each padded to 4
 * bytes; all of it gzipped. `info` is stored in the header as is.
 */
export function encodeParserModel(model: ParserModel, info: Record<string, unknown>): Uint8Array {
  const { tagger, parser } = model;
  const header: ParserModelHeader = {
    format: 'newsgraph-parser',
    version: 1,
    tags: [...tagger.tags],
    labels: [...parser.labels],
    rootLabel: parser.rootLabel,
    leftLabels: [...parser.transitions.leftLabels],
    rightLabels: [...parser.transitions.rightLabels],
    lexicon: tagger.lexiconTags.length,
    wordClasses: tagger.wordClassHashes.length,
    tagger: linearHeader(tagger.weights),
    parser: linearHeader(parser.weights),
    info,
  };
  const parts: Uint8Array[] = [new TextEncoder().encode(PARSER_MODEL_MAGIC)];
  const json = new TextEncoder().encode(JSON.stringify(header));
  parts.push(new Uint8Array(new Uint32Array([json.length]).buffer), json);
  for (const array of [
    ...linearArrays(tagger.weights),
    tagger.lexicon.features(),
    tagger.lexiconTags,
    tagger.wordClasses.features(),
    tagger.wordClassHashes,
    ...linearArrays(parser.weights),
  ]) {
    parts.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }
  const padded = parts.map((part) => (part.length % 4 === 0 ? part : concat([part, new Uint8Array(4 - (part.length % 4))])));
  return gzipSync(concat(padded), { level: 9 });
}

function linearHeader(model: LinearModel): ParserModelHeader['tagger'] {
  return { classes: model.classes, scale: model.scale, features: model.features.length, entries: model.entryWeights.length };
}

function linearArrays(model: LinearModel): ArrayBufferView[] {
  return [model.features, model.counts, model.entryWeights, model.entryClasses];
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
