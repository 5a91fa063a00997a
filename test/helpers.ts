// Shared test helpers: the real corpus and the fixture corpora, loaded once per test file.

import { join, resolve } from 'node:path';
import { QaEngine } from '../src/qa/engine';
import { loadCorpus } from '../src/report/corpus';
import type { Report, Status } from '../src/report/model';

export const CORPUS_DIR = resolve(__dirname, '..', 'corpus');
export const FIXTURES = resolve(__dirname, 'fixtures');
export const REPORT_FILE = '2de-voortgangsrapportage-2022-programma-1-bestuur-en-dienstverlening.txt';

let engine: QaEngine | undefined;
/** The engine on the real corpus, built once. */
export function realEngine(): QaEngine {
  engine ??= new QaEngine(loadCorpus(CORPUS_DIR));
  return engine;
}

/** An engine on the project corpus with fixture pages of other programmes beside it (folders under test/fixtures). */
export function engineWith(...fixtures: string[]): QaEngine {
  return new QaEngine(loadCorpus(CORPUS_DIR, { alsoFrom: fixtures.map((f) => join(FIXTURES, f)) }));
}

/** The status of a code (area, goal, performance, or one the text names outside the trees) as a clerk sees it in lint-corpus. */
export function statusOf(report: Report, code: string): Status | undefined {
  for (const pr of report.programmes) {
    for (const a of pr.areas) {
      if (a.code === code) return a.status;
      for (const g of a.goals) {
        if (g.code === code) return g.status;
        for (const p of g.performances) if (p.code === code) return p.status;
      }
    }
  }
  return report.mentionedCodes.find((m) => m.code === code)?.status;
}
