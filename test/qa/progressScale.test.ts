// Progress answers over many editions: what the answerer works out once per corpus (the explained
// codes, the tree's lines, the status marks) gives what a walk of every tree gives, whatever was asked before.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticCorpus } from '../../src/cli/syntheticCorpus';
import type { AnswerItem } from '../../src/qa/answer';
import { QaEngine } from '../../src/qa/engine';
import { parseQuestions } from '../../src/qa/evaluation';
import { PROGRESS_MESSAGES } from '../../src/qa/progressMessages';
import { loadCorpus } from '../../src/report/corpus';
import type { Corpus, Status } from '../../src/report/model';
import { CORPUS_DIR } from '../helpers';

const nl = PROGRESS_MESSAGES.nl;
/** An item tree as codes with their status marks. */
type Node = { code: string; status?: string; children?: Node[] };
const shape = (items: AnswerItem[]): Node[] => items.map((i) => ({ code: i.code, status: i.status, ...(i.children ? { children: shape(i.children) } : {}) }));

describe('progress answers on a corpus of 30 editions', () => {
  let dir: string;
  let corpus: Corpus;
  let engine: QaEngine;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vgb-progress-'));
    writeSyntheticCorpus(CORPUS_DIR, dir, 30);
    corpus = loadCorpus(dir);
    engine = new QaEngine(corpus);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A question that names no edition is about the newest; these synthetic editions carry no year, so
  // the one loaded last. The answer names the others.
  const newest = () => corpus.reports[corpus.reports.length - 1];
  /** Every area of an edition's trees (the newest's by default), in corpus order. */
  const areas = (report = newest()) => report.programmes.flatMap((p) => p.areas);
  const explainedCodes = (report = newest()) =>
    areas(report).flatMap((a) => a.goals.flatMap((g) => [...(g.status.reading === 'explained' && g.status.explainedCodes === undefined ? [g.code] : []), ...g.performances.filter((p) => p.status.reading === 'explained').map((p) => p.code)]));

  it('lists every goal and performance a walk of the trees finds explained, and counts them, for the programme asked', () => {
    // The edition that explains most, asked by its programme's number (each edition holds its own programme).
    const rich = [...corpus.reports].sort((a, b) => explainedCodes(b).length - explainedCodes(a).length)[0];
    const expected = explainedCodes(rich);
    expect(expected.length).toBeGreaterThan(2);
    const answer = engine.ask(`Hoeveel prestaties worden toegelicht in programma ${rich.programmes[0].number}?`);
    expect(answer.text.startsWith(nl.explainedCount(expected.length))).toBe(true);
    const listed = answer.items!.filter((i) => i.level !== 'area').map((i) => i.code);
    expect([...listed].sort()).toEqual([...expected].sort());
    // Areas that explain nothing follow as areas, in corpus order.
    const quiet = areas(rich).filter((a) => !a.goals.some((g) => g.performances.some((p) => p.status.reading === 'explained') || (g.status.reading === 'explained' && g.status.explainedCodes === undefined)));
    expect(answer.items!.filter((i) => i.level === 'area').map((i) => i.code)).toEqual(quiet.map((a) => a.code));
  });

  it('answers a count over the corpus for the newest edition, and names the others', () => {
    const answer = engine.ask('Hoeveel prestaties worden toegelicht?');
    expect(answer.text.startsWith(nl.explainedCount(explainedCodes().length))).toBe(true);
    expect(answer.text).toContain(nl.otherEditions(newest().title, corpus.reports.slice(0, -1).map((r) => r.title)));
  });

  it('shows every area, goal and performance of every tree in the overview, each with its own status mark', () => {
    const mark = (s: Status) => nl.mark(s);
    const expected: Node[] = areas().map((a) => ({
      code: a.code,
      status: mark(a.status),
      children: a.goals.map((g) => ({ code: g.code, status: mark(g.status), children: g.performances.map((p) => ({ code: p.code, status: mark(p.status) })) })),
    }));
    expect(shape(engine.ask('Geef een overzicht van alle doelen').items!)).toEqual(expected);
  });

  it('counts the performances of every tree, and of one goal when a question names it, each with its own line', () => {
    const rows = (report: Corpus['reports'][number], codes: { code: string; passageId: string }[]) => codes.map((c) => [c.code, report.passages.find((p) => p.id === c.passageId)!.lines]);
    const all = [newest()].flatMap((r) => rows(r, r.programmes.flatMap((p) => p.areas.flatMap((a) => a.goals.flatMap((g) => g.performances)))));
    const total = engine.ask('hoeveel prestaties zijn er in totaal');
    expect(total.items!.map((i) => [i.code, i.lines])).toEqual(all);
    expect(total.text).toContain(nl.otherEditions(newest().title, corpus.reports.slice(0, -1).map((r) => r.title)));
    // Not the first goal of its area: the one goal's own lines, not those of the area's first goal.
    const report = corpus.reports[3];
    const goal = report.programmes[0].areas[0].goals[1];
    expect(goal.performances.length).toBeGreaterThan(0);
    expect(engine.ask(`Hoeveel prestaties heeft ${goal.code}?`).items!.map((i) => [i.code, i.lines])).toEqual(rows(report, goal.performances));
  });

  it('answers every progress question alike whatever was asked before it', () => {
    const questions = parseQuestions(readFileSync(resolve(__dirname, '..', 'questions.tsv'), 'utf8')).map((q) => q.question);
    const progress = questions.filter((q) => engine.ask(q, { debug: true }).debug?.intent.startsWith('progress'));
    expect(progress.length).toBeGreaterThan(30);
    // A second engine asks them in the opposite order, in the other locale first.
    const other = new QaEngine(corpus);
    const reversed = new Map<string, string>();
    for (const locale of ['en-US', 'nl-NL']) for (const q of [...progress].reverse()) reversed.set(`${locale}|${q}`, JSON.stringify(other.ask(q, { locale })));
    for (const locale of ['nl-NL', 'en-US']) for (const q of progress) expect(JSON.stringify(engine.ask(q, { locale }))).toBe(reversed.get(`${locale}|${q}`));
  }, 120_000);
});
