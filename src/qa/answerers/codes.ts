// Answers questions that name goal-tree codes ("wat is 1B1.3?", "welke doelen vallen onder 1A?"):
// the item, where it stands, what falls under it, its explanation and abbreviations.

import { parentCode, type Code } from '../../report/codes';
import type { Passage, Report } from '../../report/model';
import type { Answer, Citation } from '../answer';
import { reply, type Context } from '../context';
import type { CodeEntry, Knowledge } from '../knowledge';
import { bestSentence } from '../sentences';

/** At most this many codes of one question are described. */
const MAX_CODES = 3;

export class CodeAnswerer {
  constructor(private readonly knowledge: Knowledge) {}

  answer(ctx: Context, codes: Code[], reports: Report[], list: boolean): Answer {
    const k = this.knowledge;
    const { m } = ctx;
    const parts: string[] = [];
    const citations: Citation[] = [];
    const suggestions: string[] = [];
    const unknown: string[] = [];
    for (const code of codes.slice(0, MAX_CODES)) {
      const entry = k.codeEntry(code.code, reports);
      if (!entry) {
        unknown.push(code.code);
        continue;
      }
      parts.push(this.describe(ctx, entry, citations, list));
      const parent = parentCode(entry.passage.codes[0]);
      if (parent) suggestions.push(m.suggestWhat(parent));
      if (entry.level !== 'performance') suggestions.push(m.suggestUnder(entry.passage.codes[0]));
      const siblings = k.children(entry.programme, parent).filter((c) => c !== code.code);
      if (siblings.length) suggestions.push(m.suggestWhat(siblings[0]));
    }
    if (unknown.length) {
      const available = reports
        .flatMap((r) => r.programmes.flatMap((p) => p.areas.map((a) => `${a.code} ${a.name}`)))
        .join(', ');
      parts.push(m.unknownCode(unknown.join(', '), available));
    }
    if (citations.length === 0) return reply(ctx, 'none', parts.join('\n\n'), [], m.examples, 0, 'code:unknown');
    return reply(ctx, list ? 'list' : 'code', parts.join('\n\n'), citations, suggestions, 1, list ? 'list' : 'code');
  }

  /** One code: the item, where it stands, what falls under it, its explanation, abbreviations. */
  private describe(ctx: Context, entry: CodeEntry, citations: Citation[], list: boolean): string {
    const k = this.knowledge;
    const { m } = ctx;
    const cite = (p: Passage) => `[${citations.push(k.citation(p, ''))}]`;
    const code = entry.passage.codes[0];
    const lines = [`**${entry.passage.title}** ${cite(entry.passage)}`];
    lines.push(m.codeIntro(entry.level, code, `${entry.report.title}, Programma ${entry.programme.number} ${entry.programme.name}`.trim()));
    // A goal the parser found no title for (a mistyped or missing goal line) is not named as if whole.
    if (entry.level === 'performance' && entry.goal?.title) lines.push(m.partOf(`${m.level('goal')} ${entry.goal.code} ${entry.goal.title}`.trim()));
    if (entry.level !== 'area') lines.push(m.partOf(`${m.level('area')} ${entry.area.code} ${entry.area.name}`));

    const children = entry.level === 'area' ? entry.area.goals : entry.level === 'goal' ? entry.goal!.performances : [];
    if (entry.level !== 'performance') {
      if (children.length === 0) lines.push(m.noChildren);
      else {
        lines.push(m.children(entry.level === 'area' ? 'goal' : 'performance', children.length));
        for (const child of children) {
          const passage = k.passage(entry.report, child.passageId);
          lines.push(`- ${child.code} ${child.title}${list && passage ? ` ${cite(passage)}` : ''}`);
        }
      }
    }

    const explanations = entry.area.explanationIds.map((id) => k.passage(entry.report, id)!).filter(Boolean);
    const own = explanations.filter((p) => p.codes.some((c) => c === code || c.startsWith(code) || (entry.level === 'area' && c.startsWith(entry.area.code))));
    const general = explanations.filter((p) => p.codes.length === 1 && p.codes[0] === entry.area.code);
    // A long explanation is quoted by its first sentence; the citation holds the whole paragraph.
    const quoteExplanation = (p: Passage) => `> ${p.text.length > 300 ? bestSentence(p.text, []) : p.text} ${cite(p)}`;
    if (own.length > 0) lines.push(m.explanation, ...own.slice(0, 2).map(quoteExplanation));
    else if (general.length > 0) lines.push(m.noExplanation(entry.area.code), quoteExplanation(general[0]));
    lines.push(...k.abbreviationLines(m, entry.passage.text));
    return lines.join('\n');
  }
}
