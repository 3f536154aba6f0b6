import { extractDocument } from '../../src/pipeline/extractDocument';
import { defaultTreePatterns } from '../../src/relations/defaultTreePatterns';
import { treeRule } from '../../src/relations/rules/treeRule';

const rule = treeRule(defaultTreePatterns);
const examples = defaultTreePatterns.patterns.flatMap(({ pattern }) =>
  pattern.examples.map((example) => [pattern.id, example.sentence, example.relations.map((relation) => relation.join(' ')).sort()] as const),
);

// What one pattern reads from a sentence parsed by the shipped parser, as `source TYPE target [title]` lines by entity name.
function readBy(patternId: string, sentence: string): string[] {
  const extraction = extractDocument({ id: 'example.txt', text: sentence }, { patterns: [rule] });
  const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
  return extraction.relations
    .filter(({ evidence: { rule } }) => rule === `tree-${patternId}` || rule.startsWith(`tree-${patternId}:`))
    .map((relation) => [names.get(relation.source), relation.type, names.get(relation.target), ...(relation.title ? [relation.title] : [])].join(' '))
    .sort();
}

describe('defaultTreePatterns', () => {
  it('has examples for every pattern', () => {
    expect(defaultTreePatterns.patterns.filter(({ pattern }) => pattern.examples.length === 0)).toEqual([]);
  });

  // Each pattern's own examples, through the shipped parser: what the pattern file promises is what it reads.
  it.each(examples)('%s reads %j as %j', (patternId, sentence, expected) => {
    expect(readBy(patternId, sentence)).toEqual(expected);
  });
});
