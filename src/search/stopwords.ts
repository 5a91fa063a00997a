// Words that carry no meaning for retrieval, or no topic of their own, in Dutch and English. The
// words themselves are data (corpus/words/*.tsv, see wordLists.ts); this module says what they do.

import { Phrases, wordSet } from './wordLists';

/** Dutch function words (also evidence of a Dutch question): stopwords.nl.tsv. */
export const DUTCH_STOPWORDS: ReadonlySet<string> = wordSet('stopwords.nl');
/** English function words (also evidence of an English question): stopwords.en.tsv. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = wordSet('stopwords.en');
/** Function words dropped from documents and questions. */
export const STOPWORDS: ReadonlySet<string> = new Set([...DUTCH_STOPWORDS, ...ENGLISH_STOPWORDS]);

/**
 * Words every passage of this corpus is about (the municipality, the report itself): dropped from
 * questions so that "wat doet de gemeente Leiden aan het weer?" is not answered for "gemeente" (domain.tsv).
 */
export const DOMAIN_WORDS: ReadonlySet<string> = wordSet('domain');

/**
 * Words for the people the municipality serves ("inwoners", "residents"): they say who is affected,
 * rarely what about, so they weigh half as a question's topic (audience.tsv).
 */
export const AUDIENCE_WORDS: ReadonlySet<string> = wordSet('audience');

/** Questions asking for a reason (why.tsv). */
export const WHY_WORDS = Phrases.load('why');

/**
 * Common verbs, adjectives and adverbs of questions ("behandelt", "responsible", "many"), number
 * words and the single words of a "why". In a question they count only when the report itself uses
 * them: a question is not out of scope because it says "who is responsible", but it is when its
 * subject ("jeugdzorg") is unknown (filler.tsv, numbers.*.tsv, why.tsv).
 */
export const FILLER: ReadonlySet<string> = new Set([...wordSet('filler'), ...wordSet('numbers.nl'), ...wordSet('numbers.en'), ...WHY_WORDS.entries.filter((w) => !w.includes(' '))]);

/** The inflected forms of a Dutch infinitive (verbs.nl.tsv): present, past and participle. */
function dutchForms(verb: string): string[] {
  const doubled = /([^aeiou])\1en$/.test(verb); // zeggen → zeg: a short vowel stays short
  // gaan, staan, bestaan, doen, zien: the stem drops only the -n (bestaa → bestaat).
  const stem = /(aan|oen|ien)$/.test(verb) ? verb.slice(0, -1) : verb.replace(/en$/, '').replace(/([^aeiou])\1$/, '$1');
  const long = !doubled && /[^aeiou][aeiou][^aeiou]$/.test(stem) ? stem.replace(/([aeiou])([^aeiou])$/, '$1$1$2') : stem;
  // A stem does not end in v or z: blijven → blijf, blijft; geven → geef; lezen → lees.
  const devoiced = [stem, long].map((s) => s.replace(/v$/, 'f').replace(/z$/, 's'));
  // Verbs with a prefix (vertellen, behandelen) form the participle without ge-: verteld.
  const forms = [...new Set([stem, long, ...devoiced])].flatMap((s) => [verb, s, `${s}t`, `${s}d`, `${s}te`, `${s}ten`, `${s}de`, `${s}den`, `ge${s}d`, `ge${s}t`]);
  // A separable verb takes ge- after its prefix: indelen → ingedeeld, ophalen → opgehaald.
  const separable = SEPARABLE_PREFIX.exec(verb);
  if (!separable) return forms;
  const prefix = separable[1];
  const participles = dutchForms(verb.slice(prefix.length)).filter((f) => f.startsWith('ge')).map((f) => prefix + f);
  return [...forms, ...participles];
}

/** Prefixes that split off a Dutch verb ("deelt in", "ingedeeld"). */
const SEPARABLE_PREFIX = /^(aan|af|in|op|uit|mee|toe|terug|langs|bij|na|weg|vast|samen)(?=[^aeiou]?[a-z]{3,})/;

/** The inflected forms of an English base form (verbs.en.tsv). */
function englishForms(verb: string): string[] {
  const base = verb.replace(/e$/, '');
  // A short verb ending in one vowel and a consonant doubles it in the past: flag → flagged, plan → planned.
  // (Not the -ing form: "planning", "setting" are nouns a question may be about.)
  const doubled = /(^|[^aeiou])[aeiou][bdgklmnprt]$/.test(verb) ? [`${verb}${verb.at(-1)}ed`] : [];
  return [verb, `${verb}s`, `${verb}es`, `${base}ed`, `${verb}d`, `${base}ing`, `${verb.replace(/y$/, 'ies')}`, `${verb.replace(/y$/, 'ied')}`, ...doubled];
}

/** Inflected forms of common verbs (verbs.nl.tsv, verbs.en.tsv): questions use them, but they never name a topic of their own. */
export const COMMON_VERB_FORMS: ReadonlySet<string> = new Set([
  ...[...wordSet('verbs.nl')].flatMap(dutchForms),
  ...[...wordSet('verbs.en')].flatMap(englishForms),
]);

/**
 * Whether an English phrase of the English side says nothing of its own, so that no question is read
 * through it: words that are all function words, filler or common verb forms ("each other", "set up",
 * "most important"). Two or more words without a function word among them, one of which is a verb
 * form, name a thing all the same: "waiting list", "building sites", "spending cuts".
 */
export function saysNothing(words: readonly string[]): boolean {
  const functional = (w: string) => STOPWORDS.has(w) || FILLER.has(w) || COMMON_VERB_FORMS.has(w);
  if (!words.every(functional)) return false;
  const namesAThing = words.length >= 2 && !words.some((w) => STOPWORDS.has(w)) && words.some((w) => COMMON_VERB_FORMS.has(w));
  return !namesAThing;
}
