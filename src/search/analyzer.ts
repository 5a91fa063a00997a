// The analyzer: one pipeline (tokenize → fold → stopwords → stem) for report text and questions
// alike, plus the glossary's synonyms, English terms and abbreviations for questions.

// Only the Dutch stemmer: requiring all of `natural` costs ~0.5 s and loads .env (DESIGN.md).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dutchStemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer_nl');
// English glossary terms are also matched on English stems (cooperate/cooperation, disrupted/disruption).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const englishStemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer');
import type { EnglishTerm, GlossaryEntry } from '../report/model';
import { cognateCandidates } from './cognates';
import { dutchLexicon, withDutchLexicon } from './dutchLexicon';
import { fallbackEnglish, withLexicon } from './englishLexicon';
import { Speller } from './spelling';
import { AUDIENCE_WORDS, COMMON_VERB_FORMS, DOMAIN_WORDS, DUTCH_STOPWORDS, ENGLISH_STOPWORDS, FILLER, saysNothing, STOPWORDS } from './stopwords';
import { fold, words } from './tokenize';
import { listWords, wordSet } from './wordLists';

export { fold, words };

/** A word of the text, folded, with its stem and where it stood. */
export interface Token {
  /** Lowercased, diacritics removed: `financiele`. */
  word: string;
  /** The search term: `financiel`. */
  stem: string;
  stop: boolean;
}

/** A term to search for, with the question word it came from and how much it counts. */
export interface QueryTerm {
  term: string;
  weight: number;
  /** Index of the question's concept this term stands for: terms of one concept share it ({@link NO_CONCEPT}: none). */
  concept: number;
  /** How the term was found: the user's word, a glossary expansion, or a compound part. */
  source: 'word' | 'glossary' | 'compound';
}

/** An analysed question: its terms and the concepts they cover, for coverage and refusal. */
export interface AnalyzedQuery {
  terms: QueryTerm[];
  /** One entry per content word or glossary phrase of the question, in order. */
  concepts: { label: string; weight: number }[];
  /** Glossary entries the question used (to explain abbreviations and in /debug). */
  glossary: GlossaryEntry[];
}

/** Months and days (corpus/words/dates.tsv): written with a capital in English, but no names. */
const DATE_WORDS = wordSet('dates');

/** The concept index of terms that help ranking but are no concept of the question. */
export const NO_CONCEPT = -1;
/** Letters before the head of a compound the report does not use, and of the head itself (see {@link Analyzer.splitCompound}). */
const MIN_MODIFIER = 4;
const MIN_HEAD = 5;
/** How much the head of such a compound counts, against the word itself. */
const COMPOUND_WEIGHT = 0.7;
/** For a compound whose head the report does not know: letters of the known first part, and of the unknown head. */
const MIN_KNOWN_MODIFIER = 5;
const MIN_UNKNOWN_HEAD = 4;
/** A question word this long begins compounds whatever their end (see {@link Analyzer.expandModifiers}). */
const MIN_LONG_MODIFIER = 7;
/** How much a compound the question word begins counts, against the word itself. */
const MODIFIER_WEIGHT = 0.5;
/** How much a word for the people served ("inwoners") counts as a topic of the question: half. */
const AUDIENCE_WEIGHT = 0.5;
/** The words of the intent, stopword and filler lists: never corrected (they may still be read as cognates: oktober → October). */
const LIST_WORDS = listWords();

/** How many other words may stand between the words of a glossary phrase. */
const PHRASE_GAP = 2;

/** The particle and "ge" that open a separable verb's past participle (omgevallen, opgeruimd, aangelegd). */
const PARTICIPLE_PREFIX = /^(om|op|af|uit|in|aan|door|over|weg|terug|mee|na|voor|toe|bij|neer|samen|tegen|vast|los|dicht)ge$/;

/** Dutch verb prefixes that make a longer word from a shorter one (storing → verstoring). */
const VERB_PREFIXES = new Set(['ver', 'be', 'ge', 'ont', 'her', 'mis']);

/**
 * Turns text into search terms and questions into weighted queries.
 *
 * Plurals and compounds (kanalen/kanaal, basisregistraties/registratie, storingen/verstoringen)
 * are met half-way: the stemmer makes word forms alike, and {@link expandCompounds} matches a
 * question word to the report words it ends (the head of a Dutch compound).
 */
export class Analyzer {
  private readonly stems = new Map<string, string>();
  /** Glossary phrases by their first stem, longest first. */
  private readonly phrases = new Map<string, Phrase[]>();
  /** English glossary phrases by their first English stem, longest first. */
  private readonly englishPhrases = new Map<string, Phrase[]>();
  /** Index stems long enough to be the end of a compound. */
  private compoundHeads: string[] = [];
  /** English phrases of the English side (english.tsv) by their first English stem, longest first. */
  private readonly englishSidePhrases = new Map<string, Phrase[]>();
  private vocabularyStems = new Set<string>();
  private readonly glossaryWords = new Set<string>();
  /** Words of the English side that are their own English: names of places and things. */
  private readonly names = new Set<string>();
  /** The everyday-Dutch lexicon's entries in use (those whose term the corpus's glossary does not have). */
  private readonly lexiconEntries = new Set<GlossaryEntry>();
  /** Stems of the filler words and common verb forms: "kapotte" is as much filler as "kapot". */
  private readonly fillerStems = new Set([...FILLER, ...COMMON_VERB_FORMS].map((w) => this.stem(w)));
  /** Words of the glossary's Dutch terms (citizens' words and abbreviations). */
  private readonly dutchGlossaryWords = new Set<string>();
  /** The words of the English side, folded, and their English stems: known, never corrected. */
  private readonly englishWords = new Set<string>();
  private readonly englishStemSet = new Set<string>();
  /** The Dutch words the English side gives an English for: known words, never corrected. */
  private readonly englishSideDutch = new Set<string>();
  /** The Dutch words each English word of the English side stands for (all its lines' words). */
  private readonly dutchWordsOfEnglish = new Map<string, Set<string>>();
  private readonly domainStems: Set<string>;
  /** English stems of the words every passage is about (municipality, city, report). */
  private readonly domainEnglish = new Set([...DOMAIN_WORDS].map(englishStem));
  /** The index's words as written (folded), for English compounds read as one Dutch word. */
  private surface = new Set<string>();
  /** The same words sorted, so the compounds a question word begins are found by prefix. */
  private sortedSurface: string[] = [];
  /** One-word Dutch forms of each one-word English term of the English side (youth → jeugd). */
  private readonly dutchOfEnglish = new Map<string, string[]>();
  /** Cognates already looked up: English word → the report's Dutch words (empty: none). */
  private readonly cognates = new Map<string, string[]>();
  private speller = new Speller(() => true, []);
  /**
   * The English side the analyzer reads questions with: the corpus's english.tsv, then the lines of
   * the general lexicon and the project's own english.tsv for the report words that file lacks. Use this, not `corpus.english`, to read
   * English the way questions are read (a programme named in English, an abbreviation's English name).
   */
  readonly englishSide: readonly EnglishTerm[];
  /** The glossary questions are read with: the corpus's own entries, then the everyday-Dutch lexicon's for the terms they lack. */
  readonly glossary: GlossaryEntry[];

  /**
   * @param glossary entries whose terms are matched in questions and replaced by their expansion
   * @param english the English side of the vocabulary: an English word of a question that is no
   *   word of the report is replaced by the report words it stands for (the glossary wins where both have it)
   * @param lexicon what serves the report words `english` gives no English side (default: the general
   *   municipal lexicon corpus/words/lexicon.en.tsv, then the project's own corpus/english.tsv)
   * @param dutch everyday-Dutch synonyms for the terms `glossary` lacks (default: the general municipal
   *   lexicon corpus/words/lexicon.nl.tsv); `glossary` wins where both have a term
   */
  constructor(
    glossary: GlossaryEntry[] = [],
    english: EnglishTerm[] = [],
    lexicon: readonly EnglishTerm[] = fallbackEnglish(),
    dutch: readonly GlossaryEntry[] = dutchLexicon().entries,
  ) {
    const own = new Set(glossary);
    glossary = withDutchLexicon(glossary, (w) => this.stem(w), dutch);
    this.glossary = glossary;
    for (const entry of glossary) if (!own.has(entry)) this.lexiconEntries.add(entry);
    english = withLexicon(english, (w) => this.stem(w), lexicon);
    this.englishSide = english;
    this.domainStems = new Set([...DOMAIN_WORDS].map((w) => this.stem(w)));
    // Building reads the same phrases several times (a glossary expansion, a lexicon line's Dutch forms):
    // each is tokenized once.
    const tokenized = new Map<string, Token[]>();
    const tokens = (text: string) => {
      let found = tokenized.get(text);
      if (!found) tokenized.set(text, (found = this.tokens(text)));
      return found;
    };
    const glossaryTerms = new Set<string>();
    // What a Dutch word means by the glossary's synonyms, by its stem ("storingen" → storingen, verstoringen).
    const meaningOfStem = new Map<string, string[]>();
    for (const entry of glossary) {
      const term = tokens(entry.term).filter((t) => !t.stop);
      if (entry.type === 'synonym' && term.length === 1) meaningOfStem.set(term[0].stem, tokens(entry.expansion).filter((t) => !t.stop).map((t) => t.stem));
    }
    for (const entry of glossary) {
      const termTokens = tokens(entry.term);
      const stems = termTokens.map((t) => t.stem);
      if (stems.length === 0) continue;
      glossaryTerms.add(termTokens.map((t) => t.word).join(' '));
      // The lexicon's everyday words are no word a misspelling is corrected to: that would read an
      // unknown word as one of its hundreds of topics (see lexiconReads for the words themselves).
      if (own.has(entry)) for (const t of termTokens) if (!t.stop) this.glossaryWords.add(t.word);
      if (entry.type !== 'english') for (const t of termTokens) if (!t.stop) this.dutchGlossaryWords.add(t.word);
      let expansion = tokens(entry.expansion).filter((t) => !t.stop).map((t) => t.stem);
      // An English term means what its Dutch words mean: "outages" (storingen, uitval) reaches what the
      // Dutch "storingen" reaches, so a question ranks alike in both languages.
      if (entry.type === 'english') expansion = [...new Set(expansion.flatMap((stem) => [stem, ...(meaningOfStem.get(stem) ?? [])]))];
      const ownWords = this.lexiconEntries.has(entry) ? termTokens.filter((t) => !t.stop).map((t) => t.stem) : undefined;
      addPhrase(this.phrases, { stems, entry, expansion, ownWords });
      if (entry.type === 'english') addPhrase(this.englishPhrases, { stems: termTokens.map((t) => englishStem(t.word)), entry, expansion });
    }
    // The English of a citizen's Dutch word (inspraak → have a say) stands for what the glossary says that word means.
    const dutchMeaning = new Map<string, string[]>();
    // A line of the everyday-Dutch lexicon adds its meaning to the Dutch word's own ("openbare orde" stays itself).
    for (const entry of glossary) {
      if (entry.type !== 'synonym') continue;
      const meaning = tokens(entry.expansion).filter((t) => !t.stop).map((t) => t.stem);
      const own = this.lexiconEntries.has(entry) ? this.indexTerms(entry.term) : [];
      dutchMeaning.set(words(entry.term).join(' '), [...new Set([...own, ...meaning])]);
    }
    for (const phrase of englishSidePhrases(english, glossaryTerms, tokens, this.domainStems, dutchMeaning)) addPhrase(this.englishSidePhrases, phrase);
    for (const term of english) {
      // Its Dutch words are words too: "nummer" is no misspelling of "summer".
      const dutchParts = term.dutch.map(words);
      const dutchWords = dutchParts.flat();
      for (const w of dutchWords) this.englishSideDutch.add(w);
      const englishParts = term.english.map(words);
      // A line whose words are their own English, written with a capital, is a name ("merenwijk	Merenwijk"):
      // known, but only as a name.
      const isName = (d: readonly string[]) => d.length === 1 && term.english.some((e, j) => /^\p{Lu}/u.test(e) && englishParts[j].length === 1 && englishParts[j][0] === d[0]);
      if (dutchParts.every(isName)) for (const d of dutchParts) if (!DATE_WORDS.has(d[0])) this.names.add(d[0]);
      // (Added to in place: common words stand in hundreds of lines.)
      for (const w of englishParts.flat()) {
        let dutchOfWord = this.dutchWordsOfEnglish.get(w);
        if (!dutchOfWord) this.dutchWordsOfEnglish.set(w, (dutchOfWord = new Set()));
        for (const d of dutchWords) dutchOfWord.add(d);
        if (STOPWORDS.has(w)) continue;
        this.englishWords.add(w);
        this.englishStemSet.add(englishStem(w));
      }
      const dutch = dutchParts.filter((d) => d.length === 1).map((d) => d[0]);
      for (const parts of englishParts) {
        if (parts.length !== 1 || isFunctionWord(parts[0])) continue;
        let known = this.dutchOfEnglish.get(parts[0]);
        if (!known) this.dutchOfEnglish.set(parts[0], (known = []));
        known.push(...dutch);
      }
    }
  }

  /** The stem of one folded word; results are cached (the vocabulary is small). */
  stem(word: string): string {
    let s = this.stems.get(word);
    if (s === undefined) {
      s = stemWord(word);
      if (this.stems.size < 50_000) this.stems.set(word, s);
    }
    return s;
  }

  /** Every word of a text with its stem, stopwords marked. */
  tokens(text: string): Token[] {
    return words(text).map((word) => ({ word, stem: this.stem(word), stop: STOPWORDS.has(word) }));
  }

  /** The terms a document is indexed under: stems of its non-stopwords. */
  indexTerms(text: string): string[] {
    return this.tokens(text)
      .filter((t) => !t.stop)
      .map((t) => t.stem);
  }

  /**
   * Tells the analyzer which words the index holds (folded, not stemmed), so questions can reach
   * compound words, misspellings can be corrected, and filler words the report doesn't use dropped.
   */
  setVocabulary(indexWords: Iterable<string>): void {
    const surface = new Set(indexWords);
    this.surface = surface;
    this.sortedSurface = [...surface].sort();
    this.cognates.clear();
    this.vocabularyStems = new Set([...surface].map((w) => this.stem(w)));
    // (The traffic light is how a performance stands, named in every toelichting: no question word's
    // compound, so "heat and light" does not reach stoplicht.)
    const light = new Set(['stoplicht', 'stoplichten'].map((w) => this.stem(w)));
    this.compoundHeads = [...this.vocabularyStems].filter((t) => t.length >= 5 && !light.has(t));
    this.speller = new Speller((word) => this.isKnown(word), [...surface, ...this.glossaryWords, ...this.englishWords]);
  }

  /**
   * What an unknown question word most likely means in the report's words (see {@link Speller}).
   * Returns undefined when the word is known, a filler word, or nothing close enough exists.
   */
  correct(word: string): string[] | undefined {
    // A word the bot reads questions by is itself ("wijken … af" is no "wijzen" on a page without "wijk").
    if (LIST_WORDS.has(word)) return undefined;
    // A Dutch word the lexicons know is a word, not a slip: two letters off, it is read as another ending
    // of a report word ("financiële" → financiën), never as another word ("wetenschap" is no "waterschap").
    const fixed = this.speller.correct(word, this.englishSideDutch.has(word) || this.dutchGlossaryWords.has(word));
    // A Dutch word of the English side may be read as a report word's other form ("onderzoekt" → onderzoek)
    // or as its own English ("registratie" → registration → registratie), never as another English word
    // ("nummer" is no "summer").
    const foreign = (w: string) => this.englishWords.has(w) && !this.vocabularyStems.has(this.stem(w)) && !this.dutchWordsOfEnglish.get(w)?.has(word);
    if (fixed && this.englishSideDutch.has(word) && fixed.some(foreign)) return undefined;
    // Nor is a Dutch word the lexicons know run together from parts the report does not use: a corpus
    // without "vergunning" does not read it as "verg" and "unning" (budget|overschrijding still splits).
    const reportWord = (w: string) => this.vocabularyStems.has(this.stem(w)) || this.glossaryWords.has(w);
    if (fixed && fixed.length > 1 && this.englishSideDutch.has(word) && !fixed.every(reportWord)) return undefined;
    return fixed;
  }

  /** Does the report use this word (in any of its forms)? */
  inReport(word: string): boolean {
    return this.vocabularyStems.has(this.stem(fold(word)));
  }

  /**
   * Is this a name no page of the corpus uses, one the word lists know only as a name (a district:
   * "Merenwijk")? (A word nothing knows may be English the lists lack, as "Parliament": no sign of a name.)
   */
  isNameNotInCorpus(word: string): boolean {
    const w = fold(word);
    return this.names.has(w) && !this.inReport(w) && !this.dutchGlossaryWords.has(w);
  }

  /** Whether a folded word needs no correction: the index, the glossary or the English side has it. */
  private isKnown(word: string): boolean {
    return this.vocabularyStems.has(this.stem(word)) || this.glossaryWords.has(word) || this.englishWords.has(word) || this.englishStemSet.has(englishStem(word));
  }

  /**
   * Analyses a question: glossary phrases are replaced by the report's words (the user's own word
   * stays, at a lower weight), stopwords and domain words (gemeente, Leiden) dropped, and each
   * word extended with the compound words of the index it is the head of.
   */
  analyzeQuery(text: string): AnalyzedQuery {
    const written = this.joinCompounds(this.tokens(abbreviateIT(text)));
    const tokens = written.flatMap((t, i) => {
      // A word the everyday-Dutch lexicon reads is no misspelling of a report word, alone or as the
      // first word of a lexicon phrase the question has ("busje naar school" is not "bus naar school").
      // (The phrase is looked for only when there is a correction to keep from it.)
      const fixed = t.stop || this.lexiconReads(t) ? undefined : (this.cognate(t.word) ?? this.correct(t.word));
      return fixed && !this.opensLexiconPhrase(written, i) ? fixed.map((word) => ({ word, stem: this.stem(word), stop: false })) : [t];
    });
    const terms: QueryTerm[] = [];
    const concepts: AnalyzedQuery['concepts'] = [];
    const used: GlossaryEntry[] = [];
    const consumed = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      if (consumed.has(i)) continue;
      const match = this.matchPhrase(tokens, i);
      // An everyday word of the lexicon that is filler ("kapot", "gestolen") helps a question find the
      // report's words for it, but is no topic of its own, as the filler word itself is none; a phrase
      // of two such words ("lezen en schrijven", "oud en nieuw") is.
      const contentAt = match?.positions.filter((at) => !tokens[at].stop) ?? [];
      if (match && this.lexiconEntries.has(match.phrase.entry) && contentAt.length === 1 && this.fillerStems.has(tokens[contentAt[0]].stem)) {
        for (const at of match.positions) consumed.add(at);
        for (const term of match.phrase.expansion) terms.push({ term, weight: 0.3, concept: NO_CONCEPT, source: 'glossary' });
        continue;
      }
      if (match) {
        const concept = concepts.length;
        const audience = match.positions.every((at) => tokens[at].stop || AUDIENCE_WORDS.has(tokens[at].word));
        concepts.push({ label: match.phrase.entry.term, weight: audience ? AUDIENCE_WEIGHT : 1 });
        used.push(match.phrase.entry);
        for (const term of match.phrase.expansion) terms.push({ term, weight: 1, concept, source: 'glossary' });
        // A word of those the report uses only in compounds reaches them (student → studentenwoningen).
        // So does the word as written, which its stem may no longer begin (verslaving → verslaf, not verslavingspreventie).
        const writtenForms = words(match.phrase.entry.expansion).filter((w) => !this.vocabularyStems.has(this.stem(w)));
        for (const term of new Set([...match.phrase.expansion, ...writtenForms])) {
          if (this.vocabularyStems.has(term)) continue;
          for (const longer of this.expandModifiers(term)) if (!terms.some((t) => t.term === longer)) terms.push({ term: longer, weight: MODIFIER_WEIGHT, concept, source: 'compound' });
        }
        // The words of an English phrase of several words help ranking but do not decide scope on their
        // own: "energy transition" is not answered by a passage on energieprijzen because "energy" looks Dutch.
        const content = match.positions.filter((at) => !tokens[at].stop).length;
        const ownConcept = match.phrase.entry.type === 'english' && content > 1 ? NO_CONCEPT : concept;
        for (const at of match.positions) {
          consumed.add(at);
          const t = tokens[at];
          // (Read by its own lines, an English -ing word's Dutch stem is another word: it only helps ranking, "parking" is no "park".)
          const otherWord = match.asWritten === true && !match.phrase.expansion.includes(t.stem);
          if (!t.stop && !this.domainStems.has(t.stem)) terms.push({ term: t.stem, weight: 0.3, concept: otherWord ? NO_CONCEPT : ownConcept, source: 'word' });
        }
        continue;
      }
      const t = tokens[i];
      if (t.stop || this.domainStems.has(t.stem) || t.word.length < 2) continue;
      // Filler words, common verbs and bare numbers are no topic of their own: a word the report
      // uses still helps ranking a little, but never decides whether the question is in scope.
      if (FILLER.has(t.word) || COMMON_VERB_FORMS.has(t.word) || /^\d+$/.test(t.word)) {
        if (this.vocabularyStems.has(t.stem)) terms.push({ term: t.stem, weight: 0.3, concept: NO_CONCEPT, source: 'word' });
        continue;
      }
      const concept = concepts.length;
      concepts.push({ label: t.word, weight: AUDIENCE_WORDS.has(t.word) ? AUDIENCE_WEIGHT : 1 });
      terms.push({ term: t.stem, weight: 1, concept, source: 'word' });
      for (const term of this.expandModifiers(t.word)) terms.push({ term, weight: MODIFIER_WEIGHT, concept, source: 'compound' });
      // A compound the report does not use stands for its head (bevolkingsregister → register), and
      // its first part is a topic of its own: klimaatbeleid is not answered by any passage on beleid.
      const compound = this.splitCompound(t.word);
      if (compound?.related) {
        // A head the report does not know says how, not what about: rattenplaag is about ratten.
        for (const term of compound.related) terms.push({ term, weight: COMPOUND_WEIGHT, concept, source: 'compound' });
      } else if (compound) {
        for (const term of compound.head) terms.push({ term, weight: COMPOUND_WEIGHT, concept, source: 'compound' });
        const modifier = this.stem(compound.modifier);
        if (!this.domainStems.has(modifier)) {
          const own = concepts.length;
          concepts.push({ label: compound.modifier, weight: AUDIENCE_WORDS.has(compound.modifier) ? AUDIENCE_WEIGHT : 1 });
          terms.push({ term: modifier, weight: COMPOUND_WEIGHT, concept: own, source: 'compound' });
        }
      }
    }
    for (const term of [...terms]) {
      for (const head of this.expandCompounds(term.term)) {
        if (!terms.some((t) => t.term === head)) terms.push({ term: head, weight: term.weight * 0.7, concept: term.concept, source: 'compound' });
      }
    }
    return { terms, concepts, glossary: used };
  }

  /**
   * The longest glossary phrase starting at token `i`, on Dutch stems or (for English entries)
   * English stems. Later words may stand up to {@link PHRASE_GAP} tokens apart, as Dutch word order
   * splits them: "duurt alles zo lang" matches "duurt lang".
   */
  private matchPhrase(tokens: Token[], i: number): { phrase: Phrase; positions: number[]; asWritten?: boolean } | undefined {
    // An English phrase's words stand apart only by English function words ("swings and slides"):
    // a Dutch "busje van het station" is no "bus station".
    const tryList = (list: Phrase[] | undefined, key: (t: Token) => string, allow: (phrase: Phrase) => boolean = () => true, between: (t: Token) => boolean = () => true) => {
      let best: { phrase: Phrase; positions: number[] } | undefined;
      let bestSpan = Infinity;
      for (const phrase of list ?? []) {
        if (best && phrase.stems.length < best.phrase.stems.length) break;
        if (!allow(phrase)) continue;
        const positions = [i];
        for (let k = 1; k < phrase.stems.length; k++) {
          const from = positions[k - 1] + 1;
          let found = -1;
          for (let j = from; j <= from + PHRASE_GAP && j < tokens.length; j++) {
            if (key(tokens[j]) === phrase.stems[k]) {
              found = j;
              break;
            }
            if (!between(tokens[j])) break;
          }
          if (found < 0) break;
          positions.push(found);
        }
        if (positions.length !== phrase.stems.length) continue;
        // Of phrases as long, the one whose words stand closest: "public order and safety" is public order.
        const span = positions[positions.length - 1] - i;
        if (!best || span < bestSpan) [best, bestSpan] = [{ phrase, positions }, span];
        if (span === phrase.stems.length - 1) break;
      }
      return best;
    };
    const english = (t: Token) => englishStem(t.word);
    // (A number between is a thing of its own: "programme 5 report no …" is no "programme no.".)
    const englishGap = (t: Token) => (!DUTCH_STOPWORDS.has(t.word) || ENGLISH_STOPWORDS.has(t.word)) && !/^\d/.test(t.word);
    const englishIng = this.englishIng(tokens[i]);
    // A word of the report keeps its Dutch meaning ("brief" is a letter, not "kort"), and a filler
    // word says nothing of its own; an English phrase of more words is matched all the same.
    const single = this.isDutch(tokens[i]) || isFunctionWord(tokens[i].word);
    // (An English -ing word is no Dutch lexicon term its Dutch stem shares: "parking" is no "park".)
    const candidates = [
      tryList(this.phrases.get(tokens[i].stem), (t) => t.stem, (phrase) => !this.reportSays(phrase) && !stemOnly(phrase, tokens[i]) && !(englishIng && fold(phrase.entry.term) !== tokens[i].word)),
      tryList(this.englishPhrases.get(english(tokens[i])), english, undefined, englishGap),
      tryList(this.englishSidePhrases.get(english(tokens[i])), english, (phrase) => (!single || phrase.stems.length > 1) && !this.onlyQualifies(phrase), englishGap),
    ];
    // The longest phrase wins ("stand for" over "stand"); on a tie the glossary's, Dutch first.
    let best: { phrase: Phrase; positions: number[] } | undefined;
    for (const c of candidates) if (c && (!best || c.phrase.stems.length > best.phrase.stems.length)) best = c;
    // An English -ing word whose stem is another word of the report means what the lines that list it as
    // written say: "parking" is parkeren, not also the park of "parks" (its other forms mean all their lines).
    const collides = englishIng && this.vocabularyStems.has(tokens[i].stem);
    const exact = collides && best?.phrase.stems.length === 1 ? best.phrase.exact?.get(tokens[i].word) : undefined;
    return exact && best ? { phrase: { ...best.phrase, expansion: exact }, positions: best.positions, asWritten: true } : best;
  }


  /** Does a phrase of the everyday-Dutch lexicon, of more than one word, start at token `i` ("busje naar school")? */
  private opensLexiconPhrase(tokens: Token[], i: number): boolean {
    const match = this.matchPhrase(tokens, i);
    return match !== undefined && match.positions.length > 1 && this.lexiconEntries.has(match.phrase.entry);
  }

  /** Whether a line of the everyday-Dutch lexicon reads this word on its own (and the report does not use it). */
  private lexiconReads(t: Token): boolean {
    return this.phrases.get(t.stem)?.some((p) => p.ownWords !== undefined && p.stems.length === 1 && !this.reportSays(p)) ?? false;
  }

  /**
   * Whether a line of the everyday-Dutch lexicon is one the report makes needless: a one-word term the
   * report uses itself ("bomen", "schulden") keeps the report's own meaning and weight. A phrase is
   * read all the same: a report that says "nieuwe" and "huizen" apart does not say "nieuwe huizen".
   */
  private reportSays(phrase: Phrase): boolean {
    return phrase.ownWords?.length === 1 && this.vocabularyStems.has(phrase.ownWords[0]);
  }

  /**
   * An unknown Dutch compound as its first part and the report's words for its head: the longest
   * end of the word that the report or the glossary knows, after a first part of at least
   * {@link MIN_MODIFIER} letters (bevolkingsregister → bevolking + register, which the glossary reads
   * as registratie). Failing that, the longest first part the report knows, or begins compounds
   * with, as `related` (rattenplaag → ratten, strooiwagens → strooizout). Undefined for a word the
   * report, the glossary or the English side knows.
   */
  private splitCompound(word: string): { modifier: string; head: string[]; related?: string[] } | undefined {
    if (word.length < MIN_MODIFIER + MIN_HEAD || this.isKnown(word)) return undefined;
    for (let at = MIN_MODIFIER; at <= word.length - MIN_HEAD; at++) {
      // The linking -s of bevolking|s|register belongs to neither part.
      const modifier = word.slice(0, at).replace(/(?<=[^aeiou])s$/, '');
      // op|ge|vangen, om|ge|vallen: a separable verb's past participle, not a compound.
      if (PARTICIPLE_PREFIX.test(modifier)) {
        const verb = this.participleVerb(modifier.slice(0, -2), word.slice(at));
        if (verb) return { modifier, head: [], related: [verb] };
        continue;
      }
      if (STOPWORDS.has(modifier)) continue;
      const stem = this.stem(word.slice(at));
      const glossary = this.phrases.get(stem)?.find((p) => p.stems.length === 1 && p.entry.type === 'synonym' && !this.reportSays(p));
      if (glossary) return { modifier, head: glossary.expansion };
      if (this.vocabularyStems.has(stem) && !this.domainStems.has(stem)) return { modifier, head: [stem] };
    }
    return this.splitUnknownHead(word);
  }

  /**
   * The report's stem for a separable verb's participle, particle and rest apart: the verb itself
   * (op|vangen), else the participle or the stem without the particle (bij|gebouwd → gebouwd, bouw).
   */
  private participleVerb(particle: string, rest: string): string | undefined {
    return [particle + rest, `ge${rest}`, rest.replace(/[dt]$/, '')].map((w) => this.stem(w)).find((stem) => this.vocabularyStems.has(stem));
  }

  /**
   * A word whose end the report does not know, read as what it does know: a verb particle before a
   * report word (op|laadpalen → laadpalen); else its longest first part the report uses (ratten|plaag,
   * water|fles), or begins compounds with (strooi|wagens → strooizout), with an empty head.
   */
  private splitUnknownHead(word: string): { modifier: string; head: string[]; related: string[] } | undefined {
    const particle = /^(op|af|uit|aan|in|door|over|om|weg|terug|mee|bij|na|toe)(?=.{5})/.exec(word)?.[0];
    const afterParticle = particle && this.stem(word.slice(particle.length));
    if (particle && afterParticle && this.vocabularyStems.has(afterParticle)) return { modifier: particle, head: [], related: [afterParticle] };
    for (let at = word.length - MIN_UNKNOWN_HEAD; at >= MIN_KNOWN_MODIFIER; at--) {
      const modifier = word.slice(0, at);
      const stem = this.stem(modifier);
      if (STOPWORDS.has(modifier) || this.domainStems.has(stem)) continue;
      if (this.vocabularyStems.has(stem)) return { modifier, head: [], related: [stem] };
      const related = this.expandModifiers(modifier);
      if (related.length > 0) return { modifier, head: [], related };
    }
    return undefined;
  }

  /**
   * The report's Dutch words an English word the analyzer does not know is a cognate of, by regular
   * English→Dutch morphology (radicalisation → radicalisering, criminality → criminaliteit): only a
   * candidate the index has, as a word or as the head of its compounds (organisation → crisisorganisatie).
   * Undefined for a word the report, glossary or English side knows, and for function words.
   */
  cognate(word: string): string[] | undefined {
    let found = this.cognates.get(word);
    if (found === undefined) {
      found = [];
      if (!isFunctionWord(word) && !this.isKnown(word)) {
        for (const candidate of cognateCandidates(word)) {
          const stem = this.stem(candidate);
          if (this.domainStems.has(stem)) continue;
          if (this.vocabularyStems.has(stem) || this.expandCompounds(stem).length > 0) found.push(candidate);
        }
      }
      if (this.cognates.size < 10_000) this.cognates.set(word, found);
    }
    return found.length > 0 ? found : undefined;
  }

  /**
   * Two question words that the report writes as one Dutch compound are read as that word: English
   * "youth nuisance" is jeugdoverlast, "crisis organisation" crisisorganisatie, Dutch "jeugd overlast"
   * jeugdoverlast. Each word is tried as written, as its English side's Dutch and as its cognates,
   * joined directly or with a linking s.
   */
  private joinCompounds(tokens: Token[]): Token[] {
    // Words of a longer glossary or English-side phrase stay for that phrase ("mid-market rental" is
    // middenhuur, not mid, market and a huurwoning made of "rental homes").
    const inPhrase = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      const match = tokens[i].stop ? undefined : this.matchPhrase(tokens, i);
      if (match && match.positions.length > 1) for (const at of match.positions) inPhrase.add(at);
    }
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      const joined = b && !a.stop && !b.stop && !inPhrase.has(i) && !inPhrase.has(i + 1) ? this.compoundOf(a.word, b.word) : undefined;
      if (joined) {
        out.push({ word: joined, stem: this.stem(joined), stop: false });
        i++;
      } else out.push(a);
    }
    return out;
  }

  /** The index word that `first` and `second` make as one compound, if any. */
  private compoundOf(first: string, second: string): string | undefined {
    if (isFunctionWord(first) || isFunctionWord(second) || /\d/.test(first + second)) return undefined;
    const heads = this.dutchForms(second);
    for (const modifier of this.dutchForms(first)) {
      for (const head of heads) {
        for (const link of ['', 's']) {
          const word = modifier + link + head;
          if (word.length < 8) continue;
          // The report may write the compound in the plural: youth group → jeugdgroepen.
          const written = [word, `${word}en`, `${word}s`].find((w) => this.surface.has(w));
          if (written) return written;
        }
      }
    }
    return undefined;
  }

  /** A question word as Dutch: itself, its English side's one-word Dutch forms, its cognate guesses. */
  private dutchForms(word: string): string[] {
    return [word, ...(this.dutchOfEnglish.get(word) ?? []), ...cognateCandidates(word)].filter((w) => w.length >= 3);
  }

  /**
   * Whether an English-side phrase adds nothing but a word every passage is about to one other word,
   * and stands for no word of this report: "municipal archive" (stadsarchief, of another report) must
   * not hide "archive" (archief) in "Is the municipality digitising its archives?". A phrase with two
   * words of substance ("housing shortage") stays one topic, answered or refused as a whole.
   */
  private onlyQualifies(phrase: Phrase): boolean {
    if (phrase.stems.length < 2 || this.vocabularyStems.size === 0) return false;
    const substance = phrase.stems.filter((stem) => !this.domainEnglish.has(stem) && !STOPWORDS.has(stem));
    if (substance.length !== 1) return false;
    return !phrase.expansion.some((stem) => this.vocabularyStems.has(stem) || this.expandCompounds(stem).length > 0);
  }

  /** Whether a question word is a word of the report or of the glossary's Dutch terms. */
  private isDutch(t: Token): boolean {
    return !t.stop && !this.englishIng(t) && (this.vocabularyStems.has(t.stem) || this.dutchGlossaryWords.has(t.word));
  }

  /**
   * An English -ing word whose Dutch stem is another word ("parking" → park): no report word or Dutch
   * lexicon word writes it so (as storing, storingen), so it is the English it is ("parking" → parkeren).
   */
  private englishIng(t: Token): boolean {
    return /ing$/.test(t.word) && this.englishWords.has(t.word) && !this.dutchGlossaryWords.has(t.word) && ![t.word, `${t.word}en`].some((w) => this.surface.has(w));
  }

  /**
   * Index terms of the compounds a question word is the first part of, before a linking s, e or en
   * and an end the report knows as a word, or any end of {@link MIN_UNKNOWN_HEAD} letters after a
   * first part of at least {@link MIN_LONG_MODIFIER}: piercing → piercingshops, hotel → hotelkamers,
   * but park → not parkeerplaatsen.
   */
  expandModifiers(word: string): string[] {
    if (word.length < MIN_MODIFIER || /\d/.test(word)) return [];
    const out: string[] = [];
    const list = this.sortedSurface;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && list[i].startsWith(word); i++) {
      const rest = list[i].slice(word.length);
      const head = ['en', 'e', 's', ''].map((link) => (rest.startsWith(link) ? rest.slice(link.length) : '')).find((h) => h.length >= MIN_UNKNOWN_HEAD && (this.vocabularyStems.has(this.stem(h)) || word.length >= MIN_LONG_MODIFIER));
      if (head === undefined) continue;
      const stem = this.stem(list[i]);
      if (!out.includes(stem)) out.push(stem);
    }
    return out;
  }

  /** Index terms that end with `stem`: `registratie` → `basisregistratie`, `stor` → `verstor`. */
  expandCompounds(stem: string): string[] {
    if (stem.length < 4 || /^\d/.test(stem)) return [];
    // The part before the head must be a word of its own (basis|registratie) or a verb prefix
    // (ver|storing): "com" does not make commissie a compound of missie.
    return this.compoundHeads.filter((v) => {
      if (v === stem || !v.endsWith(stem)) return false;
      const modifier = v.slice(0, v.length - stem.length);
      return modifier.length >= 4 || VERB_PREFIXES.has(modifier);
    });
  }
}

/**
 * Whether a one-word glossary term and a longer question word share only their stem, not a word:
 * the stemmer makes "plaatsen" and "plat" (systems down) one stem, but "plaatsen" is no form of
 * "plat". A short term whose word the question word does not begin is read only as itself.
 */
function stemOnly(phrase: Phrase, token: Token): boolean {
  if (phrase.stems.length !== 1) return false;
  const term = fold(phrase.entry.term);
  // (A filler word is no other form of a term either: "nieuwe" is not "nieuws".)
  if (token.word !== term && FILLER.has(token.word)) return true;
  return term.length <= 5 && token.word.length >= term.length + 3 && !token.word.startsWith(term);
}

/** A glossary phrase: its stems, the entry, and the stems of the report words it stands for. */
interface Phrase {
  stems: string[];
  entry: GlossaryEntry;
  expansion: string[];
  /** For a line of the everyday-Dutch lexicon: the stems of its term's own words (see {@link Analyzer.reportSays}). */
  ownWords?: string[];
  /**
   * For an English word whose forms share a stem but not a meaning: the report words of the lines that list
   * each form as written ("parking" → parkeren, "parks" → park). A form no line lists has them all.
   */
  exact?: Map<string, string[]>;
}

function addPhrase(map: Map<string, Phrase[]>, phrase: Phrase): void {
  let list = map.get(phrase.stems[0]);
  if (!list) map.set(phrase.stems[0], (list = []));
  // Longest first; among equally long phrases, the one added first.
  let at = list.length;
  while (at > 0 && list[at - 1].stems.length < phrase.stems.length) at--;
  list.splice(at, 0, phrase);
}

/**
 * The English side as phrases: each English word or phrase stands for the report words of every
 * line that lists it, or lists a form of it with the same English stems (a line's "shared" and
 * another's "share" are one phrase, as a question's words are matched on stems). Left out: English
 * the glossary already has, function and filler words ("work", "take" say nothing of their own),
 * and the English for words every passage is about.
 */
function englishSidePhrases(english: EnglishTerm[], glossaryTerms: Set<string>, tokens: (text: string) => Token[], domainStems: Set<string>, dutchMeaning: Map<string, string[]>): Phrase[] {
  const domainEnglish = new Set([...DOMAIN_WORDS].map(englishStem));
  const byTerm = new Map<string, { term: string; expansion: Set<string>; dutch: Set<string>; line: number; exact: Map<string, Set<string>> }>();
  for (const term of english) {
    const dutch = term.dutch.flatMap((d) => tokens(d)).filter((t) => !t.stop);
    if (dutch.every((t) => domainStems.has(t.stem))) continue;
    const stems = term.dutch.flatMap((form) => dutchMeaning.get(words(form).join(' ')) ?? tokens(form).filter((t) => !t.stop).map((t) => t.stem));
    for (const phrase of term.english) {
      const parts = words(phrase);
      const key = parts.join(' ');
      if (!key || glossaryTerms.has(key)) continue;
      // A phrase of function words alone ("each other", "for now") is no topic a question asks about;
      // a noun made of verb forms ("waiting list") is.
      if (saysNothing(parts) || (parts.length === 1 && domainEnglish.has(englishStem(key)))) continue;
      // English words matched alike ("cycle", "cycling": both "cycl") stand for the report words of all their lines.
      const stemKey = parts.map(englishStem).join(' ');
      const entry = byTerm.get(stemKey) ?? { term: key, expansion: new Set<string>(), dutch: new Set<string>(), line: term.line, exact: new Map<string, Set<string>>() };
      for (const stem of stems) entry.expansion.add(stem);
      if (parts.length === 1) {
        const own = entry.exact.get(key) ?? new Set<string>();
        for (const stem of stems) own.add(stem);
        entry.exact.set(key, own);
      }
      entry.dutch.add(term.dutch[0]);
      byTerm.set(stemKey, entry);
    }
  }
  return [...byTerm].map(([stemKey, { term, expansion, dutch, line, exact }]) => ({
    stems: stemKey.split(' '),
    entry: { term, expansion: [...dutch].join(' '), type: 'english' as const, line },
    expansion: [...expansion],
    // (Only where forms of one stem mean different things: "parking" and "parks" are both "park".)
    exact: exact.size > 1 ? new Map([...exact].map(([word, stems]) => [word, [...stems]])) : undefined,
  }));
}

/**
 * "IT" in capitals is the English abbreviation of ICT, not the pronoun folding makes of it ("the
 * budget for IT"); a question written all in capitals says nothing either way.
 */
function abbreviateIT(text: string): string {
  return /\bIT\b/.test(text) && /[a-z]/.test(text) ? text.replace(/\bIT\b/g, 'ICT') : text;
}

/** Words that say nothing of their own in a question: stopwords, filler words, common verb forms. */
function isFunctionWord(word: string): boolean {
  return STOPWORDS.has(word) || FILLER.has(word) || COMMON_VERB_FORMS.has(word);
}

const englishStems = new Map<string, string>();
const ENGLISH_STEMS_MAX = 50_000;

/** The English stems computed so far (written by the build: see stemCache.ts). */
export function englishStemEntries(): [string, string][] {
  return [...englishStems];
}

/** Adds stems computed before (read at start: see stemCache.ts); returns how many were added. */
export function seedEnglishStems(entries: [string, string][]): number {
  let added = 0;
  for (const [word, stem] of entries) {
    if (englishStems.size >= ENGLISH_STEMS_MAX) break;
    if (typeof word === 'string' && typeof stem === 'string' && !englishStems.has(word)) {
      englishStems.set(word, stem);
      added++;
    }
  }
  return added;
}

/** English Porter stem of a folded word, cached. */
export function englishStem(word: string): string {
  let s = englishStems.get(word);
  if (s === undefined) {
    s = englishStemmer.stem(word);
    if (englishStems.size < ENGLISH_STEMS_MAX) englishStems.set(word, s);
  }
  return s;
}

/**
 * Dutch Porter stem, made a little more forgiving: plural `-ies`/`-es` and English `-y` meet the
 * Dutch `-ie` (registraties, delivery/deliveries), `-ing` goes (storing → stor, as verstoring →
 * verstor), a diminutive meets its plural (busjes → busje), and the z/s and v/f alternations meet
 * (rijbewijzen → rijbewijs, archieven → archief).
 */
function stemWord(word: string): string {
  if (/^\d/.test(word) || word.length < 3) return word;
  let w = word.replace(/ies$/, 'ie').replace(/([^aeiou])y$/, '$1ie');
  if (w.length >= 7) w = w.replace(/([^aeiou]e)s$/, '$1'); // portefeuilles, services: Porter keeps this -s
  if (w.length >= 6) w = w.replace(/jes$/, 'je'); // busjes, busje: a diminutive and its plural are one word
  w = dutchStemmer.stem(separableParticiple(w) ?? w);
  if (w.length >= 7 && w.endsWith('ing')) w = w.slice(0, -3);
  return w.replace(/z$/, 's').replace(/v$/, 'f');
}

/** The particle and "ge" of the participle of a separable verb: uit-ge-steld, op-ge-lost, bij-ge-komen. */
const SEPARABLE_PARTICIPLE = /^(uit|op|af|aan|in|door|mee|terug|voor|na|over|bij|toe|weg|vast|tegen|samen|om|neer|los|vrij|binnen|buiten|open|dicht)ge([a-z]{3,})$/;

/**
 * The participle of a separable verb read as the verb's stem, so it meets the verb and its noun:
 * uitgesteld → uitstel, voorgesteld → voorstel, uitgevoerd → uitvoer (uitvoering), toegelicht → toelicht
 * (toelichting), bijgekomen → bijkom (bijkomen). A final d or t stays where it belongs to the verb (uitgebreid → uitbreid,
 * ingericht → inricht); undefined for any other word.
 */
function separableParticiple(word: string): string | undefined {
  const m = SEPARABLE_PARTICIPLE.exec(word);
  if (!m) return undefined;
  const [, particle, rest] = m;
  let root = rest;
  if (/[^aeiou]en$/.test(rest) && rest.length >= 5) root = rest.slice(0, -2); // bij-ge-kom-en
  else if (/[^aeiouh][dt]$/.test(rest) && !/ch[dt]$/.test(rest)) root = rest.slice(0, -1); // uit-ge-stel-d, op-ge-los-t
  return root.length >= 3 ? particle + root : undefined;
}
