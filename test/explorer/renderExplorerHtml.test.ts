import { renderExplorerHtml } from '../../src/explorer/renderExplorerHtml';
import { sampleData } from './sampleData';

// What the page's own code does: read the JSON back out of its script element.
function embeddedData(html: string): unknown {
  const match = /<script type="application\/json" id="newsgraph-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no data script in the page');
  return JSON.parse(match[1]);
}

describe('renderExplorerHtml', () => {
  it('embeds the packed graph so that it reads back unchanged, even with markup that would end the script', () => {
    const data = sampleData();
    data.strings.push('</script><script>alert(1)</script><!-- ');
    const html = renderExplorerHtml(data, 'void 0;');
    expect(embeddedData(html)).toEqual(data);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
  });

  it('inlines the script so that a "</script" inside it cannot end the element', () => {
    const html = renderExplorerHtml(sampleData(), 'const tag = "</SCRIPT>";');
    expect(html).toContain('const tag = "<\\/SCRIPT>";');
  });

  it('forbids every request with a Content-Security-Policy and links no outside resource', () => {
    const html = renderExplorerHtml(sampleData(), 'void 0;');
    expect(html).toContain(`content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:"`);
    expect(html).not.toMatch(/\b(?:src|href)=/);
  });

  it('titles the page with the graph name, escaped', () => {
    const data = sampleData();
    data.strings[data.name] = 'Talks <b>& more';
    expect(renderExplorerHtml(data, '')).toContain('<title>Talks &#60;b&#62;&#38; more · newsgraph explorer</title>');
  });

  it('gives the search box and the details region the names assistive technology reads', () => {
    const html = renderExplorerHtml(sampleData(), '');
    expect(html).toMatch(/<input id="search" type="search" role="combobox" aria-label="Search entities"/);
    expect(html).toContain('<section id="details" aria-label="Details"');
  });
});
