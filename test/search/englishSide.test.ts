import { join } from 'node:path';
import { formatEnglishGaps } from '../../src/cli/lint-corpus';
import { loadCorpus } from '../../src/report/corpus';
import { parseEnglish } from '../../src/report/english';
import type { EnglishTerm } from '../../src/report/model';
import { Analyzer } from '../../src/search/analyzer';
import { englishGaps } from '../../src/search/englishGaps';
import { CORPUS_DIR, FIXTURES } from '../helpers';

const term = (dutch: string, english: string, line = 1): EnglishTerm => ({ dutch: dutch.split(', '), english: english.split(', '), line });

describe('the English side of the vocabulary', () => {
  it('gives every content word of the shipped corpus and every Dutch glossary term an English side', () => {
    const corpus = loadCorpus(CORPUS_DIR);
    expect(corpus.english!.length).toBeGreaterThan(200);
    expect(englishGaps(corpus)).toEqual([]);
  });

  it('names each word a new report lacks, with the file and line where it is first seen', () => {
    const gaps = englishGaps(loadCorpus(join(FIXTURES, 'english-gaps')), undefined, []);
    expect(gaps).toEqual([
      { word: 'cameratoezicht', file: 'veiligheid.txt', line: 29 },
      { word: 'binnenstad', file: 'veiligheid.txt', line: 30 },
      { word: 'woninginbraken', file: 'veiligheid.txt', line: 31 },
      { word: 'buurtbemiddeling', file: 'veiligheid.txt', line: 32 },
      { word: 'gestart', file: 'veiligheid.txt', line: 32 },
    ]);
    expect(formatEnglishGaps([])).toBe('English side: every content word of the corpus has one (english.tsv or the lexicon corpus/words/lexicon.en.tsv)');
  });

  it('counts the general lexicon as an English side, and names only the words neither has', () => {
    const gaps = englishGaps(loadCorpus(join(FIXTURES, 'english-gaps')));
    expect(gaps).toEqual([{ word: 'buurtbemiddeling', file: 'veiligheid.txt', line: 32 }]);
    const printed = formatEnglishGaps(gaps);
    expect(printed).toContain("1 word(s) of the corpus have none in english.tsv or the lexicon corpus/words/lexicon.en.tsv (nor the project's own corpus/english.tsv); add a line for each to english.tsv");
    expect(printed).toContain('veiligheid.txt:32: buurtbemiddeling');
  });

  it('reads forms and English words separated by commas, with the source, and skips a line without English', () => {
    const { terms, problems } = parseEnglish('# comment\nverstoringen, verstoord\tdisruptions, outages\tgovernment.nl\nkapot\n', 'english.tsv');
    expect(terms).toEqual([{ dutch: ['verstoringen', 'verstoord'], english: ['disruptions', 'outages'], source: 'government.nl', line: 2 }]);
    expect(problems).toEqual([{ severity: 'warning', file: 'english.tsv', lines: [3, 3], message: 'expected "dutch[, form…]<TAB>english[, english…][<TAB>source]"; line skipped' }]);
  });
});

describe('English question words', () => {
  const analyzer = new Analyzer([], [term('toezicht', 'oversee, supervision'), term('kort', 'brief, short'), term('werk', 'work, jobs'), term('elkaar', 'each other')]);
  analyzer.setVocabulary(['toezicht', 'brief', 'werk', 'elkaar']);
  const terms = (q: string) => analyzer.analyzeQuery(q).terms.map((t) => t.term);
  const concepts = (q: string) => analyzer.analyzeQuery(q).concepts.map((c) => c.label);

  it('reach the report word they stand for, in any inflection', () => {
    expect(terms('who oversees the partnerships')).toContain(analyzer.stem('toezicht'));
    expect(terms('supervising')).toContain(analyzer.stem('toezicht'));
  });

  it('leave a word of the report its Dutch meaning', () => {
    expect(terms('brief')).toEqual([analyzer.stem('brief')]);
  });

  it('make no topic of filler and function words', () => {
    expect(concepts('does it work with each other')).toEqual([]);
    expect(concepts('jobs')).toEqual(['jobs']);
  });

  it('are known words, never corrected into Dutch ones', () => {
    expect(analyzer.correct('oversee')).toBeUndefined();
    expect(analyzer.correct('supervisions')).toBeUndefined();
  });
});
