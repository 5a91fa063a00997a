import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/report/corpus';
import { Analyzer } from '../../src/search/analyzer';
import { cognateCandidates } from '../../src/search/cognates';
import { PassageIndex } from '../../src/search/passageIndex';
import { COMMON_VERB_FORMS, FILLER, STOPWORDS } from '../../src/search/stopwords';
import { CORPUS_DIR, FIXTURES } from '../helpers';

describe('cognate candidates', () => {
  it('follow the regular English→Dutch endings and spellings', () => {
    expect(cognateCandidates('radicalisation')).toContain('radicalisering');
    expect(cognateCandidates('radicalization')).toContain('radicalisering');
    expect(cognateCandidates('integration')).toContain('integratie');
    expect(cognateCandidates('criminality')).toContain('criminaliteit');
    expect(cognateCandidates('organisation')).toContain('organisatie');
    expect(cognateCandidates('tourism')).toContain('toerisme');
    expect(cognateCandidates('quality')).toContain('kwaliteit');
    expect(cognateCandidates('climate')).toContain('klimaat');
    expect(cognateCandidates('economic')).toContain('economisch');
    expect(cognateCandidates('culture')).toContain('cultuur');
    expect(cognateCandidates('activities')).toContain('activiteit');
  });

  it('are never guessed for short words or false friends', () => {
    expect(cognateCandidates('city')).toEqual([]);
    expect(cognateCandidates('direction')).toEqual([]);
    expect(cognateCandidates('actual')).toEqual([]);
  });
});

describe('cognates in questions', () => {
  // The English side and the lexicon are left out, so only the morphology can reach these pages' words.
  const corpus = loadCorpus(CORPUS_DIR, { alsoFrom: [join(FIXTURES, 'englishpages')] });
  const index = new PassageIndex(corpus);
  const analyzer = new Analyzer(corpus.glossary.filter((g) => g.type !== 'jargon'), corpus.english, []);
  // Without any English side: english.tsv has since learnt some of these pages' words.
  const bare = new Analyzer(corpus.glossary.filter((g) => g.type !== 'jargon'), [], []);
  const vocabulary = corpus.reports.flatMap((r) => r.passages.flatMap((p) => analyzer.tokens(`${p.title} ${p.text}`).filter((t) => !t.stop).map((t) => t.word)));
  analyzer.setVocabulary(vocabulary);
  bare.setVocabulary(vocabulary);

  it('reach the report word the morphology makes of an unknown English word', () => {
    expect(bare.cognate('radicalisation')).toEqual(['radicalisering']);
    expect(bare.cognate('criminality')).toEqual(['criminaliteit']);
    expect(bare.cognate('tourism')).toEqual(['toerisme']);
    expect(bare.analyzeQuery('What is done about polarisation?').terms.map((t) => t.term)).toContain(bare.stem('polarisatie'));
  });

  it('read two English words the report writes as one compound as that word', () => {
    expect(bare.analyzeQuery('the crisis organisation').concepts.map((c) => c.label)).toEqual(['crisisorganisatie']);
  });

  it('map no English function word, filler, common verb or question word of the question sets to a report word', () => {
    const english = [...STOPWORDS, ...FILLER, ...COMMON_VERB_FORMS];
    for (const file of ['questions.tsv', 'heldout.tsv', 'otherprogrammes.tsv', 'englishpages.tsv']) {
      for (const line of readFileSync(join(__dirname, '..', file), 'utf8').split('\n')) {
        const [question, , language] = line.split('\t');
        if (language === 'en') english.push(...analyzer.tokens(question).map((t) => t.word));
      }
    }
    // The English words of these questions that are cognates of a word of the pages, and rightly so.
    const expected = new Set(['radicalisation', 'radicalization', 'polarization', 'criminality', 'tourism', 'innovation']);
    const mapped = [...new Set(english)].filter((w) => analyzer.cognate(w) !== undefined);
    expect(mapped.filter((w) => !expected.has(w))).toEqual([]);
  });

  it('leave the shipped analyzer the lexicon first: a word it covers is no cognate guess', () => {
    expect(index.analyzer.cognate('radicalisation')).toBeUndefined();
    expect(index.analyzer.analyzeQuery('radicalisation').terms.map((t) => t.term)).toContain(index.analyzer.stem('radicalisering'));
  });
});
