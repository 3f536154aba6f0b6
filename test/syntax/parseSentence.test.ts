import { loadParserModel } from '../../src/syntax/loadParserModel';
import { parseSentence } from '../../src/syntax/parseSentence';
import type { ParsedToken } from '../../src/syntax/SyntaxToken';

const model = loadParserModel();

/** "dependent -deprel-> head" for each token, to read a parse at a glance. */
const arcs = (tokens: readonly ParsedToken[]): string[] => tokens.map((token) => `${token.text} -${token.deprel}-> ${tokens[token.head]?.text ?? 'ROOT'}`);

describe('parseSentence', () => {
  it.each([
    ['Russia attacked Ukraine.', ['Russia -nsubj-> attacked', 'attacked -root-> ROOT', 'Ukraine -obj-> attacked', '. -punct-> attacked']],
    [
      'The plan was rejected by the minister.',
      ['The -det-> plan', 'plan -nsubj:pass-> rejected', 'was -aux:pass-> rejected', 'rejected -root-> ROOT', 'by -case-> minister', 'the -det-> minister', 'minister -obl:agent-> rejected', '. -punct-> rejected'],
    ],
    ['She gave up.', ['She -nsubj-> gave', 'gave -root-> ROOT', 'up -compound:prt-> gave', '. -punct-> gave']],
  ])('parses %j', (text, expected) => {
    expect(arcs(parseSentence(model, text))).toEqual(expected);
  });

  it('gives a tree: one root, every head inside the sentence, no cycle', () => {
    const tokens = parseSentence(model, 'Officials in Kyiv said on Monday that the talks, which began in Geneva, would resume next week.');
    expect(tokens.filter((token) => token.head === -1)).toHaveLength(1);
    for (const [i, token] of tokens.entries()) {
      expect(token.head).toBeGreaterThanOrEqual(-1);
      expect(token.head).toBeLessThan(tokens.length);
      let steps = 0;
      for (let at = i; at !== -1 && steps <= tokens.length; at = tokens[at]?.head ?? -1) steps++;
      expect(steps).toBeLessThanOrEqual(tokens.length);
    }
  });

  it('attaches the words a greedy parse leaves on the stack instead of hanging them from the root', () => {
    // Without the tree constraint `behind` and `Prince` ended headless and hung from the root as parataxis.
    const tree = arcs(parseSentence(model, 'UEFA then threw its support behind Prince Ali bin al-Hussein of Jordan.'));
    expect(tree).toEqual(expect.arrayContaining(['behind -case-> Prince', 'Prince -obl-> threw']));
    expect(tree.filter((arc) => arc.includes('-parataxis->'))).toEqual([]);
  });

  it('hangs from the root what the parser hung on the final period, as it hangs the period', () => {
    const tree = arcs(parseSentence(model, 'Tottenham have appointed the Sevilla coach Juande Ramos as their new manager, two days after sacking Martin Jol.'));
    expect(tree).toEqual(expect.arrayContaining(['days -obl-> appointed', '. -punct-> appointed']));
  });

  it('parses a clause with a scare-quoted word as without the quotes, hanging them on the word', () => {
    const arcsOf = (text: string) => arcs(parseSentence(model, text)).filter((arc) => !arc.startsWith('"'));
    expect(arcsOf('Ann Vale said Tom Baxter had "misled" MPs.')).toEqual(arcsOf('Ann Vale said Tom Baxter had misled MPs.'));
    expect(arcs(parseSentence(model, 'Ann Vale said Tom Baxter had "misled" MPs.')).filter((arc) => arc.startsWith('"'))).toEqual(['" -punct-> misled', '" -punct-> misled']);
  });

  it('parses a relative clause set off by commas apart from its sentence, hanging it on the word before it', () => {
    const text = 'Ann Vale, whose party favours talks with the government, accused Tom Baxter of lying.';
    const parsed = arcs(parseSentence(model, text));
    const main = arcs(parseSentence(model, 'Ann Vale accused Tom Baxter of lying.'));
    expect(parsed.filter((arc) => main.includes(arc))).toEqual(main);
    expect(parsed).toEqual(expect.arrayContaining(['favours -acl:relcl-> Ann', ', -punct-> favours', 'whose -nmod:poss-> party', 'party -nsubj-> favours']));
  });

  it.each([
    // After an opening adjunct's comma, the clause's commas both go with it; after an apposition, the closing one stays.
    ['In Paris, Ann Vale, who won gold in Athens, said Tom Baxter had cheated.', ['Ann -nsubj-> said', 'won -acl:relcl-> Ann', 'said -root-> ROOT']],
    ['Ann Vale, the Vosk singer, who has campaigned for years, praised Tom Baxter.', ['Ann -nsubj-> praised', 'campaigned -acl:relcl-> singer', 'praised -root-> ROOT']],
  ])('reads the subject and verb around a relative clause in %j', (text, expected) => {
    expect(arcs(parseSentence(model, text))).toEqual(expect.arrayContaining(expected));
  });

  it('reads the words that start at `names` as proper nouns, so a sentence opening with a party\'s name finds its verb', () => {
    const text = 'Labour leader Sir Tom Baxter accused Ms Vosk of lying.';
    // (`Labour`, `Tom`, `Baxter`, `Vosk`.)
    const names = new Set(['Labour', 'Tom', 'Baxter', 'Vosk'].map((name) => text.indexOf(name)));
    expect(arcs(parseSentence(model, text, 0, text.length, names))).toEqual(expect.arrayContaining(['accused -root-> ROOT', 'Ms -obj-> accused', 'Vosk -flat-> Ms']));
  });

  it('tags with universal and Penn tags', () => {
    expect(parseSentence(model, 'He walked home.').map((token) => `${token.upos}/${token.xpos}`)).toEqual(['PRON/PRP', 'VERB/VBD', 'ADV/RB', 'PUNCT/.']);
  });

  it('parses a span of a longer text with offsets into that text', () => {
    const text = 'Intro line. Germany backed the plan.';
    const start = text.indexOf('Germany');
    const tokens = parseSentence(model, text, start, text.length);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Germany', 'backed', 'the', 'plan', '.']);
  });

  it('gives nothing for a blank sentence', () => {
    expect(parseSentence(model, '   ')).toEqual([]);
  });
});
