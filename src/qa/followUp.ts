// Follow-ups ("meer hierover", "tell me more"): what the conversation has not shown yet about the
// last topic — the rest of a passage, its explanation, the item above it, the items beside it —
// or, when all of that was shown, that the report says no more.

import type { Passage, Report } from '../report/model';
import type { Answer, Citation, Language } from './answer';
import type { QaEngine } from './engine';
import { EXTRA_MESSAGES } from './extraMessages';
import { Glosses } from './glosses';
import { cutOnWord } from './sentences';

/** A passage the conversation has shown; `part` when only part of its text was quoted. */
export interface Shown {
  reportId: string;
  id: string;
  part?: boolean;
}

/** "meer hierover", "vertel meer", "tell me more", "go on", with the website's own button. */
export const MORE = /^(meer( hierover| daarover| info(rmatie)?)?|vertel (me )?meer( hierover| daarover)?|en verder\??|tell me more( about (this|that|it))?|more( about (this|that|it))?|go on)[.!?]*$/i;

/** How many passages one follow-up quotes: more would be a wall of text. */
const PER_TURN = 2;
/** A passage longer than this is quoted in part (and the rest is the next follow-up). */
const QUOTE_MAX = 900;

const glossesByEngine = new WeakMap<QaEngine, Glosses>();

/** The language a follow-up phrase is in. */
export function followUpLanguage(text: string): Language {
  return /^(tell|more|go)\b/i.test(text.trim()) ? 'en' : 'nl';
}

/**
 * The next part of the topic the conversation is on, never repeating what `shown` lists. The
 * first entry of `shown` is the topic. Answers with `kind: 'none'` and no citations when there is
 * nothing more.
 */
export function moreAbout(engine: QaEngine, question: string, shown: Shown[], language: Language): Answer {
  const m = EXTRA_MESSAGES[language];
  const reply = (text: string, citations: Citation[]): Answer => {
    const answer: Answer = { question, language, kind: citations.length ? 'search' : 'none', text, citations, suggestions: [], confidence: citations.length ? 1 : 0 };
    let glosses = glossesByEngine.get(engine);
    if (!glosses) glossesByEngine.set(engine, (glosses = new Glosses(engine.corpus.glossary)));
    const found = citations.length ? glosses.find(text, language) : [];
    if (found.length) answer.glosses = found;
    return answer;
  };
  const topic = shown[0];
  if (!topic) return reply(m.nothingBefore, []);

  // 1. The rest of a passage that was quoted in part.
  const partial = shown.find((s) => s.part);
  if (partial) {
    const c = engine.citationFor(partial.reportId, partial.id);
    if (c) return reply([m.moreRest, `**${c.title}**`, `> ${quoteOf(c)} [1]`].join('\n'), [c]);
  }

  const report = engine.corpus.reports.find((r) => r.id === topic.reportId);
  const passage = engine.index.get(topic.reportId, topic.id);
  if (!report || !passage) return reply(m.noMore, []);
  const seen = new Set(shown.map((s) => s.id));
  const around = neighbours(report, passage);
  // Passages that say most about the same things (a status line and the explanation behind it):
  // after an item's own explanation and parent, before the rest of a programme's header.
  const near = similar(engine, passage);
  const related = [...new Set(passage.codes[0] ? [...around.related, ...near] : [...near, ...around.related])];
  const siblings = around.siblings;

  // 2. Explanations and the item above, not shown yet.
  const next = related.filter((id) => !seen.has(id)).slice(0, PER_TURN);
  if (next.length) {
    const citations = next.map((id) => engine.citationFor(report.id, id)).filter((c): c is Citation => Boolean(c));
    const lines = [m.moreRelated];
    citations.forEach((c, i) => lines.push(...(c.title === c.quote ? [`> **${c.quote}** [${i + 1}]`] : [`**${c.title}**`, `> ${quoteOf(c)} [${i + 1}]`])));
    return reply(lines.join('\n'), citations);
  }

  // 3. The items beside it.
  const beside = siblings.filter((id) => !seen.has(id));
  if (beside.length) {
    const citations = beside.slice(0, 6).map((id) => engine.citationFor(report.id, id)).filter((c): c is Citation => Boolean(c));
    return reply([m.moreSiblings, ...citations.map((c, i) => `- ${c.title} [${i + 1}]`)].join('\n'), citations);
  }
  return reply(m.noMore, []);
}

/** Passages of the same report that share the most words with this one, best first. */
function similar(engine: QaEngine, passage: Passage): string[] {
  const query = engine.index.analyzer.analyzeQuery(passage.text.slice(0, 400));
  return engine.index
    .search(query, { reportId: passage.reportId, limit: 4 })
    .filter((h) => h.passage.id !== passage.id && h.passage.kind !== 'programme' && h.passage.kind !== 'field' && h.coverage >= 0.3)
    .map((h) => h.passage.id);
}

/** The passages around one: its explanations and the item above it (in that order), and the items beside it. */
function neighbours(report: Report, passage: Passage): { related: string[]; siblings: string[] } {
  const code = passage.codes[0];
  for (const programme of report.programmes) {
    // Mission, status and header passages: the rest of the programme's header.
    if (!code) {
      if (!programme.statusIds.includes(passage.id) && programme.missionId !== passage.id && programme.passageId !== passage.id && !Object.values(programme.fieldIds).includes(passage.id)) continue;
      return { related: [programme.missionId, ...programme.statusIds].filter((id): id is string => Boolean(id) && id !== passage.id), siblings: [] };
    }
    for (const area of programme.areas) {
      if (!code.startsWith(area.code)) continue;
      const explanations = area.explanationIds.filter((id) => report.passages.some((p) => p.id === id && p.codes.some((c) => c.startsWith(code) || code.startsWith(c))));
      if (passage.kind === 'explanation') {
        // An explanation's own items: the goals and performances it names.
        return { related: passage.codes.filter((c) => c !== area.code), siblings: area.explanationIds.filter((id) => id !== passage.id) };
      }
      if (passage.kind === 'area') return { related: explanations, siblings: area.goals.map((g) => g.passageId).filter(Boolean) };
      for (const goal of area.goals) {
        if (goal.code === code) return { related: [...explanations, area.passageId], siblings: goal.performances.map((p) => p.passageId) };
        const perf = goal.performances.find((p) => p.code === code);
        if (perf) return { related: [...explanations, goal.passageId, area.passageId].filter(Boolean), siblings: goal.performances.map((p) => p.passageId).filter((id) => id !== perf.passageId) };
      }
    }
  }
  return { related: [], siblings: [] };
}

function quoteOf(c: Citation): string {
  return c.quote.length <= QUOTE_MAX ? c.quote : cutOnWord(c.quote, QUOTE_MAX);
}
