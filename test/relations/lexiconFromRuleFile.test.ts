import { extractDocument } from '../../src/pipeline/extractDocument';
import { lexiconFromRuleFile } from '../../src/relations/lexiconFromRuleFile';

const slam = JSON.stringify({ triggers: [{ id: 'skewer', type: 'CRITICIZED', reason: 'newsroom slang for criticism', verbs: ['skewer'] }] });

describe('lexiconFromRuleFile', () => {
  it('adds user verbs, with their reason kept on the evidence', () => {
    const lexicon = lexiconFromRuleFile(slam, 'rules.json');
    const [relation] = extractDocument({ id: 'a', text: 'Canada skewered Norway on Monday.' }, { lexicon }).relations;
    expect(relation).toMatchObject({ type: 'CRITICIZED', source: 'country:canada', target: 'country:norway', evidence: { rule: 'verb-active:skewer' } });
    expect(relation?.evidence.reason).toContain('newsroom slang for criticism');
  });

  it('adds user judging words, read where a clause says them of a party', () => {
    const lexicon = lexiconFromRuleFile(JSON.stringify({ triggers: [{ id: 'feckless', type: 'CRITICIZED', reason: 'a judgment', judgments: ['feckless'] }] }), 'rules.json');
    const [relation] = extractDocument({ id: 'a', text: 'Ann Vale said Norway was feckless.' }, { lexicon }).relations;
    expect(relation).toMatchObject({ type: 'CRITICIZED', source: 'person:ann-vale', target: 'country:norway', evidence: { rule: 'tree-said-judged:feckless' } });
  });

  it('keeps the default verbs unless the file replaces them', () => {
    const text = 'Canada condemned Norway on Monday.';
    expect(extractDocument({ id: 'a', text }, { lexicon: lexiconFromRuleFile(slam, 'r.json') }).relations).toHaveLength(1);
    const replaced = lexiconFromRuleFile(JSON.stringify({ replace: true, triggers: [] }), 'r.json');
    expect(extractDocument({ id: 'a', text }, { lexicon: replaced }).relations).toHaveLength(0);
  });

  it.each([
    ['{not json', /rules\.json: not valid JSON/],
    [JSON.stringify({ triggers: [{ id: 'x', type: 'LIKED', reason: 'r', verbs: ['like'] }] }), /rules\.json: triggers\.0\.type/],
    [JSON.stringify({ triggers: [{ id: 'x', type: 'PRAISED', verbs: ['like'] }] }), /triggers\.0\.reason/],
  ])('rejects %j with a message naming the file and the fix', (json, message) => {
    expect(() => lexiconFromRuleFile(json, 'rules.json')).toThrow(message);
    expect(() => lexiconFromRuleFile(json, 'rules.json')).toThrow(/A rule file is JSON like/);
  });
});
