// Spelling correction of question words: an unknown word is read as the report word it most
// likely means (a verb form, a spelling within an edit or two, or a compound of two known words).

import { COMMON_VERB_FORMS, FILLER, STOPWORDS } from './stopwords';

/** Remember this many corrected words: questions repeat, and the vocabulary scan is the costly step. */
const CACHE_SIZE = 20_000;

/**
 * Corrects question words to the words of a vocabulary.
 *
 * @example
 * const speller = new Speller((w) => known.has(w), known);
 * speller.correct('organiseert'); // ['organiseren'] when the report says "organiseren"
 */
export class Speller {
  /** Words a misspelling may be corrected to: only words that can carry meaning. */
  private readonly candidates: string[];
  private readonly cache = new Map<string, string[] | undefined>();

  /**
   * @param isKnown whether a folded word needs no correction (the index or a term list has it)
   * @param candidates folded words a misspelling may be corrected to
   */
  constructor(
    private readonly isKnown: (word: string) => boolean,
    candidates: Iterable<string>,
  ) {
    // A misspelling is corrected to a word that can carry meaning, never to a filler word.
    this.candidates = [...new Set(candidates)].filter((w) => w.length >= 4 && !/^\d/.test(w) && !FILLER.has(w) && !COMMON_VERB_FORMS.has(w) && !STOPWORDS.has(w));
  }

  /**
   * What an unknown question word most likely means in the vocabulary's words: a verb form of a
   * known word (organiseert → organiseren), the closest spelling within 1 edit (2 for words of 8+
   * letters), or the two known words of a compound (communicatieadvies → communicatie advies).
   * Returns undefined when the word is known, a filler word, or nothing close enough exists.
   * @param known the word is a real word the caller's word lists know: two edits away, only another
   *   ending will do ("financiële" → financiën; "wetenschap" is no "waterschap")
   */
  correct(word: string, known = false): string[] | undefined {
    const key = known ? `${word}\u0000` : word;
    if (this.cache.has(key)) return this.cache.get(key);
    const result = this.find(word, known);
    if (this.cache.size < CACHE_SIZE) this.cache.set(key, result);
    return result;
  }

  private find(word: string, known: boolean): string[] | undefined {
    if (word.length < 5 || /\d/.test(word) || FILLER.has(word) || COMMON_VERB_FORMS.has(word) || this.isKnown(word)) return undefined;
    for (const form of [...verbForms(word), ...diminutiveBases(word)]) if (this.isKnown(form)) return [form];
    const max = word.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of this.candidates) {
      if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
      const d = editDistance(word, candidate, bestDistance - 1);
      // A typing slip seldom touches the first letter: a word that differs there is another word (raken is
      // no zaken, netter no letter, afspraak no inspraak); a participle two letters from another is another
      // verb (geslagen is no gestegen).
      if (candidate[0] !== word[0] || (d === 2 && /^ge.{4,}(en|[dt])$/.test(word))) continue;
      // A word the lists know is two letters from another only in its ending (financiële → financiën,
      // registratie → registration); two letters inside it make another word (wetenschap is no waterschap).
      if (known && d === 2 && commonPrefix(word, candidate) < word.length - 3) continue;
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
}

/** How many letters two words share at their start. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
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

/**
 * What a Dutch diminutive may be made from: boompjes → boom, busje → bus, balletje → bal, koninkje → koning,
 * stoeltje → stoel, kaartje → kaart. Which ending a word has is not always clear from its letters
 * (kaart-je, stoel-tje), so every reading is offered and the caller keeps the one the report knows.
 */
function diminutiveBases(word: string): string[] {
  const m = /^(.{3,}?)(etjes?|pjes?|tjes?|kjes?|jes?)$/.exec(word);
  if (!m) return [];
  const [, base, ending] = m;
  const forms: string[] = [];
  if (ending.startsWith('etje')) forms.push(base.replace(/([^aeiou])\1$/, '$1'));
  if (ending.startsWith('pje') && base.endsWith('m')) forms.push(base);
  if (ending.startsWith('kje') && base.endsWith('n')) forms.push(`${base}g`); // koninkje → koning
  // ("kaartje" reads as kaar + tje as well as kaart + je.)
  if (ending.startsWith('tje')) forms.push(base, base.replace(/([aeiou])\1$/, '$1'), `${base}t`);
  if (ending.startsWith('je')) forms.push(base);
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
