import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { QaEngine } from '../../src/qa/engine';
import { loadCorpus } from '../../src/report/corpus';
import type { GlossaryEntry } from '../../src/report/model';
import { Analyzer, NO_CONCEPT } from '../../src/search/analyzer';
import { dutchLexicon, validateDutchLexicon, withDutchLexicon } from '../../src/search/dutchLexicon';
import { scratchDir } from '../scratch';

const synonym = (term: string, expansion: string, line = 1): GlossaryEntry => ({ term, expansion, type: 'synonym', line });

/** A page of another programme, written for this test: its words are the report's, not the residents'. */
const PAGE = `2de Voortgangsrapportage 2022

Omgevingskwaliteit

Programmanummer

5

De missie van het programma Omgevingskwaliteit luidt:
De gemeente staat voor een schone, hele en veilige openbare ruimte.

Stand van zaken bij Voortgangsrapportage

In de zomer waren de afvalbakken in de parken vaak vol; ze worden nu vaker geleegd.
Na hevige regenval is de riolering in twee wijken vervangen als onderdeel van klimaatadaptatie.

Doelenbomen

Beleidsterrein 5A Openbare ruimte

Doel

Prestatie

5A1 Schoon, heel en veilig

5A1.1 Vroegsignalering van betalingsachterstanden bij huurders

Toelichting doelenboom Beleidsterrein 5A Openbare ruimte

Karton wordt vaker naast de containers gezet; het wordt nu wekelijks ingezameld.
`;

function pageCorpus(glossary?: string): string {
  const dir = scratchDir('nllexicon-');
  writeFileSync(join(dir, 'programma-5.txt'), PAGE);
  writeFileSync(join(dir, 'programma-5.json'), JSON.stringify({ title: '2de Voortgangsrapportage 2022', municipality: 'Gemeente Leiden', programme: 'Programma 5 Omgevingskwaliteit', url: 'https://example.org/5' }));
  if (glossary) writeFileSync(join(dir, 'glossary.tsv'), glossary);
  return dir;
}

describe('the everyday-Dutch municipal lexicon', () => {
  it('ships residents\' words of every programme, without problems', () => {
    const lexicon = dutchLexicon();
    expect(lexicon.entries.length).toBeGreaterThan(600);
    for (const term of ['prullenbak', 'stortbui', 'lantaarnpaal', 'inbraak', 'huurhuis', 'bijstand', 'schulden', 'taalles', 'mantelzorger', 'zonnepaneel', 'bieb', 'huizenbelasting']) {
      expect(lexicon.entries.some((e) => e.term === term && e.type === 'synonym')).toBe(true);
    }
    const analyzer = new Analyzer();
    expect(validateDutchLexicon(undefined, (w) => analyzer.stem(w))).toEqual([]);
  });

  it("adds its terms after the corpus's own glossary, and leaves a term the glossary has (in any form) to the glossary", () => {
    const analyzer = new Analyzer();
    const own = [synonym('prullenbakken', 'vuilcontainers')];
    const merged = withDutchLexicon(own, (w) => analyzer.stem(w), [synonym('prullenbak', 'afvalbakken', 7), synonym('stortbui', 'regenval', 8)]);
    expect(merged.map((e) => [e.term, e.expansion])).toEqual([
      ['prullenbakken', 'vuilcontainers'],
      ['stortbui', 'regenval'],
    ]);
  });

  it('is read by every analyzer by default, so a resident\'s word reaches the report\'s word', () => {
    const withLexicon = new Analyzer();
    const without = new Analyzer([], [], [], []);
    const stem = (w: string) => withLexicon.stem(w);
    expect(withLexicon.analyzeQuery('overvolle prullenbakken').terms.map((t) => t.term)).toEqual(expect.arrayContaining([stem('vol'), stem('afvalbakken')]));
    expect(without.analyzeQuery('overvolle prullenbakken').terms.map((t) => t.term)).not.toContain(stem('afvalbakken'));
  });

  it('leaves a word the report uses itself to the report: "schulden" keeps its own meaning where the report says "schulden"', () => {
    const analyzer = new Analyzer();
    analyzer.setVocabulary(['schulden', 'schuldhulpverlening']);
    expect(analyzer.analyzeQuery('schulden').glossary).toEqual([]);
    expect(analyzer.analyzeQuery('schulden').terms.find((t) => t.term === analyzer.stem('schulden'))?.weight).toBe(1);
    analyzer.setVocabulary(['schuldhulpverlening']);
    expect(analyzer.analyzeQuery('schulden').terms.map((t) => t.term)).toContain(analyzer.stem('schuldhulpverlening'));
  });

  it('reads a phrase of several words even where the report uses each word apart: "nieuwe huizen" is nieuwbouw', () => {
    const analyzer = new Analyzer();
    analyzer.setVocabulary(['nieuwe', 'huizen', 'nieuwbouw', 'woningbouw']);
    const query = analyzer.analyzeQuery('hoeveel nieuwe huizen zijn er gebouwd');
    expect(query.glossary.map((g) => g.term)).toContain('nieuwe huizen');
    expect(query.terms.map((t) => t.term)).toContain(analyzer.stem('nieuwbouw'));
  });

  it("adds its meaning to an English word's Dutch word instead of replacing it", () => {
    const english = [{ dutch: ['openbare orde'], english: ['public order'], line: 1 }];
    const analyzer = new Analyzer([], english, [], [synonym('openbare orde', 'ordeverstoringen')]);
    const terms = analyzer.analyzeQuery('public order').terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining([analyzer.stem('orde'), analyzer.stem('ordeverstoringen')]));
  });

  it("never overrides what the corpus's glossary says a term means", () => {
    const analyzer = new Analyzer([synonym('prullenbak', 'vuilcontainers')]);
    const terms = analyzer.analyzeQuery('prullenbakken').terms.map((t) => t.term);
    expect(terms).toContain(analyzer.stem('vuilcontainers'));
    expect(terms).not.toContain(analyzer.stem('afvalbakken'));
  });

  it('lets a lone filler word ("kapot") help ranking without making it a topic of the question', () => {
    const analyzer = new Analyzer();
    const query = analyzer.analyzeQuery('kapot');
    expect(query.concepts).toEqual([]);
    expect(query.terms.length).toBeGreaterThan(0);
    expect(query.terms.every((t) => t.concept === NO_CONCEPT)).toBe(true);
    expect(query.terms.map((t) => t.term)).toContain(analyzer.stem('reparatie'));
  });

  it('names the file and line of a malformed line, a loose letter, a term of stopwords and a term given twice', () => {
    const dir = scratchDir('nllexicon-words-');
    writeFileSync(join(dir, 'lexicon.nl.tsv'), '# test\nprullenbak\nboa\tboa\'s\nhet\tafval\nstoep\ttrottoir\nstoepen\ttrottoirs\nkliko\tminicontainer\textra\nbijen\tbiodiversiteit\n');
    const analyzer = new Analyzer();
    const messages = validateDutchLexicon(dir, (w) => analyzer.stem(w)).map((p) => `${p.file.endsWith('lexicon.nl.tsv')}:${p.lines[0]}: ${p.severity}`);
    // 2 and 7: not two columns; 3: "boa's" has a loose "s"; 4: "het" says nothing; 6: "stoepen" is "stoep"; 8: "bijen" is read as "bij".
    expect(messages).toEqual(['true:2: error', 'true:7: error', 'true:3: error', 'true:4: error', 'true:6: warning', 'true:8: error']);
  });

  it('answers a resident\'s question on a page of another programme from the passage the report has, and still refuses what the page does not say', () => {
    const engine = new QaEngine(loadCorpus(pageCorpus()));
    expect(engine.ask('overvolle prullenbakken', { locale: 'nl-NL' }).citations[0]?.id).toBe('5-stand-van-zaken-1');
    expect(engine.ask('wateroverlast na een flinke stortbui', { locale: 'nl-NL' }).citations[0]?.id).toBe('5-stand-van-zaken-1');
    expect(engine.ask('kartonnen dozen bij de containers', { locale: 'nl-NL' }).citations[0]?.id).toBe('toelichting-5A-1');
    expect(engine.ask('krijgt de gemeente een seintje als iemand zijn huur niet betaalt?', { locale: 'nl-NL' }).citations[0]?.id).toBe('5A1.1');
    // The page says nothing on these, so the lexicon's words for them reach nothing.
    expect(engine.ask('Hoeveel boa\'s lopen er in de binnenstad?', { locale: 'nl-NL' }).kind).toBe('none');
    expect(engine.ask('Wat doet de gemeente tegen eenzaamheid?', { locale: 'nl-NL' }).kind).toBe('none');
  });

  it('counts its words as Dutch, so a question of everyday words alone is answered in Dutch on an English-language browser', () => {
    const engine = new QaEngine(loadCorpus(pageCorpus()));
    const answer = engine.ask('overvolle prullenbakken', { locale: 'en-US' });
    expect(answer.language).toBe('nl');
    expect(answer.citations[0]?.id).toBe('5-stand-van-zaken-1');
  });

  it("keeps the corpus glossary's meaning on such a page too", () => {
    // The corpus says "prullenbak" means its containers; the lexicon's afvalbakken no longer answer it.
    const engine = new QaEngine(loadCorpus(pageCorpus('prullenbak\tcontainers\tsynonym\n')));
    expect(engine.ask('prullenbakken', { locale: 'nl-NL' }).citations[0]?.id).toBe('toelichting-5A-1');
  });
});
