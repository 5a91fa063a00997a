import { Analyzer, fold } from '../../src/search/analyzer';
import { realEngine } from '../helpers';

describe('the analyzer', () => {
  const analyzer = realEngine().index.analyzer;
  const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);

  it('folds diacritics so financiële and financiele are one word', () => {
    expect(fold('Financiën coördinatie geïnformeerd')).toBe('financien coordinatie geinformeerd');
    const plain = new Analyzer();
    expect(plain.indexTerms('financiële')).toEqual(plain.indexTerms('financiele'));
  });

  it('makes singular and plural meet: kanaal/kanalen, archief/archieven, rijbewijs/rijbewijzen', () => {
    const a = new Analyzer();
    for (const [one, many] of [['kanaal', 'kanalen'], ['archief', 'archieven'], ['rijbewijs', 'rijbewijzen'], ['registratie', 'registraties']]) {
      expect(a.stem(one)).toBe(a.stem(many));
    }
  });

  it('reaches compound words from their head: registratie → basisregistraties, storing → verstoringen', () => {
    expect(terms('registratie')).toContain(analyzer.stem('basisregistraties'));
    expect(terms('storing')).toContain(analyzer.stem('verstoringen'));
  });

  it('corrects misspellings to words the report uses', () => {
    expect(terms('verkiezingn')).toContain(analyzer.stem('verkiezingen'));
    expect(terms('dienstverleneng')).toContain(analyzer.stem('dienstverlening'));
  });

  it('replaces glossary words by the report words: identiteitskaart → reisdocumenten, service delivery → dienstverlening', () => {
    expect(terms('identiteitskaart')).toContain(analyzer.stem('reisdocumenten'));
    expect(terms('status of service delivery')).toContain(analyzer.stem('dienstverlening'));
  });

  it('drops stopwords and the words every passage is about', () => {
    expect(analyzer.analyzeQuery('wat doet de gemeente Leiden?').concepts).toEqual([]);
  });
});
