// `npm run lint-corpus -- --strict` as a pipeline uses it: every broken fixture fails with
// file:line in the path answers cite; the real corpus passes.

import { exitCode, formatProblems } from '../../src/cli/lint-corpus';
import { loadCorpus } from '../../src/report/corpus';
import { QaEngine } from '../../src/qa/engine';

const BROKEN: [string, RegExp][] = [
  ['missing-sidecar', /^test\/fixtures\/lint\/missing-sidecar\/rapport\.txt:1: warning: no sidecar rapport\.json beside it/m],
  ['duplicate-code', /^test\/fixtures\/lint\/duplicate-code\/rapport\.txt:19: warning: performance 1A2\.1 appears twice/m],
  ['mistyped-goal-code', /^test\/fixtures\/lint\/mistyped-goal-code\/rapport\.txt:15: warning: code 11A2 does not belong to programme 1/m],
  ['untitled-goal', /^test\/fixtures\/lint\/untitled-goal\/rapport\.txt:15: warning: goal 1A2 has no title/m],
];

describe('lint-corpus --strict', () => {
  it.each(BROKEN)('fails on the %s fixture, naming file and line', (name, expected) => {
    const corpus = loadCorpus(`test/fixtures/lint/${name}`);
    expect(formatProblems(corpus)).toMatch(expected);
    expect(exitCode(corpus, true)).toBe(1);
    expect(exitCode(corpus, false)).toBe(0); // warnings alone pass without --strict
  });

  it('passes on the published corpus', () => {
    const corpus = loadCorpus('corpus');
    expect(formatProblems(corpus)).toBe('');
    expect(exitCode(corpus, true)).toBe(0);
  });

  it('does not serve a goal with a mistyped code, nor name the goal its performances lost', () => {
    const engine = QaEngine.fromDirectory('test/fixtures/lint/mistyped-goal-code');
    expect(engine.ask('wat is 11A2?').citations).toEqual([]);
    const answer = engine.ask('wat is 1A2.1?');
    expect(answer.citations[0].id).toBe('1A2.1');
    expect(answer.text).not.toMatch(/valt onder doel/);
  });
});
