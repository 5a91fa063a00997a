// Shared test helpers: the real corpus and the fixture corpora, loaded once per test file.

import { resolve } from 'node:path';
import { QaEngine } from '../src/qa/engine';
import { loadCorpus } from '../src/report/corpus';

export const CORPUS_DIR = resolve(__dirname, '..', 'corpus');
export const FIXTURES = resolve(__dirname, 'fixtures');
export const REPORT_FILE = '2de-voortgangsrapportage-2022-programma-1-bestuur-en-dienstverlening.txt';

let engine: QaEngine | undefined;
/** The engine on the real corpus, built once. */
export function realEngine(): QaEngine {
  engine ??= new QaEngine(loadCorpus(CORPUS_DIR));
  return engine;
}
