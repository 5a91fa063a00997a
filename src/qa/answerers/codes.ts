// Answers questions that name goal-tree codes ("wat is 1B1.3?", "welke doelen vallen onder 1A?"):
// the item, where it stands, what falls under it, its explanation and abbreviations.

import { parentCode, type Code } from '../../report/codes';
import type { MentionedCode, Passage, Report } from '../../report/model';
import type { Answer, Citation } from '../answer';
import { reply, unique, type Context } from '../context';
import type { CodeEntry, Knowledge } from '../knowledge';
import { PROGRESS_MESSAGES } from '../progressMessages';
import { progressAspect } from '../progressIntents';
import { bestSentence, cutOnWord, sentences } from '../sentences';
import { CAUSAL, WHY } from './search';

/** At most this many codes of one question are described. */
const MAX_CODES = 3;

/** Does the question ask for a traffic light? */
function colourNamedOrAsked(question: string): boolean {
  return progressAspect(question) === 'colour';
}

export class CodeAnswerer {
  constructor(private readonly knowledge: Knowledge) {}

  answer(ctx: Context, codes: Code[], reports: Report[], list: boolean): Answer {
    const k = this.knowledge;
    const { m } = ctx;
    const parts: string[] = [];
    const citations: Citation[] = [];
    const suggestions: string[] = [];
    const unknown: string[] = [];
    const pm = PROGRESS_MESSAGES[ctx.language];
    for (const code of codes.slice(0, MAX_CODES)) {
      const entry = k.codeEntry(code.code, reports);
      if (!entry) {
        // Named in the text, but its goal-tree page is not in the corpus.
        const mentioned = k.mentionedCode(code.code, reports);
        // "What colour is 4D1.3?" where the text names it without a colour: no colour to quote, nothing cited.
        if (mentioned && !mentioned.mentioned.status.colour && colourNamedOrAsked(ctx.question) && !WHY.test(ctx.question)) parts.push(pm.noColourFor(code.code));
        else if (mentioned) parts.push(this.describeMentioned(ctx, mentioned.report, mentioned.mentioned, citations));
        else unknown.push(code.code);
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
    if (citations.length === 0 && unknown.length === 0) return reply(ctx, 'none', `${parts.join(' ')} ${k.contact[ctx.language]}`, [], codes.slice(0, 1).map((c) => pm.suggestStatus(c.code)), 0, 'progress:colour:none');
    if (citations.length === 0) return reply(ctx, 'none', parts.join('\n\n'), [], m.examples, 0, 'code:unknown');
    return reply(ctx, list ? 'list' : 'code', parts.join('\n\n'), citations, suggestions, 1, list ? 'list' : 'code');
  }

  /** One code: the item, where it stands, what falls under it, its explanation, abbreviations. */
  private describe(ctx: Context, entry: CodeEntry, citations: Citation[], list: boolean): string {
    const k = this.knowledge;
    const { m } = ctx;
    // A passage cited twice keeps its first marker.
    const cite = (p: Passage) => {
      const at = citations.findIndex((c) => c.id === p.id && c.reportId === p.reportId);
      return `[${at >= 0 ? at + 1 : citations.push(k.citation(p, ''))}]`;
    };
    const code = entry.passage.codes[0];
    const status = k.statusOf(code, [entry.report]);
    const why = WHY.test(ctx.question);
    const lines: string[] = [];
    // "Waarom wijkt 1B1.1 af?", "Wijkt 1B1.2 af?": the explanation, which says it, comes first.
    const leadWithExplanation = why || progressAspect(ctx.question) === 'deviations';
    const explanation = leadWithExplanation && status?.reading === 'explained' ? k.passage(entry.report, status.passageIds[0]) : undefined;
    // Without an explanation, "why is it orange?" is answered first by the sentence that gives the colour.
    const colourSource = !explanation && why && status?.colourPassageId ? k.passage(entry.report, status.colourPassageId) : undefined;
    const cause = explanation ?? colourSource;
    if (explanation) lines.push(m.explanation, `> ${bestSentence(explanation.text, [], 240, CAUSAL)} ${cite(explanation)}`);
    else if (colourSource) lines.push(m.explanation, `> ${bestSentence(colourSource.text, [code.toLowerCase()], 240)} ${cite(colourSource)}`);
    lines.push(`**${entry.passage.title}** ${cite(entry.passage)}`);
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
    const quoteExplanation = (p: Passage) => `> ${p.text.length > 300 ? bestSentence(p.text, [], 160, why ? CAUSAL : undefined) : p.text} ${cite(p)}`;
    if (cause) lines.push(...own.filter((p) => p !== cause).slice(0, 1).map(quoteExplanation));
    else if (own.length > 0) lines.push(m.explanation, ...own.slice(0, 2).map(quoteExplanation));
    else if (general.length > 0) lines.push(m.noExplanation(entry.area.code), quoteExplanation(general[0]));
    if (status) {
      // The passage that says it: the colour's sentence, or (no deviation) the area's toelichting.
      const colourPassage = status.colourPassageId ? k.passage(entry.report, status.colourPassageId) : undefined;
      const evidence = status.reading === 'no-deviation' ? k.passage(entry.report, status.passageIds[0]) : undefined;
      const marks = [evidence, colourPassage].filter((p): p is Passage => p !== undefined).map(cite);
      const noColour = !status.colour && colourNamedOrAsked(ctx.question) ? ` ${PROGRESS_MESSAGES[ctx.language].noColourFor(code)}` : '';
      lines.push(`${PROGRESS_MESSAGES[ctx.language].statusLine(status, code)}${marks.length ? ` ${unique(marks).join(' ')}` : ''}${noColour}`);
    }
    lines.push(...k.abbreviationLines(m, entry.passage.text, [], ctx.language));
    return lines.join('\n');
  }

  /** A code the text names whose goal-tree line is not in the corpus: what the text says of it. */
  private describeMentioned(ctx: Context, report: Report, mentioned: MentionedCode, citations: Citation[]): string {
    const k = this.knowledge;
    const pm = PROGRESS_MESSAGES[ctx.language];
    const lines = [pm.mentionedOnly(mentioned.code)];
    const needle = mentioned.code.toLowerCase();
    for (const id of mentioned.passageIds.slice(0, 2)) {
      const p = k.passage(report, id);
      if (!p) continue;
      const naming = sentences(p.text).find((s) => s.toLowerCase().includes(needle));
      lines.push(`> ${naming ? cutOnWord(naming, 320) : bestSentence(p.text, [], 320)} [${citations.push(k.citation(p, ''))}]`);
    }
    lines.push(pm.statusLine(mentioned.status, mentioned.code));
    return lines.join('\n');
  }
}
