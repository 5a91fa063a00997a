// Dutch compounds written with a hyphen for the shared part ("zwerf- en afstandsdieren"), completed
// to the words they stand for (zwerfdieren), so the index finds them as a question writes them.

import { fold } from './tokenize';

/**
 * One or more first parts with a hyphen, then "en"/"of" and the whole last compound:
 * "zwerf- en afstandsdieren", "sport-, spel- en beweegactiviteiten", "in- of uitgangen".
 */
const ELLIPSIS = /((?:\p{L}+-\s*,\s*)*\p{L}+-)\s+(?:en|of|en\/of|tot)\s+(\p{L}+)/giu;
/** The shared last part has at least this many letters, and the last compound keeps at least two of its own. */
const MIN_HEAD = 3;
const MIN_OWN = 2;

/**
 * The compounds a text leaves to be completed: each first part joined to the last compound's head,
 * the longest ending of that compound that is a word of its own (`knows`): "zwerf- en afstandsdieren"
 * → zwerfdieren, when "dieren" is a word the corpus uses. A last compound whose head is no known
 * word ("rijks- en gemeentelijke monumenten", where the shared part is the next word) gives nothing:
 * a guessed word would only add noise to the index.
 * @param knows whether a folded word is a word of its own (the corpus's words, say)
 */
export function completeEllipses(text: string, knows: (word: string) => boolean): string[] {
  const completed: string[] = [];
  for (const match of text.matchAll(ELLIPSIS)) {
    const last = fold(match[2]);
    let head: string | undefined;
    for (let at = MIN_OWN; at <= last.length - MIN_HEAD && !head; at++) if (knows(last.slice(at))) head = last.slice(at);
    if (!head) continue;
    for (const part of match[1].split(',')) {
      const first = fold(part.replace(/-\s*$/, '').trim());
      if (first) completed.push(first + head);
    }
  }
  return completed;
}
