// British and American spellings that organizations' names are written in either way, whichever the body uses itself
// (`Organisation for Security and Co-operation in Europe` in British papers, `Organization for Economic Cooperation
// and Development` in American ones).
const VARIANTS: readonly { readonly id: string; readonly from: RegExp; readonly to: string; readonly reason: string }[] = [
  { id: 'ization', from: /ization\b/g, to: 'isation', reason: 'British spelling of -ize nouns (Organization, Civilization)' },
  { id: 'isation', from: /isation\b/g, to: 'ization', reason: 'American spelling of -ise nouns (Organisation)' },
  { id: 'co-operation', from: /\bCo-operation\b/g, to: 'Cooperation', reason: 'the hyphen American papers drop' },
  { id: 'cooperation', from: /\bCooperation\b/g, to: 'Co-operation', reason: 'the hyphen British papers keep' },
];

/** The other spellings of a name, British for American and back (`Organisation` for `Organization`); none when it has none. */
export function spellingVariants(name: string): string[] {
  let variants = [name];
  for (const { from, to } of VARIANTS) {
    variants = [...variants, ...variants.map((variant) => variant.replace(from, to))];
  }
  return [...new Set(variants)].filter((variant) => variant !== name);
}
