// The syntax stage: tokenizer, part-of-speech tagger and dependency parser (re-exports only).
export type { SyntaxToken, ParsedToken } from './SyntaxToken';
export type { ParserModel } from './ParserModel';
export { ParserModelError } from './ParserModelError';
export { tokenizeSyntax } from './tokenizeSyntax';
export { parseTokens } from './parseTokens';
export { parseSentence } from './parseSentence';
export { loadParserModel, PARSER_MODEL_PATH } from './loadParserModel';
export { decodeParserModel } from './decodeParserModel';
export { encodeParserModel } from './encodeParserModel';
export { readConllu } from './readConllu';
export type { ConlluSentence, ConlluWord } from './ConlluSentence';
