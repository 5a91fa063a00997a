// Reading the goal trees (doelenbomen) of one file: `Beleidsterrein 1B Name` headings and the
// flattened `Doel` / `Prestatie(s)` table below them, into the programme's areas, goals and performances.

import { parentCode, parseLineCode } from './codes';
import type { Goal, PassageKind, Performance, PolicyArea, Programme } from './model';

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
  /** The goal or performance of the last code line, whose title a wrapped line continues. */
  private lastItem: { title: string } | undefined;

  constructor(private readonly sink: TreeSink) {}

  /** The policy area read last: an explanation without an area code belongs to it. */
  get currentArea(): PolicyArea | undefined {
    return this.area;
  }

  /** A `Beleidsterrein 1B Name` heading (or an area implied by a code): later lines fall under it. */
  startArea(line: number, code: string, name: string): void {
    const { programme } = this.sink;
    const existing = programme.areas.find((a) => a.code === code);
    if (existing) this.sink.warn(line, `policy area ${code} appears twice; its goals are merged`);
    const area = existing ?? { code, name, passageId: '', goals: [], explanationIds: [] };
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
    const { code, title } = parsed;
    const areaCode = code.code.match(/^\d+[A-Z]/)![0];
    if (!this.area || this.area.code !== areaCode) {
      const known = sink.programme.areas.find((a) => a.code === areaCode);
      if (known) this.area = known;
      else {
        sink.warn(lineNo, `code ${code.code} stands outside a "Beleidsterrein ${areaCode}" heading; it is kept under that area`);
        this.startArea(lineNo, areaCode, '');
      }
    }
    const area = this.area!;
    const line1: LineBlock = { start: lineNo, end: lineNo, lines: [line] };
    if (code.level === 'area') {
      sink.warn(lineNo, `a bare area code "${line}" in the goal tree; expected a goal or performance`);
    } else if (code.level === 'goal') {
      if (area.goals.some((g) => g.code === code.code)) {
        sink.warn(lineNo, `goal ${code.code} appears twice; the second is skipped`);
        return;
      }
      this.goal = { code: code.code, title, passageId: sink.addPassage('goal', code.code, `${code.code} ${title}`, line1, [code.code]), performances: [] };
      area.goals.push(this.goal);
      this.lastItem = this.goal;
    } else {
      const goalCode = parentCode(code.code)!;
      let owner = area.goals.find((g) => g.code === goalCode);
      if (!owner) {
        sink.warn(lineNo, `performance ${code.code} has no goal ${goalCode} above it; it is kept under a goal without title`);
        owner = { code: goalCode, title: '', passageId: '', performances: [] };
        area.goals.push(owner);
      }
      if (owner.performances.some((p) => p.code === code.code)) {
        sink.warn(lineNo, `performance ${code.code} appears twice; the second is skipped`);
        return;
      }
      const performance: Performance = { code: code.code, title, passageId: sink.addPassage('performance', code.code, `${code.code} ${title}`, line1, [code.code]) };
      owner.performances.push(performance);
      this.lastItem = performance;
      this.goal = owner;
    }
  }
}

/** A line cut for a problem message. */
export function clip(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}
