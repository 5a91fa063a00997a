import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCodes, leadingCodes } from '../../src/report/codes';
import { loadCorpus } from '../../src/report/corpus';
import { parseReportFile, ReportParseError } from '../../src/report/parser';
import { CORPUS_DIR, FIXTURES, REPORT_FILE } from '../helpers';

describe('the published report', () => {
  const text = readFileSync(join(CORPUS_DIR, REPORT_FILE), 'utf8');
  const parsed = parseReportFile(text, REPORT_FILE, { title: '2de Voortgangsrapportage 2022' });
  const lines = text.split('\n');

  it('reads the header fields, with every portefeuille under its label', () => {
    expect(parsed.programme.number).toBe('1');
    expect(parsed.programme.name).toBe('Bestuur en dienstverlening');
    expect(parsed.programme.commissie).toBe('Leefbaarheid en Bereikbaarheid');
    expect(parsed.programme.portefeuilles).toEqual([
      'Bestuur, Veiligheid en Handhaving',
      'Kennis, Onderwijs, Sport en Financiën',
      'Werk, Inkomen en Economie & Cultuur',
    ]);
  });

  it('reads the whole goal tree: 2 areas, 4 goals, 15 performances', () => {
    const areas = parsed.programme.areas;
    expect(areas.map((a) => `${a.code} ${a.name}`)).toEqual(['1A Bestuur', '1B Dienstverlening']);
    expect(areas.flatMap((a) => a.goals.map((g) => g.code))).toEqual(['1A1', '1A2', '1A3', '1B1']);
    expect(areas.flatMap((a) => a.goals.flatMap((g) => g.performances)).length).toBe(15);
    expect(parsed.problems).toEqual([]);
  });

  it('gives every passage the verbatim text of the lines it cites', () => {
    for (const p of parsed.passages) {
      const cited = lines.slice(p.lines[0] - 1, p.lines[1]).join('\n');
      for (const line of p.text.split('\n')) expect(cited).toContain(line.trim());
    }
  });

  it('links the explanation of 1B to the codes it opens with', () => {
    const explanations = parsed.passages.filter((p) => p.kind === 'explanation');
    expect(explanations.map((p) => [p.id, p.codes])).toEqual([
      ['toelichting-1A-1', ['1A']],
      ['toelichting-1B-1', ['1B1.1', '1B1.2', '1B1.4']],
      ['toelichting-1B-2', ['1B1.1', '1B1.2', '1B1.4']],
    ]);
  });

  it('keeps the mission as one passage across its two paragraphs', () => {
    const mission = parsed.passages.find((p) => p.kind === 'mission')!;
    expect(mission.lines).toEqual([27, 29]);
    expect(mission.text).toMatch(/^De gemeente Leiden staat voor een betrouwbaar bestuur.*\n\nDe gemeente Leiden staat voor een klantgerichte/s);
  });
});

describe('a programme discussed in two committees', () => {
  it('keeps both committees, each printed on its own line under the label', () => {
    const text = ['2de Voortgangsrapportage 2022', '', 'Cultuur', '', 'Programmanummer', '', '8', '', 'Commissie', '', 'Onderwijs en Samenleving', 'Werk en Middelen', '', 'Portefeuille(s)', '', 'Cultuur'].join('\n');
    const parsed = parseReportFile(text, 'programma-8.txt', { title: '2de Voortgangsrapportage 2022' });
    expect(parsed.programme.commissie).toBe('Onderwijs en Samenleving; Werk en Middelen');
    expect(parsed.passages.find((p) => p.id === '8-commissie')?.text).toBe('Onderwijs en Samenleving\nWerk en Middelen');
  });
});

describe('variations of the published format', () => {
  const corpus = loadCorpus(join(FIXTURES, 'multi'));
  const vgr = corpus.reports.find((r) => r.title === '2de Voortgangsrapportage 2022')!;
  const p8 = vgr.programmes.find((p) => p.number === '8')!;

  it('merges a header page and a goal-tree page without header into one programme', () => {
    expect(p8.name).toBe('Veiligheid');
    expect(p8.commissie).toBe('Bestuur');
    expect(p8.areas.map((a) => a.code)).toEqual(['8A']);
    expect(vgr.files).toEqual(['programma-8/doelenboom.txt', 'programma-8/header.txt']);
  });

  it('reads "8A1.1." and "8A1. 2." codes under a "Prestaties" header, with a wrapped title', () => {
    const goal = p8.areas[0].goals[0];
    expect(goal.performances.map((p) => `${p.code} ${p.title}`)).toEqual([
      '8A1.1 Toezicht en handhaving in de openbare ruimte',
      '8A1.2 Cameratoezicht op uitgaansgebieden',
    ]);
  });

  it('cuts a bulleted stand van zaken into one passage per top-level bullet, nested bullets kept', () => {
    const status = p8.statusIds.map((id) => vgr.passages.find((p) => p.id === id)!.text);
    expect(status).toHaveLength(3);
    expect(status[1]).toMatch(/^• Cameratoezicht is uitgebreid\.\n\s+◦ In de binnenstad/);
  });

  it('links explanations to a "8A1.1 Title" heading line and to a paragraph that opens with its code', () => {
    const explanations = p8.areas[0].explanationIds.map((id) => vgr.passages.find((p) => p.id === id)!);
    expect(explanations.map((p) => p.codes)).toEqual([['8A1.1'], ['8A1.2'], ['8A1.2']]);
    expect(explanations[0].text).toBe('De handhavers zijn vaker op straat te zien.');
  });

  it('keeps editions apart: 1B1.3 means something else in the Programmabegroting', () => {
    const begroting = corpus.reports.find((r) => r.title === 'Programmabegroting 2023')!;
    expect(begroting.passages.find((p) => p.id === '1B1.3')!.text).toContain('Een andere betekenis');
  });

  it('reports every problem with file and line, and still loads the rest', () => {
    const messages = corpus.problems.map((p) => `${p.file}:${p.lines[0]}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^begroting-2023\.json:1: sidecar metadata is not valid JSON/),
        expect.stringMatching(/^begroting-2023\.txt:15: unexpected line in the goal tree: "Hier hoort geen losse tekst te staan"/),
        expect.stringMatching(/^begroting-2023\.txt:17: code 9Z9\.9 does not belong to programme 1 of "Beleidsterrein 1B" above it; is it mistyped\? The line is skipped/),
        expect.stringMatching(/^programma-8\/header\.txt:1: no sidecar header\.json beside it/),
        expect.stringMatching(/^glossary\.tsv:3: expected "term<TAB>expansion/),
      ]),
    );
    expect(corpus.glossary.map((g) => g.term)).toEqual(['camera', 'BOA']);
  });
});

describe('files that are not reports', () => {
  it('throws an error naming file and line for an empty file', () => {
    expect(() => parseReportFile(' \n\u00a0\n', 'leeg.txt')).toThrow(new ReportParseError('leeg.txt', 1, 'the file is empty; expected a report title or a "Beleidsterrein" heading'));
  });

  it('skips broken files with an error and serves the good one', () => {
    const corpus = loadCorpus(join(FIXTURES, 'broken'));
    expect(corpus.problems.map((p) => `${p.severity} ${p.file}:${p.lines[0]}`)).toEqual(['error binary.txt:1', 'error empty.txt:1']);
    expect(corpus.reports).toHaveLength(1);
    expect(corpus.reports[0].passages.length).toBeGreaterThan(20);
  });

  it('says which directory is missing', () => {
    expect(() => loadCorpus('/nonexistent/corpus')).toThrow('Voortgangsbot: corpus directory "/nonexistent/corpus" does not exist');
  });
});

describe('codes', () => {
  it('finds codes in any case and spacing, but not Dutch ordinals', () => {
    expect(findCodes('wat is 1b1.3, 1B1 .4 en 1a? En de 2de en 1e rapportage?').map((c) => c.code)).toEqual(['1B1.3', '1B1.4', '1A']);
    expect(findCodes('prestatie 8A1. 1.').map((c) => c.code)).toEqual(['8A1.1']);
  });

  it('reads the codes an explanation opens with', () => {
    expect(leadingCodes('1B1.1, 1B1.2 en 1B1.4')).toEqual({ codes: ['1B1.1', '1B1.2', '1B1.4'], rest: '' });
    expect(leadingCodes('5A1.2 Meer groen')).toEqual({ codes: ['5A1.2'], rest: 'Meer groen' });
  });
});
