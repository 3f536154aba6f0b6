import type { Document } from '../document/DocumentSchema';
import { splitFrontMatter } from '../document/splitFrontMatter';
import { benchCast } from './benchCast';
import { countWords } from './countWords';
import { createRng } from './createRng';
import { inventSentences } from './inventSentences';

// A unit is a sentence, or a whole line that is no prose sentence (heading, bullet, date line, hashtags).
const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u;
const LINE_UNIT = /^(?:[-*#•>]|\d+[.)]\s)|[^.!?"”’)]$/;
const DATES = ['2025-11-23', '2025-11-24', '2025-11-25', '2025-11-26'];

/**
 * Makes a deterministic benchmark corpus by recombining the sentences and lines of the given articles (front matter
 * left out) into new documents of paragraphs, keeping their mess: mojibake, headings, bullets and hashtags. A share
 * `invented` (0 to 1, default 0) of the sentences is invented instead (inventSentences), each document with its own
 * people, countries and bodies, so that the corpus names thousands of entities as news does, not the few of the
 * articles, which would flatter every cache. Each document grows until it has at least `wordsPerDocument` words.
 */
export function generateCorpus(
  articles: readonly string[],
  options: { documents: number; wordsPerDocument: number; seed: number; invented?: number },
): Document[] {
  const units = articles.flatMap(toUnits);
  const invented = options.invented ?? 0;
  if (units.length === 0) return [];
  const random = createRng(options.seed);
  const documents: Document[] = [];
  for (let index = 0; index < options.documents; index++) {
    const invent = invented > 0 ? inventSentences(random, benchCast()) : undefined;
    const pick = () => (invent && random() < invented ? invent() : (units[Math.floor(random() * units.length)] ?? ''));
    const lines: string[] = [];
    let paragraph: string[] = [];
    let words = 0;
    while (words < options.wordsPerDocument) {
      const unit = pick();
      words += countWords(unit);
      if (LINE_UNIT.test(unit)) {
        if (paragraph.length > 0) lines.push(paragraph.join(' '));
        lines.push(unit);
        paragraph = [];
      } else {
        paragraph.push(unit);
        if (paragraph.length >= 1 + Math.floor(random() * 4)) {
          lines.push(paragraph.join(' '));
          paragraph = [];
        }
      }
    }
    if (paragraph.length > 0) lines.push(paragraph.join(' '));
    const id = `bench-${String(index).padStart(4, '0')}.txt`;
    documents.push({ id, text: lines.join('\n\n') + '\n', title: `Bench article ${index}`, date: DATES[index % DATES.length], source: id });
  }
  return documents;
}

function toUnits(article: string): string[] {
  const body = article.slice(splitFrontMatter(article).bodyStart);
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .flatMap((line) => (LINE_UNIT.test(line) ? [line] : line.split(SENTENCE_END)));
}
