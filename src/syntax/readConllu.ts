import { NewsgraphError } from '../errors/NewsgraphError';
import type { ConlluSentence, ConlluWord } from './ConlluSentence';

const WORD_LINE = /^\d+\t/;
const RANGE_LINE = /^(\d+)-(\d+)\t/;

/** Reads the sentences of a CoNLL-U document; `source` names it in errors. */
export function readConllu(content: string, source: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let id = '';
  let text = '';
  let words: ConlluWord[] = [];
  // A multiword token (`4-5 don't`) carries the SpaceAfter of its last word.
  let rangeEnd = 0;
  let rangeSpaceAfter = true;
  const lines = content.split(/\r?\n/);
  const flush = (): void => {
    if (words.length > 0) sentences.push({ id, text, words });
    id = '';
    text = '';
    words = [];
  };
  lines.forEach((line, index) => {
    if (line === '') return flush();
    if (line.startsWith('#')) {
      const comment = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (comment?.[1] === 'sent_id') id = comment[2] ?? '';
      else if (comment?.[1] === 'text') text = comment[2] ?? '';
      return;
    }
    const range = RANGE_LINE.exec(line);
    if (range) {
      rangeEnd = Number(range[2]);
      rangeSpaceAfter = !line.split('\t')[9]?.includes('SpaceAfter=No');
      return;
    }
    if (!WORD_LINE.test(line)) return; // empty nodes (8.1) belong to enhanced graphs only
    const columns = line.split('\t');
    if (columns.length !== 10) {
      throw new NewsgraphError('NG_CONLLU_FORMAT', `${source}, line ${index + 1}: a word line needs 10 tab-separated columns, found ${columns.length}; fix the file.`);
    }
    const position = Number(columns[0]);
    const head = Number(columns[6]);
    if (position !== words.length + 1 || !Number.isInteger(head) || head < 0) {
      throw new NewsgraphError('NG_CONLLU_FORMAT', `${source}, line ${index + 1}: word ${columns[0]} with head ${columns[6]} is out of sequence; fix the file.`);
    }
    const ownSpaceAfter = !columns[9]?.includes('SpaceAfter=No');
    words.push({
      form: columns[1] as string,
      upos: columns[3] as string,
      xpos: columns[4] as string,
      head,
      deprel: columns[7] as string,
      spaceAfter: position === rangeEnd ? rangeSpaceAfter : position < rangeEnd ? false : ownSpaceAfter,
    });
  });
  flush();
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (word.head > sentence.words.length) {
        throw new NewsgraphError('NG_CONLLU_FORMAT', `${source}, sentence ${sentence.id}: a head points past the last word; fix the file.`);
      }
    }
  }
  return sentences;
}
