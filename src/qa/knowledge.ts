// What the answerers know about the corpus: the passage index, the code table, which reports and
// programmes a question names, and how a passage becomes a citation.

import { join, relative, sep } from 'node:path';
import type { Code } from '../report/codes';
import type { Corpus, Goal, GlossaryEntry, Passage, PolicyArea, Programme, Report } from '../report/model';
import { fold } from '../search/analyzer';
import { PassageIndex } from '../search/passageIndex';
import type { Citation, Language } from './answer';
import { namedEdition, namedProgramme, namedYears } from './intents';
import type { Messages } from './messages';
import { bestSentence } from './sentences';

/** Where a goal-tree code stands: its report, programme, area, goal, and its own passage. */
export interface CodeEntry {
  report: Report;
  programme: Programme;
  area: PolicyArea;
  goal?: Goal;
  level: Code['level'];
  passage: Passage;
}

/** The corpus as the answerers use it. Built once per engine; read-only afterwards. */
export class Knowledge {
  readonly index: PassageIndex;
  private readonly codes = new Map<string, CodeEntry[]>();
  private readonly fileLabels = new Map<string, string>();
  /** The glossary's abbreviations, each with the pattern that finds it as a whole word. */
  private readonly abbreviations: { entry: GlossaryEntry; pattern: RegExp }[];

  constructor(
    readonly corpus: Corpus,
    /** Where to go for what the report doesn't answer, by language. */
    readonly contact: Record<Language, string>,
  ) {
    this.index = new PassageIndex(corpus);
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

  /** The titles of the loaded reports, for help texts. */
  reportTitle(): string {
    return this.corpus.reports.map((r) => r.title).join(', ') || 'voortgangsrapportage';
  }

  /** The reports a question is about: those it names (edition, programme), else all. Empty: it names one we don't have. */
  reportsNamedIn(text: string): Report[] {
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
  areaNamedIn(text: string, reports: Report[]): Code | undefined {
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

  /** The question without the name of a programme it mentions ("Bestuur en dienstverlening"). */
  withoutProgrammeName(text: string, reports: Report[]): { rest: string; named: boolean } {
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
  codeEntry(code: string, reports: Report[]): CodeEntry | undefined {
    return this.codes.get(code)?.find((e) => reports.includes(e.report));
  }

  hasProgramme(number: string): boolean {
    return this.corpus.reports.some((r) => r.programmes.some((p) => p.number === number));
  }

  /** The codes directly under `code` in a programme (its areas when `code` is undefined). */
  children(programme: Programme, code: string | undefined): string[] {
    if (!code) return programme.areas.map((a) => a.code);
    for (const area of programme.areas) {
      if (area.code === code) return area.goals.map((g) => g.code);
      for (const goal of area.goals) if (goal.code === code) return goal.performances.map((p) => p.code);
    }
    return [];
  }

  /** "Afkortingen: BRP = …" for the abbreviations the text uses or the question asked about; none: no line. */
  abbreviationLines(m: Messages, text: string, used: GlossaryEntry[] = []): string[] {
    const found = this.abbreviations.filter(({ entry, pattern }) => pattern.test(text) || used.includes(entry)).map(({ entry }) => entry);
    return found.length ? [`${m.abbreviations} ${found.map((a) => `${a.term} = ${a.explanation ?? a.expansion}`).join('; ')}.`] : [];
  }

  passage(report: Report, id: string): Passage | undefined {
    return this.index.get(report.id, id);
  }

  /** A follow-up question that leads to this passage. */
  suggestionFor(p: Passage, m: Messages): string {
    if ((p.kind === 'goal' || p.kind === 'performance' || p.kind === 'area') && p.codes[0]) return m.suggestWhat(p.codes[0]);
    return p.title;
  }

  /** The citation of one passage; `excerpt` empty: its first sentence. */
  citation(p: Passage, excerpt: string): Citation {
    let file = this.fileLabels.get(p.file);
    if (!file) {
      file = relative(process.cwd(), join(this.corpus.dir, p.file)).split(sep).join('/');
      this.fileLabels.set(p.file, file);
    }
    return { id: p.id, title: p.title, path: p.path, quote: p.text, url: p.url, file, lines: p.lines, reportId: p.reportId, excerpt: excerpt || bestSentence(p.text, []) };
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
