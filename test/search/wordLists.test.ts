import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassageIndex } from '../../src/search/passageIndex';
import { ruleProblems } from '../../src/search/rulesCheck';
import { CONTRADICTING, validateWordLists, WORD_LISTS, WORDS_DIR } from '../../src/search/wordLists';
import { loadCorpus } from '../../src/report/corpus';
import { detectSmalltalk, namesTreeLevel } from '../../src/qa/intents';
import { colourNamed, levelNamed, progressAspect } from '../../src/qa/progressIntents';
import { CORPUS_DIR, realEngine } from '../helpers';
import { scratchDir } from '../scratch';

/** A copy of the shipped lists to spoil. */
function copyOfLists(): string {
  const dir = scratchDir('vgb-words-');
  cpSync(WORDS_DIR, dir, { recursive: true });
  return dir;
}

/** The problems, as the lint prints them: file name, line and message. */
const problemsIn = (dir: string) => validateWordLists(dir).map((p) => `${p.file.split('/').pop()}:${p.lines[0]}: ${p.message}`);
/** The line number the next appended line gets. */
const nextLine = (dir: string, name: string) => readFileSync(join(dir, `${name}.tsv`), 'utf8').split('\n').length;

describe('the word lists as shipped', () => {
  it('pass the validator, and every glossary entry reaches the report', () => {
    expect(validateWordLists()).toEqual([]);
    const engine = realEngine();
    expect(ruleProblems(engine.corpus, engine.index)).toEqual([]);
  });

  it('expand the abbreviations "c.q." and "o.a." in the index, as every other one', () => {
    const engine = realEngine();
    const dotted = engine.corpus.glossary.filter((g) => g.term.includes('.'));
    expect(dotted.map((g) => g.term).sort()).toEqual(['c.q.', 'o.a.']);
    expect(engine.index.unreachable(dotted)).toEqual([]);
  });
});

describe('the word list validator', () => {
  it.each(Object.keys(WORD_LISTS))('catches an entry with a diacritic or a capital in %s, at its line', (name) => {
    const dir = copyOfLists();
    const line = nextLine(dir, name);
    appendFileSync(join(dir, `${name}.tsv`), 'financiën\nBRP\n');
    expect(problemsIn(dir)).toEqual([
      `${name}.tsv:${line}: "financiën" has capitals or diacritics, and text is matched folded, so it never matches: write "financien"`,
      `${name}.tsv:${line + 1}: "BRP" has capitals or diacritics, and text is matched folded, so it never matches: write "brp"`,
    ]);
  });

  it.each(Object.keys(WORD_LISTS))('catches an entry the tokenizer cannot produce in %s ("it\'s")', (name) => {
    const dir = copyOfLists();
    const line = nextLine(dir, name);
    appendFileSync(join(dir, `${name}.tsv`), "it's\n");
    expect(problemsIn(dir)).toEqual([`${name}.tsv:${line}: the tokenizer never produces "it's" (it reads "it" "s"): write the words it makes`]);
  });

  it.each(Object.entries(WORD_LISTS).filter(([, kind]) => kind === 'word').map(([name]) => name))('catches a phrase in the one-word list %s', (name) => {
    const dir = copyOfLists();
    const line = nextLine(dir, name);
    appendFileSync(join(dir, `${name}.tsv`), 'how come\n');
    expect(problemsIn(dir)).toEqual([`${name}.tsv:${line}: "how come" is 2 words; the ${name} list takes one word a line`]);
  });

  it.each(CONTRADICTING)('catches a word both in %s and in %s (a shadowed word, like "dag")', (a, b) => {
    const dir = copyOfLists();
    const lineA = nextLine(dir, a);
    const lineB = nextLine(dir, b);
    appendFileSync(join(dir, `${a}.tsv`), 'zwaai\n');
    appendFileSync(join(dir, `${b}.tsv`), 'zwaai\n');
    expect(problemsIn(dir)).toEqual([`${a}.tsv:${lineA}: "zwaai" is also in ${b}.tsv:${lineB}, which means the opposite; keep it in one`]);
  });

  it('warns about an entry written twice in a list', () => {
    const dir = copyOfLists();
    appendFileSync(join(dir, 'why.tsv'), 'waarom\n');
    expect(problemsIn(dir)).toEqual([expect.stringMatching(/^why\.tsv:\d+: "waarom" is already on line \d+$/)]);
  });

  it('says which list is missing', () => {
    const dir = scratchDir('vgb-words-');
    expect(problemsIn(dir)).toContain('causal.tsv:1: the causal list is missing or empty: expected causal.tsv with one entry a line');
  });
});

describe('the glossary check', () => {
  it('catches an entry that reaches no word of the report, at its line', () => {
    const dir = scratchDir('vgb-corpus-');
    cpSync(CORPUS_DIR, dir, { recursive: true });
    appendFileSync(join(dir, 'glossary.tsv'), 'zwembad\tzwembaden sportaccommodaties\tsynonym\n');
    const corpus = loadCorpus(dir);
    const line = corpus.glossary.at(-1)!.line;
    const problems = ruleProblems(corpus, new PassageIndex(corpus));
    expect(problems.map((p) => `${p.file.split('/').pop()}:${p.lines[0]}: ${p.message}`)).toEqual([
      `glossary.tsv:${line}: "zwembad" expands to "zwembaden sportaccommodaties", which reaches no word of the report: a question using it can only be refused; expand it to the report's own words or remove it`,
    ]);
  });
});

describe('rules read from the lists', () => {
  it.each([
    ['dag', 'greeting'],
    ['Goedemorgen bot!', 'greeting'],
    ['Heel erg bedankt voor de hulp!', 'thanks'],
    ['thank you so much', 'thanks'],
    ['tot ziens', 'bye'],
    ['wat kun je?', 'help'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(detectSmalltalk(text)).toBe(kind);
  });

  it.each(['dag van de democratie', 'hallo, wat is 1B1.3?', 'help bij de verkiezingen'])('reads "%s" as no smalltalk', (text) => {
    expect(detectSmalltalk(text)).toBeUndefined();
  });

  it('knows a tree level written with an apostrophe ("thema\'s")', () => {
    expect(namesTreeLevel("welke thema's zijn er?")).toBe(true);
  });

  it.each([
    ['Welke prestaties staan op amber?', 'colour'],
    ['Is the customer contact performance off-track?', 'deviations'],
    ['Hoe staat het met de dienstverlening?', 'status'],
    ['Loopt het contactcentrum volgens planning?', 'status'],
    ['Count the goals of 1B', 'count'],
    ['Is er iets over hoeveel prestaties er zijn?', 'count'],
    // A delay is a deviation; a question for a length of time is not.
    ['Waarom duurt het zo lang voordat er een poetshulp komt?', 'deviations'],
    ['Why is the energy allowance taking so long this year?', 'deviations'],
    ['Is the school building plan running late?', 'deviations'],
    ['Hoe lang duurt het voor ik antwoord krijg?', undefined],
    // Within budget is how something stands; over budget deviates.
    ['Did the science city year stay within its budget?', 'status'],
    ['Blijft de renovatie binnen de begroting?', 'status'],
    ['Which projects went over budget?', 'deviations'],
  ])('reads the progress question "%s" as one about %s', (text, aspect) => {
    expect(progressAspect(text)).toBe(aspect);
  });

  it.each(['Hoeveel budget heeft het programma?', 'How much money does programme 1 get?', 'Is er iets over hoeveel klachten er waren?'])(
    'reads "%s" as no count of the goal tree: what it counts is not in the tree',
    (text) => {
      expect(progressAspect(text)).toBeUndefined();
    },
  );

  it('reads which traffic light and which tree level a question names from the colour and level lists', () => {
    expect(colourNamed('Welke doelen staan op rood?')).toBe('rood');
    expect(levelNamed('Welke doelen staan op rood?')).toBe('goal');
    expect(colourNamed('which performances are amber')).toBe('oranje');
    expect(levelNamed('which performances are amber')).toBe('performance');
    expect(levelNamed('Hoeveel beleidsterreinen zijn er?')).toBe('area');
  });
});
