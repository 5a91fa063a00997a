// The general everyday-Dutch municipal lexicon (corpus/words/lexicon.nl.tsv): what residents type
// ("prullenbak", "stortbui", "bijstand") mapped to the words municipal reports use, read as glossary
// synonyms after the corpus's own glossary, whatever CORPUS_DIR says.

import type { CorpusProblem, GlossaryEntry } from '../report/model';
import { STOPWORDS } from './stopwords';
import { stemmedKey, words } from './tokenize';
import { readOncePerFolder, WORDS_DIR } from './wordLists';

/** The lexicon's file name in the word-list folder. */
export const DUTCH_LEXICON_FILE = 'lexicon.nl.tsv';

/** The lexicon as read: its lines as synonym entries and the problems of its lines (file:line). */
export interface DutchLexicon {
  file: string;
  entries: GlossaryEntry[];
  problems: CorpusProblem[];
}

/**
 * Parses the lexicon: `everyday term or phrase<TAB>the report words it means`, one a line, `#`
 * comments. A line without both columns, or with more, is a problem and skipped.
 */
export function parseDutchLexicon(text: string, file: string): Omit<DutchLexicon, 'file'> {
  const entries: GlossaryEntry[] = [];
  const problems: CorpusProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (cells.length !== 2 || !cells[0] || !cells[1]) {
      problems.push({ severity: 'error', file, lines: [i + 1, i + 1], message: 'expected "everyday term<TAB>report words" (two columns); line skipped' });
      return;
    }
    entries.push({ term: cells[0], expansion: cells[1], type: 'synonym', line: i + 1 });
  });
  return { entries, problems };
}

/**
 * Reads the lexicon once per folder (default: `corpus/words/` of this repository). A missing file is
 * an empty lexicon; a malformed line a problem, skipped.
 */
export const dutchLexicon: (dir?: string) => DutchLexicon = readOncePerFolder(DUTCH_LEXICON_FILE, parseDutchLexicon);

/**
 * The glossary a corpus is read with: its own entries, then the lexicon's lines for the terms it
 * does not have (terms compared on `stem`, so "prullenbakken" is the corpus's "prullenbak"). The
 * corpus's glossary wins: a term it already maps keeps its meaning there.
 */
export function withDutchLexicon(own: readonly GlossaryEntry[], stem: (word: string) => string, lexicon: readonly GlossaryEntry[] = dutchLexicon().entries): GlossaryEntry[] {
  if (lexicon.length === 0) return [...own];
  const key = (term: string) => stemmedKey(term, stem);
  const covered = new Set(own.map((entry) => key(entry.term)));
  const extra: GlossaryEntry[] = [];
  for (const entry of lexicon) {
    const k = key(entry.term);
    if (covered.has(k)) continue;
    covered.add(k);
    extra.push(entry);
  }
  return [...own, ...extra];
}

/**
 * The lexicon's problems: malformed lines; a term or report word the tokenizer splits into a loose
 * letter; a term word with a stopword's stem ("bijen" is "bij"); a term of stopwords alone (it would make "de" or "het" a topic; a filler term such as
 * "kapot" only helps ranking); report words that are stopwords alone (they reach nothing); a term on
 * two lines, compared on `stem` (the first one serves).
 */
export function validateDutchLexicon(wordsDir = WORDS_DIR, stem: (word: string) => string = (w) => w): CorpusProblem[] {
  const lexicon = dutchLexicon(wordsDir);
  const problems = [...lexicon.problems];
  const problem = (line: number, message: string, severity: CorpusProblem['severity'] = 'error') => problems.push({ severity, file: lexicon.file, lines: [line, line], message });
  const stopStems = new Map([...STOPWORDS].map((w) => [stem(w), w]));
  const seen = new Map<string, number>();
  for (const entry of lexicon.entries) {
    for (const w of words(entry.term)) {
      const like = STOPWORDS.has(w) ? undefined : stopStems.get(stem(w));
      if (like) problem(entry.line, `"${w}" has the stem of the stopword "${like}", so every question with "${like}" would be read as "${entry.term}": use another form`);
    }
    for (const text of [entry.term, entry.expansion]) {
      const parts = words(text);
      if (parts.some((w) => w.length === 1)) problem(entry.line, `the tokenizer reads "${text}" as ${parts.map((w) => `"${w}"`).join(' ')}, and a loose letter would be searched for: write it without it`);
    }
    if (words(entry.term).every((w) => STOPWORDS.has(w))) problem(entry.line, `"${entry.term}" is only stopwords: as a synonym it would make words that say nothing a topic`);
    if (words(entry.expansion).every((w) => STOPWORDS.has(w))) problem(entry.line, `"${entry.expansion}" is only stopwords, so it reaches no word of any report`);
    const key = stemmedKey(entry.term, stem);
    if (seen.has(key)) problem(entry.line, `"${entry.term}" is already on line ${seen.get(key)}; only that line is used`, 'warning');
    else seen.set(key, entry.line);
  }
  return problems;
}
