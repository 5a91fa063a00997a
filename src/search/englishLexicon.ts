// The general municipal English–Dutch lexicon (corpus/words/lexicon.en.tsv): language data shipped with
// the code, used (with the project's own corpus/english.tsv after it) for report words the loaded
// corpus's english.tsv does not cover, whatever CORPUS_DIR says.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot';
import { ENGLISH_FILE, parseEnglish } from '../report/english';
import type { CorpusProblem, EnglishTerm } from '../report/model';
import { stemmedKey } from './tokenize';
import { readOncePerFolder } from './wordLists';

/** The lexicon's file name in the word-list folder. */
export const LEXICON_FILE = 'lexicon.en.tsv';

/** The lexicon as read: its terms and the problems of its lines (file:line). */
export interface Lexicon {
  file: string;
  terms: EnglishTerm[];
  problems: CorpusProblem[];
}

/**
 * Reads the lexicon once per folder (default: `corpus/words/` of this repository). A missing file is
 * an empty lexicon; a malformed line a problem, skipped.
 */
export const municipalLexicon: (dir?: string) => Lexicon = readOncePerFolder(LEXICON_FILE, parseEnglish);

let shipped: EnglishTerm[] | undefined;

/**
 * What serves the report words a corpus's own english.tsv lacks: the general lexicon, then the
 * English side shipped with the project's own report (corpus/english.tsv of this repository: the
 * words of every progress report, such as prestatie, stoplicht, toelichting). A corpus folder
 * without an english.tsv of its own (CORPUS_DIR elsewhere) still has both.
 */
export function fallbackEnglish(): EnglishTerm[] {
  if (!shipped) {
    const path = join(packageRoot(), 'corpus', ENGLISH_FILE);
    shipped = existsSync(path) ? parseEnglish(readFileSync(path, 'utf8'), ENGLISH_FILE).terms : [];
  }
  return [...municipalLexicon().terms, ...shipped];
}

/**
 * The English side a corpus is read with: its own english.tsv, then the lines of the lexicon and of
 * the shipped English side (see {@link fallbackEnglish}) for the Dutch words that file does not cover.
 * A lexicon line serves the Dutch forms english.tsv lacks (words compared on `stem`); for a word
 * both have, the lexicon's other English is added beside the corpus's own.
 */
export function withLexicon(own: readonly EnglishTerm[], stem: (word: string) => string, lexicon: readonly EnglishTerm[] = fallbackEnglish()): EnglishTerm[] {
  if (lexicon.length === 0) return [...own];
  const key = (form: string) => stemmedKey(form, stem);
  const covered = new Set<string>();
  for (const term of own) for (const form of term.dutch) covered.add(key(form));
  const ownEnglish = new Set(own.flatMap((o) => o.english));
  const extra: EnglishTerm[] = [];
  for (const term of lexicon) {
    const dutch = term.dutch.filter((form) => !covered.has(key(form)));
    if (dutch.length > 0) extra.push(dutch.length === term.dutch.length ? term : { ...term, dutch });
    // A word both have keeps the lexicon's English beside the corpus's own: english.tsv may name
    // "omgevingswet" only as "Environment and Planning Act", where people also say "environment act".
    else {
      const english = term.english.filter((e) => !ownEnglish.has(e));
      if (english.length > 0) extra.push({ ...term, english });
    }
  }
  return [...own, ...extra];
}
