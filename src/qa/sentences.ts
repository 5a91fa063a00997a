// Picking the sentence of a passage that answers best, and cutting text on a whole word.

import { Analyzer, words } from '../search/analyzer';

/** For its stems alone (with a cache): no glossary, English side or lexicons to read. */
const stemmer = new Analyzer([], [], [], []);

/** Splits report prose into sentences; abbreviations like "c.q." and "o.a." and initials ("de J.H. Oortweg") end none. */
export function sentences(text: string): string[] {
  return text
    .replace(/\b(c\.q|o\.a|e\.d|t\.a\.v|i\.v\.m|m\.b\.t|etc)\./gi, (m) => m.replace(/\./g, '\u2024'))
    // Two or more initials ("J.H.", "W.A.") end no sentence; one capital and a dot may ("plan B.").
    .replace(/(?<![\p{L}\d])(\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, '\u2024'))
    .split(/(?<=[.!?])\s+(?=[A-Z\p{Lu}0-9"“])|\n+/u)
    // A bullet's mark is layout, not part of the sentence it quotes ("● De aannemer …", "- Er zijn …").
    .map((s) => s.replace(/\u2024/g, '.').trim().replace(/^[•●▪■◦○·*–-]\s+/u, ''))
    .filter(Boolean);
}

/**
 * The sentence of `text` that holds most of `terms` (stems), earliest on a tie, cut on a whole word
 * to at most `max` characters with an ellipsis. A sentence matching `prefer` wins a tie on terms
 * (a "why" question prefers the sentence that gives a cause).
 */
export function bestSentence(text: string, terms: string[], max = 160, prefer?: { test(sentence: string): boolean }): string {
  const wanted = new Set(terms);
  let best = '';
  let bestScore = -1;
  for (const s of sentences(text)) {
    // A code sub-heading ("4A2.1 Invoeren van …") names what is explained; the sentences under it explain.
    const heading = /^\d{1,2}[A-Z]\d{1,2}(\.\d{1,2})?\b[^.!?]*$/.test(s) ? 0.75 : 0;
    // No terms: every sentence scores 0 on them, so no word needs stemming (most of the cost).
    const score = (wanted.size === 0 ? 0 : words(s).filter((w) => wanted.has(stemmer.stem(w))).length) + (prefer?.test(s) ? 0.5 : 0) - heading;
    if (score > bestScore) {
      best = s;
      bestScore = score;
      // Without terms nothing later can score higher than this (the earliest wins a tie).
      if (wanted.size === 0 && (score > 0 || !prefer)) break;
    }
  }
  return cutOnWord(best, max);
}

/** Cuts text to at most `max` characters at a word boundary, adding an ellipsis when cut. */
export function cutOnWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
