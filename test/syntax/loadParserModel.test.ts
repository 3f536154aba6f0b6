import { join } from 'node:path';
import { ParserModelError } from '../../src/syntax/ParserModelError';
import { PARSER_MODEL_PATH, loadParserModel } from '../../src/syntax/loadParserModel';

describe('loadParserModel', () => {
  it('reads the shipped model once and hands out the same object afterwards', () => {
    const model = loadParserModel();
    expect(loadParserModel()).toBe(model);
    expect(loadParserModel(PARSER_MODEL_PATH)).toBe(model);
    expect(model.parser.labels).toContain('nsubj:pass');
    expect(model.tagger.tags.map((tag) => tag.upos)).toContain('PROPN');
  });

  it('names the fix when the file is missing', () => {
    expect(() => loadParserModel(join(__dirname, 'no-such-model.bin'))).toThrow(ParserModelError);
    expect(() => loadParserModel(join(__dirname, 'no-such-model.bin'))).toThrow('npm run parser:train');
  });
});
