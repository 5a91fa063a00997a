// Which language to answer in: the evidence of the question's own words first, the channel's
// locale second.

import type { Corpus, EnglishTerm } from '../report/model';
import { englishStem, words } from '../search/analyzer';
import { dutchLexicon } from '../search/dutchLexicon';
import { withLexicon } from '../search/englishLexicon';
import { DUTCH_STOPWORDS, ENGLISH_STOPWORDS } from '../search/stopwords';
import { wordSet } from '../search/wordLists';
import type { Language } from './answer';

/** Question words of English: function words and the words of questions about a report (corpus/words/language.en.tsv). */
const ENGLISH = wordSet('language.en');
/** Question words of Dutch, the same kinds (corpus/words/language.nl.tsv); a word in both lists is evidence for neither. */
const DUTCH = wordSet('language.nl');

/** The words known to belong to each language; a word known in both is evidence for neither. */
export interface Lexicon {
  english: Iterable<string>;
  dutch: Iterable<string>;
  /** Names of two or more words ("Leefbaarheid en Bereikbaarheid"): quoted in any language, evidence for none. */
  names?: Iterable<string>;
  /** Dutch words that count in their exact form only, not by stem ("boten" says nothing of "bot"). */
  dutchExact?: Iterable<string>;
}

/**
 * Decides the answer language on evidence: it counts the question's words known to be English and
 * those known to be Dutch, and answers in the language with more. A word known in both languages
 * (a name such as Servicepunt71, an abbreviation such as BRP, "status") counts for neither, nor do
 * the report's names quoted whole ("Bestuur en dienstverlening", "Leefbaarheid en Bereikbaarheid"), and a
 * word known in neither counts for nothing: adding a word to one list can only make that word
 * count, never turn a question the other way by its absence. A word's exact form decides before
 * its stem (English "digitised" → "digitis", Dutch "verstoorde" → "verstoor").
 */
export class LanguageDetector {
  private readonly english: Set<string>;
  private readonly dutch: Set<string>;
  private readonly englishStems: Set<string>;
  private readonly dutchStems: Set<string>;
  /** Multi-word names by their first word. */
  private readonly names = new Map<string, (readonly string[])[]>();

  /**
   * @param lexicon folded or unfolded words and phrases of each language
   * @param dutchStem the Dutch stem of a folded word (the analyzer's)
   */
  constructor(
    lexicon: Lexicon,
    private readonly dutchStem: (word: string) => string,
  ) {
    // Numbers belong to no language ("Servicepunt 71").
    const lettered = (w: string) => !/^\d/.test(w);
    this.english = new Set([...lexicon.english].flatMap(words).filter(lettered));
    this.dutch = new Set([...lexicon.dutch].flatMap(words).filter(lettered));
    this.englishStems = new Set([...this.english].map(englishStem));
    this.dutchStems = new Set([...this.dutch].map(dutchStem));
    for (const w of [...(lexicon.dutchExact ?? [])].flatMap(words).filter(lettered)) this.dutch.add(w);
    for (const name of lexicon.names ?? []) {
      const w = words(name);
      if (w.length >= 2) this.names.set(w[0], [...(this.names.get(w[0]) ?? []), w]);
    }
  }

  /**
   * The evidence of a corpus: its English side (`english.tsv`: report words are Dutch, their
   * English sides English), its glossary (English terms, and the Dutch words citizens use), and
   * the question and function words of both languages.
   */
  static fromCorpus(corpus: Corpus, dutchStem: (word: string) => string, englishSide?: readonly EnglishTerm[]): LanguageDetector {
    const names = corpus.reports.flatMap((r) => [r.title, ...r.programmes.flatMap((p) => [p.name, p.commissie ?? '', ...p.portefeuilles, ...p.areas.map((a) => a.name)])]);
    // The general lexicon is evidence too, for the report words the corpus's own English side lacks
    // (the analyzer's English side already holds both: passed in, it is not merged again).
    const side = englishSide ?? withLexicon(corpus.english ?? [], dutchStem);
    const english = [...ENGLISH, ...ENGLISH_STOPWORDS, ...side.flatMap((t) => t.english), ...corpus.glossary.filter((g) => g.type === 'english').map((g) => g.term)];
    // The everyday-Dutch lexicon's terms are Dutch too ("prullenbakken"), but not those English also writes ("bus", "festival").
    const known = new Set([...english].flatMap(words));
    const knownStems = new Set([...known].map(englishStem));
    const everyday = dutchLexicon().entries.flatMap((g) => words(g.term)).filter((w) => !known.has(w) && !knownStems.has(englishStem(w)));
    const dutch = [...DUTCH, ...DUTCH_STOPWORDS, ...side.flatMap((t) => t.dutch), ...corpus.glossary.filter((g) => g.type !== 'english').map((g) => g.term)];
    // (By their exact form only: the stem of "boten" is the English "bot".)
    return new LanguageDetector({ english, dutch, names, dutchExact: everyday }, dutchStem);
  }

  /** How many words of the question are English and how many Dutch. */
  evidence(question: string): { en: number; nl: number } {
    let en = 0;
    let nl = 0;
    const all = words(question);
    for (let i = 0; i < all.length; i++) {
      const name = this.names.get(all[i])?.find((n) => n.every((w, k) => all[i + k] === w));
      if (name) {
        i += name.length - 1;
        continue;
      }
      const w = all[i];
      let isEnglish = this.english.has(w);
      let isDutch = this.dutch.has(w);
      if (!isEnglish && !isDutch) {
        isEnglish = this.englishStems.has(englishStem(w));
        isDutch = this.dutchStems.has(this.dutchStem(w));
      }
      if (isEnglish && !isDutch) en++;
      else if (isDutch && !isEnglish) nl++;
    }
    return { en, nl };
  }

  /**
   * The answer language: the language most of the question's known words belong to; on a tie the
   * locale's (`en-GB` → English), and Dutch when nothing tells.
   */
  detect(question: string, locale?: string): Language {
    const { en, nl } = this.evidence(question);
    if (en > nl) return 'en';
    if (nl > en) return 'nl';
    return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
  }
}

/** The question words alone, for callers without a corpus. */
const questionWordsOnly = new LanguageDetector({ english: [...ENGLISH, ...ENGLISH_STOPWORDS], dutch: [...DUTCH, ...DUTCH_STOPWORDS] }, (w) => w);

/**
 * The answer language on the question words alone (no corpus): English when the question reads as
 * English, Dutch when it reads as Dutch, otherwise the locale's, and Dutch when nothing tells.
 */
export function detectLanguage(question: string, locale?: string): Language {
  return questionWordsOnly.detect(question, locale);
}
