// `npm run evaluate [-- questions.tsv]`: the engine's figures on a question set, and every miss.

import { readFileSync } from 'node:fs';
import { defaultCorpusDir } from '../report/corpus';
import { QaEngine } from '../qa/engine';
import { evaluate, parseQuestions } from '../qa/evaluation';

const file = process.argv[2] ?? 'test/questions.tsv';
const engine = QaEngine.fromDirectory(defaultCorpusDir());
const report = evaluate(engine, parseQuestions(readFileSync(file, 'utf8')));
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log(`question set: ${file}`);
console.log(`top-1 accuracy      ${pct(report.top1)} of ${report.answerable} answerable (nl ${pct(report.byLanguage.nl.top1)} of ${report.byLanguage.nl.answerable}, en ${pct(report.byLanguage.en.top1)} of ${report.byLanguage.en.answerable})`);
console.log(`MRR@3               ${report.mrr3.toFixed(3)}`);
console.log(`refusal precision   ${pct(report.refusalPrecision)}`);
console.log(`refusal recall      ${pct(report.refusalRecall)}`);
console.log(`smalltalk accuracy  ${pct(report.smalltalkAccuracy)}`);
console.log(`answer language     ${pct(report.languageAccuracy)} in the question's language`);
console.log(`misses (${report.misses.length}):`);
for (const m of report.misses) console.log(`  ${file}:${m.question.line}  ${m.question.question}  expected ${m.question.expected.join('|') || m.question.expect.toUpperCase()}, got ${m.got}`);
if (report.wrongLanguage.length) console.log(`answered in the other language (${report.wrongLanguage.length}):`);
for (const m of report.wrongLanguage) console.log(`  ${file}:${m.question.line}  ${m.question.question}  expected ${m.question.language}, got ${m.got}`);
