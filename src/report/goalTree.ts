// Reading the goal trees (doelenbomen) of one file: `Beleidsterrein 1B Name` headings and the
// flattened `Doel` / `Prestatie(s)` table below them, into the programme's areas, goals and performances.

import { parentCode, parseLineCode } from './codes';
import type { Goal, PassageKind, Performance, PolicyArea, Programme, Status } from './model';

/** A run of consecutive report lines. */
export interface LineBlock {
  start: number;
  end: number;
  lines: string[];
}

/** What the tree reader writes to: the parser's programme, its passages and its problems. */
export interface TreeSink {
  programme: Programme;
  /** Adds a passage and returns its (unique) id. */
  addPassage(kind: PassageKind, id: string, title: string, block: LineBlock, codes?: string[]): string;
  /** The passage just added last, which a wrapped title line continues. */
  lastPassage(): { text: string; title: string; lines: [number, number] } | undefined;
  warn(line: number, message: string): void;
}

const TABLE_HEADER = /^(Doel|Doelen|Prestatie|Prestaties)$/i;

/** Reads goal-tree lines one at a time, keeping the area and goal they fall under. */
export class GoalTreeReader {
  private area: PolicyArea | undefined;
  private goal: Goal | undefined;
  private lastCodeLine = -1;
  /** A goal line was skipped as mistyped: its performances stay under a goal without title. */
  private skippedGoal = false;
  /** The goal or performance of the last code line, whose title a wrapped line continues. */
  private lastItem: { title: string } | undefined;

  /**
   * @param sink where goals, performances and problems go
   * @param fileLines every line of the file, to look ahead past a goal printed as a performance
   */
  constructor(
    private readonly sink: TreeSink,
    private readonly fileLines: string[],
  ) {}

  /** The policy area read last: an explanation without an area code belongs to it. */
  get currentArea(): PolicyArea | undefined {
    return this.area;
  }

  /** A `Beleidsterrein 1B Name` heading (or an area implied by a code): later lines fall under it. */
  startArea(line: number, code: string, name: string): void {
    const { programme } = this.sink;
    const existing = programme.areas.find((a) => a.code === code);
    if (existing) this.sink.warn(line, `policy area ${code} appears twice; its goals are merged`);
    const area = existing ?? { code, name, passageId: '', goals: [], explanationIds: [], status: unknownStatus() };
    if (!existing) {
      area.passageId = this.sink.addPassage('area', code, `Beleidsterrein ${code} ${name}`, { start: line, end: line, lines: [`Beleidsterrein ${code} ${name}`] }, [code]);
      programme.areas.push(area);
    }
    this.area = area;
    this.goal = undefined;
  }

  /**
   * One line of the flattened table: a table header, a goal, a performance, or the wrapped rest
   * of the title above.
   * @param raw the line as in the file (its indentation kept in the quote)
   */
  readLine(lineNo: number, raw: string): void {
    const { sink } = this;
    const line = raw.trim();
    if (TABLE_HEADER.test(line)) return;
    const parsed = parseLineCode(line);
    if (!parsed) {
      const prev = sink.lastPassage();
      if (this.lastCodeLine === lineNo - 1 && prev) {
        // A title wrapped onto the next line of the flattened table.
        prev.text += '\n' + raw;
        prev.title += ' ' + line;
        prev.lines = [prev.lines[0], lineNo];
        if (this.lastItem) this.lastItem.title += ` ${line}`;
        this.lastCodeLine = lineNo;
        return;
      }
      sink.warn(lineNo, `unexpected line in the goal tree: "${clip(line)}"; expected a goal (1B1 Title) or a performance (1B1.1 Title)`);
      return;
    }
    this.lastCodeLine = lineNo;
    const { title } = parsed;
    let { code } = parsed;
    const areaCode = code.code.match(/^\d+[A-Z]/)![0];
    // A code of another programme under this programme's area heading is a typo ("11A2" for
    // "1A2"): kept, it would make a phantom area and leave the real goal without its title.
    if (this.area && code.programme !== this.area.code.replace(/\D+$/, '')) {
      sink.warn(lineNo, `code ${code.code} does not belong to programme ${this.area.code.replace(/\D+$/, '')} of "Beleidsterrein ${this.area.code}" above it; is it mistyped? The line is skipped`);
      // The performances below it are not promoted to the goal it should have been.
      this.skippedGoal = code.level === 'goal';
      return;
    }
    if (!this.area || this.area.code !== areaCode) {
      const known = sink.programme.areas.find((a) => a.code === areaCode);
      if (known) this.area = known;
      else {
        sink.warn(lineNo, `code ${code.code} stands outside a "Beleidsterrein ${areaCode}" heading; it is kept under that area`);
        this.startArea(lineNo, areaCode, '');
      }
    }
    const area = this.area!;
    if (code.level === 'performance') {
      const goalCode = parentCode(code.code)!;
      // The first code of a block is the goal, even when printed as a performance: `8A1. 1. Title`
      // right above `8A1.1. Title` is goal 8A1.
      if (!this.skippedGoal && !area.goals.some((g) => g.code === goalCode) && this.nextCodeIsUnder(lineNo, goalCode)) {
        sink.warn(lineNo, `goal ${goalCode} is printed as "${line.slice(0, line.indexOf(title) > 0 ? line.indexOf(title) : line.length).trim()}", like a performance; it is read as goal ${goalCode}, since the first code of a block is the goal`);
        code = { ...code, code: goalCode, level: 'goal' };
      }
    }
    const line1: LineBlock = { start: lineNo, end: lineNo, lines: [line] };
    if (code.level === 'area') {
      sink.warn(lineNo, `a bare area code "${line}" in the goal tree; expected a goal or performance`);
    } else if (code.level === 'goal') {
      if (area.goals.some((g) => g.code === code.code)) {
        sink.warn(lineNo, `goal ${code.code} appears twice; the second is skipped`);
        return;
      }
      this.skippedGoal = false;
      if (!title) sink.warn(lineNo, `goal ${code.code} has no title; expected "${code.code} Title" on one line`);
      this.goal = { code: code.code, title, passageId: sink.addPassage('goal', code.code, `${code.code} ${title}`, line1, [code.code]), performances: [], status: unknownStatus() };
      area.goals.push(this.goal);
      this.lastItem = this.goal;
    } else {
      const goalCode = parentCode(code.code)!;
      let owner = area.goals.find((g) => g.code === goalCode);
      if (!owner) {
        sink.warn(lineNo, `performance ${code.code} has no goal ${goalCode} above it; it is kept under a goal without title`);
        owner = { code: goalCode, title: '', passageId: '', performances: [], status: unknownStatus() };
        area.goals.push(owner);
      }
      if (owner.performances.some((p) => p.code === code.code)) {
        sink.warn(lineNo, `performance ${code.code} appears twice; the second is skipped`);
        return;
      }
      const performance: Performance = { code: code.code, title, passageId: sink.addPassage('performance', code.code, `${code.code} ${title}`, line1, [code.code]), status: unknownStatus() };
      owner.performances.push(performance);
      this.lastItem = performance;
      this.goal = owner;
    }
  }

  /** Is the next code line after `lineNo` (within the table) under goal `goalCode`? */
  private nextCodeIsUnder(lineNo: number, goalCode: string): boolean {
    for (let i = lineNo; i < Math.min(this.fileLines.length, lineNo + LOOKAHEAD_LINES); i++) {
      const line = this.fileLines[i].trim();
      if (SECTION_END.test(line)) return false;
      const next = parseLineCode(line);
      if (next) return next.code.level === 'performance' && parentCode(next.code.code) === goalCode;
    }
    return false;
  }
}

/** Lines a look-ahead passes before giving up: a wrapped title and the table's empty cells. */
const LOOKAHEAD_LINES = 12;
const SECTION_END = /^(Beleidsterrein|Toelichting)\b/i;

/** The status before the corpus is read for it (see `status.ts`). */
export function unknownStatus(): Status {
  return { reading: 'unknown', passageIds: [] };
}

/** A line cut for a problem message. */
export function clip(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}
