import nlp from 'compromise';
import type { RelationLexicon } from './RelationLexicon';
import type { TriggerRule } from './TriggerRule';

/** Indexes trigger rules by every inflection of their verbs (conjugated by compromise) and by their nouns; later rules win. */
export function compileLexicon(rules: readonly TriggerRule[]): RelationLexicon {
  const verbs = new Map<string, TriggerRule>();
  const nouns = new Map<string, TriggerRule>();
  for (const rule of rules) {
    for (const verb of rule.verbs) for (const form of inflections(verb)) verbs.set(form, rule);
    for (const noun of rule.nouns) nouns.set(noun.toLowerCase(), rule);
  }
  return { verbs, nouns };
}

function inflections(infinitive: string): string[] {
  const lemma = infinitive.toLowerCase();
  const conjugated = (nlp(lemma).verbs().conjugate() as Record<string, string>[])[0];
  // compromise conjugates only the verbs it recognizes out of context; the rest are regular in English.
  const forms = new Set([lemma, ...(conjugated ? Object.values(conjugated).map((form) => form.toLowerCase()) : regularInflections(lemma))]);
  // compromise conjugates British -ise verbs with -ize; both spellings occur in news.
  for (const form of [...forms]) if (lemma.includes('ise')) forms.add(form.replace('iz', 'is'));
  return [...forms].filter((form) => !form.includes(' '));
}

function regularInflections(lemma: string): string[] {
  // Whether the final consonant doubles (rebut → rebutted, skewer → skewered) depends on stress: both spellings are listed.
  const stems = lemma.endsWith('e') ? [lemma.slice(0, -1)] : /[^aeiou][aeiou][bdgmnprt]$/.test(lemma) ? [lemma, lemma + lemma.slice(-1)] : [lemma];
  const third = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = /[^aeiou]y$/.test(lemma) ? [`${lemma.slice(0, -1)}ied`] : stems.map((stem) => `${stem}ed`);
  return [third, ...past, ...stems.map((stem) => `${stem}ing`)];
}
