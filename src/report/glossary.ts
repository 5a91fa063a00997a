// The glossary: citizens' words, English terms and abbreviations, mapped to the report's words.

import type { CorpusProblem, GlossaryEntry } from './model';

/**
 * Finds an abbreviation (`BRP`, `c.q.`) as a whole word of text: escaped, since "c.q." holds dots,
 * and bounded by letters, not `\b`, since it may end in a dot. The one pattern for indexing and answers.
 */
export function abbreviationPattern(term: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
}

const TYPES = new Set<GlossaryEntry['type']>(['synonym', 'english', 'abbr', 'jargon']);

/**
 * Parses `glossary.tsv`: `term<TAB>expansion<TAB>type<TAB>explanation<TAB>English explanation`, one entry a line;
 * `#` starts a comment line. A malformed line is reported with its number and skipped.
 */
export function parseGlossary(text: string, file: string): { entries: GlossaryEntry[]; problems: CorpusProblem[] } {
  const entries: GlossaryEntry[] = [];
  const problems: CorpusProblem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [term, expansion, type = 'synonym', explanation, explanationEn] = raw.split('\t').map((c) => c.trim());
    if (!term || !expansion) {
      problems.push({ severity: 'warning', file, lines: [i + 1, i + 1], message: 'expected "term<TAB>expansion[<TAB>type<TAB>explanation]"; line skipped' });
      return;
    }
    if (!TYPES.has(type as GlossaryEntry['type'])) {
      problems.push({ severity: 'warning', file, lines: [i + 1, i + 1], message: `unknown type "${type}"; expected synonym, english, abbr or jargon; line skipped` });
      return;
    }
    entries.push({ term, expansion, type: type as GlossaryEntry['type'], explanation: explanation || undefined, explanationEn: explanationEn || undefined, line: i + 1 });
  });
  return { entries, problems };
}
