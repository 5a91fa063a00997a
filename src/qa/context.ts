// What every answerer shares about one question: who asks in which language, and how an Answer is put together.

import type { AnalyzedQuery } from '../search/analyzer';
import type { PassageHit } from '../search/passageIndex';
import type { Answer, AnswerKind, Citation, Language } from './answer';
import type { Messages } from './messages';

/** One question being answered: the echoed question, the answer language and its sentences. */
export interface Context {
  /** The cleaned question, cut to the length the Answer echoes. */
  question: string;
  language: Language;
  m: Messages;
  debug?: boolean;
}

/** What `/debug` shows about a search: the analysed query and the passages it weighed. */
export interface Trace {
  query: AnalyzedQuery;
  hits: PassageHit[];
}

/** At most this many suggestions go with an answer. */
const MAX_SUGGESTIONS = 4;

/** Puts an Answer together; with `ctx.debug` it carries the intent and the trace. */
export function reply(ctx: Context, kind: AnswerKind, text: string, citations: Citation[], suggestions: string[], confidence: number, intent: string, trace?: Trace): Answer {
  const answer: Answer = { question: ctx.question, language: ctx.language, kind, text, citations, suggestions: unique(suggestions).slice(0, MAX_SUGGESTIONS), confidence: round(confidence) };
  if (ctx.debug) {
    answer.debug = {
      intent,
      terms: trace?.query.terms.map((t) => ({ term: t.term, weight: round(t.weight), source: t.source })) ?? [],
      candidates: trace?.hits.map((h) => ({ id: h.passage.id, score: round(h.score), coverage: round(h.coverage), matched: h.matchedTerms })) ?? [],
    };
  }
  return answer;
}

/** A quoted passage as answer lines: its heading in bold (unless the quote is the heading itself), then the quote. */
export function quoted(title: string, quote: string, marker: number): string[] {
  return title === quote ? [`> **${quote}** [${marker}]`] : [`**${title}**`, `> ${quote} [${marker}]`];
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
