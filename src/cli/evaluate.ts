// `npm run evaluate [-- questions.tsv] [--corpus DIR …]`: the engine's figures on a question set, every miss, and any question whose expected ids no passage has.
// Without --corpus it loads CORPUS_DIR (default corpus/); several --corpus folders are read as one
// corpus, with the first folder's glossaries (the project's report beside fixture pages of other programmes: `--corpus corpus --corpus test/fixtures/otherprogrammes`).

import { readFileSync } from 'node:fs';
import { QaEngine } from '../qa/engine';
import { evaluate, parseQuestions, unanswerableExpectations } from '../qa/evaluation';
import { CORPUS_OPTION, corpusDirs, loadCorpusFrom, parseArgsOrExit } from './corpusOption';

const { values, positionals } = parseArgsOrExit({ allowPositionals: true, options: CORPUS_OPTION }, 'usage: npm run evaluate -- [questions.tsv] [--corpus DIR …]');
const file = positionals[0] ?? 'test/questions.tsv';
const dirs = corpusDirs(values);
const corpus = loadCorpusFrom(dirs);
const engine = new QaEngine(corpus);
const questions = parseQuestions(readFileSync(file, 'utf8'));
const unanswerable = unanswerableExpectations(questions, corpus);
const report = evaluate(engine, questions);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log(`question set: ${file}${dirs.length > 1 || values.corpus ? ` on ${dirs.join(' + ')}` : ''}`);
console.log(`top-1 accuracy      ${pct(report.top1)} of ${report.answerable} answerable (nl ${pct(report.byLanguage.nl.top1)} of ${report.byLanguage.nl.answerable}, en ${pct(report.byLanguage.en.top1)} of ${report.byLanguage.en.answerable})`);
console.log(`MRR@3               ${report.mrr3.toFixed(3)}`);
console.log(`refusal precision   ${pct(report.refusalPrecision)}`);
console.log(`refusal recall      ${pct(report.refusalRecall)}`);
console.log(`smalltalk accuracy  ${pct(report.smalltalkAccuracy)}`);
console.log(`answer language     ${pct(report.languageAccuracy)} in the question's language`);
for (const [label, groups] of [['by audience', report.byAudience], ['by kind', report.byKind]] as const) {
  const shown = Object.entries(groups).map(([name, g]) => `${name} ${pct(g.right / g.questions)} of ${g.questions}`);
  if (shown.length) console.log(`${label.padEnd(20)}${shown.join(', ')} (answered right or refused right)`);
}
console.log(`misses (${report.misses.length}):`);
for (const m of report.misses) console.log(`  ${file}:${m.question.line}  ${m.question.question}  expected ${m.question.expected.join('|') || m.question.expect.toUpperCase()}, got ${m.got}`);
if (report.wrongLanguage.length) console.log(`answered in the other language (${report.wrongLanguage.length}):`);
for (const m of report.wrongLanguage) console.log(`  ${file}:${m.question.line}  ${m.question.question}  expected ${m.question.language}, got ${m.got}`);
if (unanswerable.length) console.log(`questions whose expected ids name no passage of the corpus (${unanswerable.length}):`);
for (const q of unanswerable) console.log(`  ${file}:${q.line}  ${q.question}  expected ${q.expected.join('|')}`);
