// Answers what a progress report is read for, over a scope (the corpus, a programme, an area or a
// goal): which parts it explains (deviations) and where it says there are none, how a scope stands,
// how many goals or performances it has, its goal tree with status marks, and its traffic lights.

import type { Goal, Passage, PolicyArea, Report, Status, TrafficLight } from '../../report/model';
import type { Answer, AnswerItem, Citation } from '../answer';
import { reply, type Context } from '../context';
import type { Knowledge, ProgrammeRef } from '../knowledge';
import { PROGRESS_MESSAGES, type ProgressMessages } from '../progressMessages';
import type { ProgressAspect } from '../progressIntents';
import type { Scope } from '../router';
import { bestSentence } from '../sentences';
import { CAUSAL } from './search';

type Level = 'area' | 'goal' | 'performance';

/**
 * Lists with more items than this cite programmes, areas and goals only; items keep their lines in
 * `items`. It also caps the citations of one answer, keeping the message well inside Teams' size limit.
 */
const MAX_CITED_ITEMS = 20;
/** Trees with more lines than this show performances as counts per goal. */
const MAX_TREE_LINES = 40;

/** One area of a scope, with the goals of it that the scope covers. */
interface AreaInScope {
  report: Report;
  programme: ProgrammeRef['programme'];
  area: PolicyArea;
  goals: Goal[];
}

/** The answer being built: text lines, citations, items. */
class Draft {
  readonly lines: string[] = [];
  readonly citations: Citation[] = [];
  private readonly cited = new Map<string, number>();

  constructor(private readonly knowledge: Knowledge) {}

  /** Cites a passage once and returns its `[n]` marker. */
  cite(p: Passage | undefined): string {
    if (!p) return '';
    const key = `${p.reportId}|${p.id}`;
    let n = this.cited.get(key);
    if (n === undefined && this.citations.length >= MAX_CITED_ITEMS) return '';
    if (n === undefined) {
      n = this.citations.push(this.knowledge.citation(p, '')) ;
      this.cited.set(key, n);
    }
    return `[${n}]`;
  }

  number(p: Passage | undefined): number | undefined {
    return p ? this.cited.get(`${p.reportId}|${p.id}`) : undefined;
  }
}

export class ProgressAnswerer {
  constructor(private readonly knowledge: Knowledge) {}

  answer(ctx: Context, aspect: ProgressAspect, scope: Scope, options: { level?: Level; colour?: TrafficLight; which: boolean; explainedOnly?: boolean }): Answer {
    switch (aspect) {
      case 'deviations':
        return this.deviations(ctx, scope, options.which);
      case 'status':
        return this.status(ctx, scope);
      case 'count':
        return options.explainedOnly ? this.countExplained(ctx, scope) : this.count(ctx, scope, options.level);
      case 'overview':
        return this.overview(ctx, scope);
      case 'colour':
        return this.colours(ctx, scope, options.colour);
    }
  }

  /**
   * The parts the report explains, area by area, with the explanation quoted (its cause sentence),
   * and the areas whose toelichting says there are no deviations, quoted. A "which" question lists
   * the explained areas first; a yes/no question goes in report order.
   */
  deviations(ctx: Context, scope: Scope, which: boolean, draft = new Draft(this.knowledge)): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const areas = this.areasIn(scope);
    const explainedAreas = areas.filter((a) => this.explainedIn(a).length > 0);
    const order = which ? [...explainedAreas, ...areas.filter((a) => !explainedAreas.includes(a))] : areas;
    const items: AnswerItem[] = [];
    const body: string[] = [];
    let said = false;
    for (const a of order) {
      const k = this.knowledge;
      const label = pm.area(a.area.code, a.area.name);
      const explained = this.explainedIn(a);
      if (explained.length > 0) {
        said = true;
        body.push(pm.explainedArea(label));
        // Items explained by the same paragraphs form a group: the explanation's cause sentence
        // first (it is what the question asks for), then the items it explains.
        const groups = new Map<string, typeof explained>();
        for (const s of explained) groups.set(s.status.passageIds.join('|'), [...(groups.get(s.status.passageIds.join('|')) ?? []), s]);
        for (const [ids, group] of groups) {
          const explanation = k.passage(a.report, ids.split('|')[0]);
          if (explanation) body.push(`> ${bestSentence(explanation.text, [], 240, CAUSAL)} ${draft.cite(explanation)}`);
          for (const s of group) {
            const p = k.passage(a.report, s.passageId);
            body.push(`- ${s.code} ${s.title} ${draft.cite(p)}`);
            items.push(this.item(s.code, s.title, s.level, s.status, pm, draft, p));
          }
        }
      } else {
        const none = a.area.status.reading === 'no-deviation' ? a.area.status.passageIds.map((id) => k.passage(a.report, id)).filter((p): p is Passage => p !== undefined) : [];
        if (none.length > 0) {
          said = true;
          body.push(pm.noneSaid(label), ...none.slice(0, 1).map((p) => `> ${bestSentence(p.text, [], 240)} ${draft.cite(p)}`));
        } else if (scope.level !== 'corpus' || areas.length <= 6) body.push(pm.nothingSaid(label));
        items.push(this.item(a.area.code, a.area.name, 'area', a.area.status, pm, draft, k.passage(a.report, a.area.passageId)));
      }
    }
    // Codes the text names outside the goal trees of the corpus, with a colour or an explanation.
    for (const m of this.mentionedIn(scope)) {
      if (m.mentioned.status.reading !== 'explained' && m.mentioned.status.colour !== 'oranje' && m.mentioned.status.colour !== 'rood') continue;
      said = true;
      const p = this.knowledge.passage(m.report, m.mentioned.status.colourPassageId ?? m.mentioned.passageIds[0]);
      body.push(`- ${m.mentioned.code}: ${pm.mark(m.mentioned.status)}`, `> ${bestSentence(p?.text ?? '', [m.mentioned.code.toLowerCase()], 240)} ${draft.cite(p)}`);
    }
    const scopeLabel = this.scopeLabel(scope, pm);
    if (!said) return reply(ctx, 'none', `${pm.noneAtAll(scopeLabel)} ${ctx.m.notFound(this.knowledge.contact[ctx.language])}`, [], ctx.m.examples, 0, 'progress:deviations:none');
    draft.lines.push(explainedAreas.length > 0 ? pm.explainedIntro(scope.level === 'corpus' ? '' : scopeLabel) : '', ...body);
    return this.finish(ctx, draft, items, [pm.suggestOverview(scopeLabel)], 'progress:deviations');
  }

  /** How a scope stands: the stand van zaken where the report gives one, then what it explains. */
  status(ctx: Context, scope: Scope): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const draft = new Draft(this.knowledge);
    const stand = this.standVanZaken(scope);
    if (stand.length > 0) {
      draft.lines.push(pm.standIntro, ...stand.slice(0, 2).map((p) => `> ${p.text.length <= 400 ? p.text : bestSentence(p.text, [], 320)} ${draft.cite(p)}`), '');
    }
    const answer = this.deviations(ctx, scope, false, draft);
    if (answer.kind === 'none' && stand.length > 0) return this.finish(ctx, draft, [], [], 'progress:status');
    return { ...answer, debug: answer.debug && { ...answer.debug, intent: 'progress:status' } };
  }

  /** "Hoeveel prestaties heeft 1B?": the number, and the list. */
  count(ctx: Context, scope: Scope, level: Level | undefined): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const draft = new Draft(this.knowledge);
    const areas = this.areasIn(scope);
    const counted: Level = level ?? (scope.level === 'code' && scope.entry.level === 'goal' ? 'performance' : scope.level === 'code' ? 'goal' : 'area');
    const scopeMark = draft.cite(this.scopePassage(scope));
    const rows = areas.flatMap((a) =>
      counted === 'area'
        ? [{ a, code: a.area.code, title: a.area.name, status: a.area.status, passageId: a.area.passageId }]
        : counted === 'goal'
          ? a.goals.filter((g) => g.passageId).map((g) => ({ a, code: g.code, title: g.title, status: g.status, passageId: g.passageId }))
          : a.goals.flatMap((g) => g.performances.map((p) => ({ a, code: p.code, title: p.title, status: p.status, passageId: p.passageId }))),
    );
    const scopeLabel = this.scopeLabel(scope, pm);
    if (rows.length === 0) return reply(ctx, 'none', `${pm.countIntro(scopeLabel, counted, 0).replace(/:$/, '.')} ${ctx.m.notFound(this.knowledge.contact[ctx.language])}`, [], ctx.m.examples, 0, 'progress:count:none');
    draft.lines.push(withMark(pm.countIntro(scopeLabel, counted, rows.length), scopeMark));
    const citeEach = rows.length <= MAX_CITED_ITEMS;
    const items: AnswerItem[] = [];
    let lastArea: PolicyArea | undefined;
    for (const r of rows) {
      const p = this.knowledge.passage(r.a.report, r.passageId);
      if (counted !== 'area' && areas.length > 1 && r.a.area !== lastArea) {
        draft.lines.push(`**${pm.area(r.a.area.code, r.a.area.name)}** ${citeEach ? '' : draft.cite(this.knowledge.passage(r.a.report, r.a.area.passageId))}`.trim());
        lastArea = r.a.area;
      }
      draft.lines.push(`- ${r.code} ${r.title} ${citeEach ? draft.cite(p) : ''}`.trimEnd());
      items.push(this.item(r.code, r.title, counted, r.status, pm, draft, p));
    }
    return this.finish(ctx, draft, items, [pm.suggestOverview(scopeLabel), pm.suggestDeviations(scopeLabel)], 'progress:count');
  }

  /** "Hoeveel prestaties worden toegelicht?": the number of explained items, then the deviations answer. */
  countExplained(ctx: Context, scope: Scope): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const n = this.areasIn(scope).reduce((sum, a) => sum + this.explainedIn(a).length, 0);
    const answer = this.deviations(ctx, scope, true);
    if (answer.kind === 'none') return answer;
    return { ...answer, text: `${pm.explainedCount(n)}\n${answer.text}` };
  }

  /** The goal tree of a scope with a status mark per item; performances collapse into counts when long. */
  overview(ctx: Context, scope: Scope): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const k = this.knowledge;
    const draft = new Draft(k);
    const areas = this.areasIn(scope);
    const scopeLabel = this.scopeLabel(scope, pm);
    if (areas.length === 0) return reply(ctx, 'none', ctx.m.notFound(k.contact[ctx.language]), [], ctx.m.examples, 0, 'progress:overview:none');
    const scopeMark = draft.cite(this.scopePassage(scope));
    const lineCount = areas.reduce((n, a) => n + 1 + a.goals.reduce((m, g) => m + 1 + g.performances.length, 0), 0);
    const collapse = lineCount > MAX_TREE_LINES;
    const citeItems = lineCount <= MAX_CITED_ITEMS;
    draft.lines.push(withMark(pm.overviewIntro(scopeLabel), scopeMark));
    const items: AnswerItem[] = [];
    let programme: ProgrammeRef['programme'] | undefined;
    const showProgrammes = new Set(areas.map((a) => a.programme)).size > 1;
    for (const a of areas) {
      if (showProgrammes && a.programme !== programme) {
        programme = a.programme;
        draft.lines.push(`**${pm.programme(programme.number, programme.name)}**`);
      }
      const areaPassage = k.passage(a.report, a.area.passageId);
      const areaItem = this.item(a.area.code, a.area.name, 'area', a.area.status, pm, draft, areaPassage);
      areaItem.children = [];
      draft.lines.push(`- **${a.area.code} ${a.area.name}** ${draft.cite(areaPassage)} — ${pm.mark(a.area.status)}`);
      for (const g of a.goals) {
        const gp = g.passageId ? k.passage(a.report, g.passageId) : undefined;
        const goalItem = this.item(g.code, g.title, 'goal', g.status, pm, draft, gp);
        goalItem.children = [];
        const explained = g.performances.filter((p) => p.status.reading === 'explained').length;
        draft.lines.push(`  - ${g.code} ${g.title} ${draft.cite(gp)}${collapse ? ` (${pm.collapsed('performance', g.performances.length, explained)})` : ''}`.replace(/\s+$/, ''));
        for (const perf of g.performances) {
          const pp = k.passage(a.report, perf.passageId);
          if (!collapse) draft.lines.push(`    - ${perf.code} ${perf.title} ${citeItems ? draft.cite(pp) : ''} — ${pm.mark(perf.status)}`.replace(/ {2}—/, ' —'));
          goalItem.children.push(this.item(perf.code, perf.title, 'performance', perf.status, pm, draft, pp));
        }
        areaItem.children.push(goalItem);
      }
      items.push(areaItem);
    }
    const suggestions = areas.slice(0, 2).map((a) => ctx.m.suggestUnder(a.area.code));
    return this.finish(ctx, draft, items, [...suggestions, pm.suggestDeviations(scopeLabel)], 'progress:overview');
  }

  /** "Welke prestaties staan op oranje?": the codes the report gives that colour (or every colour it gives). */
  colours(ctx: Context, scope: Scope, colour: TrafficLight | undefined): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const k = this.knowledge;
    const draft = new Draft(k);
    const scopeLabel = this.scopeLabel(scope, pm);
    const coloured: { code: string; title: string; level: Level; status: Status; report: Report; passageId?: string }[] = [];
    const within = (code: string) => scope.level !== 'code' || code === scope.entry.passage.codes[0] || code.startsWith(`${scope.entry.passage.codes[0]}.`) || (scope.entry.level === 'area' && code.startsWith(scope.entry.area.code));
    for (const a of this.areasIn(scope)) {
      for (const g of a.goals) {
        if (g.status.colour && within(g.code)) coloured.push({ code: g.code, title: g.title, level: 'goal', status: g.status, report: a.report, passageId: g.passageId });
        for (const p of g.performances) if (p.status.colour && within(p.code)) coloured.push({ code: p.code, title: p.title, level: 'performance', status: p.status, report: a.report, passageId: p.passageId });
      }
    }
    for (const m of this.mentionedIn(scope)) if (m.mentioned.status.colour) coloured.push({ code: m.mentioned.code, title: '', level: m.mentioned.level, status: m.mentioned.status, report: m.report });
    if (coloured.length === 0) return reply(ctx, 'none', pm.noColours(scopeLabel, k.contact[ctx.language]), [], ctx.m.examples, 0, 'progress:colour:none');
    const matching = colour ? coloured.filter((c) => c.status.colour === colour) : coloured;
    if (matching.length === 0) {
      const known = coloured.map((c) => `${c.code} ${pm.colour(c.status.colour!)}`).join(', ');
      return reply(ctx, 'none', pm.noColourMatch(colour!, scopeLabel, known), [], ctx.m.examples, 0, 'progress:colour:no-match');
    }
    draft.lines.push(pm.colourIntro(colour, scope.level === 'corpus' ? '' : scopeLabel));
    const items: AnswerItem[] = [];
    for (const c of matching) {
      const own = c.passageId ? k.passage(c.report, c.passageId) : undefined;
      // The sentence that gives the colour, or the item's line when the sidecar restored it.
      const source = c.status.colourPassageId ? k.passage(c.report, c.status.colourPassageId) : undefined;
      // The colour is cited to the sentence that gives it first, then to the item's own line.
      const mark = source ? draft.cite(source) : '';
      draft.lines.push(`- ${c.code}${c.title ? ` ${c.title}` : ''}: ${pm.colour(c.status.colour!)} ${mark} ${draft.cite(own)}`.replace(/\s+/g, ' ').trimEnd());
      if (source) draft.lines.push(`  > ${bestSentence(source.text, [c.code.toLowerCase()], 240, CAUSAL)}`);
      items.push(this.item(c.code, c.title, c.level, c.status, pm, draft, own));
    }
    return this.finish(ctx, draft, items, [pm.suggestDeviations(scopeLabel)], 'progress:colour');
  }

  /**
   * A search answer about a topic ("how are the elections going?") gets the status of the goal or
   * performance it quotes, with the passages that say it; other answers are left as they are.
   */
  withStatus(ctx: Context, answer: Answer, reports: Report[]): Answer {
    const first = answer.citations[0];
    if (!first || (answer.kind !== 'search' && answer.kind !== 'meta')) return answer;
    const k = this.knowledge;
    const report = reports.find((r) => r.id === first.reportId);
    const passage = report && k.passage(report, first.id);
    const code = passage?.codes.find((c) => /\d$/.test(c));
    const status = code && report ? k.statusOf(code, [report]) : undefined;
    if (!status || !report || !code) return answer;
    const pm = PROGRESS_MESSAGES[ctx.language];
    const citations = [...answer.citations];
    const markers = status.passageIds
      .map((id) => k.passage(report, id))
      .filter((p): p is Passage => p !== undefined && p.id !== first.id)
      .slice(0, 2)
      .map((p) => `[${citations.push(k.citation(p, bestSentence(p.text, [], 160, CAUSAL)))}]`);
    const text = `${answer.text}\n${pm.statusLine(status, code)}${markers.length ? ` ${markers.join(' ')}` : ''}`;
    return { ...answer, text, citations };
  }

  // --- the scope ---------------------------------------------------------------------------

  /** The areas a scope covers, each with the goals of it the scope covers. */
  private areasIn(scope: Scope): AreaInScope[] {
    if (scope.level === 'code') {
      const { report, programme, area, goal, level } = scope.entry;
      return [{ report, programme, area, goals: level === 'area' ? area.goals : goal ? [goal] : [] }];
    }
    const refs = scope.level === 'programme' ? [scope.ref] : scope.reports.flatMap((report) => report.programmes.map((programme) => ({ report, programme })));
    return refs.flatMap(({ report, programme }) => programme.areas.map((area) => ({ report, programme, area, goals: area.goals })));
  }

  /** The goals and performances of an area in scope that the report explains, in tree order. */
  private explainedIn(a: AreaInScope): { code: string; title: string; level: Level; status: Status; passageId: string }[] {
    const out: { code: string; title: string; level: Level; status: Status; passageId: string }[] = [];
    for (const g of a.goals) {
      if (g.status.reading === 'explained' && g.status.explainedCodes === undefined) out.push({ code: g.code, title: g.title, level: 'goal', status: g.status, passageId: g.passageId });
      for (const p of g.performances) if (p.status.reading === 'explained') out.push({ code: p.code, title: p.title, level: 'performance', status: p.status, passageId: p.passageId });
    }
    return out;
  }

  /** Codes the text names outside the goal trees, within the scope's programmes. */
  private mentionedIn(scope: Scope): { report: Report; mentioned: Report['mentionedCodes'][number] }[] {
    if (scope.level === 'code') return [];
    const reports = scope.level === 'programme' ? [scope.ref.report] : scope.reports;
    const numbers = scope.level === 'programme' ? [scope.ref.programme.number] : undefined;
    return reports.flatMap((report) => report.mentionedCodes.filter((m) => !numbers || numbers.includes(m.code.replace(/[A-Z].*$/, ''))).map((mentioned) => ({ report, mentioned })));
  }

  /** The stand van zaken of the scope's programmes; for an area, the pieces that name it. */
  private standVanZaken(scope: Scope): Passage[] {
    const k = this.knowledge;
    const refs: ProgrammeRef[] = scope.level === 'programme' ? [scope.ref] : scope.level === 'code' ? [{ report: scope.entry.report, programme: scope.entry.programme }] : scope.reports.flatMap((report) => report.programmes.map((programme) => ({ report, programme })));
    const passages = refs.flatMap(({ report, programme }) => programme.statusIds.map((id) => k.passage(report, id)).filter((p): p is Passage => p !== undefined));
    if (scope.level !== 'code') return passages;
    const name = new Set(k.index.analyzer.indexTerms(scope.entry.level === 'area' ? scope.entry.area.name : scope.entry.passage.title));
    return passages.filter((p) => k.index.analyzer.indexTerms(p.text).some((t) => name.has(t)) || p.codes.some((c) => c.startsWith(scope.entry.passage.codes[0])));
  }

  private scopePassage(scope: Scope): Passage | undefined {
    if (scope.level === 'code') return scope.entry.passage;
    return undefined;
  }

  private scopeLabel(scope: Scope, pm: ProgressMessages): string {
    if (scope.level === 'corpus') return pm.corpus;
    if (scope.level === 'programme') return pm.programme(scope.ref.programme.number, scope.ref.programme.name);
    const e = scope.entry;
    return e.level === 'area' ? pm.area(e.area.code, e.area.name) : `${e.passage.title}`;
  }

  private item(code: string, title: string, level: Level, status: Status, pm: ProgressMessages, draft: Draft, p: Passage | undefined): AnswerItem {
    const citation = draft.number(p);
    const item: AnswerItem = { code, title, level, status: pm.mark(status) };
    if (citation !== undefined) item.citation = citation;
    if (p) {
      const c = this.knowledge.citation(p, ' ');
      item.file = c.file;
      item.lines = c.lines;
    }
    return item;
  }

  private finish(ctx: Context, draft: Draft, items: AnswerItem[], suggestions: string[], intent: string): Answer {
    const drafted = draft.lines.filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1)).join('\n').trim();
    // Passages are cited as they are met, not always in the order the text shows them (a colour's
    // source sentence, a scope named first and shown later): number them as the reader sees them.
    const seen: number[] = [];
    for (const m of drafted.matchAll(/\[(\d+)\]/g)) if (!seen.includes(Number(m[1]))) seen.push(Number(m[1]));
    const renumber = (n: number): number | undefined => (seen.includes(n) ? seen.indexOf(n) + 1 : undefined);
    const text = drafted.replace(/\[(\d+)\]/g, (_, n: string) => `[${renumber(Number(n))}]`);
    const citations = seen.map((n) => draft.citations[n - 1]);
    const answer = reply(ctx, 'list', text, citations, suggestions, 1, intent);
    if (items.length > 0) answer.items = items.map((item) => renumberItem(item, renumber));
    return answer;
  }
}

/** An intro line ending in a colon, with the marker of the passage it rests on before the colon. */
function withMark(intro: string, mark: string): string {
  return mark ? intro.replace(/:$/, ` ${mark}:`) : intro;
}

/** The item with its citation numbers as the final text shows them (none where the text shows none). */
function renumberItem(item: AnswerItem, renumber: (n: number) => number | undefined): AnswerItem {
  const { citation, children, ...rest } = item;
  const out: AnswerItem = { ...rest };
  const n = citation === undefined ? undefined : renumber(citation);
  if (n !== undefined) out.citation = n;
  if (children) out.children = children.map((c) => renumberItem(c, renumber));
  return out;
}
