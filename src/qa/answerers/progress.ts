// Answers what a progress report is read for, over a scope (the corpus, a programme, an area or a
// goal): which parts it explains (deviations) and where it says there are none, how a scope stands,
// how many goals or performances it has, its goal tree with status marks, and its traffic lights.

import type { Goal, Passage, PolicyArea, Report, Status, TrafficLight } from '../../report/model';
import { LIGHT } from '../../report/status';
import type { Answer, AnswerItem, Citation } from '../answer';
import { quoted, reply, type Context } from '../context';
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
  /** By the passage object: a report holds one object per passage id, so it names the passage. */
  private readonly cited = new Map<Passage, number>();
  /** Items whose passage was cited when they were made, with that number ({@link ProgressAnswerer.finish} renumbers). */
  readonly itemNumbers = new Map<AnswerItem, number>();

  constructor(private readonly knowledge: Knowledge) {}

  /** Cites a passage once and returns its `[n]` marker. */
  cite(p: Passage | undefined): string {
    if (!p) return '';
    let n = this.cited.get(p);
    if (n === undefined && this.citations.length >= MAX_CITED_ITEMS) return '';
    if (n === undefined) {
      n = this.citations.push(this.knowledge.citation(p, ''));
      this.cited.set(p, n);
    }
    return `[${n}]`;
  }

  number(p: Passage | undefined): number | undefined {
    return p ? this.cited.get(p) : undefined;
  }
}

/** A goal or performance of an area that the report explains. */
interface Explained {
  code: string;
  title: string;
  level: Level;
  status: Status;
  passageId: string;
}

/** A stand-van-zaken paragraph that says how the items go together: their lights, or what is behind. */
const WHOLE_PROGRESS = /\b(alle|de meeste|bijna alle) (prestaties|doelen|onderdelen)\b[^.]*\b(groen|oranje|rood|stoplicht|op schema|volgens planning|volgens plan|achter)\b/i;

/**
 * What the deviations answer says of one area, the same for every question: worked out once per
 * corpus (the report does not change once loaded), not for every area of every question.
 */
interface AreaFacts {
  /** The goals and performances the report explains, in tree order. */
  explained: Explained[];
  /** The explained items by the paragraphs that explain them, with the explanation's cause sentence. */
  groups: { explanation: Passage | undefined; sentence: string; items: { explained: Explained; passage: Passage | undefined }[] }[];
  /** Where the area's toelichting says there are no deviations: its first passage and sentence. */
  none: { passage: Passage; sentence: string } | undefined;
  /** The area's own line. */
  passage: Passage | undefined;
  /** The lines of the area's goals in scope and of their performances, in tree order (overviews, counts). */
  goals: { passage: Passage | undefined; performances: (Passage | undefined)[]; explained: number }[];
}

export class ProgressAnswerer {
  /** The facts of every area of the corpus, by area, built with the answerer. */
  private readonly facts = new Map<PolicyArea, AreaFacts>();
  /** The best sentence of a text about a code (colours, codes named outside the trees), by code, then text. */
  private readonly codeSentences = new Map<string, Map<string, string>>();
  /** Area names as the answers write them, by language, then area. */
  private readonly areaLabels = new Map<ProgressMessages, Map<PolicyArea, string>>();
  /** Status marks by language, then reading and colour (a mark says nothing else). */
  private readonly marks = new Map<ProgressMessages, Map<Status['reading'], Map<TrafficLight | undefined, string>>>();

  /** Every programme's areas as a scope holds them (whole), built with the answerer. */
  private readonly areasOf = new Map<ProgrammeRef['programme'], readonly AreaInScope[]>();

  constructor(private readonly knowledge: Knowledge) {
    for (const report of knowledge.corpus.reports) {
      for (const programme of report.programmes) {
        const areas = programme.areas.map((area) => ({ report, programme, area, goals: area.goals }));
        for (const a of areas) this.facts.set(a.area, this.readFacts(a));
        this.areasOf.set(programme, areas);
      }
    }
  }

  answer(ctx: Context, aspect: ProgressAspect, scope: Scope, options: { level?: Level; colour?: TrafficLight; notColour?: boolean; countsBoth?: boolean; explainedOnly?: boolean; noneFirst?: boolean }): Answer {
    const answer = this.answerFor(ctx, aspect, scope, options);
    // Several editions loaded and none named: the answer says which it is about, and names the others.
    if (scope.level !== 'corpus' || !scope.others?.length) return answer;
    const pm = PROGRESS_MESSAGES[ctx.language];
    return { ...answer, text: `${answer.text}\n\n${pm.otherEditions(scope.reports[0].title, scope.others.map((r) => r.title))}` };
  }

  private answerFor(ctx: Context, aspect: ProgressAspect, scope: Scope, options: { level?: Level; colour?: TrafficLight; notColour?: boolean; countsBoth?: boolean; explainedOnly?: boolean; noneFirst?: boolean }): Answer {
    switch (aspect) {
      case 'deviations':
        return this.deviations(ctx, scope, options.noneFirst ? 'none-first' : 'deviating-first');
      case 'status':
        return this.status(ctx, scope);
      case 'count':
        return options.explainedOnly ? this.countExplained(ctx, scope) : this.count(ctx, scope, options.level, options.countsBoth);
      case 'overview':
        return this.overview(ctx, scope, options.level);
      case 'colour':
        return this.colours(ctx, scope, options.colour, options.notColour);
    }
  }

  /**
   * The parts the report explains, area by area, with the explanation quoted (its cause sentence),
   * and the areas whose toelichting says there are no deviations, quoted. A deviations question
   * ("zijn er afwijkingen?", "welke prestaties wijken af?") gets what deviates first: that is its
   * answer; "which areas report no deviations?" those areas first; how a scope stands goes in report order.
   */
  deviations(ctx: Context, scope: Scope, order: 'deviating-first' | 'none-first' | 'page' = 'deviating-first', draft = new Draft(this.knowledge)): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const areas = this.areasIn(scope);
    const facts = areas.map((a) => this.factsOf(a));
    const explainedCount = facts.filter((f) => f.explained.length > 0).length;
    const positions = areas.map((_, i) => i);
    // (An area that explains only green items, explained because the council asked, comes after those that deviate.)
    const deviates = (i: number) => facts[i].explained.some((e) => e.status.colour !== 'groen');
    const greenOnly = (group: AreaFacts['groups'][number]) => group.items.every((item) => item.explained.status.colour === 'groen');
    const explainedOnly = (i: number) => facts[i].explained.length > 0 && !deviates(i);
    const unexplained = positions.filter((i) => facts[i].explained.length === 0);
    const explained = [...positions.filter(deviates), ...positions.filter(explainedOnly)];
    const ordered = order === 'none-first' ? [...unexplained, ...explained] : order === 'deviating-first' ? [...explained, ...unexplained] : positions;
    const items: AnswerItem[] = [];
    const body: string[] = [];
    let said = false;
    for (const i of ordered) {
      const a = areas[i];
      const f = facts[i];
      const label = this.areaLabel(pm, a.area);
      if (f.explained.length > 0) {
        said = true;
        body.push(pm.explainedArea(label));
        // Items explained by the same paragraphs form a group: the explanation's cause sentence
        // first (it is what the question asks for), then the items it explains.
        // (Within an area too, what deviates comes before what is explained but green.)
        const groups = order === 'page' ? f.groups : [...f.groups.filter((g) => !greenOnly(g)), ...f.groups.filter(greenOnly)];
        for (const group of groups) {
          if (group.explanation) body.push(`> ${group.sentence} ${draft.cite(group.explanation)}`);
          for (const { explained: s, passage: p } of group.items) {
            body.push(`- ${s.code} ${s.title} ${draft.cite(p)}`);
            items.push(this.item(s.code, s.title, s.level, s.status, pm, draft, p));
          }
        }
      } else {
        if (f.none) {
          said = true;
          body.push(pm.noneSaid(label), `> ${f.none.sentence} ${draft.cite(f.none.passage)}`);
        } else if (scope.level !== 'corpus' || areas.length <= 6) body.push(pm.nothingSaid(label));
        items.push(this.item(a.area.code, a.area.name, 'area', a.area.status, pm, draft, f.passage));
      }
    }
    // Codes the text names outside the goal trees of the corpus, with a colour or an explanation.
    for (const m of this.mentionedIn(scope)) {
      if (m.mentioned.status.reading !== 'explained' && m.mentioned.status.colour !== 'oranje' && m.mentioned.status.colour !== 'rood') continue;
      said = true;
      const p = this.knowledge.passage(m.report, m.mentioned.status.colourPassageId ?? m.mentioned.passageIds[0]);
      body.push(`- ${m.mentioned.code}: ${pm.mark(m.mentioned.status)}`, `> ${this.sentenceAbout(p?.text ?? '', m.mentioned.code)} ${draft.cite(p)}`);
    }
    const scopeLabel = this.scopeLabel(scope, pm);
    if (!said) return reply(ctx, 'none', `${pm.noneAtAll(scopeLabel)} ${ctx.m.notFound(this.knowledge.contact[ctx.language])}`, [], ctx.m.examples, 0, 'progress:deviations:none');
    draft.lines.push(explainedCount > 0 ? pm.explainedIntro(scope.level === 'corpus' ? '' : scopeLabel) : '', ...body);
    return this.finish(ctx, draft, items, [pm.suggestOverview(scopeLabel)], 'progress:deviations');
  }

  /** How a scope stands: the stand van zaken where the report gives one, then what it explains. */
  status(ctx: Context, scope: Scope): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const draft = new Draft(this.knowledge);
    // A paragraph on how the whole goes ("bijna alle prestaties staan op groen; alleen …") leads; the rest in page order.
    const found = this.standVanZaken(scope);
    const stand = [...found.filter((p) => WHOLE_PROGRESS.test(p.text)), ...found.filter((p) => !WHOLE_PROGRESS.test(p.text))];
    if (stand.length > 0) {
      draft.lines.push(pm.standIntro, ...stand.slice(0, 2).map((p) => `> ${p.text.length <= 400 ? p.text : bestSentence(p.text, [], 320)} ${draft.cite(p)}`), '');
    }
    const answer = this.deviations(ctx, scope, 'page', draft);
    if (answer.kind === 'none' && stand.length > 0) return this.finish(ctx, draft, [], [], 'progress:status');
    return { ...answer, debug: answer.debug && { ...answer.debug, intent: 'progress:status' } };
  }

  /**
   * "Hoeveel prestaties heeft 1B?": the number, and the list. With `both` ("hoeveel doelen en prestaties?"),
   * the goals are counted and listed, with the number of performances too and under each goal.
   */
  count(ctx: Context, scope: Scope, level: Level | undefined, both = false): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const draft = new Draft(this.knowledge);
    const areas = this.areasIn(scope);
    const counted: Level = level ?? (scope.level === 'code' && scope.entry.level === 'goal' ? 'performance' : scope.level === 'code' ? 'goal' : 'area');
    const scopeMark = draft.cite(this.scopePassage(scope));
    // Counted first, then listed: no row objects (a corpus of 1,000 editions has 15,000 performances).
    const performancesOf = (a: AreaInScope) => a.goals.reduce((m, g) => m + g.performances.length, 0);
    const total = areas.reduce((n, a) => n + (counted === 'area' ? 1 : counted === 'goal' ? a.goals.filter((g) => g.passageId).length : performancesOf(a)), 0);
    const scopeLabel = this.scopeLabel(scope, pm);
    if (total === 0) return reply(ctx, 'none', `${pm.countIntro(scopeLabel, counted, 0).replace(/:$/, '.')} ${ctx.m.notFound(this.knowledge.contact[ctx.language])}`, [], ctx.m.examples, 0, 'progress:count:none');
    const withPerformances = both && counted === 'goal';
    const performanceTotal = withPerformances ? areas.reduce((n, a) => n + performancesOf(a), 0) : 0;
    draft.lines.push(withMark(withPerformances ? pm.countBoth(scopeLabel, total, performanceTotal) : pm.countIntro(scopeLabel, counted, total), scopeMark));
    const citeEach = total <= MAX_CITED_ITEMS;
    const items: AnswerItem[] = [];
    let lastArea: PolicyArea | undefined;
    const row = (a: AreaInScope, f: AreaFacts, code: string, title: string, status: Status, p: Passage | undefined) => {
      if (counted !== 'area' && areas.length > 1 && a.area !== lastArea) {
        draft.lines.push(`**${this.areaLabel(pm, a.area)}** ${citeEach ? '' : draft.cite(f.passage)}`.trim());
        lastArea = a.area;
      }
      // Uncited, the line ends in the title: trimmed only where the title ends in white space.
      draft.lines.push(citeEach || title === '' || /\s$/.test(title) ? `- ${code} ${title} ${citeEach ? draft.cite(p) : ''}`.trimEnd() : `- ${code} ${title}`);
      items.push(this.item(code, title, counted, status, pm, draft, p));
    };
    for (const a of areas) {
      const f = this.factsOf(a);
      if (counted === 'area') row(a, f, a.area.code, a.area.name, a.area.status, f.passage);
      else if (counted === 'goal') a.goals.forEach((g, i) => g.passageId && row(a, f, g.code, withPerformances ? `${g.title} (${g.performances.length} ${pm.noun('performance', g.performances.length)})` : g.title, g.status, f.goals[i].passage));
      else a.goals.forEach((g, i) => g.performances.forEach((perf, j) => row(a, f, perf.code, perf.title, perf.status, f.goals[i].performances[j])));
    }
    return this.finish(ctx, draft, items, [pm.suggestOverview(scopeLabel), pm.suggestDeviations(scopeLabel)], 'progress:count');
  }

  /** "Hoeveel prestaties worden toegelicht?": the number of explained items, then the deviations answer. */
  countExplained(ctx: Context, scope: Scope): Answer {
    const pm = PROGRESS_MESSAGES[ctx.language];
    const n = this.areasIn(scope).reduce((sum, a) => sum + this.factsOf(a).explained.length, 0);
    const answer = this.deviations(ctx, scope);
    if (answer.kind === 'none') return answer;
    return { ...answer, text: `${pm.explainedCount(n)}\n${answer.text}` };
  }

  /** The goal tree of a scope with a status mark per item; performances collapse into counts when long. */
  overview(ctx: Context, scope: Scope, level?: Level): Answer {
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
      const f = this.factsOf(a);
      const areaPassage = f.passage;
      const areaItem = this.item(a.area.code, a.area.name, 'area', a.area.status, pm, draft, areaPassage);
      const goalItems: AnswerItem[] = (areaItem.children = []);
      // Asked for the goals ("overzicht van de doelen"), the areas are their headings: the goals' lines are cited.
      draft.lines.push(`- **${a.area.code} ${a.area.name}** ${level === 'goal' ? '' : draft.cite(areaPassage)} — ${this.mark(pm, a.area.status)}`.replace(/\*\* {2}—/, '** —'));
      a.goals.forEach((g, i) => {
        const { passage: gp, performances, explained } = f.goals[i];
        const goalItem = this.item(g.code, g.title, 'goal', g.status, pm, draft, gp);
        const performanceItems: AnswerItem[] = (goalItem.children = []);
        // Collapsed, the line ends in ')': nothing to trim.
        const line = `  - ${g.code} ${g.title} ${draft.cite(gp)}${collapse ? ` (${pm.collapsed('performance', g.performances.length, explained)})` : ''}`;
        draft.lines.push(collapse ? line : line.replace(/\s+$/, ''));
        g.performances.forEach((perf, j) => {
          const pp = performances[j];
          if (!collapse) draft.lines.push(`    - ${perf.code} ${perf.title} ${citeItems ? draft.cite(pp) : ''} — ${this.mark(pm, perf.status)}`.replace(/ {2}—/, ' —'));
          performanceItems.push(this.item(perf.code, perf.title, 'performance', perf.status, pm, draft, pp));
        });
        goalItems.push(goalItem);
      });
      items.push(areaItem);
    }
    const suggestions = areas.slice(0, 2).map((a) => ctx.m.suggestUnder(a.area.code));
    return this.finish(ctx, draft, items, [...suggestions, pm.suggestDeviations(scopeLabel)], 'progress:overview');
  }

  /**
   * "Welke prestaties staan op oranje?": the codes the report gives that colour (or every colour it gives;
   * with `not`, every other colour: "welke staan niet op groen?"). Where none has it, the colours the
   * report does give, cited ("Staat 8A1.1 op groen?" → no: orange).
   */
  colours(ctx: Context, scope: Scope, colour: TrafficLight | undefined, not = false): Answer {
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
    if (coloured.length === 0) {
      // No colour to quote, so nothing is cited; what the report does say of one item is a question away.
      const suggestions = scope.level === 'code' ? [pm.suggestStatus(scope.entry.passage.codes[0])] : ctx.m.examples;
      return reply(ctx, 'none', pm.noColours(scopeLabel, k.contact[ctx.language]), [], suggestions, 0, 'progress:colour:none');
    }
    const matching = colour ? coloured.filter((c) => (c.status.colour === colour) !== not) : coloured;
    const shownScope = scope.level === 'corpus' ? '' : scopeLabel;
    const itself = scope.level === 'code' && coloured.length === 1 && coloured[0].code === scope.entry.passage.codes[0];
    // One item asked about ("Staat 8A1.1 op groen?"): yes or no, then its colour. (Asked "is it not green?", its colour.)
    // None has the colour asked for: the report's own colours answer it, each cited.
    if (itself && colour) draft.lines.push(not ? pm.itsColour(coloured[0].status.colour!) : matching.length > 0 ? pm.isThatColour(colour) : pm.notThatColour(colour));
    else if (matching.length === 0) draft.lines.push(not ? pm.allColour(colour!, shownScope) : pm.noColourMatch(colour!, scopeLabel));
    else draft.lines.push(not ? pm.notColourIntro(colour!, shownScope) : pm.colourIntro(colour, shownScope));
    const items: AnswerItem[] = [];
    const quoted = new Set<string>();
    for (const c of matching.length > 0 ? matching : coloured) {
      const own = c.passageId ? k.passage(c.report, c.passageId) : undefined;
      // The sentence that gives the colour, or the item's line when the sidecar restored it.
      const source = c.status.colourPassageId ? k.passage(c.report, c.status.colourPassageId) : undefined;
      // The colour is cited to the sentence that gives it first, then to the item's own line.
      const mark = source ? draft.cite(source) : '';
      draft.lines.push(`- ${c.code}${c.title ? ` ${c.title}` : ''}: ${pm.colour(c.status.colour!)} ${mark} ${draft.cite(own)}`.replace(/\s+/g, ' ').trimEnd());
      // The sentence that gives the light, quoted once: "bijna alle prestaties staan op groen …" colours ten items, each still citing it.
      const sentence = source && this.sentenceAbout(source.text, c.code, LIGHT);
      if (sentence && !quoted.has(sentence)) draft.lines.push(`  > ${sentence}`);
      if (sentence) quoted.add(sentence);
      items.push(this.item(c.code, c.title, c.level, c.status, pm, draft, own));
    }
    return this.finish(ctx, draft, items, [pm.suggestDeviations(scopeLabel)], 'progress:colour');
  }

  /**
   * A search answer about a topic ("how are the elections going?") gets the status of the goal or
   * performance it quotes, with the passages that say it; other answers are left as they are.
   */
  withStatus(ctx: Context, answer: Answer, reports: Report[], aspect?: ProgressAspect): Answer {
    const first = answer.citations[0];
    if (!first || (answer.kind !== 'search' && answer.kind !== 'meta')) return answer;
    const k = this.knowledge;
    const report = reports.find((r) => r.id === first.reportId);
    const passage = report && k.passage(report, first.id);
    // A policy area's line found for "how is X going?" ("debt counselling" → 10C): how that area stands.
    const area = passage?.kind === 'area' && (aspect === 'status' || aspect === 'deviations') && report ? k.codeEntry(passage.codes[0], [report]) : undefined;
    if (area) return aspect === 'status' ? this.status(ctx, { level: 'code', entry: area }) : this.deviations(ctx, { level: 'code', entry: area });
    const code = passage?.codes.find((c) => /\d$/.test(c));
    const status = code && report ? k.statusOf(code, [report]) : undefined;
    const pm = PROGRESS_MESSAGES[ctx.language];
    // "What colour is the light for the elections?" where the report gives that item none: no colour
    // to quote, so nothing is cited; how it stands is a question away.
    if (aspect === 'colour' && !status?.colour) {
      const contact = k.contact[ctx.language];
      // Named with its title too: on the website, where codes are left out, the title still says what.
      const label = (code && report && k.codeEntry(code, [report])?.passage.title) || code;
      const text = label ? `${pm.noColourFor(label)} ${contact}` : pm.noColours(ctx.language === 'nl' ? 'dit onderwerp' : 'this topic', contact);
      return reply(ctx, 'none', text, [], code ? [pm.suggestStatus(code)] : ctx.m.examples, 0, 'progress:colour:none');
    }
    if (!status || !report || !code) return answer;
    const explaining = status.passageIds.map((id) => k.passage(report, id)).filter((p): p is Passage => p !== undefined && p.id !== first.id).slice(0, 2);
    const explanationOf = (p: Passage, max = 160) => k.citation(p, bestSentence(p.text, [], max, CAUSAL));
    // Asked how a topic goes, a line of the goal tree says only what the item is: how it goes is in its
    // explanation, whose cause sentence leads and is cited first ("Hoe gaat het met de RijnlandRoute?" →
    // why 4C1.2 is behind); the item's line is cited beside the status.
    const treeLine = passage?.kind === 'goal' || passage?.kind === 'performance' || passage?.kind === 'area';
    if (aspect === 'status' && treeLine && status.reading === 'explained' && explaining.length > 0 && answer.citations.length === 1) {
      const [lead, ...more] = explaining.map((p, i) => explanationOf(p, i === 0 ? 320 : 160));
      const lines = answer.text.split('\n');
      const at = lines.findIndex((l) => l.endsWith('[1]'));
      lines.splice(at, 1, ...quoted(lead.title, lead.excerpt, 1));
      const markers = [2, ...more.map((_, i) => i + 3)].map((n) => `[${n}]`).join(' ');
      return { ...answer, text: `${lines.join('\n')}\n${pm.statusLine(status, code)} ${markers}`, citations: [lead, first, ...more] };
    }
    const citations = [...answer.citations];
    const markers = explaining.map((p) => `[${citations.push(explanationOf(p))}]`);
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
    const whole = ({ report, programme }: ProgrammeRef) => this.areasOf.get(programme) ?? programme.areas.map((area) => ({ report, programme, area, goals: area.goals }));
    return scope.level === 'programme' ? [...whole(scope.ref)] : scope.reports.flatMap((report) => report.programmes.flatMap((programme) => whole({ report, programme })));
  }

  /** The facts of an area in scope: built with the answerer for a whole area, read now for part of one (one goal). */
  private factsOf(a: AreaInScope): AreaFacts {
    return (a.goals === a.area.goals ? this.facts.get(a.area) : undefined) ?? this.readFacts(a);
  }

  /** Reads what the deviations answer says of an area in scope (see {@link AreaFacts}). */
  private readFacts(a: AreaInScope): AreaFacts {
    const k = this.knowledge;
    const explained = this.explainedIn(a);
    const groups = new Map<string, Explained[]>();
    for (const s of explained) groups.set(s.status.passageIds.join('|'), [...(groups.get(s.status.passageIds.join('|')) ?? []), s]);
    const none = a.area.status.reading === 'no-deviation' ? a.area.status.passageIds.map((id) => k.passage(a.report, id)).find((p): p is Passage => p !== undefined) : undefined;
    return {
      explained,
      groups: [...groups].map(([ids, group]) => {
        const explanation = k.passage(a.report, ids.split('|')[0]);
        return { explanation, sentence: explanation ? bestSentence(explanation.text, [], 240, CAUSAL) : '', items: group.map((s) => ({ explained: s, passage: k.passage(a.report, s.passageId) })) };
      }),
      none: none && { passage: none, sentence: bestSentence(none.text, [], 240) },
      passage: k.passage(a.report, a.area.passageId),
      goals: a.goals.map((g) => ({
        passage: g.passageId ? k.passage(a.report, g.passageId) : undefined,
        performances: g.performances.map((perf) => k.passage(a.report, perf.passageId)),
        explained: g.performances.filter((perf) => perf.status.reading === 'explained').length,
      })),
    };
  }

  /** The goals and performances of an area in scope that the report explains, in tree order. */
  private explainedIn(a: AreaInScope): Explained[] {
    const out: Explained[] = [];
    for (const g of a.goals) {
      if (g.status.reading === 'explained' && g.status.explainedCodes === undefined) out.push({ code: g.code, title: g.title, level: 'goal', status: g.status, passageId: g.passageId });
      for (const p of g.performances) if (p.status.reading === 'explained') out.push({ code: p.code, title: p.title, level: 'performance', status: p.status, passageId: p.passageId });
    }
    return out;
  }

  /** The sentence of a text that names a code (cut to 240 characters), remembered per code and text. */
  private sentenceAbout(text: string, code: string, prefer?: { test(sentence: string): boolean }): string {
    const key = prefer === CAUSAL ? `${code}|cause` : prefer === LIGHT ? `${code}|colour` : code;
    let byText = this.codeSentences.get(key);
    if (!byText) this.codeSentences.set(key, (byText = new Map()));
    let sentence = byText.get(text);
    if (sentence === undefined) byText.set(text, (sentence = bestSentence(text, [code.toLowerCase()], 240, prefer)));
    return sentence;
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

  /** An item of the answer; the number its passage was cited under (if yet) is kept for {@link finish}. */
  private item(code: string, title: string, level: Level, status: Status, pm: ProgressMessages, draft: Draft, p: Passage | undefined): AnswerItem {
    // Made whole at once (a tree has thousands): fields added one by one each reshape the object.
    const item: AnswerItem = p ? { code, title, level, status: this.mark(pm, status), file: this.knowledge.fileOf(p), lines: p.lines } : { code, title, level, status: this.mark(pm, status) };
    const citation = draft.number(p);
    if (citation !== undefined) draft.itemNumbers.set(item, citation);
    return item;
  }

  /** An area's name as the answers write it, made once per language and area. */
  private areaLabel(pm: ProgressMessages, area: PolicyArea): string {
    let labels = this.areaLabels.get(pm);
    if (!labels) this.areaLabels.set(pm, (labels = new Map()));
    let label = labels.get(area);
    if (label === undefined) labels.set(area, (label = pm.area(area.code, area.name)));
    return label;
  }

  /** A status mark: the same few strings for thousands of items, so made once per language and reading. */
  private mark(pm: ProgressMessages, status: Status): string {
    let marks = this.marks.get(pm);
    if (!marks) this.marks.set(pm, (marks = new Map()));
    let byColour = marks.get(status.reading);
    if (!byColour) marks.set(status.reading, (byColour = new Map()));
    let mark = byColour.get(status.colour);
    if (mark === undefined) byColour.set(status.colour, (mark = pm.mark(status)));
    return mark;
  }

  private finish(ctx: Context, draft: Draft, items: AnswerItem[], suggestions: string[], intent: string): Answer {
    const drafted = draft.lines.filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1)).join('\n').trim();
    // Passages are cited as they are met, not always in the order the text shows them (a colour's
    // source sentence, a scope named first and shown later): number them as the reader sees them.
    const seen: number[] = [];
    let asCited = true;
    for (const m of drafted.matchAll(MARKER)) {
      const n = Number(m[1]);
      if (!seen.includes(n)) seen.push(n);
      if (m[1] !== String(n)) asCited = false;
    }
    if (seen.some((n, i) => n !== i + 1)) asCited = false;
    const renumber = (n: number): number | undefined => (seen.includes(n) ? seen.indexOf(n) + 1 : undefined);
    // Numbered as cited already (the usual case): the text stays as drafted, not copied (a tree's
    // text can run to a million characters).
    const text = asCited ? drafted : drafted.replace(MARKER, (_, n: string) => `[${renumber(Number(n))}]`);
    const citations = seen.map((n) => draft.citations[n - 1]);
    const answer = reply(ctx, 'list', text, citations, suggestions, 1, intent);
    if (items.length > 0) {
      // The items are this answer's own: numbered in place. The number goes before an item's
      // children, as the Answer orders its fields (the few cited items of a tree move them).
      for (const [item, n] of draft.itemNumbers) {
        const shown = renumber(n);
        if (shown === undefined) continue;
        const { children } = item;
        if (children) delete item.children;
        item.citation = shown;
        if (children) item.children = children;
      }
      answer.items = items;
    }
    return answer;
  }
}

/** A citation marker in a drafted text: `[3]`. */
const MARKER = /\[(\d+)\]/g;

/** An intro line ending in a colon, with the marker of the passage it rests on before the colon. */
function withMark(intro: string, mark: string): string {
  return mark ? intro.replace(/:$/, ` ${mark}:`) : intro;
}
