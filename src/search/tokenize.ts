// Folding and splitting text into words: the one tokenizer for report text, questions and word lists.

/** Splits text into words: letters and digits in any script, with goal codes (1B1.3) kept whole. */
const WORD = /\d+[a-z]\d+(?:\.\d+)?|[\p{L}\p{N}]+/giu;

/** Lowercases and removes diacritics: `Financiën` → `financien`, `coördinatie` → `coordinatie`. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** English "n't" spelled out, so "haven't" is "have not", not the Dutch word "haven" and a stray "t". */
const NOT = /\b(can)['’]t\b|\bwon['’]t\b|n['’]t\b/g;

/** Texts already split: building the engine splits the same lexicon phrases in several places. */
const split = new Map<string, readonly string[]>();
const SPLIT_CACHE_SIZE = 50_000;

/** The words of a text, folded, without any other processing (shared: not to be changed). */
export function words(text: string): readonly string[] {
  let found = split.get(text);
  if (found) return found;
  const folded = fold(text);
  const spelled = folded.includes("'") || folded.includes('’') ? folded.replace(NOT, (_, can) => (can ? 'can not' : _.startsWith('won') ? 'will not' : ' not')) : folded;
  found = Object.freeze(spelled.match(WORD) ?? []);
  // Questions are many and each is new: only short texts (phrases, names, words) are kept.
  if (text.length <= 60 && split.size < SPLIT_CACHE_SIZE) split.set(text, found);
  return found;
}

/** A text as the stems of its words, joined: how lexicon terms are compared ("prullenbakken" is "prullenbak"). */
export function stemmedKey(text: string, stem: (word: string) => string): string {
  return words(text).map(stem).join(' ');
}
