import type { Corpus } from '../../src/report/model';
import { detectLanguage, LanguageDetector } from '../../src/qa/language';
import { realEngine } from '../helpers';

describe('the answer language', () => {
  const engine = realEngine();

  it.each(['digitising paper archives', 'Is governance within budget?', 'key registers', 'outages', 'regional cooperation', 'deviations'])('answers the English keyword question "%s" in English', (q) => {
    expect(engine.ask(q).language).toBe('en');
  });

  it('counts the everyday-Dutch lexicon by its exact words, not by stems that are English words', () => {
    // "boten" is in the lexicon; its stem "bot" must not make "hello bot" Dutch.
    expect(engine.ask('hello bot').language).toBe('en');
    expect(engine.ask('overvolle prullenbakken', { locale: 'en-US' }).language).toBe('nl');
  });

  it('answers in English when the words around a Dutch name are English', () => {
    expect(engine.ask('What does Servicepunt71 do?').language).toBe('en');
    expect(engine.ask('Is the BRP up to date?').language).toBe('en');
    expect(engine.ask('Leefbaarheid en Bereikbaarheid committee').language).toBe('en');
    expect(engine.ask('programme no. of Bestuur en dienstverlening').language).toBe('en');
  });

  it('answers in Dutch when the words around the same names are Dutch', () => {
    expect(engine.ask('Wat doet Servicepunt71?').language).toBe('nl');
    expect(engine.ask('Is de BRP op orde?').language).toBe('nl');
    expect(engine.ask('Wat valt onder Bestuur en dienstverlening?').language).toBe('nl');
    expect(engine.ask('verkiezingen').language).toBe('nl');
  });

  it('lets the locale decide when the words are names, numbers or words of both languages', () => {
    for (const q of ['BRP status', 'servicepunt 71', 'help']) {
      expect(engine.ask(q, { locale: 'en-GB' }).language).toBe('en');
      expect(engine.ask(q, { locale: 'nl-NL' }).language).toBe('nl');
    }
  });

  it('counts a word known in both languages for neither, so adding a word to one list never turns the other way', () => {
    const detector = new LanguageDetector({ english: ['help'], dutch: ['help', 'hulp'] }, (w) => w);
    expect(detector.evidence('help')).toEqual({ en: 0, nl: 0 });
    expect(detector.detect('help', 'nl-NL')).toBe('nl');
    expect(detector.detect('help', 'en-US')).toBe('en');
    // Adding a word to one list changes only the questions that use it.
    const more = new LanguageDetector({ english: ['help', 'status'], dutch: ['help', 'hulp'] }, (w) => w);
    for (const q of ['help', 'hulp', 'help hulp']) for (const locale of ['nl-NL', 'en-US']) expect(more.detect(q, locale)).toBe(detector.detect(q, locale));
  });

  it('answers in the language asked for, whatever the question words say (the welcome)', () => {
    const corpus: Corpus = { ...engine.corpus, english: [...(engine.corpus.english ?? []), { dutch: ['hulp'], english: ['help'], line: 1 }] };
    expect(LanguageDetector.fromCorpus(corpus, (w) => w).detect('help', 'nl-NL')).toBe('nl');
    expect(engine.ask('help', { locale: 'en-US', language: 'nl' }).language).toBe('nl');
    expect(engine.ask('hulp', { language: 'en' }).language).toBe('en');
  });

  it('still reads plain questions without a corpus', () => {
    expect(detectLanguage('what is the mission?')).toBe('en');
    expect(detectLanguage('wat is de missie?')).toBe('nl');
    expect(detectLanguage('1B1.3', 'en-US')).toBe('en');
  });
});

describe('English answers', () => {
  it('explain an abbreviation by its English name, with the Dutch name the report uses', () => {
    const text = realEngine().ask('Is the BRP up to date?').text;
    expect(text).toContain('Abbreviations: BRP = Personal Records Database (Basisregistratie Personen)');
    expect(realEngine().ask('Is de BRP op orde?').text).toContain('Afkortingen: BRP = Basisregistratie Personen: de registratie van inwoners');
  });
});
