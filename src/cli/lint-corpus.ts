// `npm run lint-corpus`: prints the goal tree the parser read, every problem of the report, the glossary
// and the word lists (corpus/words/), and every report word without an English side, file:line first.

import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatProblem } from '../report/corpus';
import { PassageIndex } from '../search/passageIndex';
import { ruleProblems } from '../search/rulesCheck';
import type { Corpus } from '../report/model';
import { formatStatus } from '../report/status';
import { englishGaps, type EnglishGap } from '../search/englishGaps';
import { CORPUS_OPTION, corpusDirs, loadCorpusFrom, parseArgsOrExit } from './corpusOption';

/** The tree as indented text: report › programme › area › goal › performance. */
export function formatTree(corpus: Corpus): string {
  const out: string[] = [];
  for (const report of corpus.reports) {
    out.push(`${report.title}  (${report.files.join(', ')}; ${report.passages.length} passages)`);
    for (const pr of report.programmes) {
      out.push(`  Programma ${pr.number} ${pr.name}`);
      if (pr.commissie) out.push(`    commissie: ${pr.commissie}`);
      if (pr.portefeuilles.length) out.push(`    portefeuilles: ${pr.portefeuilles.join('; ')}`);
      out.push(`    missie: ${pr.missionId ? 'yes' : 'no'}; stand van zaken: ${pr.statusIds.length} passage(s)`);
      for (const area of pr.areas) {
        out.push(`    ${area.code} ${area.name}  (toelichting: ${area.explanationIds.length})  ${formatStatus(area.status, report)}`);
        for (const goal of area.goals) {
          out.push(`      ${goal.code} ${goal.title}  ${formatStatus(goal.status, report)}`);
          for (const perf of goal.performances) out.push(`        ${perf.code} ${perf.title}  ${formatStatus(perf.status, report)}`);
        }
      }
    }
    for (const m of report.mentionedCodes) out.push(`  ${m.code} (named in the text, not in any goal tree of the corpus)  ${formatStatus(m.status, report)}`);
  }
  return out.join('\n');
}

/**
 * Problems as `file:line: severity: message`, the form editors and CI logs link, with paths as
 * answers cite them (relative to the working directory: `corpus/….txt`).
 */
export function formatProblems(corpus: Corpus): string {
  return corpus.problems.map((p) => formatProblem({ ...p, file: citedPath(corpus, p.file) })).join('\n');
}

/** A corpus file's path from the working directory; word-list problems name theirs so already. */
function citedPath(corpus: Corpus, file: string): string {
  const inCorpus = join(corpus.dir, file);
  return existsSync(inCorpus) ? relative(process.cwd(), inCorpus).split(sep).join('/') : file;
}

/**
 * The exit code for a pipeline: 1 on an error (a file skipped); with `strict`, 1 on any warning
 * too, since a warning means content that is not served as the report has it.
 */
export function exitCode(corpus: Corpus, strict: boolean): number {
  return corpus.problems.some((p) => p.severity === 'error' || strict) ? 1 : 0;
}

/** Report words without an English side, `file:line: word`, and what to do about them. */
export function formatEnglishGaps(gaps: EnglishGap[]): string {
  if (gaps.length === 0) return 'English side: every content word of the corpus has one (english.tsv)';
  return [
    `English side: ${gaps.length} word(s) of the corpus have none; add a line for each to english.tsv (Dutch<TAB>English, …<TAB>source):`,
    ...gaps.map((g) => `${g.file}:${g.line}: ${g.word}`),
  ].join('\n');
}

if (require.main === module) {
  const { values } = parseArgsOrExit({ options: { ...CORPUS_OPTION, strict: { type: 'boolean', default: false } } }, 'usage: npm run lint-corpus -- [--strict] [--corpus DIR …]');
  const strict = values.strict;
  const corpus = loadCorpusFrom(corpusDirs(values));
  corpus.problems.push(...ruleProblems(corpus, new PassageIndex(corpus)));
  console.log(formatTree(corpus));
  const errors = corpus.problems.filter((p) => p.severity === 'error').length;
  console.log(`\n${corpus.glossary.length} glossary entries; ${corpus.problems.length} problem(s), ${errors} error(s)${strict ? ' (--strict: any problem fails)' : ''}`);
  if (corpus.problems.length) console.error(formatProblems(corpus));
  const gaps = englishGaps(corpus);
  console.log(formatEnglishGaps(gaps));
  process.exitCode = exitCode(corpus, strict) || (gaps.length > 0 ? 1 : 0);
}
