// The checks on the rules as data, beyond the parser's: the word lists (wordLists.ts), the general
// English lexicon (englishLexicon.ts), the everyday-Dutch lexicon (dutchLexicon.ts) and whether each glossary entry reaches the index. Run at start (logged) and by `npm run lint-corpus` (which fails on them).

import { join, relative } from 'node:path';
import { GLOSSARY_FILE } from '../report/corpus';
import type { Corpus, CorpusProblem } from '../report/model';
import { validateDutchLexicon } from './dutchLexicon';
import { municipalLexicon } from './englishLexicon';
import type { PassageIndex } from './passageIndex';
import { saysNothing } from './stopwords';
import { words } from './tokenize';
import { validateWordLists, WORDS_DIR } from './wordLists';

/** Every problem of the word lists and the glossary, as file:line. */
export function ruleProblems(corpus: Corpus, index: PassageIndex, wordsDir = WORDS_DIR): CorpusProblem[] {
  const glossaryFile = relative(process.cwd(), join(corpus.dir, GLOSSARY_FILE)) || GLOSSARY_FILE;
  const unreachable = index.unreachable(corpus.glossary).map((g): CorpusProblem => ({
    severity: 'error',
    file: glossaryFile,
    lines: [g.line, g.line],
    message: `"${g.term}" expands to "${g.expansion}", which reaches no word of the report: a question using it can only be refused; expand it to the report's own words or remove it`,
  }));
  return [...validateWordLists(wordsDir), ...validateLexicon(wordsDir), ...validateDutchLexicon(wordsDir, (w) => index.analyzer.stem(w)), ...unreachable];
}

/**
 * The general lexicon's problems: malformed lines; a Dutch form the tokenizer splits into a loose
 * letter ("boa's" is the words "boa" and "s", and "s" would become a search term); an English phrase
 * of function words alone, which is never matched; a Dutch form on two lines (the first one serves).
 */
export function validateLexicon(wordsDir = WORDS_DIR): CorpusProblem[] {
  const lexicon = municipalLexicon(wordsDir);
  const problems = [...lexicon.problems];
  const problem = (line: number, message: string, severity: CorpusProblem['severity'] = 'error') => problems.push({ severity, file: lexicon.file, lines: [line, line], message });
  const seen = new Map<string, number>();
  for (const term of lexicon.terms) {
    for (const form of term.dutch) {
      const parts = words(form);
      if (parts.some((w) => w.length === 1)) problem(term.line, `the tokenizer reads "${form}" as ${parts.map((w) => `"${w}"`).join(' ')}, and a loose letter would be searched for: write the form without it ("${parts.filter((w) => w.length > 1).join(' ')}")`);
      const key = parts.join(' ');
      if (seen.has(key)) problem(term.line, `"${form}" is already on line ${seen.get(key)}; this line is used only for what that one lacks`, 'warning');
      else seen.set(key, term.line);
    }
    for (const phrase of term.english) {
      const parts = words(phrase);
      if (saysNothing(parts)) problem(term.line, `"${phrase}" is only function words, filler or common verbs, so a question is never read through it: give a word with a meaning of its own`, 'warning');
    }
  }
  return problems;
}
