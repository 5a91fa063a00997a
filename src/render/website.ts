// Answer → what a resident reads on the website: plain words, the quote once, one source with a
// link, no goal codes or file lines unless the question used a code, jargon explained.

import type { Answer, Citation, Language } from '../qa/answer';
import { cutOnWord } from '../qa/sentences';

/** The website's own words, by language. */
const LABELS: Record<Language, { source: string; read: string; words: string; more: string; about: string; explanationOf: string; explanation: string; abbreviations: RegExp }> = {
  nl: { source: 'Bron', read: 'Lees dit in het rapport', words: 'Uitleg:', more: 'Vertel meer hierover', about: 'Meer over', explanationOf: 'Uitleg bij', explanation: 'toelichting', abbreviations: /^Afkortingen:/ },
  en: { source: 'Source', read: 'Read this in the report', words: 'In plain words:', more: 'Tell me more', about: 'More about', explanationOf: 'Explanation of', explanation: 'explanation', abbreviations: /^Abbreviations:/ },
};

/** A goal-tree code as it stands in answers (1B, 1B1, 1B1.3), with a list of them ("1B1.1, 1B1.2 en 1B1.4"). */
const CODE = /\b\d{1,2}[A-Z](?:\d{1,2}(?:\.\d{1,2})?)?\b/;
const CODE_LIST = new RegExp(`${CODE.source}(?:(?:\\s*,\\s*|\\s+(?:en|and|t/m|tot en met)\\s+)${CODE.source})*`, 'g');
/** Suggested questions are cut here: a button, not a paragraph. */
const SUGGESTION_MAX = 48;

/** A suggested question for residents: the words on the button, and the question it sends. */
export interface ResidentSuggestion {
  title: string;
  value: string;
}

/** Options for {@link renderForResidents}. */
export interface ResidentOptions {
  /** The question named a code: then codes may stay (the resident uses them). Default: false. */
  showCodes?: boolean;
  /** The title of a code in the answer's report, without the code ("Organiseren van verkiezingen"). */
  titleOf?: (code: string) => string | undefined;
}

/**
 * The answer as Markdown for the website: the engine's sentences and the quote (once), without
 * `[n]` markers; a plain explanation of report words; one source line naming the report and the
 * section, with a link to the published page. Codes are replaced by what they stand for unless
 * the question used one.
 */
export function renderForResidents(answer: Answer, options: ResidentOptions = {}): { text: string; suggestions: ResidentSuggestion[] } {
  const l = LABELS[answer.language];
  const plain = (line: string) => (options.showCodes ? line : withoutCodes(line, options.titleOf));
  // A quote of several lines is one block quote: each of its lines gets the quote mark.
  let source = answer.text;
  for (const c of answer.citations) if (c.quote.includes('\n') && source.includes(`> ${c.quote}`)) source = source.replace(`> ${c.quote}`, `> ${c.quote.split('\n').filter((q) => q.trim()).join('\n> ')}`);
  const lines = source.split('\n');
  const out: string[] = [];
  lines.forEach((raw, i) => {
    if (l.abbreviations.test(raw)) return; // the glosses below explain them in plain words
    // A bold heading right above its quote: the source line names the section once.
    if (/^\*\*[^*]+\*\*$/.test(raw) && lines[i + 1]?.startsWith('> ')) return;
    const line = plain(raw.replace(/\s*\[\d+\]/g, '')).replace(/\*\*\s*\*\*/g, '').replace(/\s+([:.,;])/g, '$1').trimEnd();
    if (line.replace(/[>*\-\s:]/g, '') !== '') out.push(line);
  });
  // One paragraph a line; a quote's lines stay one block quote, a list one list.
  const paragraphs = out.join('\n').replace(/\n(?!\n|\s*- |> )/g, '\n\n').replace(/(?<=^|\n)(> [^\n]*)\n(?=> )/g, '$1\n>\n');
  const parts = [paragraphs];
  if (answer.glosses?.length) parts.push(`${l.words} ${answer.glosses.map((g) => `*${g.term}*: ${g.explanation}`).join('; ')}.`);
  if (answer.citations.length) parts.push(sourceLine(answer.citations, answer.language));
  return { text: parts.join('\n\n'), suggestions: residentSuggestions(answer, options) };
}

/**
 * The one source line of an answer: "Bron: 2de Voortgangsrapportage 2022 — Bestuur en
 * dienstverlening › Stand van zaken. [Lees dit in het rapport](url)"; the sections of all cited
 * passages (up to three), the report and link of the first.
 */
export function sourceLine(citations: Citation[], language: Language): string {
  const l = LABELS[language];
  const c = citations[0];
  const sections = unique(citations.map((x) => plainSection(x, language)).filter(Boolean));
  const where = `${c.path[0] ?? ''}${sections.length ? ` — ${sections.slice(0, 3).join('; ')}` : ''}`;
  return `${l.source}: ${where}.${c.url ? ` [${l.read}](${c.url})` : ''}`;
}

/** Where a passage stands, in words a resident knows: programme and area names, no codes. */
export function plainSection(c: Citation, language: Language): string {
  const l = LABELS[language];
  // Goals are long sentences: the area says where a passage stands well enough.
  const parts = c.path.slice(1).filter((p) => !/^\d{1,2}[A-Z]\d/.test(p)).map((p) => plainHeading(p, l.explanation)).filter(Boolean);
  const own = plainHeading(c.title, l.explanation);
  if (!CODE.test(c.title.split(' ')[0]) && own && !parts.includes(own)) parts.push(own);
  return unique(parts).join(' › ');
}

/**
 * A passage's title in a resident's words: a goal or performance without its code, an
 * explanation as "Uitleg bij <what it explains>", an area by its name.
 */
export function plainTitle(c: Citation, language: Language, titleOf?: (code: string) => string | undefined): string {
  const l = LABELS[language];
  if (/^Toelichting\b/i.test(c.title)) {
    const code = c.title.match(CODE)?.[0];
    const what = (code && titleOf?.(code)) || plainHeading(c.path[2] ?? '', l.explanation);
    return what ? `${l.explanationOf} ${lowerFirst(what)}` : l.explanationOf;
  }
  return plainHeading(c.title, l.explanation) || c.title;
}

/** A path step or title without its code: "Beleidsterrein 1B Dienstverlening" → "Dienstverlening", "Toelichting 1B1.1, 1B1.2" → "toelichting". */
function plainHeading(heading: string, explanation: string): string {
  if (/^Toelichting\b/i.test(heading)) return explanation;
  return heading
    .replace(/^Programma\s+\d+\s*/i, '')
    .replace(/^Beleidsterrein\s+/i, '')
    .replace(new RegExp(`^${CODE.source}\\s*`), '')
    .trim();
}

/** Codes out of a line: a code before its own title goes, a code alone becomes its title in quotes. */
export function withoutCodes(line: string, titleOf?: (code: string) => string | undefined): string {
  // A line that began with a code begins with what followed it ("5B1 Kinderen … heeft 2 prestaties"); an indented one keeps its indent.
  const indent = /^\s*/.exec(line)![0];
  return indent + line
    .replace(/\b[Bb]eleidsterrein\s+(?=\d{1,2}[A-Z]\b)/g, '')
    .replace(/\b(Toelichting|Explanation)\s+/g, '$1 ')
    .replace(CODE_LIST, (list, offset: number, whole: string) => {
      const codes: string[] = list.match(new RegExp(CODE.source, 'g')) ?? [];
      const after = whole.slice(offset + list.length).replace(/^[\s*]+/, '');
      const title = codes.length === 1 ? titleOf?.(codes[0]) : undefined;
      // "1A2.3 Organiseren van verkiezingen": the title follows; the code is dropped.
      if (title && after.toLowerCase().startsWith(title.toLowerCase().slice(0, 12))) return '';
      if (codes.length === 1 && title) return `‘${cutOnWord(title, 60)}’`;
      if (/^[\s*]*$/.test(after) || /^[:.;,)]/.test(after)) return ''; // "Toelichting 1B1.1, 1B1.2 en 1B1.4" → "Toelichting"
      // "alleen 6A1.3 en 6C2.1 krijgen een oranje stoplicht": the codes are the sentence's subject, so each becomes its title.
      const titles = codes.map((code) => titleOf?.(code) ?? '');
      if (codes.length > 1 && titles.every(Boolean)) return list.replace(new RegExp(CODE.source, 'g'), (code: string) => `‘${cutOnWord(titles[codes.indexOf(code)], 60)}’`);
      return '';
    })
    .replace(/(\S) {2,}/g, '$1 ')
    .replace(/^(\s*[->]\s)\s+/, '$1')
    // "**1A Bestuur**" lost its code: "** Bestuur**" → "**Bestuur**" (an opening mark only).
    .replace(/(^|[\s(>])\*\*\s+(?=\S)/g, '$1**')
    .trimStart();
}

/** Suggestions in everyday words; each button still sends the question the engine knows. */
function residentSuggestions(answer: Answer, options: ResidentOptions): ResidentSuggestion[] {
  const l = LABELS[answer.language];
  const out: ResidentSuggestion[] = [];
  if (answer.citations.length > 0 && answer.kind !== 'clarify') out.push({ title: l.more, value: l.more });
  for (const s of answer.suggestions) {
    if (options.showCodes || !CODE.test(s)) {
      out.push({ title: cutOnWord(s, SUGGESTION_MAX), value: s });
      continue;
    }
    const code = s.match(CODE)![0];
    const title = options.titleOf?.(code);
    if (!title) continue; // a code nobody can read is no suggestion for a resident
    // The title is the report's Dutch: an English button says in English how it relates to this answer.
    const english = answer.language === 'en' ? relationLabel(s, code, answer.citations[0]?.id) : undefined;
    const label = english ?? (/^Toelichting\b/i.test(s) ? `${l.explanationOf} ${lowerFirst(title)}` : `${l.about} ${lowerFirst(title)}`);
    out.push({ title: cutOnWord(label, SUGGESTION_MAX), value: s });
  }
  return uniqueBy(out, (s) => s.title).slice(0, 4);
}

/**
 * An English button for a suggestion that names a code, in words of how it relates to the code the
 * answer is about (the goal above it, what falls under it, its siblings, its explanation), since the
 * code's title is Dutch. "Toelichting" suggestions are the explanation.
 */
export function relationLabel(suggestion: string, code: string, about: string | undefined): string {
  const level = (c: string) => (/\.\d/.test(c) ? 'performance' : /\d[A-Z]\d/.test(c) ? 'goal' : 'area');
  if (/^Toelichting\b|explanation/i.test(suggestion)) return 'Why: the explanation';
  const here = about && CODE.test(about) ? about : undefined;
  if (!here) return level(code) === 'area' ? 'About this policy area' : level(code) === 'goal' ? 'About this goal' : 'About this task';
  if (code === here) return /falls under|valt onder/i.test(suggestion) ? 'What falls under it' : 'More about this';
  if (here.startsWith(code)) return level(code) === 'area' ? 'The policy area it is part of' : 'The goal it serves';
  if (code.startsWith(here)) return 'What falls under it';
  const parent = (c: string) => c.replace(/\.\d+$/, '').replace(/^(\d+[A-Z])\d+$/, '$1');
  if (parent(code) === parent(here)) return level(code) === 'performance' ? 'Other tasks of the same goal' : level(code) === 'goal' ? 'Other goals of this area' : 'Other policy areas';
  return 'A related part of the report';
}

/** A title continues a sentence in lower case ("Uitleg bij organiseren van …"); a name keeps its capital ("RijnlandRoute", "Burgerzaken"). */
function lowerFirst(s: string): string {
  const first = s.split(/\s/)[0];
  const name = /\p{Lu}/u.test(first.slice(1)) || !/\s/.test(s.trim());
  return /^[A-Z][a-z]/.test(s) && !name ? s[0].toLowerCase() + s.slice(1) : s;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && Boolean(seen.add(key(t))));
}
