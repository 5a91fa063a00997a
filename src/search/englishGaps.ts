// The check that keeps the English side whole: report words that neither `english.tsv` nor the
// general municipal lexicon (corpus/words/lexicon.en.tsv) gives an English side.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus, EnglishTerm } from '../report/model';
import { Analyzer, fold, words } from './analyzer';
import { fallbackEnglish, withLexicon } from './englishLexicon';
import { STOPWORDS } from './stopwords';

/** A report word without an English side, where it is first seen. */
export interface EnglishGap {
  word: string;
  file: string;
  line: number;
}

/**
 * The content words of the corpus's reports and of its glossary's Dutch terms that no line of
 * `english.tsv` nor of the general lexicon gives an English side, each with the file and line where
 * it is first seen. Words are compared on their stems, so one line covers plural and singular.
 * Cognates are no cover: they are read only when the index confirms them, and only for long words.
 * @param readText reads a report file by its path in the corpus (default: from `corpus.dir`)
 * @param lexicon the general lexicon's lines (default: corpus/words/lexicon.en.tsv; `[]`: english.tsv alone)
 */
export function englishGaps(
  corpus: Corpus,
  readText: (file: string) => string = (file) => readFileSync(join(corpus.dir, file), 'utf8'),
  lexicon: readonly EnglishTerm[] = fallbackEnglish(),
): EnglishGap[] {
  const analyzer = new Analyzer([], [], []);
  const stem = (word: string) => analyzer.stem(word);
  const covered = new Set<string>();
  for (const term of withLexicon(corpus.english ?? [], stem, lexicon)) for (const phrase of term.dutch) for (const w of words(phrase)) covered.add(stem(w));
  const gaps = new Map<string, EnglishGap>();
  const check = (text: string, file: string, line: number) => {
    for (const w of words(text)) {
      if (STOPWORDS.has(w) || /^\d/.test(w) || w.length < 2 || gaps.has(w) || covered.has(stem(w))) continue;
      gaps.set(w, { word: w, file, line });
    }
  };
  for (const report of corpus.reports) {
    for (const file of report.files) readText(file).split(/\r?\n/).forEach((text, i) => check(text, file, i + 1));
  }
  for (const entry of corpus.glossary) if (entry.type !== 'english') check(fold(entry.term), 'glossary.tsv', entry.line);
  return [...gaps.values()];
}
