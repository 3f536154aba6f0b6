import { compileLexicon } from '../../src/relations/compileLexicon';
import { TriggerRuleSchema } from '../../src/relations/TriggerRule';

const scorn = TriggerRuleSchema.parse({ id: 'scorn', type: 'CRITICIZED', reason: 'scorn', verbs: ['scorn'], nouns: ['Scorn'], judgments: ['Reckless', 'a-word'] });
const praise = TriggerRuleSchema.parse({ id: 'laud', type: 'PRAISED', reason: 'praise', verbs: ['laud'], judgments: ['reckless'] });

describe('compileLexicon', () => {
  it.each([
    ['verbs', 'scorned', 'scorn'],
    ['verbs', 'scorns', 'scorn'],
    ['nouns', 'scorn', 'scorn'],
    ['judgments', 'a-word', 'scorn'],
    ['judgments', 'scorned', undefined],
  ] as const)('indexes %s by %j for the rule %j', (part, word, id) => {
    expect(compileLexicon([scorn])[part].get(word)?.id).toBe(id);
  });

  it('lets a later rule win a judging word both name', () => {
    expect(compileLexicon([scorn, praise]).judgments.get('reckless')?.id).toBe('laud');
  });
});
