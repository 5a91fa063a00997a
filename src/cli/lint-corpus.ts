// `npm run lint-corpus`: prints the goal tree the parser read and every problem of the report, the
// glossary and the word lists (corpus/words/), file:line first; exits 1 on an error.

import { defaultCorpusDir, formatProblem, loadCorpus } from '../report/corpus';
import { PassageIndex } from '../search/passageIndex';
import { ruleProblems } from '../search/rulesCheck';
import type { Corpus } from '../report/model';

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
        out.push(`    ${area.code} ${area.name}  (toelichting: ${area.explanationIds.length})`);
        for (const goal of area.goals) {
          out.push(`      ${goal.code} ${goal.title}`);
          for (const perf of goal.performances) out.push(`        ${perf.code} ${perf.title}`);
        }
      }
    }
  }
  return out.join('\n');
}

/** Problems as `file:line: severity: message`, one a line. */
export function formatProblems(corpus: Corpus): string {
  return corpus.problems.map(formatProblem).join('\n');
}

if (require.main === module) {
  const corpus = loadCorpus(defaultCorpusDir());
  corpus.problems.push(...ruleProblems(corpus, new PassageIndex(corpus)));
  console.log(formatTree(corpus));
  const errors = corpus.problems.filter((p) => p.severity === 'error').length;
  console.log(`\n${corpus.glossary.length} glossary entries; ${corpus.problems.length} problem(s), ${errors} error(s)`);
  if (corpus.problems.length) console.log(formatProblems(corpus));
  process.exitCode = errors > 0 ? 1 : 0;
}
