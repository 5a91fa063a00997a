// The analyzer: one pipeline (tokenize → fold → stopwords → stem) for report text and questions
// alike, plus the glossary's synonyms, English terms and abbreviations for questions.

// Only the Dutch stemmer: requiring all of `natural` costs ~0.5 s and loads .env (DESIGN.md).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dutchStemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer_nl');
// English glossary terms are also matched on English stems (cooperate/cooperation, disrupted/disruption).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const englishStemmer: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer');
import type { GlossaryEntry } from '../report/model';
import { COMMON_VERB_FORMS, DOMAIN_WORDS, FILLER, STOPWORDS } from './stopwords';
import { fold, words } from './tokenize';

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

/** The concept index of terms that help ranking but are no concept of the question. */
export const NO_CONCEPT = -1;

/** How many other words may stand between the words of a glossary phrase. */
const PHRASE_GAP = 2;

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
  private vocabularyStems = new Set<string>();
  /** Words a misspelling may be corrected to: the index's words and the glossary's. */
  private spellings: string[] = [];
  private readonly glossaryWords = new Set<string>();
  private readonly domainStems: Set<string>;
  private readonly corrections = new Map<string, string[] | undefined>();

  /** @param glossary entries whose terms are matched in questions and replaced by their expansion */
  constructor(readonly glossary: GlossaryEntry[] = []) {
    this.domainStems = new Set([...DOMAIN_WORDS].map((w) => this.stem(w)));
    for (const entry of glossary) {
      const termTokens = this.tokens(entry.term);
      const stems = termTokens.map((t) => t.stem);
      if (stems.length === 0) continue;
      for (const t of termTokens) if (!t.stop) this.glossaryWords.add(t.word);
      const expansion = this.tokens(entry.expansion).filter((t) => !t.stop).map((t) => t.stem);
      addPhrase(this.phrases, { stems, entry, expansion });
      if (entry.type === 'english') addPhrase(this.englishPhrases, { stems: termTokens.map((t) => englishStem(t.word)), entry, expansion });
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
    this.corrections.clear();
    const surface = new Set(indexWords);
    this.vocabularyStems = new Set([...surface].map((w) => this.stem(w)));
    this.compoundHeads = [...this.vocabularyStems].filter((t) => t.length >= 5);
    // A misspelling is corrected to a word that can carry meaning, never to a filler word.
    this.spellings = [...new Set([...surface, ...this.glossaryWords])].filter((w) => w.length >= 4 && !/^\d/.test(w) && !FILLER.has(w) && !COMMON_VERB_FORMS.has(w) && !STOPWORDS.has(w));
  }

  /**
   * What an unknown question word most likely means in the report's words: a verb form of a word
   * the report uses (organiseert → organiseren), the closest spelling within 1 edit (2 for words
   * of 8+ letters), or the two known words of a compound (communicatieadvies → communicatie advies).
   * Returns undefined when the word is known, a filler word, or nothing close enough exists.
   */
  correct(word: string): string[] | undefined {
    // Questions repeat; the vocabulary scan is the costliest step of a question, so remember it.
    if (this.corrections.has(word)) return this.corrections.get(word);
    const result = this.findCorrection(word);
    if (this.corrections.size < 20_000) this.corrections.set(word, result);
    return result;
  }

  private findCorrection(word: string): string[] | undefined {
    if (word.length < 5 || /\d/.test(word) || FILLER.has(word) || COMMON_VERB_FORMS.has(word) || this.isKnown(word)) return undefined;
    for (const form of verbForms(word)) if (this.isKnown(form)) return [form];
    const max = word.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of this.spellings) {
      if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
      const d = editDistance(word, candidate, bestDistance - 1);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best) return [best];
    for (let i = 4; i <= word.length - 4; i++) {
      const left = word.slice(0, i);
      const right = word.slice(i);
      const link = /^[se](?=.{4})/.test(right) && !this.isKnown(right) ? right.slice(1) : right;
      if (this.isKnown(left) && this.isKnown(link)) return [left, link];
    }
    return undefined;
  }

  private isKnown(word: string): boolean {
    return this.vocabularyStems.has(this.stem(word)) || this.glossaryWords.has(word);
  }

  /**
   * Analyses a question: glossary phrases are replaced by the report's words (the user's own word
   * stays, at a lower weight), stopwords and domain words (gemeente, Leiden) dropped, and each
   * word extended with the compound words of the index it is the head of.
   */
  analyzeQuery(text: string): AnalyzedQuery {
    const tokens = this.tokens(text).flatMap((t) => {
      const fixed = t.stop ? undefined : this.correct(t.word);
      return fixed ? fixed.map((word) => ({ word, stem: this.stem(word), stop: false })) : [t];
    });
    const terms: QueryTerm[] = [];
    const concepts: AnalyzedQuery['concepts'] = [];
    const used: GlossaryEntry[] = [];
    const consumed = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      if (consumed.has(i)) continue;
      const match = this.matchPhrase(tokens, i);
      if (match) {
        const concept = concepts.length;
        concepts.push({ label: match.phrase.entry.term, weight: 1 });
        used.push(match.phrase.entry);
        for (const term of match.phrase.expansion) terms.push({ term, weight: 1, concept, source: 'glossary' });
        for (const at of match.positions) {
          consumed.add(at);
          const t = tokens[at];
          if (!t.stop && !this.domainStems.has(t.stem)) terms.push({ term: t.stem, weight: 0.3, concept, source: 'word' });
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
      concepts.push({ label: t.word, weight: 1 });
      terms.push({ term: t.stem, weight: 1, concept, source: 'word' });
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
  private matchPhrase(tokens: Token[], i: number): { phrase: Phrase; positions: number[] } | undefined {
    const tryList = (list: Phrase[] | undefined, key: (t: Token) => string) => {
      for (const phrase of list ?? []) {
        const positions = [i];
        for (let k = 1; k < phrase.stems.length; k++) {
          const from = positions[k - 1] + 1;
          let found = -1;
          for (let j = from; j <= from + PHRASE_GAP && j < tokens.length; j++) {
            if (key(tokens[j]) === phrase.stems[k]) {
              found = j;
              break;
            }
          }
          if (found < 0) break;
          positions.push(found);
        }
        if (positions.length === phrase.stems.length) return { phrase, positions };
      }
      return undefined;
    };
    return tryList(this.phrases.get(tokens[i].stem), (t) => t.stem) ?? tryList(this.englishPhrases.get(englishStem(tokens[i].word)), (t) => englishStem(t.word));
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

/** A glossary phrase: its stems, the entry, and the stems of the report words it stands for. */
interface Phrase {
  stems: string[];
  entry: GlossaryEntry;
  expansion: string[];
}

function addPhrase(map: Map<string, Phrase[]>, phrase: Phrase): void {
  const list = map.get(phrase.stems[0]) ?? [];
  list.push(phrase);
  list.sort((a, b) => b.stems.length - a.stems.length);
  map.set(phrase.stems[0], list);
}

const englishStems = new Map<string, string>();
/** English Porter stem of a folded word, cached. */
function englishStem(word: string): string {
  let s = englishStems.get(word);
  if (s === undefined) {
    s = englishStemmer.stem(word);
    if (englishStems.size < 50_000) englishStems.set(word, s);
  }
  return s;
}

/** Infinitive-like forms of a Dutch verb form: organiseert → organiseren, opgelost → oplossen, ondersteund → ondersteun. */
function verbForms(word: string): string[] {
  const forms: string[] = [];
  const m = /^(.*?)([aeiou])\2([^aeiou])t$/.exec(word);
  if (m) forms.push(`${m[1]}${m[2]}${m[3]}en`);
  if (word.endsWith('t')) forms.push(`${word.slice(0, -1)}en`, word.slice(0, -1));
  if (word.endsWith('dt')) forms.push(`${word.slice(0, -2)}den`);
  if (/^ge.{4,}[dt]$/.test(word)) {
    const stem = word.slice(2, -1); // gedigitaliseerd → digitaliseer → digitaliseren
    forms.push(`${stem}en`, `${stem.replace(/([aeiou])\1([^aeiou])$/, '$1$2')}en`);
  }
  // Separable verbs put ge- inside: opgelost → oplossen, aangevraagd → aanvragen.
  const separable = /^(op|aan|af|in|uit|mee|door|over|toe|bij|na|voor)ge(.{3,})[dt]$/.exec(word);
  if (separable) forms.push(`${separable[1]}${separable[2]}en`, `${separable[1]}${separable[2].replace(/([aeiou])\1/, '$1')}en`);
  // A participle or third person without its ending: ondersteund → ondersteun(ing).
  if (/[dt]$/.test(word)) forms.push(word.slice(0, -1));
  return forms;
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  // Two reused rows: this runs against the whole vocabulary for every unknown word.
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 16);
    rowB = new Int32Array(b.length + 16);
  }
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Dutch Porter stem, made a little more forgiving: plural `-ies`/`-es` and English `-y` meet the
 * Dutch `-ie` (registraties, delivery/deliveries), `-ing` goes (storing → stor, as verstoring →
 * verstor), and the z/s and v/f alternations meet (rijbewijzen → rijbewijs, archieven → archief).
 */
function stemWord(word: string): string {
  if (/^\d/.test(word) || word.length < 3) return word;
  let w = word.replace(/ies$/, 'ie').replace(/([^aeiou])y$/, '$1ie');
  if (w.length >= 7) w = w.replace(/([^aeiou]e)s$/, '$1'); // portefeuilles, services: Porter keeps this -s
  w = dutchStemmer.stem(w);
  if (w.length >= 7 && w.endsWith('ing')) w = w.slice(0, -3);
  return w.replace(/z$/, 's').replace(/v$/, 'f');
}
