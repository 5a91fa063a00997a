// The Answer contract (DESIGN.md): the channel-neutral result of ask(), printed by `ask --json`.

/** What kind of answer this is. `none` never carries citations. */
export type AnswerKind = 'code' | 'meta' | 'list' | 'search' | 'smalltalk' | 'clarify' | 'none';

/** The language the bot answers in; quotes stay verbatim Dutch. */
export type Language = 'nl' | 'en';

/** A report passage an answer rests on, quoted verbatim, with where it stands. */
export interface Citation {
  /** The passage id within its report: a goal code (`1B1.3`) or a slug (`1-missie`). */
  id: string;
  title: string;
  /** Breadcrumb: report › programme › area › goal. */
  path: string[];
  /** Verbatim report text. */
  quote: string;
  url?: string;
  /** The report file, relative to the working directory (`corpus/….txt`). */
  file: string;
  /** First and last line of the quote in that file (1-based). */
  lines: [number, number];
  /** The report edition's id, since editions reuse codes with other meanings. */
  reportId: string;
  /** The quote's most relevant sentence, cut on a whole word to at most 160 characters (Teams' limit). */
  excerpt: string;
}

/** Why an answer was chosen: for `/debug` and the evaluation, never shown by default. */
export interface AnswerDebug {
  intent: string;
  terms: { term: string; weight: number; source: string }[];
  candidates: { id: string; score: number; coverage: number; matched: string[] }[];
}

/** A report word and what it means in plain words. */
export interface Gloss {
  term: string;
  explanation: string;
}

/**
 * One item of a list or tree answer (an overview, a count, the deviations), so that a renderer can
 * collapse or page a long list; the `text` reads well on its own without it.
 */
export interface AnswerItem {
  /** The goal-tree code (`1B1.3`), or the programme number for a programme. */
  code: string;
  title: string;
  level: 'programme' | 'area' | 'goal' | 'performance';
  /** What the report says about its progress, in the answer's language ("toegelicht", "oranje"). */
  status?: string;
  /** Its 1-based position in `citations`, when the text cites it. */
  citation?: number;
  /** Where its line stands (`corpus/….txt`, first and last line), cited or not. */
  file?: string;
  lines?: [number, number];
  children?: AnswerItem[];
}

/** The result of `ask()`. */
export interface Answer {
  question: string;
  language: Language;
  kind: AnswerKind;
  /** The answer in plain text with light markdown (`**bold**`) and `[n]` citation markers. */
  text: string;
  /** In the order of the `[n]` markers in `text`. */
  citations: Citation[];
  /** Follow-up questions in the answer's language. */
  suggestions: string[];
  /** 0–1: how sure the engine is that the first citation answers the question. */
  confidence: number;
  /**
   * Plain-language explanations of report words (abbreviations, jargon) in the quoted text, in
   * the answer's language, from the glossary. Absent when the quotes need none. The website shows
   * them under the quote; other channels have the abbreviations in `text` already.
   */
  glosses?: Gloss[];
  /** The listed items as a tree, for list, count and overview answers. */
  items?: AnswerItem[];
  debug?: AnswerDebug;
}
