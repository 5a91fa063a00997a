import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCorpus } from '../../src/cli/syntheticCorpus';
import { parseQuestions } from '../../src/qa/evaluation';
import { loadCorpus } from '../../src/report/corpus';
import { PassageIndex, type PassageHit } from '../../src/search/passageIndex';
import { CORPUS_DIR, FIXTURES, realEngine } from '../helpers';

const QUESTIONS = parseQuestions(readFileSync(join(__dirname, '..', 'questions.tsv'), 'utf8')).map((q) => q.question);

/** Everything a hit says, scores to the last bit. */
const describe_ = (hits: PassageHit[]) => hits.map((h) => `${h.passage.reportId}/${h.passage.id} ${h.score} ${h.coverage} ${h.matchedTerms.join(',')} ${h.concepts.join(',')}`);

/** Every evaluation question, searched both ways: all reports, the first, the last, with a kind boost. */
function expectSameAsMiniSearch(index: PassageIndex, reportIds: string[]): void {
  let compared = 0;
  for (const question of QUESTIONS) {
    const query = index.analyzer.analyzeQuery(question);
    for (const options of [{ limit: 200 }, { limit: 8, reportId: reportIds[0] }, { limit: 8, reportId: reportIds[reportIds.length - 1], boostKinds: { explanation: 2.5 } }]) {
      const fast = describe_(index.search(query, options));
      expect({ question, options, hits: fast }).toEqual({ question, options, hits: describe_(index.referenceSearch(query, options)) });
      compared += fast.length;
    }
  }
  expect(compared).toBeGreaterThan(QUESTIONS.length);
}

describe('the passage index', () => {
  it('ranks every evaluation question on the real corpus exactly as MiniSearch scores it', () => {
    const engine = realEngine();
    expectSameAsMiniSearch(engine.index, engine.corpus.reports.map((r) => r.id));
  });

  it('ranks exactly as MiniSearch on a corpus of 30 editions, asked about one edition too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vgb-index-'));
    try {
      writeSyntheticCorpus(CORPUS_DIR, dir, 30);
      const corpus = loadCorpus(dir);
      expectSameAsMiniSearch(new PassageIndex(corpus), corpus.reports.map((r) => r.id));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('answers a question about one report with that report\'s passages only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vgb-index-'));
    try {
      writeSyntheticCorpus(CORPUS_DIR, dir, 5);
      const corpus = loadCorpus(dir);
      const index = new PassageIndex(corpus);
      const query = index.analyzer.analyzeQuery('hoe gaat het met de dienstverlening?');
      const all = index.search(query, { limit: 50 });
      expect(new Set(all.map((h) => h.passage.reportId)).size).toBeGreaterThan(1);
      const one = corpus.reports[2].id;
      const hits = index.search(query, { limit: 50, reportId: one });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.passage.reportId === one)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts a topic only half covered by a compound of a word the question used inside a phrase', () => {
    // "huishoudelijke hulp" is read as huishoud/wmo; its word "hulp" also reaches jeugdhulp, which is no household help.
    const index = new PassageIndex(loadCorpus(CORPUS_DIR, { alsoFrom: [join(FIXTURES, 'otherprogrammes5')] }));
    const hits = index.search(index.analyzer.analyzeQuery('huishoudelijke hulp'), { limit: 20 });
    const coverage = (id: string) => hits.find((h) => h.passage.id === id)?.coverage;
    expect(coverage('toelichting-9C-1')).toBe(1);
    expect(coverage('toelichting-7A-2')).toBe(0.5);
  });
});
