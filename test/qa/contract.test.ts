// The Answer contract (docs/architecture.md) on every question of the question sets: citations are
// exactly the [n] markers of the text, in the order they first appear, and a refusal cites nothing.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QaEngine } from '../../src/qa/engine';
import { parseQuestions } from '../../src/qa/evaluation';
import { engineWith, realEngine } from '../helpers';

/** What breaks the contract in one answer, or nothing. */
function contractProblems(engine: QaEngine, question: string, locale: string): string[] {
  const answer = engine.ask(question, { locale });
  const markers = [...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const firstSeen = markers.filter((n, i) => markers.indexOf(n) === i);
  const expected = answer.citations.map((_, i) => i + 1);
  const problems: string[] = [];
  if (JSON.stringify(firstSeen) !== JSON.stringify(expected)) problems.push(`${question}: markers ${JSON.stringify(firstSeen)} for ${answer.citations.length} citation(s)`);
  if (answer.kind === 'none' && answer.citations.length > 0) problems.push(`${question}: a refusal with citations`);
  return problems;
}

describe('the Answer contract', () => {
  it('numbers the citations of every answer to the question set as the text first shows them', () => {
    const questions = parseQuestions(readFileSync(join(__dirname, '..', 'questions.tsv'), 'utf8'));
    const engine = realEngine();
    expect(questions.flatMap((q) => contractProblems(engine, q.question, q.language === 'en' ? 'en-US' : 'nl-NL'))).toEqual([]);
  });

  it('does the same with other programmes in the corpus', () => {
    const questions = parseQuestions(readFileSync(join(__dirname, '..', 'otherprogrammes.tsv'), 'utf8'));
    const engine = engineWith('otherprogrammes');
    expect(questions.flatMap((q) => contractProblems(engine, q.question, q.language === 'en' ? 'en-US' : 'nl-NL'))).toEqual([]);
  });
});
