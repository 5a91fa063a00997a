// The checks on the rules as data, beyond the parser's: the word lists (wordLists.ts) and whether each
// glossary entry reaches the index. Run at start (logged) and by `npm run lint-corpus` (which fails on them).

import { join, relative } from 'node:path';
import { GLOSSARY_FILE } from '../report/corpus';
import type { Corpus, CorpusProblem } from '../report/model';
import type { PassageIndex } from './passageIndex';
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
  return [...validateWordLists(wordsDir), ...unreachable];
}
