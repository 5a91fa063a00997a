// Long list answers in pages: an overview or deviation list over several programmes shows the first
// programmes whole, names the rest, and offers to continue with each, so it stays readable in a card,
// in Teams and in Web Chat. Channel-neutral: the text, citations and items of the Answer are cut alike.

import type { Answer, AnswerItem, Citation, Language } from './answer';

/** Lines of a list answer shown before the rest is paged (a phone screen or two). */
export const PAGE_LINES = 16;
/** Continuations offered as suggestions, one per programme not shown. */
const MAX_CONTINUATIONS = 3;

const WORDS: Record<Language, { rest: (names: string[]) => string; programme: string }> = {
  nl: { rest: (names) => `Nog ${names.length === 1 ? '1 programma' : `${names.length} programma's`}, elk op een eigen vraag: ${names.join('; ')}.`, programme: 'programma' },
  en: { rest: (names) => `${names.length === 1 ? 'One more programme' : `${names.length} more programmes`}, each on a question of its own: ${names.join('; ')}.`, programme: 'programme' },
};

/** A section of a list answer: a bold heading at the start of a line and the lines under it. */
interface Section {
  programme: string | undefined;
  heading: string;
  lines: string[];
}

/**
 * The answer with only its first programmes when it lists more than {@link PAGE_LINES} lines over
 * several programmes; the others are named in one line and offered as suggestions ("Welke prestaties
 * wijken af, programma 5?"). Citations are renumbered to the markers the shown text keeps, in order;
 * `items` keep the whole list, citing only what the shown text cites.
 * An answer that is short, or about one programme, comes back unchanged.
 */
export function paged(answer: Answer, pageLines = PAGE_LINES): Answer {
  if (answer.kind !== 'list') return answer;
  const lines = answer.text.split('\n');
  if (lines.length <= pageLines + 2) return answer;
  const intro: string[] = [];
  const sections: Section[] = [];
  for (const line of lines) {
    const heading = /^\*\*(.+?)\*\*/.exec(line);
    if (heading) sections.push({ programme: programmeOf(heading[1]), heading: heading[1], lines: [line] });
    else if (sections.length === 0) intro.push(line);
    else sections[sections.length - 1].lines.push(line);
  }
  // Sections of one programme stay together, in the order the programmes first appear: a page ends between programmes.
  const groups: Section[][] = [];
  for (const s of sections) {
    const same = s.programme !== undefined ? groups.find((g) => g[0].programme === s.programme) : undefined;
    if (same) same.push(s);
    else groups.push([s]);
  }
  if (groups.length < 2 || groups.some((g) => g[0].programme === undefined)) return answer;
  const shown: Section[][] = [];
  let count = intro.length;
  for (const g of groups) {
    const size = g.reduce((n, s) => n + s.lines.length, 0);
    if (shown.length > 0 && count + size > pageLines) break;
    shown.push(g);
    count += size;
  }
  const rest = groups.slice(shown.length);
  if (rest.length === 0) return answer;
  const w = WORDS[answer.language];
  const names = rest.map((g) => nameOf(g, answer.citations, w.programme));
  const kept = [...intro, ...shown.flat().flatMap((s) => s.lines)].join('\n');
  const { text, citations, renumber } = keepCited(kept, answer.citations);
  // Items stay whole (a renderer may page them itself); those no longer cited lose their citation number.
  const items = answer.items?.map((item) => renumbered(item, renumber));
  const ask = answer.question.replace(/[\s?.!]+$/, '');
  const continuations = rest.slice(0, MAX_CONTINUATIONS).map((g) => `${ask}, ${w.programme} ${g[0].programme}?`);
  return {
    ...answer,
    text: `${text}\n${w.rest(names)}`,
    citations,
    ...(items ? { items } : {}),
    suggestions: [...continuations, ...answer.suggestions].slice(0, Math.max(answer.suggestions.length, continuations.length + 1)),
  };
}

/** The programme number a section heading names: "programma 5 Sociaal domein", "Beleidsterrein 5A Jeugd". */
function programmeOf(heading: string): string | undefined {
  return /\b(?:programma|programme)\s+(\d{1,2})\b/i.exec(heading)?.[1] ?? /\b(\d{1,2})[A-Z](?:\d|\b)/.exec(heading)?.[1];
}

/** "programma 5 Sociaal domein" as the heading says it, else as the path of a passage it cites says it. */
function nameOf(group: Section[], citations: Citation[], programme: string): string {
  const heading = group[0].heading;
  if (/^(programma|programme)\s+\d/i.test(heading)) return heading;
  const marker = /\[(\d+)\]/.exec(group.flatMap((s) => s.lines).join('\n'));
  const path = marker ? citations[Number(marker[1]) - 1]?.path[1] : undefined;
  const name = path && /^Programma\s+(\d{1,2})\s+(.+)$/.exec(path);
  return name && name[1] === group[0].programme ? `${programme} ${name[1]} ${name[2]}` : `${programme} ${group[0].programme}`;
}

/** The text with its `[n]` markers renumbered in order of appearance, and the citations they keep. */
function keepCited(text: string, citations: Citation[]): { text: string; citations: Citation[]; renumber: Map<number, number> } {
  const renumber = new Map<number, number>();
  const kept: Citation[] = [];
  const out = text.replace(/\[(\d+)\]/g, (marker, n: string) => {
    const old = Number(n);
    const c = citations[old - 1];
    if (!c) return marker;
    if (!renumber.has(old)) {
      kept.push(c);
      renumber.set(old, kept.length);
    }
    return `[${renumber.get(old)}]`;
  });
  return { text: out, citations: kept, renumber };
}

function renumbered(item: AnswerItem, renumber: Map<number, number>): AnswerItem {
  const { citation, children, ...rest } = item;
  const n = citation !== undefined ? renumber.get(citation) : undefined;
  return { ...rest, ...(n !== undefined ? { citation: n } : {}), ...(children ? { children: children.map((c) => renumbered(c, renumber)) } : {}) };
}
