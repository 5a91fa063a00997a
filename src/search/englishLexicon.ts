// The general municipal English–Dutch lexicon (corpus/words/lexicon.en.tsv): language data shipped with
// the code, used for report words the corpus's own english.tsv does not cover, whatever CORPUS_DIR says.

import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseEnglish } from '../report/english';
import type { CorpusProblem, EnglishTerm } from '../report/model';
import { words } from './tokenize';
import { WORDS_DIR } from './wordLists';

/** The lexicon's file name in the word-list folder. */
export const LEXICON_FILE = 'lexicon.en.tsv';

/** The lexicon as read: its terms and the problems of its lines (file:line). */
export interface Lexicon {
  file: string;
  terms: EnglishTerm[];
  problems: CorpusProblem[];
}

const cache = new Map<string, Lexicon>();

/**
 * Reads the lexicon once per folder (default: `corpus/words/` of this repository). A missing file is
 * an empty lexicon; a malformed line a problem, skipped.
 */
export function municipalLexicon(dir = WORDS_DIR): Lexicon {
  let lexicon = cache.get(dir);
  if (!lexicon) {
    const path = join(dir, LEXICON_FILE);
    const file = relative(process.cwd(), path) || path;
    lexicon = existsSync(path) ? { file, ...parseEnglish(readFileSync(path, 'utf8'), file) } : { file, terms: [], problems: [] };
    cache.set(dir, lexicon);
  }
  return lexicon;
}

/**
 * The English side a corpus is read with: its own english.tsv, then the lexicon's lines for the Dutch
 * words that file does not cover. The corpus's own English wins: a lexicon line keeps only its Dutch
 * forms english.tsv lacks (words compared on `stem`), and goes when it has none left.
 */
export function withLexicon(own: readonly EnglishTerm[], stem: (word: string) => string, lexicon: readonly EnglishTerm[] = municipalLexicon().terms): EnglishTerm[] {
  if (lexicon.length === 0) return [...own];
  const key = (form: string) => words(form).map(stem).join(' ');
  const covered = new Set<string>();
  for (const term of own) for (const form of term.dutch) covered.add(key(form));
  const extra: EnglishTerm[] = [];
  for (const term of lexicon) {
    const dutch = term.dutch.filter((form) => !covered.has(key(form)));
    if (dutch.length > 0) extra.push(dutch.length === term.dutch.length ? term : { ...term, dutch });
  }
  return [...own, ...extra];
}
