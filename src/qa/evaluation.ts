// Evaluation of the engine against a question set: top-1 accuracy, MRR@3, refusal precision/recall.

import type { Corpus } from '../report/model';
import type { Answer, Language } from './answer';
import type { QaEngine } from './engine';

/** One line of a question set: the question and what its first citation must be. */
export interface EvalQuestion {
  question: string;
  /** Acceptable first-citation passage ids; empty for NONE and SMALLTALK. */
  expected: string[];
  expect: 'passage' | 'none' | 'smalltalk';
  language: Language;
  /** Who asks it (the fourth column: citizen, council, clerk), if the set says. */
  audience?: string;
  /** What kind of question it is (the fifth column: progress, topic, programme, code, none), if the set says. */
  kind?: string;
  line: number;
}

/** Questions of one group (an audience or a kind) and how many were answered right: the first citation expected, or refused where NONE. */
export interface GroupScore {
  questions: number;
  right: number;
}

/** A question the engine got wrong, with what it answered. */
export interface Miss {
  question: EvalQuestion;
  got: string;
}

/** Figures of one run. Accuracy and MRR count answerable questions only. */
export interface EvalReport {
  answerable: number;
  top1: number;
  mrr3: number;
  byLanguage: Record<Language, { answerable: number; top1: number }>;
  refusalPrecision: number;
  refusalRecall: number;
  smalltalkAccuracy: number;
  /** Share (0–1) of all questions answered in the question's own language. */
  languageAccuracy: number;
  misses: Miss[];
  /** Questions answered in the other language, with the language they got. */
  wrongLanguage: Miss[];
  /** By the set's audience column, then by its kind column (empty where the set has none). */
  byAudience: Record<string, GroupScore>;
  byKind: Record<string, GroupScore>;
}

/** Parses a question set: `question<TAB>expected<TAB>language[<TAB>who[<TAB>kind]]`; `#` lines are comments. */
export function parseQuestions(text: string): EvalQuestion[] {
  const out: EvalQuestion[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [question, expected = '', language = 'nl', audience, kind] = line.split('\t').map((c) => c.trim());
    if (!question || !expected) throw new Error(`questions: line ${i + 1}: expected "question<TAB>expected<TAB>language"`);
    const expect = expected === 'NONE' ? 'none' : expected === 'SMALLTALK' ? 'smalltalk' : 'passage';
    out.push({ question, expected: expect === 'passage' ? expected.split('|') : [], expect, language: language === 'en' ? 'en' : 'nl', audience: audience || undefined, kind: kind || undefined, line: i + 1 });
  });
  return out;
}

/**
 * The questions whose expected ids all name no passage of the corpus (a typo, or a passage counted
 * wrong): they can never be answered right, so a question set's writer wants to see them beside the figures.
 * (One of several ids may name no passage on purpose: "4C2.1|toelichting-4C-2" for a code the goal tree lacks.)
 */
export function unanswerableExpectations(questions: EvalQuestion[], corpus: Corpus): EvalQuestion[] {
  const passageIds = new Set(corpus.reports.flatMap((r) => r.passages.map((p) => p.id)));
  return questions.filter((q) => q.expect === 'passage' && !q.expected.some((id) => passageIds.has(id)));
}

/** Asks every question and scores the answers. */
export function evaluate(engine: QaEngine, questions: EvalQuestion[]): EvalReport {
  let answerable = 0;
  let top1 = 0;
  let rr = 0;
  let refused = 0;
  let refusedRight = 0;
  let shouldRefuse = 0;
  let smalltalk = 0;
  let smalltalkRight = 0;
  const byLanguage: EvalReport['byLanguage'] = { nl: { answerable: 0, top1: 0 }, en: { answerable: 0, top1: 0 } };
  const misses: Miss[] = [];
  const wrongLanguage: Miss[] = [];
  const byAudience: Record<string, GroupScore> = {};
  const byKind: Record<string, GroupScore> = {};
  /** Asks one question and counts it; a wrong answer is added to the misses. */
  const score = (q: EvalQuestion): void => {
    const answer = engine.ask(q.question);
    if (answer.language !== q.language) wrongLanguage.push({ question: q, got: answer.language });
    const isRefusal = answer.kind === 'none' && answer.citations.length === 0;
    if (isRefusal) refused++;
    if (q.expect === 'none') {
      shouldRefuse++;
      if (isRefusal) refusedRight++;
      else misses.push({ question: q, got: describe(answer) });
      return;
    }
    if (isRefusal && q.expect !== 'smalltalk') misses.push({ question: q, got: describe(answer) });
    if (q.expect === 'smalltalk') {
      smalltalk++;
      if (answer.kind === 'smalltalk') smalltalkRight++;
      else misses.push({ question: q, got: describe(answer) });
      return;
    }
    answerable++;
    byLanguage[q.language].answerable++;
    const rank = answer.citations.slice(0, 3).findIndex((c) => q.expected.includes(c.id));
    if (rank === 0) {
      top1++;
      byLanguage[q.language].top1++;
    } else if (!isRefusal) misses.push({ question: q, got: describe(answer) });
    if (rank >= 0) rr += 1 / (rank + 1);
  };
  for (const q of questions) {
    const missed = misses.length;
    score(q);
    const right = misses.length === missed;
    for (const [groups, name] of [[byAudience, q.audience], [byKind, q.kind]] as const) {
      if (!name) continue;
      const group = (groups[name] ??= { questions: 0, right: 0 });
      group.questions++;
      if (right) group.right++;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    answerable,
    top1: ratio(top1, answerable),
    mrr3: ratio(rr, answerable),
    byLanguage: {
      nl: { answerable: byLanguage.nl.answerable, top1: ratio(byLanguage.nl.top1, byLanguage.nl.answerable) },
      en: { answerable: byLanguage.en.answerable, top1: ratio(byLanguage.en.top1, byLanguage.en.answerable) },
    },
    refusalPrecision: ratio(refusedRight, refused),
    refusalRecall: ratio(refusedRight, shouldRefuse),
    smalltalkAccuracy: ratio(smalltalkRight, smalltalk),
    languageAccuracy: ratio(questions.length - wrongLanguage.length, questions.length),
    misses,
    wrongLanguage,
    byAudience,
    byKind,
  };
}

function describe(answer: Answer): string {
  return `${answer.kind}${answer.citations.length ? ` → ${answer.citations.slice(0, 3).map((c) => c.id).join(', ')}` : ''}`;
}
