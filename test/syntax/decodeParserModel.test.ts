import { gzipSync } from 'node:zlib';
import { analyzeWords } from '../../src/syntax/analyzeWords';
import { decodeParserModel } from '../../src/syntax/decodeParserModel';
import { encodeParserModel } from '../../src/syntax/encodeParserModel';
import { readConllu } from '../../src/syntax/readConllu';
import { defaultTrainingOptions } from '../../src/syntax/train/defaultTrainingOptions';
import { trainParserModel } from '../../src/syntax/train/trainParserModel';
import { CONLLU_FIXTURE } from './conlluFixture';

const sentences = readConllu(CONLLU_FIXTURE, 'fixture');
const model = trainParserModel(sentences, { ...defaultTrainingOptions({ epochs: 3, taggerEpochs: 3, folds: 1 }) });
const bytes = encodeParserModel(model, { note: 'fixture' });

describe('decodeParserModel', () => {
  it('reads back a model that tags and parses exactly like the one written, with its header', () => {
    const { model: decoded, header } = decodeParserModel(bytes, 'fixture.bin');
    expect(header.info).toEqual({ note: 'fixture' });
    expect(header.labels).toEqual(model.parser.labels);
    for (const sentence of sentences) {
      const forms = sentence.words.map((word) => word.form);
      expect(analyzeWords(decoded, forms)).toEqual(analyzeWords(model, forms));
    }
  });

  it.each([
    ['text that is not gzip', new TextEncoder().encode('hello'), 'is not a gzipped parser model'],
    ['another gzipped file', gzipSync(new TextEncoder().encode('PK something else entirely')), 'is not a parser model of this version'],
    ['a truncated model', gzipSync(decodeTruncated()), 'truncated'],
  ])('rejects %s', (_what, file, message) => {
    expect(() => decodeParserModel(file, 'bad.bin')).toThrow(message);
  });
});

function decodeTruncated(): Uint8Array {
  const { gunzipSync } = jest.requireActual<typeof import('node:zlib')>('node:zlib');
  const whole = gunzipSync(bytes);
  return whole.subarray(0, whole.length - 8);
}
