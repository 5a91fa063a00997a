// The QA engine: ask(question, { locale }) → Answer. Routes a question to codes, structure,
// search, smalltalk or refusal, and composes the answer with verbatim citations.

import { join, relative, sep } from 'node:path';
import { findCodes, parentCode, type Code } from '../report/codes';
import { loadCorpus } from '../report/corpus';
import type { Corpus, Goal, GlossaryEntry, Passage, PolicyArea, Programme, Report } from '../report/model';
import { fold, type AnalyzedQuery } from '../search/analyzer';
import { PassageIndex, type PassageHit } from '../search/passageIndex';
import type { Answer, AnswerKind, Citation, Language } from './answer';
import { asksForOpinion, asksForOtherService, detectSmalltalk, hasNoWords, isListRequest, isPersonalCase, namedEdition, namedProgramme, namedYears, namesTreeLevel } from './intents';
import { detectLanguage } from './language';
import { MESSAGES, type Messages } from './messages';
import { Glosses } from './glosses';
import { bestSentence } from './sentences';

/** Options for {@link QaEngine.ask}. */
export interface AskOptions {
  /** The channel's locale (`nl-NL`, `en-US`): the answer language when the question doesn't tell. */
  locale?: string;
  /** Add {@link Answer.debug}: the understood intent, terms and candidate passages with scores. */
  debug?: boolean;
}

/** Options for the engine. */
export interface EngineOptions {
  /** Where to go for what the report doesn't answer. Default: {@link DEFAULT_CONTACT}. */
  contact?: Partial<Record<Language, string>>;
  /** Share (0–1) of a question's concepts the quoted passage must cover. Default 0.5. */
  minCoverage?: number;
  /** Share (0–1) of a question's concepts the best passages together must cover. Default 0.66. */
  minUnionCoverage?: number;
  /**
   * Remember this many answers by question text (least recently used go first). Answers depend
   * only on the question, the locale and the corpus, and people ask the same things (and click the
   * same suggestions) often. Default 0: off.
   */
  cacheSize?: number;
}

/** The contact line for questions the report does not answer. */
export const DEFAULT_CONTACT: Record<Language, string> = {
  nl: 'Voor andere vragen kunt u de gemeente Leiden bellen via 14 071 of kijken op www.leiden.nl.',
  en: 'For other questions, call the municipality of Leiden on 14 071 or visit www.leiden.nl.',
};

/** Questions are cut here before analysis: a real question is shorter, and this bounds the work. */
const MAX_ANALYSED_CHARS = 500;
/** The question echoed in the Answer is cut here. */
const MAX_ECHOED_CHARS = 1000;
/** Questions asking for a reason, in Dutch and English. */
const WHY = /\b(waarom|hoe komt|oorzaak|oorzaken|reden|redenen|why|cause|causes|reason|reasons|how come)\b/i;
/** How much more an explanation (toelichting) counts for a "why" question. */
const WHY_BOOST = 2.5;
/** Questions for a number, and passages that hold one. */
const QUANTITY = /\b(hoeveel|aantal|how many|how much|number of)\b/i;
/** A number and the (up to three) words after it: what it counts. */
const COUNTED = /(?:^|[^\p{L}\d.])(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|honderd|duizend)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
/** Questions for a moment, and passages that name one. */
const WHEN = /\b(wanneer|when|what time|hoe laat)\b/i;
const HAS_DATE = /\b(\d{4}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jaar|jaren|maand|week|dagelijks|dagelijkse)\b/i;

/** Words that give a cause, in Dutch and English: a "why" question wants the passage that has them. */
const CAUSAL = /\b(doordat|omdat|vanwege|als gevolg van|zorgt voor|zorgen voor|leidt tot|ontstaan|oorzaak|because|due to|caused by)\b/i;
const CAUSE_BOOST = 1.5;
/** A header field named by the question ("welke commissie") is what it asks for. */
const FIELD_BOOST = 2;
/** Two hits whose scores are this close make a "did you mean" answer. */
const CLARIFY_RATIO = 0.92;

interface CodeEntry {
  report: Report;
  programme: Programme;
  area: PolicyArea;
  goal?: Goal;
  level: Code['level'];
  passage: Passage;
}

/**
 * Answers questions about a corpus. Built once (index, code table), then `ask()` is synchronous
 * and allocation-light.
 */
export class QaEngine {
  readonly index: PassageIndex;
  private readonly codes = new Map<string, CodeEntry[]>();
  private readonly contact: Record<Language, string>;
  private readonly minCoverage: number;
  private readonly minUnionCoverage: number;
  private readonly fileLabels = new Map<string, string>();
  private readonly cache = new Map<string, Answer>();
  /** The glossary's abbreviations, each with the pattern that finds it as a whole word. */
  private readonly abbreviations: { entry: GlossaryEntry; pattern: RegExp }[];
  private readonly cacheSize: number;
  private readonly glosses: Glosses;

  constructor(
    readonly corpus: Corpus,
    options: EngineOptions = {},
  ) {
    this.index = new PassageIndex(corpus);
    this.contact = { ...DEFAULT_CONTACT, ...options.contact };
    this.minCoverage = options.minCoverage ?? 0.5;
    this.minUnionCoverage = options.minUnionCoverage ?? 0.66;
    this.cacheSize = options.cacheSize ?? 0;
    this.glosses = new Glosses(corpus.glossary);
    this.abbreviations = corpus.glossary
      .filter((g) => g.type === 'abbr')
      .map((entry) => ({ entry, pattern: new RegExp(`(^|[^\\p{L}])${escapeRegExp(entry.term)}(?![\\p{L}])`, 'u') }));
    for (const report of corpus.reports) {
      const passage = (id: string) => report.passages.find((p) => p.id === id)!;
      const add = (code: string, entry: CodeEntry) => this.codes.set(code, [...(this.codes.get(code) ?? []), entry]);
      for (const programme of report.programmes) {
        for (const area of programme.areas) {
          add(area.code, { report, programme, area, level: 'area', passage: passage(area.passageId) });
          for (const goal of area.goals) {
            if (goal.passageId) add(goal.code, { report, programme, area, goal, level: 'goal', passage: passage(goal.passageId) });
            for (const perf of goal.performances) add(perf.code, { report, programme, area, goal, level: 'performance', passage: passage(perf.passageId) });
          }
        }
      }
    }
  }

  /** Loads the corpus directory and builds an engine on it. */
  static fromDirectory(dir: string, options?: EngineOptions): QaEngine {
    return new QaEngine(loadCorpus(dir), options);
  }

  /**
   * Answers one question. Never throws: empty, huge, binary or foreign-script input gets a valid
   * Answer that says what it can.
   */
  ask(question: string, options: AskOptions = {}): Answer {
    if (this.cacheSize === 0) return this.answer(question, options);
    const key = `${options.locale?.slice(0, 2) ?? ''}|${options.debug ? 1 : 0}|${question}`;
    let answer = this.cache.get(key);
    if (answer) this.cache.delete(key); // re-inserted below: most recently used last
    else {
      answer = this.answer(question, options);
      if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(key, answer);
    return answer;
  }

  private answer(question: string, options: AskOptions): Answer {
    const clean = cleanQuestion(question);
    const text = clean.slice(0, MAX_ANALYSED_CHARS);
    const language = detectLanguage(text, options.locale);
    const m = MESSAGES[language];
    const ctx: Context = { question: clean.slice(0, MAX_ECHOED_CHARS), language, m, debug: options.debug };

    if (hasNoWords(text)) return this.reply(ctx, 'none', m.empty, [], m.examples, 0, 'empty');
    const smalltalk = detectSmalltalk(text);
    if (smalltalk) {
      const reply = smalltalk === 'help' ? m.help(this.reportTitle()) : m[smalltalk];
      return this.reply(ctx, 'smalltalk', reply, [], m.examples, 1, `smalltalk:${smalltalk}`);
    }
    if (isPersonalCase(text)) return this.reply(ctx, 'none', m.personal(this.contact[language]), [], m.examples, 0, 'personal');
    if (asksForOpinion(text)) return this.reply(ctx, 'none', m.opinion(this.contact[language]), [], m.examples, 0, 'opinion');
    if (asksForOtherService(text)) return this.reply(ctx, 'none', m.notFound(this.contact[language]), [], m.examples, 0, 'other-service');

    const reports = this.reportsNamedIn(text);
    if (reports.length === 0) return this.notInCorpus(ctx, text);

    const codes = findCodes(text);
    if (codes.length > 0) return this.answerCodes(ctx, text, codes, reports);
    // "Welke doelen vallen onder dienstverlening?": a policy area named instead of coded.
    const area = isListRequest(text) && namesTreeLevel(text) ? this.areaNamedIn(text, reports) : undefined;
    if (area) return this.answerCodes(ctx, text, [area], reports);

    // The programme's own name ("… van Bestuur en dienstverlening") says which programme, not what about it.
    const { rest, named } = this.withoutProgrammeName(text, reports);
    const query = this.index.analyzer.analyzeQuery(rest);
    const aboutTree = query.concepts.length === 0 ? named || namedProgramme(text) !== undefined : isListRequest(text) && namesTreeLevel(text) && this.onlyStructureWords(query);
    if (aboutTree) return this.answerAreas(ctx, reports[0]);
    return this.answerSearch(ctx, query, reports);
  }

  /**
   * Passages for a search box (Teams' message extension): every item a goal code names (with
   * what falls under it), else the passages that match the words, best first. Unlike ask() this
   * lists candidates and never refuses; an empty query lists the policy areas.
   */
  find(text: string, limit = 10): Citation[] {
    const clean = cleanQuestion(text).slice(0, MAX_ANALYSED_CHARS);
    const reports = this.reportsNamedIn(clean);
    const passages: Passage[] = [];
    const codes = findCodes(clean);
    if (hasNoWords(clean)) {
      for (const r of reports) for (const pr of r.programmes) for (const a of pr.areas) passages.push(this.passage(r, a.passageId)!);
    } else if (codes.length > 0) {
      for (const code of codes) {
        const entry = this.codeEntry(code.code, reports);
        if (!entry) continue;
        passages.push(entry.passage);
        for (const child of this.children(entry.programme, code.code)) {
          const under = this.codeEntry(child, [entry.report]);
          if (under) passages.push(under.passage);
        }
      }
    } else {
      const query = this.index.analyzer.analyzeQuery(clean);
      passages.push(...this.index.search(query, { limit }).filter((h) => h.coverage > 0).map((h) => h.passage));
    }
    return passages.slice(0, limit).map((p) => this.citation(p, ''));
  }

  /** The titles of the loaded reports, for help texts. */
  reportTitle(): string {
    return this.corpus.reports.map((r) => r.title).join(', ') || 'voortgangsrapportage';
  }

  // --- routes ------------------------------------------------------------------------------

  private answerCodes(ctx: Context, text: string, codes: Code[], reports: Report[]): Answer {
    const { m } = ctx;
    const parts: string[] = [];
    const citations: Citation[] = [];
    const suggestions: string[] = [];
    const list = isListRequest(text);
    const unknown: string[] = [];
    for (const code of codes.slice(0, 3)) {
      const entry = this.codeEntry(code.code, reports);
      if (!entry) {
        unknown.push(code.code);
        continue;
      }
      parts.push(this.describeCode(ctx, entry, citations, list));
      const parent = parentCode(entry.passage.codes[0]);
      if (parent) suggestions.push(m.suggestWhat(parent));
      if (entry.level !== 'performance') suggestions.push(m.suggestUnder(entry.passage.codes[0]));
      const siblings = this.children(entry.programme, parent).filter((c) => c !== code.code);
      if (siblings.length) suggestions.push(m.suggestWhat(siblings[0]));
    }
    if (unknown.length) {
      const available = reports
        .flatMap((r) => r.programmes.flatMap((p) => p.areas.map((a) => `${a.code} ${a.name}`)))
        .join(', ');
      parts.push(m.unknownCode(unknown.join(', '), available));
    }
    if (citations.length === 0) return this.reply(ctx, 'none', parts.join('\n\n'), [], m.examples, 0, 'code:unknown');
    return this.reply(ctx, list ? 'list' : 'code', parts.join('\n\n'), citations, suggestions, 1, list ? 'list' : 'code');
  }

  /** One code: the item, where it stands, what falls under it, its explanation, abbreviations. */
  private describeCode(ctx: Context, entry: CodeEntry, citations: Citation[], list: boolean): string {
    const { m } = ctx;
    const cite = (p: Passage) => `[${citations.push(this.citation(p, ''))}]`;
    const code = entry.passage.codes[0];
    const lines = [`**${entry.passage.title}** ${cite(entry.passage)}`];
    lines.push(m.codeIntro(entry.level, code, `${entry.report.title}, Programma ${entry.programme.number} ${entry.programme.name}`.trim()));
    if (entry.level === 'performance' && entry.goal) lines.push(m.partOf(`${m.level('goal')} ${entry.goal.code} ${entry.goal.title}`.trim()));
    if (entry.level !== 'area') lines.push(m.partOf(`${m.level('area')} ${entry.area.code} ${entry.area.name}`));

    const children = entry.level === 'area' ? entry.area.goals : entry.level === 'goal' ? entry.goal!.performances : [];
    if (entry.level !== 'performance') {
      if (children.length === 0) lines.push(m.noChildren);
      else {
        lines.push(m.children(entry.level === 'area' ? 'goal' : 'performance', children.length));
        for (const child of children) {
          const passage = this.passage(entry.report, child.passageId);
          lines.push(`- ${child.code} ${child.title}${list && passage ? ` ${cite(passage)}` : ''}`);
        }
      }
    }

    const explanations = entry.area.explanationIds.map((id) => this.passage(entry.report, id)!).filter(Boolean);
    const own = explanations.filter((p) => p.codes.some((c) => c === code || c.startsWith(code) || (entry.level === 'area' && c.startsWith(entry.area.code))));
    const general = explanations.filter((p) => p.codes.length === 1 && p.codes[0] === entry.area.code);
    // A long explanation is quoted by its first sentence; the citation holds the whole paragraph.
    const quoteExplanation = (p: Passage) => `> ${p.text.length > 300 ? bestSentence(p.text, []) : p.text} ${cite(p)}`;
    if (own.length > 0) lines.push(m.explanation, ...own.slice(0, 2).map(quoteExplanation));
    else if (general.length > 0) lines.push(m.noExplanation(entry.area.code), quoteExplanation(general[0]));
    lines.push(...this.abbreviationLines(m, entry.passage.text));
    return lines.join('\n');
  }

  /** "Welke beleidsterreinen zijn er?": the areas of the report with their goals. */
  private answerAreas(ctx: Context, report: Report): Answer {
    const citations: Citation[] = [];
    const areas = report.programmes.flatMap((p) => p.areas);
    const lines = [ctx.m.areasIntro(report.title, areas.length)];
    for (const area of areas) {
      const passage = this.passage(report, area.passageId)!;
      lines.push(`- **${area.code} ${area.name}** [${citations.push(this.citation(passage, ''))}]: ${area.goals.map((g) => `${g.code} ${g.title}`).join('; ')}`);
    }
    return this.reply(ctx, 'list', lines.join('\n'), citations, areas.map((a) => ctx.m.suggestUnder(a.code)), 1, 'list:areas');
  }

  private answerSearch(ctx: Context, query: AnalyzedQuery, reports: Report[]): Answer {
    const { m } = ctx;
    // "Why" asks for the report's explanation, not the fact itself.
    const why = WHY.test(ctx.question);
    const boostKinds = why ? { explanation: WHY_BOOST } : undefined;
    const found =
      reports.length === this.corpus.reports.length
        ? this.index.search(query, { boostKinds, limit: 8 })
        : reports.flatMap((r) => this.index.search(query, { reportId: r.id, boostKinds, limit: 8 }));
    const hits = this.rerank(found, why, ctx.question);
    const union = new Set(hits.slice(0, 3).flatMap((h) => h.concepts));
    const unionCoverage = query.concepts.length ? union.size / query.concepts.length : 0;
    const top = hits[0];
    const debug = { query, hits };
    // A question for a number or a date needs a passage that has one: "hoeveel klachten" is not
    // answered by a passage about complaints that counts nothing.
    const lacksFact = top !== undefined && !this.hasAskedFact(ctx.question, top);
    if (!top || lacksFact || top.coverage < this.minCoverage || unionCoverage < this.minUnionCoverage) {
      return this.reply(ctx, 'none', m.notFound(this.contact[ctx.language]), [], m.examples, 0, 'search:refused', debug);
    }
    const terms = query.terms.map((t) => t.term);
    const second = hits[1];
    const close = second && second.coverage >= top.coverage && second.score >= top.score * CLARIFY_RATIO && !related(top.passage, second.passage);
    if (close) {
      const citations = [this.citation(top.passage, bestSentence(top.passage.text, terms)), this.citation(second.passage, bestSentence(second.passage.text, terms))];
      const text = [m.clarify, ...citations.map((c, i) => `${i + 1}. **${c.title}**: “${c.excerpt}” [${i + 1}]`)].join('\n');
      return this.reply(ctx, 'clarify', text, citations, [top.passage, second.passage].map((p) => this.suggestionFor(p, m)), confidence(top, second), 'search:clarify', debug);
    }
    // The answer quotes up to two lines; the citation entity cuts its abstract to 160 characters itself.
    const sentence = bestSentence(top.passage.text, terms, 320, why ? CAUSAL : undefined);
    const citation = this.citation(top.passage, sentence);
    const isMeta = ['programme', 'field', 'mission', 'status'].includes(top.passage.kind);
    const quote = top.passage.text.length <= 400 ? top.passage.text : sentence;
    const lines = [isMeta ? m.metaIntro : m.searchIntro, ...quoted(top.passage.title, quote, 1)];
    lines.push(...this.abbreviationLines(m, quote, query.glossary));
    const suggestions = hits.slice(1, 4).map((h) => this.suggestionFor(h.passage, m));
    const kind: AnswerKind = isMeta ? 'meta' : 'search';
    return this.reply(ctx, kind, lines.join('\n'), [citation], unique(suggestions), confidence(top, second), `search:${kind}`, debug);
  }

  /**
   * Question-type preferences on top of retrieval. A header field (commissie, portefeuilles,
   * programmanummer) answers only a question that names it: "onderwijs" in a portefeuille's name
   * does not make it the answer to a question about education; the programme's title line answers
   * nothing by itself. A "why" question prefers a passage that gives a cause.
   */
  private rerank(hits: PassageHit[], why: boolean, question: string): PassageHit[] {
    const namedField = (h: PassageHit) => this.index.analyzer.indexTerms(h.passage.title).some((t) => h.matchedTerms.includes(t));
    // A question for a number or a date is answered by the best passage that has one.
    const withFact = hits.filter((h) => this.hasAskedFact(question, h));
    if (withFact.length > 0) hits = withFact;
    // The programme's title line names everything in it; it answers no question by itself.
    return hits
      .filter((h) => h.passage.kind !== 'programme' && (h.passage.kind !== 'field' || namedField(h)))
      .map((h) => {
        let score = h.score;
        if (h.passage.kind === 'field') score *= FIELD_BOOST;
        if (why && CAUSAL.test(h.passage.text)) score *= CAUSE_BOOST;
        return score === h.score ? h : { ...h, score };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, 5);
  }

  /** The question names a report edition or programme the corpus does not hold. */
  private notInCorpus(ctx: Context, text: string): Answer {
    const what = namedProgramme(text) && !this.hasProgramme(namedProgramme(text)!) ? `Programma ${namedProgramme(text)}` : (namedEditionLabel(text) ?? namedYears(text).join(', ') ?? text);
    const available = this.corpus.reports.map((r) => `${r.title} (${r.programmes.map((p) => `programma ${p.number} ${p.name}`).join(', ')})`).join('; ');
    return this.reply(ctx, 'none', ctx.m.notInCorpus(what, available, this.contact[ctx.language]), [], ctx.m.examples, 0, 'not-in-corpus');
  }

  // --- helpers -----------------------------------------------------------------------------

  /** The reports a question is about: those it names (edition, programme), else all. Empty: it names one we don't have. */
  private reportsNamedIn(text: string): Report[] {
    let reports = this.corpus.reports;
    const edition = namedEdition(text);
    if (edition) {
      reports = reports.filter((r) => {
        const title = r.title.toLowerCase();
        const kindOk = title.includes(edition.kind) || (edition.kind === 'begroting' && title.includes('begroting'));
        const ordinalOk = !edition.ordinal || title.startsWith(edition.ordinal === '1' ? '1e' : '2');
        const yearOk = !edition.year || title.includes(edition.year);
        return kindOk && ordinalOk && yearOk;
      });
    }
    const programme = namedProgramme(text);
    if (programme) reports = reports.filter((r) => r.programmes.some((p) => p.number === programme));
    // "De begroting voor 2023": a year no loaded report covers names a report we do not have.
    const years = namedYears(text);
    if (years.length > 0) reports = reports.filter((r) => years.some((y) => `${r.title} ${r.published ?? ''}`.includes(y)));
    return reports;
  }

  /** The policy area whose name the question uses as a whole word ("onder bestuur" → 1A). */
  private areaNamedIn(text: string, reports: Report[]): Code | undefined {
    // The question's own stems and its glossary expansions ("governance" → bestuur).
    const words = new Set([...this.index.analyzer.tokens(text).map((t) => t.stem), ...this.index.analyzer.analyzeQuery(text).terms.filter((t) => t.weight >= 1).map((t) => t.term)]);
    for (const r of reports) {
      for (const p of r.programmes) {
        for (const a of p.areas) {
          const name = this.index.analyzer.indexTerms(a.name);
          if (name.length > 0 && name.every((t) => words.has(t))) return { code: a.code, programme: p.number, level: 'area' };
        }
      }
    }
    return undefined;
  }

  /**
   * Does the passage hold the kind of fact the question asks for? For "hoeveel" a number that
   * counts one of the question's words ("5 kanalen" for "hoeveel kanalen", not for "hoeveel
   * inwoners"); for "wanneer" a moment. Goal codes (1B1.2), names with digits (Servicepunt71) and
   * years are no counts. Other questions need no particular fact.
   */
  private hasAskedFact(question: string, hit: PassageHit): boolean {
    const text = hit.passage.text.replace(/\b\d+[A-Z]\d*(\.\d+)?\b/g, '');
    if (WHEN.test(question) && !HAS_DATE.test(text)) return false;
    if (!QUANTITY.test(question)) return true;
    for (const m of text.replace(/\b(19|20)\d{2}\b/g, '').matchAll(COUNTED)) {
      if (this.index.analyzer.indexTerms(m[2]).some((t) => hit.matchedTerms.includes(t))) return true;
    }
    return false;
  }

  /** The question without the name of a programme it mentions ("Bestuur en dienstverlening"). */
  private withoutProgrammeName(text: string, reports: Report[]): { rest: string; named: boolean } {
    const folded = fold(text);
    for (const r of reports) {
      for (const p of r.programmes) {
        const name = fold(p.name).trim();
        if (name.split(/\s+/).length < 2) continue;
        const at = folded.indexOf(name);
        if (at >= 0) return { rest: `${text.slice(0, at)} ${text.slice(at + name.length)}`, named: true };
      }
    }
    return { rest: text, named: false };
  }

  /** A code's entry in the first of these reports that has it (editions reuse codes). */
  private codeEntry(code: string, reports: Report[]): CodeEntry | undefined {
    return this.codes.get(code)?.find((e) => reports.includes(e.report));
  }

  private hasProgramme(number: string): boolean {
    return this.corpus.reports.some((r) => r.programmes.some((p) => p.number === number));
  }

  /** True when the question's content words are all about the tree itself ("which goals are there"). */
  private onlyStructureWords(query: AnalyzedQuery): boolean {
    return query.concepts.every((c) => /^(doel|doelen|doelstelling|doelstellingen|prestatie|prestaties|beleidsterrein|beleidsterreinen|onderdelen|onderwerpen|thema|themas|goals?|objectives?|performances?|outputs?|policy areas?|areas?|topics?|themes?|parts?|items?|programma|programme|program|er|there|zijn)$/.test(c.label));
  }

  private children(programme: Programme, code: string | undefined): string[] {
    if (!code) return programme.areas.map((a) => a.code);
    for (const area of programme.areas) {
      if (area.code === code) return area.goals.map((g) => g.code);
      for (const goal of area.goals) if (goal.code === code) return goal.performances.map((p) => p.code);
    }
    return [];
  }

  /** "Afkortingen: BRP = …" for the abbreviations the text uses or the question asked about; none: no line. */
  private abbreviationLines(m: Messages, text: string, used: GlossaryEntry[] = []): string[] {
    const found = this.abbreviations.filter(({ entry, pattern }) => pattern.test(text) || used.includes(entry)).map(({ entry }) => entry);
    return found.length ? [`${m.abbreviations} ${found.map((a) => `${a.term} = ${a.explanation ?? a.expansion}`).join('; ')}.`] : [];
  }

  private passage(report: Report, id: string): Passage | undefined {
    return this.index.get(report.id, id);
  }

  private suggestionFor(p: Passage, m: Messages): string {
    if ((p.kind === 'goal' || p.kind === 'performance' || p.kind === 'area') && p.codes[0]) return m.suggestWhat(p.codes[0]);
    return p.title;
  }

  /** The citation of one passage, by report and passage id. */
  citationFor(reportId: string, passageId: string): Citation | undefined {
    const p = this.index.get(reportId, passageId);
    return p ? this.citation(p, '') : undefined;
  }

  private citation(p: Passage, excerpt: string): Citation {
    let file = this.fileLabels.get(p.file);
    if (!file) {
      file = relative(process.cwd(), join(this.corpus.dir, p.file)).split(sep).join('/');
      this.fileLabels.set(p.file, file);
    }
    return { id: p.id, title: p.title, path: p.path, quote: p.text, url: p.url, file, lines: p.lines, reportId: p.reportId, excerpt: excerpt || bestSentence(p.text, []) };
  }

  private reply(ctx: Context, kind: AnswerKind, text: string, citations: Citation[], suggestions: string[], confidence: number, intent: string, debug?: { query: AnalyzedQuery; hits: PassageHit[] }): Answer {
    const answer: Answer = { question: ctx.question, language: ctx.language, kind, text, citations, suggestions: unique(suggestions).slice(0, 4), confidence: round(confidence) };
    const glosses = citations.length ? this.glosses.find(text, ctx.language) : [];
    if (glosses.length) answer.glosses = glosses;
    if (ctx.debug) {
      answer.debug = {
        intent,
        terms: debug?.query.terms.map((t) => ({ term: t.term, weight: round(t.weight), source: t.source })) ?? [],
        candidates: debug?.hits.map((h) => ({ id: h.passage.id, score: round(h.score), coverage: round(h.coverage), matched: h.matchedTerms })) ?? [],
      };
    }
    return answer;
  }
}

/**
 * The answer for one candidate of a "did you mean" answer (or any cited passage): that passage
 * alone, quoted, as a search answer.
 */
export function focusOn(answer: Answer, index: number): Answer {
  const c = answer.citations[index];
  const m = MESSAGES[answer.language];
  const text = [m.searchIntro, ...quoted(c.title, c.quote.length <= 400 ? c.quote : c.excerpt, 1)].join('\n');
  return { ...answer, kind: 'search', text, citations: [c], suggestions: answer.suggestions.filter((_, i) => i !== index), confidence: 1, debug: answer.debug };
}

interface Context {
  question: string;
  language: Language;
  m: Messages;
  debug?: boolean;
}

/** A quoted passage as answer lines: its heading in bold (unless the quote is the heading itself), then the quote. */
function quoted(title: string, quote: string, marker: number): string[] {
  return title === quote ? [`> **${quote}** [${marker}]`] : [`**${title}**`, `> ${quote} [${marker}]`];
}

/** Control and format characters become spaces, runs of white space one space. */
function cleanQuestion(question: string): string {
  return String(question ?? '')
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Passages about the same code (a goal and its explanation) are not rival readings of a question. */
function related(a: Passage, b: Passage): boolean {
  return a.codes.some((c) => b.codes.some((d) => c.startsWith(d) || d.startsWith(c)));
}

function confidence(top: PassageHit, second?: PassageHit): number {
  const margin = second ? Math.min(1, (top.score - second.score) / top.score + 0.5) : 1;
  return top.coverage * margin;
}

function namedEditionLabel(text: string): string | undefined {
  const e = namedEdition(text);
  if (!e) return undefined;
  return [e.ordinal ? (e.ordinal === '1' ? '1e' : '2de') : '', e.kind.replace(/^./, (c) => c.toUpperCase()), e.year ?? ''].filter(Boolean).join(' ');
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
