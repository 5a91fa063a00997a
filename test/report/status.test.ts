import { join } from 'node:path';
import { loadCorpus } from '../../src/report/corpus';
import type { Passage, Performance } from '../../src/report/model';
import { parseReportFile } from '../../src/report/parser';
import { coloursIn } from '../../src/report/status';
import { CORPUS_DIR, FIXTURES, statusOf } from '../helpers';

describe('status read from the published report', () => {
  const report = loadCorpus(CORPUS_DIR).reports[0];

  it('marks the performances the toelichting names as explained, with the explaining paragraphs', () => {
    for (const code of ['1B1.1', '1B1.2', '1B1.4']) {
      expect(statusOf(report, code)).toEqual({ reading: 'explained', passageIds: ['toelichting-1B-1', 'toelichting-1B-2'] });
    }
  });

  it('says "no deviation" where the area explains only other codes, and where it says "geen afwijkingen"', () => {
    expect(statusOf(report, '1B1.3')!.reading).toBe('no-deviation');
    expect(statusOf(report, '1B1.5')!.passageIds).toEqual(['toelichting-1B-1', 'toelichting-1B-2']);
    expect(statusOf(report, '1A2.3')).toEqual({ reading: 'no-deviation', passageIds: ['toelichting-1A-1'] });
    expect(statusOf(report, '1A')!.reading).toBe('no-deviation');
  });

  it('gives an area and a goal the codes below them that are explained', () => {
    expect(statusOf(report, '1B1')).toMatchObject({ reading: 'explained', explainedCodes: ['1B1.1', '1B1.2', '1B1.4'] });
    expect(statusOf(report, '1B')).toMatchObject({ reading: 'explained', explainedCodes: ['1B1.1', '1B1.2', '1B1.4'] });
  });

  it('invents no traffic light the report does not give', () => {
    for (const code of ['1A1.1', '1B1.1', '1B1.3']) expect(statusOf(report, code)!.colour).toBeUndefined();
  });
});

describe('status on pages of other programmes', () => {
  const corpus = loadCorpus(join(FIXTURES, 'programmes'));
  const report = corpus.reports[0];

  it('reads a colour from the stand van zaken for a code whose goal tree is not in the corpus', () => {
    const mentioned = report.mentionedCodes.find((m) => m.code === '3D1.3')!;
    expect(mentioned.passageIds).toEqual(['3-stand-van-zaken-1']);
    expect(mentioned.status).toMatchObject({ reading: 'unknown', colour: 'oranje', colourSource: 'text', colourPassageId: '3-stand-van-zaken-1' });
  });

  it('keeps a green light that the toelichting explains as explained and green', () => {
    expect(statusOf(report, '5A1.2')).toMatchObject({ reading: 'explained', colour: 'groen', colourSource: 'text' });
  });

  it('restores traffic lights from the sidecar', () => {
    expect(statusOf(report, '5A1.3')).toMatchObject({ reading: 'no-deviation', colour: 'rood', colourSource: 'sidecar', colourFile: 'programma-5-doelenboom.json' });
    expect(statusOf(report, '5B1.1')).toMatchObject({ reading: 'no-deviation', colour: 'groen', colourSource: 'sidecar' });
  });

  it('reads a goal printed as "8A1. 1." above "8A1.1." as goal 8A1, and says so', () => {
    const area = report.programmes.find((p) => p.number === '8')!.areas[0];
    expect(area.goals.map((g) => `${g.code} ${g.title}`)).toEqual(['8A1 Sterke culturele basisvoorzieningen in de stad', '8A2 Zichtbaar erfgoed']);
    expect(area.goals[0].performances.map((p) => p.code)).toEqual(['8A1.1', '8A1.2']);
    expect(corpus.problems.map((p) => `${p.file}:${p.lines[0]}: ${p.message}`)).toContain('programma-8-cultuur.txt:40: goal 8A1 is printed as "8A1. 1.", like a performance; it is read as goal 8A1, since the first code of a block is the goal');
  });

  it('names a programme from its mission sentence when the page has no title line', () => {
    expect(report.programmes.find((p) => p.number === '3')!.name).toBe('Bereikbaarheid en milieu');
  });

  it('makes the block under a code sub-heading a passage of its own, titled by the sub-heading', () => {
    const blocks = report.passages.filter((p) => p.kind === 'explanation' && p.codes[0]?.startsWith('5A'));
    expect(blocks.map((p) => [p.codes, p.text.slice(0, 20)])).toEqual([
      [['5A1.2'], 'Deze prestatie krijg'],
      [['5A2.1'], 'Het baggeren van de '],
      // A paragraph after a sub-heading's block that names another code is about that code.
      [['5A1.1'], 'Bij 5A1.1 loopt het '],
    ]);
    expect(blocks[0].title).toBe('Toelichting 5A1.2 Vergroenen van schoolpleinen');
    expect(blocks[0].text).toContain('• Twee binnenterreinen volgen in het voorjaar');
  });

  it('gives a sub-heading printed right above its bullet, in the same block, to that bullet', () => {
    const text = ['Programma 9 Werk', '', 'Stand van zaken bij Voortgangsrapportage', '', 'Energietoeslag', '• De energietoeslag is aan 5.000 huishoudens uitbetaald.', '• Statushouders kregen hulp bij werk.', 'Oekraïne', '• Ontheemden kregen leefgeld.', ''].join('\n');
    const { passages } = parseReportFile(text, 'werk.txt', { title: '2de Voortgangsrapportage 2022' });
    const stand = passages.filter((p) => p.kind === 'status').map((p) => p.text);
    expect(stand).toEqual(['Energietoeslag\n• De energietoeslag is aan 5.000 huishoudens uitbetaald.', '• Statushouders kregen hulp bij werk.', 'Oekraïne\n• Ontheemden kregen leefgeld.']);
  });

  it('gives a stand van zaken sub-heading to the bullet under it', () => {
    const p3 = report.programmes.find((p) => p.number === '3')!;
    const stand = p3.statusIds.map((id) => report.passages.find((p) => p.id === id)!);
    expect(stand.map((p) => p.text.split('\n')[0])).toEqual(['Stoplichten', 'De laadpalen voor elektrische auto\'s worden volgens planning geplaatst.']);
    expect(stand[0].lines).toEqual([27, 29]);
  });
});

describe('a colour an area\'s toelichting gives its own performances', () => {
  const report = loadCorpus(join(FIXTURES, 'otherprogrammes28')).reports[0];

  it('colours "bijna alle prestaties van dit beleidsterrein" in that area only', () => {
    // 9B's toelichting: almost all of this area green, only the named ones not.
    expect(statusOf(report, '9B1.1')).toMatchObject({ colour: 'groen', colourSource: 'text' });
    // Performances of the programme's other areas get no colour from it.
    expect(statusOf(report, '9C1.3')?.colour).toBeUndefined();
    expect(statusOf(report, '9A1.1')?.colour).toBeUndefined();
  });
});

describe('sidecar status problems', () => {
  it('reports a bad colour and an unknown code with file and line, and keeps the rest', () => {
    const corpus = loadCorpus(join(FIXTURES, 'status-sidecar'));
    expect(corpus.problems.map((p) => `${p.file}:${p.lines[0]}: ${p.message}`)).toEqual([
      'pagina.json:1: sidecar status of 1A1.2 is "paars"; expected "groen", "oranje" or "rood"; it is ignored',
      'pagina.json:1: sidecar status names 1A9.9, which 2de Voortgangsrapportage 2022 does not hold; it is ignored',
    ]);
    const perf = corpus.reports[0].programmes[0].areas[0].goals[0].performances[0];
    expect(perf.status).toMatchObject({ colour: 'oranje', colourSource: 'sidecar', colourFile: 'pagina.json' });
  });
});

describe('colour sentences as pages write them', () => {
  const passage = (text: string) => ({ id: 'p', kind: 'status', text, codes: [] }) as unknown as Passage;

  it.each([
    ['De bouw loopt vertraging op; prestatie 4B1.2 staat daarom op oranje.', '4B1.2', 'oranje'],
    ['Prestatie 4A1.1 krijgt een rood stoplicht.', '4A1.1', 'rood'],
    ['4C2.1 is in de loop van het jaar op groen gezet.', '4C2.1', 'groen'],
  ])('reads "%s" as %s %s', (text, code, colour) => {
    expect(coloursIn(passage(text))).toEqual([{ codes: [code], colour }]);
  });

  it('reads "almost all green; only these orange" in one sentence as the rest green and the named codes orange and red', () => {
    const text = 'Bijna alle prestaties van dit programma staan op groen; alleen 6A1.3 en 6C2.1 krijgen een oranje stoplicht en 6B1.3 een rood stoplicht.';
    expect(coloursIn(passage(text))).toEqual([
      { codes: 'rest', colour: 'groen' },
      { codes: ['6A1.3'], colour: 'oranje' },
      { codes: ['6C2.1'], colour: 'oranje' },
      { codes: ['6B1.3'], colour: 'rood' },
    ]);
  });

  it('reads "almost all green; only these are behind" with exceptions named by their titles as the rest green but those', () => {
    const perf = (code: string, title: string) => ({ code, title, passageId: code, status: { reading: 'unknown', passageIds: [] } }) as Performance;
    const performances = [perf('5A1.2', 'Terugdringen van de wachttijden voor specialistische jeugdhulp'), perf('5B1.1', 'Vernieuwen en aanleggen van speelplekken'), perf('5B1.2', 'Bieden van jongerenwerk in alle wijken')];
    const text = 'Bijna alle prestaties staan op groen; alleen de wachttijden voor specialistische jeugdhulp en de vernieuwing van speelplekken lopen achter op de planning.';
    expect(coloursIn(passage(text), performances)).toEqual([{ codes: 'rest', colour: 'groen', except: ['5A1.2', '5B1.1'] }]);
    // An exception no title describes leaves the rest uncoloured: which ones are behind is not known.
    expect(coloursIn(passage('Bijna alle prestaties staan op groen; alleen de nieuwe sporthal loopt achter.'), performances)).toEqual([]);
  });

  it('takes an exception named by a whole word of one title over titles whose words only begin alike', () => {
    const perf = (code: string, title: string) => ({ code, title, passageId: code, status: { reading: 'unknown', passageIds: [] } }) as Performance;
    const performances = [
      perf('4B2.1', 'Uitvoeren van de energietoeslag voor huishoudens met een laag inkomen'),
      perf('4C1.1', 'Vroegsignalering van betalingsachterstanden bij huur, energie en water'),
      perf('4C1.2', 'Uitvoeren van schuldhulpverlening en budgetbeheer'),
      perf('4C1.3', 'Ondersteunen van schuldhulpmaatjes door vrijwilligers'),
    ];
    const text = 'Bijna alle prestaties van dit programma staan op groen; alleen de schuldhulpverlening en de energietoeslag lopen achter.';
    expect(coloursIn(passage(text), performances)).toEqual([{ codes: 'rest', colour: 'groen', except: ['4C1.2', '4B2.1'] }]);
  });

  it('reads no traffic light in a colour that is no light ("de groene ruimte")', () => {
    expect(coloursIn(passage('Prestatie 4A2.1 gaat over de groene ruimte in de wijk.'))).toEqual([]);
  });
});
