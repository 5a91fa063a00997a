// Plain-language explanations of report words (abbreviations and jargon) found in quoted text.

import type { GlossaryEntry } from '../report/model';
import type { Gloss, Language } from './answer';

/** At most this many words are explained under one answer: more would bury the answer. */
const MAX_GLOSSES = 4;

/** Finds the glossary's explained words in a text, as whole words (a plural `-s`/`-en` included). */
export class Glosses {
  private readonly entries: { entry: GlossaryEntry; pattern: RegExp; word: RegExp }[];

  constructor(glossary: GlossaryEntry[]) {
    this.entries = glossary
      .filter((g) => (g.type === 'abbr' || g.type === 'jargon') && g.explanation && g.explanation !== g.expansion)
      .map((entry) => {
        const flags = entry.type === 'abbr' ? 'u' : 'iu';
        // `pattern` is tried only where `word` (the term alone) stands: a regex that opens with
        // `(^|[^\p{L}])` cannot skip ahead, and an overview can quote a million characters.
        return { entry, pattern: new RegExp(`(^|[^\\p{L}])${escapeRegExp(entry.term)}(s|en)?(?![\\p{L}])`, `${flags}y`), word: new RegExp(escapeRegExp(entry.term), `${flags}g`) };
      });
  }

  /** The explanations for the words in `text`, in order of appearance, in `language` (Dutch when no English one). */
  find(text: string, language: Language): Gloss[] {
    const found: { at: number; gloss: Gloss }[] = [];
    for (const { entry, pattern, word } of this.entries) {
      const at = firstMatch(text, pattern, word);
      if (at === undefined) continue;
      const explanation = (language === 'en' && entry.explanationEn) || entry.explanation!;
      found.push({ at, gloss: { term: entry.term, explanation: withoutTermPrefix(explanation, entry.term) } });
    }
    return found.sort((a, b) => a.at - b.at).slice(0, MAX_GLOSSES).map((f) => f.gloss);
  }
}

/**
 * Where the sticky `pattern` (`(^|[^\p{L}])term…`) first matches in `text`, found by trying it only
 * just before each place the term itself stands (`word`, global): at the start, or one character
 * (one code point: two units for a surrogate pair) before it. The same index as `pattern` without
 * the sticky flag would give, in a fraction of the time on long texts.
 */
function firstMatch(text: string, pattern: RegExp, word: RegExp): number | undefined {
  word.lastIndex = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const at = m.index;
    const start = at === 0 ? 0 : at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
    pattern.lastIndex = start;
    if (pattern.test(text)) return start;
    // Occurrences may overlap ("aa" in "aaa"): look again from the next character (code point).
    word.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  }
  return undefined;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** "c.q.: casu quo: of" reads badly: an explanation that opens with the term (or its spelled-out form) drops that part where it is the term itself. */
function withoutTermPrefix(explanation: string, term: string): string {
  const m = /^([^:]{1,60}):\s+(.+)$/.exec(explanation);
  return m && m[1].toLowerCase().replace(/[^\p{L}]/gu, '').startsWith(term.toLowerCase().replace(/[^\p{L}]/gu, '').slice(0, 6)) ? m[2] : explanation;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
