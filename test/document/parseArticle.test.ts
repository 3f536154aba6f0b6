import { EmptyInputError } from '../../src/document/EmptyInputError';
import { parseArticle } from '../../src/document/parseArticle';

const FRONT_MATTER = `---
layout: post
title: "Breaking: US and Ukraine signal progress"
date: 2025-11-24T04:57:45
author: "badely"
---

Hereâ€™s what you need to know: talks went well.
`;

describe('parseArticle', () => {
  it.each([
    ['front matter', FRONT_MATTER, 'Breaking: US and Ukraine signal progress', '2025-11-24T04:57:45'],
    ['a day-first date line', '24th November, 2025\nRubio met Yermak.', undefined, '2025-11-24'],
    ['a month-first date line', 'November 24, 2025\n\nRubio met Yermak.', undefined, '2025-11-24'],
    ['an ISO date line', '2025-11-24\nRubio met Yermak.', undefined, '2025-11-24'],
    ['a Markdown heading', '# Talks in Geneva\n\nRubio met Yermak.', 'Talks in Geneva', undefined],
    ['a heading then a date line', '# Talks in Geneva\n*November 24, 2025*\n\nRubio met Yermak.', 'Talks in Geneva', '2025-11-24'],
    ['a date line then a heading', 'November 24, 2025\n## Talks in Geneva\nRubio met Yermak.', 'Talks in Geneva', '2025-11-24'],
    ['a setext heading', 'Talks in Geneva\n===\nRubio met Yermak.', 'Talks in Geneva', undefined],
    ['plain text', 'The United States and Ukraine announced progress.', undefined, undefined],
    ['a heading that is not the first line', 'Rubio met Yermak.\n# Later section', undefined, undefined],
    ['a date in the middle of the article', 'Rubio met Yermak.\nMore text.\nAnd more.\nEven more.\nNovember 24, 2025', undefined, undefined],
    ['front matter without title above a heading', '---\nauthor: x\n---\n# From the heading\nText.', 'From the heading', undefined],
    ['a front matter date that is not a date, then a date line', '---\ndate: soon\n---\n24 Nov 2025\nText.', undefined, '2025-11-24'],
    ['a headline set off by a blank line', 'Farmers block roads around Brussels\n\nThousands of tractors arrived.', 'Farmers block roads around Brussels', undefined],
    ['a headline asking a question', 'Can the Gaza truce hold?\r\n\r\nMediators met again.', 'Can the Gaza truce hold?', undefined],
    ['a date line then a headline', '12 March 2024\nFarmers block roads around Brussels\n\nTractors arrived.', 'Farmers block roads around Brussels', '2024-03-12'],
    ['a headline, a date line, then a blank line', 'Farmers block roads around Brussels\nMarch 12, 2024\n\nTractors arrived.', 'Farmers block roads around Brussels', '2024-03-12'],
    ['a headline in bold', '**Farmers block roads around Brussels**\n\nTractors arrived.', 'Farmers block roads around Brussels', undefined],
    ['front matter above a headline', '---\ntitle: From the front matter\n---\nFarmers block roads\n\nTractors arrived.', 'From the front matter', undefined],
    ['a Markdown heading set off by a blank line', '## Farmers block roads\n\nTractors arrived.', 'Farmers block roads', undefined],
    ['a lede ending in a full stop', 'BRUSSELS, March 12 - Farmers blocked roads on Tuesday.\n\nPolice said.', undefined, undefined],
    ['a lede ending in a quotation', 'Farmers said they would "stay all week."\n\nPolice said.', undefined, undefined],
    ['a first line not set off by a blank line', 'Farmers block roads around Brussels\nTractors arrived.', undefined, undefined],
    ['a first line with nothing after it', 'Farmers block roads around Brussels\n\n', undefined, undefined],
    ['a hashtag line set off by a blank line', '#farmers #protest\n\nTractors arrived.', undefined, undefined],
    ['a first line of 31 words', `${'word '.repeat(31).trim()}\n\nTractors arrived.`, undefined, undefined],
  ])('reads the title and date of an article with %s', (_case, raw, title, date) => {
    const document = parseArticle({ id: 'a.txt', source: 'in/a.txt', raw });
    expect(document.title).toBe(title);
    expect(document.date).toBe(date);
  });

  it.each([
    ['front matter and mojibake', FRONT_MATTER],
    ['a BOM and CRLF line ends', '\uFEFF# Title\r\n24 Nov 2025\r\nText.\r\n'],
    ['a date line', '24th November, 2025\na\nText.'],
    ['a headline', 'Farmers block roads around Brussels\n\nTractors arrived.\n'],
  ])('keeps the text of an article with %s exactly as read', (_case, raw) => {
    expect(parseArticle({ id: 'a.txt', raw }).text).toBe(raw);
  });

  it('keeps the id and the source', () => {
    expect(parseArticle({ id: 'sub/a.md', source: 'corpus/sub/a.md', raw: 'Text.' })).toEqual({
      id: 'sub/a.md',
      text: 'Text.',
      source: 'corpus/sub/a.md',
    });
  });

  it.each([
    ['only whitespace', ' \n\t\n'],
    ['front matter and no text', '---\ntitle: Nothing\n---\n\n'],
  ])('throws an EmptyInputError for an article with %s', (_case, raw) => {
    expect(() => parseArticle({ id: 'a.txt', source: 'in/a.txt', raw })).toThrow(EmptyInputError);
  });
});
