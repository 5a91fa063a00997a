import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/report/corpus';
import type { EnglishTerm } from '../../src/report/model';
import { QaEngine } from '../../src/qa/engine';
import { Analyzer } from '../../src/search/analyzer';
import { municipalLexicon, withLexicon } from '../../src/search/englishLexicon';
import { validateLexicon } from '../../src/search/rulesCheck';
import { CORPUS_DIR, FIXTURES } from '../helpers';
import { scratchDir } from '../scratch';

const term = (dutch: string, english: string, line = 1): EnglishTerm => ({ dutch: dutch.split(', '), english: english.split(', '), line });

describe('the general municipal lexicon', () => {
  it('ships the vocabulary of every programme of a municipal report, without problems', () => {
    const lexicon = municipalLexicon();
    expect(lexicon.terms.length).toBeGreaterThan(300);
    for (const dutch of ['handhaving', 'omgevingswet', 'jeugdhulp', 'schuldhulpverlening', 'toerisme', 'afvalinzameling', 'bestemmingsplan']) {
      expect(lexicon.terms.some((t) => t.dutch.includes(dutch))).toBe(true);
    }
    expect(validateLexicon()).toEqual([]);
  });

  it("serves the words the corpus's own English side does not cover, and adds its other English to those it does", () => {
    const analyzer = new Analyzer();
    const own = [term('handhaving', 'policing')];
    const merged = withLexicon(own, (w) => analyzer.stem(w), [term('handhaving', 'enforcement', 7), term('overlast', 'nuisance', 8), term('handhaving, handhavers', 'enforcement officers', 9), term('handhaving', 'policing', 10)]);
    expect(merged.map((t) => [t.dutch.join(', '), t.english.join(', ')])).toEqual([
      ['handhaving', 'policing'],
      ['handhaving', 'enforcement'],
      ['overlast', 'nuisance'],
      ['handhavers', 'enforcement officers'],
    ]);
  });

  it("reads residents' everyday English for every programme of a municipal report as the report's Dutch words", () => {
    // One word or phrase of each domain block of the lexicon: a block that stopped loading fails here.
    const samples: [string, string][] = [
      ['an unexpected windfall', 'meevaller'],
      ['getting rid of buildings it no longer needs', 'afstoten'],
      ['fewer fireworks this year', 'vuurwerk'],
      ['shoplifting in the centre', 'winkeldiefstal'],
      ['potholes in my street', 'wegdek'],
      ['who empties the wheelie bins', 'minicontainers'],
      ['speed bumps near the school', 'verkeersdrempels'],
      ['more day trippers', 'dagjesmensen'],
      ['children in foster care', 'pleegzorg'],
      ['help paying for a stairlift', 'traplift'],
      ['benefit fraud', 'uitkeringsfraude'],
      ['is the ice rink open', 'ijsbaan'],
      ['subsidy for heat pumps', 'warmtepomp'],
      ['how many new homes', 'nieuwbouwwoningen'],
      ['the old school was demolished', 'gesloopt'],
    ];
    const analyzer = new Analyzer();
    analyzer.setVocabulary(samples.map(([, dutch]) => dutch));
    for (const [question, dutch] of samples) expect([question, analyzer.analyzeQuery(question).terms.map((t) => t.term)]).toEqual([question, expect.arrayContaining([analyzer.stem(dutch)])]);
  });

  it('reads a noun made of verb forms ("waiting list") as its Dutch word, but not a verb with its particle', () => {
    const analyzer = new Analyzer([], [], [term('wachtlijst', 'waiting list', 1), term('opzetten', 'set up', 2)]);
    analyzer.setVocabulary(['wachtlijst', 'opzetten']);
    expect(analyzer.analyzeQuery('How long are the waiting lists?').terms.map((t) => t.term)).toContain(analyzer.stem('wachtlijst'));
    expect(analyzer.analyzeQuery('Who set up the team?').terms.map((t) => t.term)).not.toContain(analyzer.stem('opzetten'));
    const dir = scratchDir('lexicon-');
    writeFileSync(join(dir, 'lexicon.en.tsv'), 'wachtlijst\twaiting list\nopzetten\tset up\n');
    expect(validateLexicon(dir).map((p) => p.lines[0])).toEqual([2]);
  });

  it('names the line of a Dutch form the tokenizer splits into a loose letter, and of an English phrase that says nothing', () => {
    const dir = scratchDir('lexicon-');
    writeFileSync(join(dir, 'lexicon.en.tsv'), "# test\nboa's\tenforcement officers\nwerk\tdone\n");
    const messages = validateLexicon(dir).map((p) => `${p.lines[0]}: ${p.severity}: ${p.message}`);
    expect(messages).toEqual([
      '2: error: the tokenizer reads "boa\'s" as "boa" "s", and a loose letter would be searched for: write the form without it ("boa")',
      '3: warning: "done" is only function words, filler or common verbs, so a question is never read through it: give a word with a meaning of its own',
    ]);
  });

  it('gives English questions a way in to a corpus folder that has no english.tsv or glossary of its own', () => {
    const engine = new QaEngine(loadCorpus(join(FIXTURES, 'englishpages')));
    const answer = engine.ask('shortage of enforcement officers', { locale: 'nl-NL' });
    expect(answer.language).toBe('en');
    expect(answer.citations[0]?.id).toMatch(/^(toelichting-2B-1|2-stand-van-zaken-2)$/);
    expect(engine.ask('How is tourism doing?', { locale: 'en-US' }).citations[0]?.id).toBe('4-stand-van-zaken-1');
    // The words of every progress report come from the project's own English side: traffic lights, explanations.
    expect(engine.ask('Why is 2B1.2 orange?', { locale: 'en-US' }).language).toBe('en');
    expect(engine.ask('Which performances have an orange traffic light?', { locale: 'nl-NL' }).citations.map((c) => c.id)).toContain('2-stand-van-zaken-2');
  });

  it('does not let a phrase it knows be answered by a passage on one of its words alone', () => {
    const engine = new QaEngine(loadCorpus(CORPUS_DIR, { alsoFrom: [join(FIXTURES, 'otherprogrammes')] }));
    // The page speaks of energy prices (energieprijzen), not of the energy transition (energietransitie).
    expect(engine.ask('How is the energy transition going?', { locale: 'en-US' }).kind).toBe('none');
    expect(engine.ask('Did the number of debt assistance applications rise sharply?', { locale: 'en-US' }).citations[0]?.id).toBe('5-stand-van-zaken-2');
    expect(engine.ask('youth care waiting lists', { locale: 'en-US' }).citations[0]?.id).toBe('toelichting-5A-1');
  });

  it('lets no phrase of another report that only adds "municipal" to a word hide that word, and keeps two-topic phrases whole', () => {
    const analyzer = new Analyzer([], [], [term('stadsarchief', 'municipal archive', 1), term('archief', 'archive', 2), term('woningtekort', 'housing shortage', 3), term('tekort', 'shortage', 4)]);
    analyzer.setVocabulary(['archief', 'tekort']);
    expect(analyzer.analyzeQuery('Is the municipality digitising its archives?').terms.map((t) => t.term)).toContain(analyzer.stem('archief'));
    expect(analyzer.analyzeQuery('What about the housing shortage?').concepts.map((c) => c.label)).toEqual(['housing shortage']);
  });
});
