// Plain-language explanations of report words (abbreviations and jargon) found in quoted text.

import type { GlossaryEntry } from '../report/model';
import type { Gloss, Language } from './answer';

/** At most this many words are explained under one answer: more would bury the answer. */
const MAX_GLOSSES = 4;

/** Finds the glossary's explained words in a text, as whole words (a plural `-s`/`-en` included). */
export class Glosses {
  private readonly entries: { entry: GlossaryEntry; pattern: RegExp }[];

  constructor(glossary: GlossaryEntry[]) {
    this.entries = glossary
      .filter((g) => (g.type === 'abbr' || g.type === 'jargon') && g.explanation && g.explanation !== g.expansion)
      .map((entry) => ({ entry, pattern: new RegExp(`(^|[^\\p{L}])${escapeRegExp(entry.term)}(s|en)?(?![\\p{L}])`, entry.type === 'abbr' ? 'u' : 'iu') }));
  }

  /** The explanations for the words in `text`, in order of appearance, in `language` (Dutch when no English one). */
  find(text: string, language: Language): Gloss[] {
    const found: { at: number; gloss: Gloss }[] = [];
    for (const { entry, pattern } of this.entries) {
      const m = pattern.exec(text);
      if (!m) continue;
      const explanation = (language === 'en' && entry.explanationEn) || entry.explanation!;
      found.push({ at: m.index, gloss: { term: entry.term, explanation: withoutTermPrefix(explanation, entry.term) } });
    }
    return found.sort((a, b) => a.at - b.at).slice(0, MAX_GLOSSES).map((f) => f.gloss);
  }
}

/** "c.q.: casu quo: of" reads badly: an explanation that opens with the term (or its spelled-out form) drops that part where it is the term itself. */
function withoutTermPrefix(explanation: string, term: string): string {
  const m = /^([^:]{1,60}):\s+(.+)$/.exec(explanation);
  return m && m[1].toLowerCase().replace(/[^\p{L}]/gu, '').startsWith(term.toLowerCase().replace(/[^\p{L}]/gu, '').slice(0, 6)) ? m[2] : explanation;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
