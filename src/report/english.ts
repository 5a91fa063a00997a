// The English side of the corpus vocabulary (`english.tsv`): report words → the English people use.

import type { CorpusProblem, EnglishTerm } from './model';

/** The English side's file name inside a corpus directory. */
export const ENGLISH_FILE = 'english.tsv';

/**
 * Parses `english.tsv`: `dutch[, form…]<TAB>english[, english…][<TAB>source]`, one line a word;
 * `#` starts a comment line. A malformed line is reported with its number and skipped.
 */
export function parseEnglish(text: string, file: string): { terms: EnglishTerm[]; problems: CorpusProblem[] } {
  const terms: EnglishTerm[] = [];
  const problems: CorpusProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const [dutchCell = '', englishCell = '', source] = raw.split('\t').map((c) => c.trim());
    const list = (cell: string) => cell.split(',').map((w) => w.trim()).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const dutch = list(dutchCell);
    const english = list(englishCell);
    if (dutch.length === 0 || english.length === 0) {
      problems.push({ severity: 'warning', file, lines: [i + 1, i + 1], message: 'expected "dutch[, form…]<TAB>english[, english…][<TAB>source]"; line skipped' });
      return;
    }
    terms.push({ dutch, english, source: source || undefined, line: i + 1 });
  });
  return { terms, problems };
}
