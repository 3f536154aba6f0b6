import nlp from 'compromise';

/** Every written form of a verb given in the infinitive (`favour` → favours, favoured, favouring), in lower case. */
export function verbForms(infinitive: string): string[] {
  const lemma = infinitive.toLowerCase();
  const read = (nlp(lemma).verbs().conjugate() as Record<string, string>[])[0];
  // compromise conjugates only the verbs it recognizes out of context, and may read an infinitive as another verb's form
  // (`found` as the past of `find`); the rest are regular in English.
  const conjugated = read?.Infinitive?.toLowerCase() === lemma ? read : undefined;
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
