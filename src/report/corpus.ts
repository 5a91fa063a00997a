// Corpus loading: every *.txt below a directory, its sidecar .json, glossary.tsv and english.tsv → one Corpus.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ENGLISH_FILE, parseEnglish } from './english';
import { parseGlossary } from './glossary';
import type { Corpus, CorpusProblem, Passage, Programme, Report, ReportMetadata, TrafficLight } from './model';
import { parseReportFile, ReportParseError, type ParsedFile } from './parser';
import { readStatus, type SidecarStatus } from './status';

/** The corpus directory: `CORPUS_DIR` if set, else `corpus/` in the working directory. */
export function defaultCorpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CORPUS_DIR || 'corpus');
}

/** A problem as `file:line: severity: message`, the form editors and CI logs link. */
export function formatProblem(p: CorpusProblem): string {
  return `${p.file}:${p.lines[0]}: ${p.severity}: ${p.message}`;
}

/** The glossary's file name inside a corpus directory. */
export const GLOSSARY_FILE = 'glossary.tsv';

/** Options for {@link loadCorpus}. */
export interface LoadOptions {
  /**
   * More folders of report pages read into the same corpus (their files named relative to `dir`),
   * such as fixture pages of other programmes beside the project's report. Their glossaries are not read.
   */
  alsoFrom?: string[];
}

/**
 * Loads a corpus directory. Never throws for a bad file: a file that cannot be read or parsed
 * becomes a problem naming file and line, and everything else is still loaded.
 * @throws Error only when a directory itself does not exist
 */
export function loadCorpus(dir: string, options: LoadOptions = {}): Corpus {
  for (const d of [dir, ...(options.alsoFrom ?? [])]) {
    if (!existsSync(d) || !statSync(d).isDirectory()) {
      throw new Error(`Voortgangsbot: corpus directory "${d}" does not exist; set CORPUS_DIR to a folder holding the report .txt files`);
    }
  }
  const problems: CorpusProblem[] = [];
  const parsed: { file: ParsedFile; meta: ReportMetadata }[] = [];
  for (const path of [dir, ...(options.alsoFrom ?? [])].flatMap(listTextFiles)) {
    const file = relative(dir, path).split(sep).join('/');
    const meta = readSidecar(path.replace(/\.txt$/, '.json'), file.replace(/\.txt$/, '.json'), problems);
    try {
      const result = parseReportFile(readFileSync(path, 'utf8'), file, meta);
      problems.push(...result.problems);
      parsed.push({ file: result, meta });
      // Without a sidecar the report's sources have no link to the published page.
      if (!existsSync(path.replace(/\.txt$/, '.json'))) {
        problems.push({ severity: 'warning', file, lines: [1, 1], message: `no sidecar ${file.split('/').pop()!.replace(/\.txt$/, '.json')} beside it; its answers cite no link to the published report. Add one with "title", "municipality", "programme" and "url"` });
      }
    } catch (err) {
      if (!(err instanceof ReportParseError)) throw err;
      problems.push({ severity: 'error', file: err.file, lines: [err.line, err.line], message: `${err.message.slice(err.file.length + 1).replace(/^\d+: /, '')}; file skipped` });
    }
  }

  let glossary: Corpus['glossary'] = [];
  const glossaryPath = join(dir, GLOSSARY_FILE);
  if (existsSync(glossaryPath)) {
    const result = parseGlossary(readFileSync(glossaryPath, 'utf8'), GLOSSARY_FILE);
    glossary = result.entries;
    problems.push(...result.problems);
  }
  let english: Corpus['english'] = [];
  const englishPath = join(dir, ENGLISH_FILE);
  if (existsSync(englishPath)) {
    const result = parseEnglish(readFileSync(englishPath, 'utf8'), ENGLISH_FILE);
    english = result.terms;
    problems.push(...result.problems);
  }
  return { dir, reports: mergeReports(parsed, problems), glossary, english, problems };
}

/** Every `*.txt` below `dir`, sorted so that loading is deterministic. */
function listTextFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTextFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.txt')) out.push(path);
  }
  return out.sort();
}

function readSidecar(path: string, file: string, problems: CorpusProblem[]): ReportMetadata {
  if (!existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SyntaxError('expected an object');
    const meta: ReportMetadata = {};
    for (const key of ['title', 'municipality', 'programme', 'url', 'published'] as const) {
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === 'string') meta[key] = v;
    }
    const status = (value as Record<string, unknown>).status;
    if (status !== undefined) meta.status = readSidecarStatus(status, file, text, problems);
    return meta;
  } catch (err) {
    const position = /position (\d+)/.exec(String(err))?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : 1;
    problems.push({ severity: 'warning', file, lines: [line, line], message: `sidecar metadata is not valid JSON (${(err as Error).message}); the report is loaded without it` });
    return {};
  }
}

const COLOURS: readonly string[] = ['groen', 'oranje', 'rood'];
const ENGLISH_COLOURS: Record<string, TrafficLight> = { green: 'groen', orange: 'oranje', amber: 'oranje', red: 'rood' };

/** The sidecar's `"status": {"1B1.1": "oranje"}`: every valid entry kept, every bad one a problem. */
function readSidecarStatus(value: unknown, file: string, text: string, problems: CorpusProblem[]): Record<string, TrafficLight> {
  const out: Record<string, TrafficLight> = {};
  const lineOf = (needle: string) => Math.max(1, text.slice(0, Math.max(0, text.indexOf(needle))).split('\n').length);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ severity: 'warning', file, lines: [lineOf('"status"'), lineOf('"status"')], message: 'sidecar "status" must be an object of code to colour, such as {"1B1.1": "oranje"}; it is ignored' });
    return out;
  }
  for (const [rawCode, rawColour] of Object.entries(value as Record<string, unknown>)) {
    const code = /^(\d{1,2})([A-Za-z])(\d{1,2})(?:\.(\d{1,2}))?$/.exec(rawCode.trim());
    const colour = typeof rawColour === 'string' ? rawColour.trim().toLowerCase() : '';
    const light = COLOURS.includes(colour) ? (colour as TrafficLight) : ENGLISH_COLOURS[colour];
    const line = lineOf(`"${rawCode}"`);
    if (!code) {
      problems.push({ severity: 'warning', file, lines: [line, line], message: `sidecar status key "${rawCode}" is not a goal or performance code such as 1B1 or 1B1.1; it is ignored` });
      continue;
    }
    if (!light) {
      problems.push({ severity: 'warning', file, lines: [line, line], message: `sidecar status of ${rawCode} is "${String(rawColour)}"; expected "groen", "oranje" or "rood"; it is ignored` });
      continue;
    }
    out[`${Number(code[1])}${code[2].toUpperCase()}${Number(code[3])}${code[4] ? `.${Number(code[4])}` : ''}`] = light;
  }
  return out;
}

/** A stable id from a report title: `2de Voortgangsrapportage 2022` → `2de-voortgangsrapportage-2022`. */
export function reportSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Files of the same edition form one report; files of the same programme within it are merged. */
function mergeReports(parsed: { file: ParsedFile; meta: ReportMetadata }[], problems: CorpusProblem[]): Report[] {
  const reports = new Map<string, Report>();
  const sidecars = new Map<string, SidecarStatus[]>();
  for (const { file, meta } of parsed) {
    const id = reportSlug(file.edition);
    let report = reports.get(id);
    if (!report) {
      report = { id, title: file.edition, programmes: [], passages: [], files: [], mentionedCodes: [] };
      reports.set(id, report);
    }
    report.municipality ??= meta.municipality;
    report.url ??= meta.url;
    report.published ??= meta.published;
    report.files.push(file.file);
    if (meta.status) sidecars.set(id, [...(sidecars.get(id) ?? []), { file: file.file.replace(/\.txt$/, '.json'), colours: meta.status }]);

    const known = new Set(report.passages.map((p) => p.id));
    for (const p of file.passages) {
      if (known.has(p.id)) {
        problems.push({ severity: 'warning', file: file.file, lines: p.lines, message: `passage ${p.id} is already in ${report.title} from another file; this copy is skipped` });
        continue;
      }
      const passage: Passage = { ...p, reportId: id, url: meta.url };
      report.passages.push(passage);
    }
    const existing = report.programmes.find((pr) => pr.number === file.programme.number);
    if (existing) mergeProgramme(existing, file.programme);
    else report.programmes.push(file.programme);
  }
  for (const report of reports.values()) {
    report.programmes.sort((a, b) => Number(a.number) - Number(b.number));
    readStatus(report, sidecars.get(report.id) ?? [], problems);
  }
  return [...reports.values()];
}

/** A header page and a goal-tree page of one programme become one programme. */
function mergeProgramme(into: Programme, from: Programme): void {
  into.name ||= from.name;
  into.passageId ??= from.passageId;
  into.commissie ??= from.commissie;
  if (into.portefeuilles.length === 0) into.portefeuilles = from.portefeuilles;
  into.missionId ??= from.missionId;
  into.statusIds.push(...from.statusIds);
  into.fieldIds = { ...from.fieldIds, ...into.fieldIds };
  for (const area of from.areas) {
    const same = into.areas.find((a) => a.code === area.code);
    if (!same) into.areas.push(area);
    else {
      same.name ||= area.name;
      same.goals.push(...area.goals.filter((g) => !same.goals.some((s) => s.code === g.code)));
      same.explanationIds.push(...area.explanationIds);
    }
  }
  into.areas.sort((a, b) => a.code.localeCompare(b.code));
}
