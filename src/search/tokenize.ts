// Folding and splitting text into words: the one tokenizer for report text, questions and word lists.

/** Splits text into words: letters and digits in any script, with goal codes (1B1.3) kept whole. */
const WORD = /\d+[a-z]\d+(?:\.\d+)?|[\p{L}\p{N}]+/giu;

/** Lowercases and removes diacritics: `Financiën` → `financien`, `coördinatie` → `coordinatie`. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** English "n't" spelled out, so "haven't" is "have not", not the Dutch word "haven" and a stray "t". */
const NOT = /\b(can)['’]t\b|\bwon['’]t\b|n['’]t\b/g;

/** The words of a text, folded, without any other processing. */
export function words(text: string): string[] {
  const folded = fold(text);
  const spelled = folded.includes("'") || folded.includes('’') ? folded.replace(NOT, (_, can) => (can ? 'can not' : _.startsWith('won') ? 'will not' : ' not')) : folded;
  return spelled.match(WORD) ?? [];
}
