// Page variants of other programmes (test/fixtures/variants): what a clerk sees in `npm run lint-corpus`.
import { join } from 'node:path';
import { formatTree } from '../../src/cli/lint-corpus';
import { loadCorpus } from '../../src/report/corpus';
import type { Passage, Programme } from '../../src/report/model';
import { FIXTURES, statusOf } from '../helpers';

const DIR = join(FIXTURES, 'variants');

describe('other programmes’ pages as they vary', () => {
  const corpus = loadCorpus(DIR);
  const report = corpus.reports[0];
  const programme = (n: string): Programme => report.programmes.find((p) => p.number === n)!;
  const passage = (id: string): Passage => report.passages.find((p) => p.id === id)!;

  it('reads the header fields whatever their order, and the title line "Programma 4: Bereikbaarheid"', () => {
    const p4 = programme('4');
    expect(p4.name).toBe('Bereikbaarheid');
    expect(p4.commissie).toBe('Leefbaarheid en Mobiliteit');
    expect(p4.portefeuilles).toEqual(['Mobiliteit en Openbare Ruimte', 'Binnenstad en Parkeren']);
    expect(passage('4-programmanummer').text).toBe('4');
  });

  it('names a page without a title line from its mission sentence, and keeps a quoted mission over two paragraphs as one passage', () => {
    const p7 = programme('7');
    expect(p7.name).toBe('Duurzaamheid');
    expect(passage('7-missie').text).toMatch(/^"Leiden is in 2050 klimaatneutraal[\s\S]*stap voor stap aardgasvrij\.$/);
  });

  it('reads areas with two goals each, goals printed "7A1." and "7A2. 1.", and "Doelen"/"Prestaties" table headers', () => {
    expect(programme('4').areas.map((a) => [a.code, a.goals.map((g) => g.code)])).toEqual([
      ['4A', ['4A1', '4A2']],
      ['4B', ['4B1', '4B2']],
    ]);
    const a7 = programme('7').areas[0];
    expect(a7.goals.map((g) => [g.code, g.title, g.performances.map((p) => p.code)])).toEqual([
      ['7A1', 'Minder energieverbruik in woningen', ['7A1.1', '7A1.2']],
      ['7A2', 'Aardgasvrije wijken', ['7A2.1', '7A2.2']],
    ]);
    expect(corpus.problems.map((p) => `${p.file}:${p.lines[0]}: ${p.message}`)).toEqual([
      expect.stringMatching(/programma-7-duurzaamheid\.txt:53: goal 7A2 is printed as "7A2\. 1\."/),
    ]);
  });

  it('splits a stand van zaken with "-" bullets and nested "o" bullets into one passage per top bullet, the sub-heading with its "●" bullet', () => {
    expect(programme('4').statusIds).toEqual(['4-stand-van-zaken-1', '4-stand-van-zaken-2', '4-stand-van-zaken-3']);
    expect(passage('4-stand-van-zaken-1').text).toContain('o Op twee kruispunten');
    expect(passage('4-stand-van-zaken-3').text).toMatch(/^Stoplichten\n● Prestatie 4A1\.2/);
  });

  it('reads several colours from one sentence ("4A1.2 en 4A2.1 … oranje; 4B2.1 rood") and the rest as green', () => {
    expect(statusOf(report, '4A1.2')!.colour).toBe('oranje');
    expect(statusOf(report, '4A2.1')!.colour).toBe('oranje');
    expect(statusOf(report, '4B2.1')!.colour).toBe('rood');
    for (const code of ['4A1.1', '4A2.2', '4B1.1', '4B1.2']) expect(statusOf(report, code)!.colour).toBe('groen');
  });

  it('keeps a toelichting of plain paragraphs and code sub-headings apart: each block its own passage, a following paragraph continuing its code', () => {
    const ids = programme('4').areas[0].explanationIds;
    expect(ids.map((id) => [id, passage(id).codes])).toEqual([
      ['toelichting-4A-1', ['4A']],
      ['toelichting-4A-2', ['4A1.2']],
      ['toelichting-4A-3', ['4A1.2']],
      ['toelichting-4A-4', ['4A2.1']],
    ]);
    expect(statusOf(report, '4A1.2')).toMatchObject({ reading: 'explained', passageIds: ['toelichting-4A-2', 'toelichting-4A-3'] });
    expect(statusOf(report, '4A2.1')).toMatchObject({ reading: 'explained', passageIds: ['toelichting-4A-4'] });
  });

  it('keeps a paragraph that mentions a code of another area (4C1.1) under the sub-heading above it, and knows that code from it', () => {
    expect(passage('toelichting-4B-2').codes).toEqual(['4B2.1']);
    expect(statusOf(report, '4B2.1')).toMatchObject({ reading: 'explained', passageIds: ['toelichting-4B-1', 'toelichting-4B-2'] });
    // 4C1.1 is in no goal tree: known from the paragraph that names it, its progress unknown.
    expect(report.mentionedCodes.find((m) => m.code === '4C1.1')).toMatchObject({ passageIds: ['toelichting-4B-2'], status: { reading: 'unknown' } });
  });

  it('reads "7A1.2 en 7A2.2:" as the codes a paragraph explains, and "geen afwijkingen" for the whole of 7B', () => {
    expect(statusOf(report, '7A2.2')).toMatchObject({ reading: 'explained', passageIds: ['toelichting-7A-1'] });
    expect(statusOf(report, '7A2.1')!.reading).toBe('no-deviation');
    expect(statusOf(report, '7B2.1')).toMatchObject({ reading: 'no-deviation', passageIds: ['toelichting-7B-1'] });
  });

  it('shows a clerk each code with its status and source in the lint-corpus tree', () => {
    const tree = formatTree(corpus);
    expect(tree).toMatch(/4B2\.1 Omzetten van parkeerplaatsen .*\[explained: .*bereikbaarheid\.txt:110,113 \| rood from text .*bereikbaarheid\.txt:37\]/);
    expect(tree).toMatch(/Programma 7 Duurzaamheid\n/);
    expect(tree).toMatch(/4C1\.1 \(named in the text, not in any goal tree of the corpus\)\s+\[unknown\]/);
  });
});
