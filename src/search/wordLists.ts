// The word lists that decide intent, stopwords, filler, "why", causal and quantity words: data files in
// corpus/words/ (one entry a line, `#` comments), loaded once and validated at start and by lint-corpus.

import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { packageRoot } from '../packageRoot';
import type { CorpusProblem } from '../report/model';
import { fold, words } from './tokenize';

/** Where the lists are: `corpus/words/` of this repository, whatever `CORPUS_DIR` says (they are language, not report). */
export const WORDS_DIR = join(packageRoot(), 'corpus', 'words');

/**
 * Every list, and what a line of it holds: one word, or a phrase of words (matched as consecutive
 * words of the text). Both are written as the tokenizer makes words: folded, no punctuation.
 */
export const WORD_LISTS = {
  'stopwords.nl': 'word',
  'stopwords.en': 'word',
  domain: 'word',
  audience: 'word',
  filler: 'word',
  'verbs.nl': 'word',
  'verbs.en': 'word',
  'language.en': 'word',
  'language.nl': 'word',
  'numbers.nl': 'word',
  'numbers.en': 'word',
  why: 'phrase',
  causal: 'phrase',
  quantity: 'phrase',
  money: 'phrase',
  structure: 'phrase',
  when: 'phrase',
  howlong: 'phrase',
  day: 'phrase',
  dates: 'word',
  durations: 'word',
  thisday: 'phrase',
  places: 'phrase',
  service: 'word',
  'smalltalk.greeting': 'phrase',
  'smalltalk.thanks': 'phrase',
  'smalltalk.bye': 'phrase',
  'smalltalk.help': 'phrase',
  'smalltalk.self': 'word',
  'smalltalk.intensifier': 'word',
  'smalltalk.tail': 'phrase',
  count: 'phrase',
  deviation: 'phrase',
  status: 'phrase',
  colour: 'phrase',
  'colour.groen': 'word',
  'colour.oranje': 'word',
  'colour.rood': 'word',
  'level.performance': 'word',
  'level.goal': 'word',
  'level.area': 'word',
} as const satisfies Record<string, 'word' | 'phrase'>;

export type WordListName = keyof typeof WORD_LISTS;

/** Lists that must share no entry: a message is one kind of smalltalk, a phrase says off plan or on plan, a word names one traffic light and one tree level. */
export const CONTRADICTING: [WordListName, WordListName][] = [
  ['smalltalk.greeting', 'smalltalk.bye'],
  ['smalltalk.greeting', 'smalltalk.thanks'],
  ['smalltalk.greeting', 'smalltalk.help'],
  ['smalltalk.thanks', 'smalltalk.bye'],
  ['smalltalk.thanks', 'smalltalk.help'],
  ['smalltalk.bye', 'smalltalk.help'],
  ['deviation', 'status'],
  ['colour.groen', 'colour.oranje'],
  ['colour.groen', 'colour.rood'],
  ['colour.oranje', 'colour.rood'],
  ['level.performance', 'level.goal'],
  ['level.performance', 'level.area'],
  ['level.goal', 'level.area'],
];

/** One list as read: its entries with the line each stands on. */
export interface WordListFile {
  name: string;
  /** The file, relative to the working directory (for file:line). */
  file: string;
  entries: { text: string; line: number }[];
}

/**
 * A reader of one data file of a word-list folder (a lexicon): it reads and parses the file once per
 * folder (default: `corpus/words/` of this repository), a missing file parsed as empty text, and names
 * it relative to the working directory for file:line problems.
 */
export function readOncePerFolder<T>(fileName: string, parse: (text: string, file: string) => T): (dir?: string) => T & { file: string } {
  const cache = new Map<string, T & { file: string }>();
  return (dir = WORDS_DIR) => {
    let read = cache.get(dir);
    if (!read) {
      const path = join(dir, fileName);
      const file = relative(process.cwd(), path) || path;
      read = { file, ...parse(existsSync(path) ? readFileSync(path, 'utf8') : '', file) };
      cache.set(dir, read);
    }
    return read;
  };
}

/** Reads one list (`why` → `<dir>/why.tsv`); a missing file is an empty list. */
export function readWordList(name: string, dir = WORDS_DIR): WordListFile {
  const path = join(dir, `${name}.tsv`);
  const file = relative(process.cwd(), path) || path;
  if (!existsSync(path)) return { name, file, entries: [] };
  const entries: WordListFile['entries'] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const text = raw.trim();
      if (text !== '' && !text.startsWith('#')) entries.push({ text, line: i + 1 });
    });
  return { name, file, entries };
}

/** A list's entries as a set (for word lists). */
export function wordSet(name: WordListName, dir = WORDS_DIR): ReadonlySet<string> {
  return new Set(readWordList(name, dir).entries.map((e) => e.text));
}

/**
 * Every word of every list above (a phrase's words one by one): words the bot reads a question by, so
 * none of them is a misspelling of a report word ("wijken … af" is no "wijzen" on a page that has no "wijk").
 * The months are left out: Leiden writes its festival "3 October", so "oktober" may still be read as it.
 */
export function listWords(dir = WORDS_DIR): ReadonlySet<string> {
  const names = (Object.keys(WORD_LISTS) as WordListName[]).filter((name) => name !== 'dates');
  return new Set(names.flatMap((name) => readWordList(name, dir).entries.flatMap((e) => e.text.split(' '))));
}

/** Phrases matched as consecutive words of a text's {@link words}. */
export class Phrases {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly whole: ReadonlySet<string>;

  constructor(readonly entries: readonly string[]) {
    for (const entry of entries) {
      const parts = entry.split(' ');
      this.byFirst.set(parts[0], [...(this.byFirst.get(parts[0]) ?? []), parts]);
    }
    this.whole = new Set(entries);
  }

  /** Reads the phrase list `name`. */
  static load(name: WordListName, dir = WORDS_DIR): Phrases {
    return new Phrases(readWordList(name, dir).entries.map((e) => e.text));
  }

  /** Does any phrase stand in the words (from {@link words})? */
  inWords(textWords: readonly string[]): boolean {
    return this.indexIn(textWords) >= 0;
  }

  /** Where the first phrase starts in the words (from {@link words}), or -1. */
  indexIn(textWords: readonly string[]): number {
    for (let i = 0; i < textWords.length; i++) {
      for (const parts of this.byFirst.get(textWords[i]) ?? []) if (parts.every((p, k) => textWords[i + k] === p)) return i;
    }
    return -1;
  }

  /** Does any phrase stand in the text? (`test`, so it serves where a RegExp did.) */
  test(text: string): boolean {
    return this.inWords(words(text));
  }

  /** Is the whole of these words one phrase of the list? */
  isWhole(textWords: readonly string[]): boolean {
    return this.whole.has(textWords.join(' '));
  }
}

/**
 * Checks every list: an entry must be written as the tokenizer makes words (folded: a diacritic
 * or capital never matches; no punctuation: "it's" is never one word), one word a line in word
 * lists, not twice in a list, and not in two lists that contradict. Each problem as file:line.
 */
export function validateWordLists(dir = WORDS_DIR): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const lists = new Map<string, WordListFile>();
  for (const [name, kind] of Object.entries(WORD_LISTS)) {
    const list = readWordList(name, dir);
    lists.set(name, list);
    const problem = (line: number, message: string, severity: CorpusProblem['severity'] = 'error') => problems.push({ severity, file: list.file, lines: [line, line], message });
    if (list.entries.length === 0) problem(1, `the ${name} list is missing or empty: expected ${name}.tsv with one entry a line`);
    const seen = new Map<string, number>();
    for (const { text, line } of list.entries) {
      const tokens = words(text);
      if (fold(text) !== text) problem(line, `"${text}" has capitals or diacritics, and text is matched folded, so it never matches: write "${fold(text)}"`);
      else if (tokens.join(' ') !== text) problem(line, `the tokenizer never produces "${text}" (it reads ${tokens.map((t) => `"${t}"`).join(' ') || 'no word'}): write the words it makes`);
      else if (kind === 'word' && tokens.length !== 1) problem(line, `"${text}" is ${tokens.length} words; the ${name} list takes one word a line`);
      if (seen.has(text)) problem(line, `"${text}" is already on line ${seen.get(text)}`, 'warning');
      else seen.set(text, line);
    }
  }
  for (const [a, b] of CONTRADICTING) {
    const inB = new Map(lists.get(b)!.entries.map((e) => [e.text, e.line]));
    for (const { text, line } of lists.get(a)!.entries) {
      if (inB.has(text)) problems.push({ severity: 'error', file: lists.get(a)!.file, lines: [line, line], message: `"${text}" is also in ${basename(lists.get(b)!.file)}:${inB.get(text)}, which means the opposite; keep it in one` });
    }
  }
  return problems;
}
