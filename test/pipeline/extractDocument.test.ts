import { DocumentExtractionSchema } from '../../src/pipeline/DocumentExtractionSchema';
import { extractDocument } from '../../src/pipeline/extractDocument';

const text = ['---', 'title: "Talks"', '---', 'Hereâ€™s the news: US President Donald Trump criticized Ukraine’s leadership.', '#Peace'].join('\n');

describe('extractDocument', () => {
  const extraction = extractDocument({ id: 'a.md', text, date: '2025-11-24', title: 'Talks' });

  it('returns an extraction that satisfies its schema', () => {
    expect(() => DocumentExtractionSchema.parse(extraction)).not.toThrow();
  });

  it('lists the offices it names a person with but cannot place, with their evidence, in its schema', () => {
    const named = extractDocument({ id: 'b.txt', text: 'Mayor Ines Roca opened the bridge on Friday.', date: '2025-11-24' });
    expect(() => DocumentExtractionSchema.parse(named)).not.toThrow();
    expect(named.offices).toEqual([
      {
        source: 'person:ines-roca',
        title: 'Mayor',
        evidence: expect.objectContaining({ doc: 'b.txt', sentence: 'Mayor Ines Roca opened the bridge on Friday.', start: 0, verb: 'Mayor', rule: 'role:unplaced', date: '2025-11-24' }),
      },
    ]);
  });

  it('keeps the country an implied office is held in as an entity of the article when its text never names it', () => {
    const unnamed = extractDocument({ id: 'c.txt', text: 'Labour MPs jeered and the Conservatives walked out. Home Secretary Ann Vale said taxes would rise.' });
    const ids = new Set(unnamed.entities.map((entity) => entity.id));
    expect(unnamed.relations).toContainEqual(expect.objectContaining({ source: 'person:ann-vale', type: 'HOLDS_ROLE', target: 'country:united-kingdom' }));
    expect(unnamed.relations.filter((relation) => !ids.has(relation.source) || !ids.has(relation.target))).toEqual([]);
    expect(unnamed.entities).toContainEqual({ id: 'country:united-kingdom', type: 'Country', name: 'United Kingdom', aliases: [] });
  });

  it('keeps the one country an office names as an entity of the article when its text never names it', () => {
    const unnamed = extractDocument({ id: 'd.txt', text: 'Taoiseach Ann Vale opened the bridge on Friday.' });
    const ids = new Set(unnamed.entities.map((entity) => entity.id));
    expect(unnamed.relations).toContainEqual(expect.objectContaining({ source: 'person:ann-vale', type: 'HOLDS_ROLE', target: 'country:ireland' }));
    expect(unnamed.relations.filter((relation) => !ids.has(relation.source) || !ids.has(relation.target))).toEqual([]);
  });

  it.each([
    ['The Spanish newspaper El Pais published the cable.', ['organization:el-pais']],
    // A country an edge ties, or that the article names outright too, stays.
    ['Russian troops attacked Ukraine.', ['country:russia', 'country:ukraine']],
    ['The Spanish newspaper El Pais published the cable in Spain.', ['country:spain', 'organization:el-pais']],
    // A capital named as a place, or to qualify a noun, is a place; one that speaks or owns is the state.
    ['The Spanish newspaper El Pais held talks in Doha.', ['location:doha', 'organization:el-pais']],
    ['Ann Vale said the Doha round had failed.', ['location:doha', 'person:ann-vale']],
    ['Kyiv said the talks would go on.', ['country:ukraine']],
    ['The mistakes of Athens cost the euro dearly.', ['country:greece']],
  ])('leaves out a country %j names only in passing, by its adjective or its capital as a place, and of which it states nothing', (text, expected) => {
    const read = extractDocument({ id: 'e.txt', text });
    expect(read.entities.map((entity) => entity.id).sort()).toEqual(expected);
    expect([...new Set(read.mentions.map((mention) => mention.entity))].sort()).toEqual(expected);
  });

  it('gives mention offsets into the text exactly as read, past repaired mojibake', () => {
    expect(extraction.mentions.map((mention) => [mention.text, text.slice(mention.start, mention.end)])).toEqual([
      ['US', 'US'],
      ['Donald Trump', 'Donald Trump'],
      ['Ukraine', 'Ukraine'],
    ]);
  });

  it('attaches evidence with the sentence, its raw offsets, the rule, the verb and the document date', () => {
    const relation = extraction.relations.find((candidate) => candidate.type === 'CRITICIZED');
    expect(relation?.evidence).toMatchObject({ doc: 'a.md', verb: 'criticized', date: '2025-11-24', rule: 'verb-active:criticize' });
    expect(relation?.evidence.sentence).toBe('Here’s the news: US President Donald Trump criticized Ukraine’s leadership.');
    expect(text.slice(relation?.evidence.start, relation?.evidence.end)).toBe('Hereâ€™s the news: US President Donald Trump criticized Ukraine’s leadership.');
    expect(relation?.evidence.reason).toMatch(/criticism/);
  });

  it('gives mention and evidence offsets into the raw text past HTML references', () => {
    const raw = 'President Fran&ccedil;ois Hollande praised Jos&eacute; Mujica&#8217;s reforms.';
    const { mentions, relations } = extractDocument({ id: 'h.txt', text: raw });
    expect(mentions.map((mention) => [mention.entity, mention.text, raw.slice(mention.start, mention.end)])).toEqual([
      ['person:francois-hollande', 'Fran&ccedil;ois Hollande', 'Fran&ccedil;ois Hollande'],
      ['person:jose-mujica', 'Jos&eacute; Mujica', 'Jos&eacute; Mujica'],
    ]);
    expect(relations.map(({ type, evidence }) => [type, evidence.sentence, raw.slice(evidence.start, evidence.end)])).toEqual([
      ['PRAISED', 'President François Hollande praised José Mujica’s reforms.', raw],
    ]);
  });

  it('parses a sentence with the words of the names it found as proper nouns (a party\'s name opening it is no verb)', () => {
    const text = 'Labour leader Sir Tom Baxter accused Ms Ann Vosk of lying to Parliament.';
    expect(extractDocument({ id: 'a.txt', text }).relations.map((relation) => `${relation.source} ${relation.type} ${relation.target}`)).toContain(
      'person:tom-baxter CRITICIZED person:ann-vosk',
    );
  });

  it('finds nothing in a text that names nothing, without an error', () => {
    expect(extractDocument({ id: 'empty.txt', text: 'it was raining all day.' })).toMatchObject({ entities: [], mentions: [], relations: [] });
  });

  it('tells how far a long document is read, in characters counted once tokenized and once read for relations', () => {
    const paragraph = 'Russia attacked Ukraine on Monday, officials in Kyiv said. The Kremlin denied it.';
    const long = Array.from({ length: 400 }, () => paragraph).join('\n\n'); // 33,000 characters: two windows
    const reports: [number, number][] = [];
    const quiet = extractDocument({ id: 'long.txt', text: long });
    const told = extractDocument({ id: 'long.txt', text: long }, { onProgress: (done, total) => reports.push([done, total]) });
    expect(told).toEqual(quiet);
    expect(reports.every(([, total]) => total === 2 * long.length)).toBe(true);
    const done = reports.map(([count]) => count);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.filter((count) => count <= long.length).length).toBeGreaterThan(1); // windows tokenized
    expect(done[done.length - 1]).toBe(2 * long.length);
  });
});
