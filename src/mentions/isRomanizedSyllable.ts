// One syllable as Chinese (Pinyin, Wade-Giles, Cantonese) and Korean names are romanized: a few consonants, a vowel
// cluster, and at most a nasal, stop or liquid after it (`Jong`, `un`, `Cheuk`, `hsien`, `yeol`). English compounds
// after a name (`era`, `style`, `backed`, `based`) have two vowel groups or end otherwise.
const SYLLABLE = /^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|[nmptklrh])?$/;

/** Whether a word reads as one syllable of a romanized East Asian given name (`Jae`, `in`, `cheung`). */
export function isRomanizedSyllable(word: string): boolean {
  return word.length <= 6 && SYLLABLE.test(word.toLowerCase());
}
