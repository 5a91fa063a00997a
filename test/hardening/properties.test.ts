import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportFile, ReportParseError } from '../../src/report/parser';
import { CORPUS_DIR, REPORT_FILE, realEngine } from '../helpers';

const KINDS = ['code', 'meta', 'list', 'search', 'smalltalk', 'clarify', 'none'];
const report = readFileSync(join(CORPUS_DIR, REPORT_FILE), 'utf8');
const reportLines = report.split('\n');

/** Any string people or programs might send: unicode, control characters, report words and codes mixed in. */
const question = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...reportLines.join(' ').split(/\s+/).slice(0, 400)), fc.constantFrom('1B1.3', '1b', '9Z9.9', '?', '!', '😀', '\u0000', 'what', 'wat', 'mijn', 'BSN')), { maxLength: 40 }).map((w) => w.join(' ')),
);

describe('ask() on arbitrary input', () => {
  const engine = realEngine();

  it('always returns a valid Answer, and never cites in a refusal', () => {
    fc.assert(
      fc.property(question, fc.constantFrom(undefined, 'nl-NL', 'en-US', 'xx', ''), (q, locale) => {
        const answer = engine.ask(q, { locale });
        expect(KINDS).toContain(answer.kind);
        expect(['nl', 'en']).toContain(answer.language);
        expect(answer.text.length).toBeGreaterThan(0);
        if (answer.kind === 'none') expect(answer.citations).toEqual([]);
        for (const c of answer.citations) expect(report).toContain(c.quote.split('\n')[0]);
      }),
      { numRuns: 500 },
    );
  });
});

/** The real report with lines dropped, doubled, swapped, cut or replaced by noise. */
const mangledReport = fc
  .array(
    fc.oneof(
      fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('double' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('cut' as const), at: fc.nat(), len: fc.nat() }),
      fc.record({ op: fc.constant('noise' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 80 }) }),
    ),
    { maxLength: 30 },
  )
  .map((ops) => {
    const lines = [...reportLines];
    for (const o of ops) {
      const i = lines.length ? o.at % lines.length : 0;
      if (o.op === 'drop') lines.splice(i, 1);
      else if (o.op === 'double') lines.splice(i, 0, lines[i] ?? '');
      else if (o.op === 'swap' && lines.length > 1) [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length], lines[i]];
      else if (o.op === 'cut') lines[i] = (lines[i] ?? '').slice(0, o.len % 40);
      else if (o.op === 'noise') lines.splice(i, 0, o.text);
    }
    return lines.join('\n');
  });

describe('the parser on mangled report files', () => {
  it('returns a programme or throws ReportParseError naming the file, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(mangledReport, fc.string({ unit: 'binary', maxLength: 2000 })), (text) => {
        try {
          const parsed = parseReportFile(text, 'mangled.txt');
          for (const p of parsed.problems) expect(p.file).toBe('mangled.txt');
          for (const p of parsed.passages) expect(p.lines[0]).toBeGreaterThanOrEqual(1);
        } catch (err) {
          expect(err).toBeInstanceOf(ReportParseError);
          expect((err as Error).message).toMatch(/^mangled\.txt:\d+: /);
        }
      }),
      { numRuns: 500 },
    );
  });
});
