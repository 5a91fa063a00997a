// Goal-tree codes (1B, 1B1, 1B1.3): recognising them in report lines and in questions.

/** The level of a code in the goal tree. */
export type CodeLevel = 'area' | 'goal' | 'performance';

/** A parsed code, normalised to the report's spelling (`1B1.3`). */
export interface Code {
  code: string;
  programme: string;
  level: CodeLevel;
}

/**
 * A code at the start of a report line: `1B1 Title`, `1B1.3 Title`, `8A1.1. Title`, `8A1. 1. Title`.
 * Groups: programme, area letter, goal number, performance number, rest of the line.
 */
const LINE_CODE = /^(\d{1,2})([A-Z])(\d{1,2})(?:\s?\.\s?(\d{1,2}))?\.?(?:\s+(.*))?$/;

/** Normalises the parts of a code to the report's spelling. */
export function formatCode(programme: string, letter: string, goal?: string, performance?: string): Code {
  const area = `${Number(programme)}${letter.toUpperCase()}`;
  if (!goal) return { code: area, programme: String(Number(programme)), level: 'area' };
  const goalCode = `${area}${Number(goal)}`;
  if (!performance) return { code: goalCode, programme: String(Number(programme)), level: 'goal' };
  return { code: `${goalCode}.${Number(performance)}`, programme: String(Number(programme)), level: 'performance' };
}

/** Reads a goal or performance code at the start of a report line, with the title after it. */
export function parseLineCode(line: string): { code: Code; title: string } | undefined {
  const m = LINE_CODE.exec(line.trim());
  if (!m) return undefined;
  return { code: formatCode(m[1], m[2], m[3], m[4]), title: (m[5] ?? '').trim() };
}

/** The parent code: 1B1.3 → 1B1 → 1B → undefined. */
export function parentCode(code: string): string | undefined {
  if (code.includes('.')) return code.slice(0, code.lastIndexOf('.'));
  const m = /^(\d+[A-Z])\d+$/.exec(code);
  return m ? m[1] : undefined;
}

/**
 * Codes as people type them in a question: any case, spaces around the dot (`1b1 .3`),
 * a trailing dot. A bare area code (`1B`) counts only when it cannot be a Dutch ordinal
 * (`1e`, `2de`) — those are common in report titles.
 */
const QUESTION_CODE = /(?<![\p{L}\p{N}.])(\d{1,2})([a-z])(?:\s?(\d{1,2})(?:\s?\.\s?(\d{1,2}))?)?(?![\p{L}])(?!\s?\.\s?\d)/giu;

/** Finds every goal-tree code in a question, in order, without duplicates. */
export function findCodes(text: string): Code[] {
  const found: Code[] = [];
  for (const m of text.matchAll(QUESTION_CODE)) {
    const [, programme, letter, goal, performance] = m;
    if (!goal && letter === 'e') continue; // "1e voortgangsrapportage" is an ordinal
    const code = formatCode(programme, letter, goal, performance);
    if (!found.some((c) => c.code === code.code)) found.push(code);
  }
  return found;
}

/** Codes listed at the start of an explanation paragraph: `1B1.1, 1B1.2 en 1B1.4`. */
export function leadingCodes(line: string): { codes: string[]; rest: string } {
  const codes: string[] = [];
  let rest = line.trim();
  const item = /^(\d{1,2})([A-Z])(\d{1,2})(?:\s?\.\s?(\d{1,2}))?\.?(?=[\s,:;]|$)\s*(?:,|en|and|&|:|;|-|–)?\s*/;
  for (let m = item.exec(rest); m; m = item.exec(rest)) {
    codes.push(formatCode(m[1], m[2], m[3], m[4]).code);
    rest = rest.slice(m[0].length);
  }
  return { codes, rest };
}

/** Goal and performance codes as report prose writes them (`3D1.3`, `8A1. 2.`); area codes are left out (too ambiguous in prose). */
const TEXT_CODE = /(?<![\p{L}\p{N}])(\d{1,2})([A-Z])(\d{1,2})(?:\s?\.\s?(\d{1,2}))?(?![\p{L}\p{N}])/gu;

/** Every goal or performance code in report text, with where it stands, in order. */
export function codesInText(text: string): { code: string; index: number }[] {
  const out: { code: string; index: number }[] = [];
  for (const m of text.matchAll(TEXT_CODE)) out.push({ code: formatCode(m[1], m[2], m[3], m[4]).code, index: m.index! });
  return out;
}
