// The parser: one published report text file → a programme of the report model, with its passages.

import { codesInText, leadingCodes } from './codes';
import { clip, GoalTreeReader, type LineBlock } from './goalTree';
import type {
  CorpusProblem,
  FieldName,
  Passage,
  PassageKind,
  PolicyArea,
  Programme,
  ReportMetadata,
} from './model';

/** What one file contributes to the corpus. */
export interface ParsedFile {
  file: string;
  /** The report edition's title, from the sidecar or the file's first line. */
  edition: string;
  programme: Programme;
  passages: Omit<Passage, 'reportId' | 'url'>[];
  problems: CorpusProblem[];
}

/** Thrown when a file cannot be understood at all; names the file and line. */
export class ReportParseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ReportParseError';
  }
}

const EDITION = /\b(voortgangsrapportage|programmabegroting|begroting|jaarstukken|jaarrekening|jaarverslag|kadernota|bestuursrapportage)\b/i;
const FIELD_LABELS: [RegExp, FieldName][] = [
  [/^programma\s*nummer:?$/i, 'Programmanummer'],
  [/^commissie:?$/i, 'Commissie'],
  [/^portefeuille(\(s\)|s)?:?$/i, 'Portefeuille(s)'],
];
const MISSION = /^De missie van (?:het )?programma\s*(.*?)\s+luidt:?\s*(.*)$/i;
const STATUS = /^Stand van zaken\b/i;
const TREES = /^Doelenbom(en|en:)?$|^Doelenboom$/i;
const AREA = /^Beleidsterrein\s+(\d{1,2})\s?([A-Z])\.?\s+(.+)$/;
const EXPLANATION = /^Toelichting(?: op)?(?: de)? doelenbo(?:o|m)m(?:en)?\b\s*(?:Beleidsterrein\s+)?(?:(\d{1,2})\s?([A-Z])\b)?\s*(.*)$/i;
const BULLET = /^(\s*)([•●▪■\-–*·◦○o])\s+/;

type Section = 'preamble' | 'field' | 'mission' | 'status' | 'trees' | 'explanation';

/** A run of non-blank lines: the unit passages are cut from. */
type Block = LineBlock;

/**
 * Parses one report text file.
 * @param text the file's contents, as published (header cells as lines holding a non-breaking space)
 * @param file the path to report in problems and citations, relative to the corpus
 * @param meta the sidecar metadata, which wins over what the text says about edition and programme
 * @throws ReportParseError when the file holds no report structure at all
 */
export function parseReportFile(text: string, file: string, meta: ReportMetadata = {}): ParsedFile {
  if (text.includes('\u0000')) throw new ReportParseError(file, 1, 'this is not a text file (it holds NUL bytes); expected the report as plain UTF-8 text');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: CorpusProblem[] = [];
  const warn = (line: number, message: string) => problems.push({ severity: 'warning', file, lines: [line, line], message });

  let edition = meta.title?.trim() ?? '';
  let programmeName = '';
  const programme: Programme = { number: '', name: '', portefeuilles: [], statusIds: [], fieldIds: {}, areas: [] };
  const passages: ParsedFile['passages'] = [];
  const passageIds = new Set<string>();

  const addPassage = (kind: PassageKind, id: string, title: string, block: Block, codes: string[] = []): string => {
    let unique = id;
    for (let n = 2; passageIds.has(unique); n++) unique = `${id}-${n}`;
    passageIds.add(unique);
    passages.push({ id: unique, kind, title, text: block.lines.join('\n').trim(), codes, path: [], file, lines: [block.start, block.end] });
    return unique;
  };

  // Cut the file into blocks of consecutive non-blank lines; a line of only (non-breaking) spaces is blank.
  const blocks: Block[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/u, '');
    if (line.trim() === '') return;
    const last = blocks[blocks.length - 1];
    if (last && last.end === i) {
      last.lines.push(line);
      last.end = i + 1;
    } else blocks.push({ start: i + 1, end: i + 1, lines: [line] });
  });
  if (blocks.length === 0) throw new ReportParseError(file, 1, 'the file is empty; expected a report title or a "Beleidsterrein" heading');

  let section: Section = 'preamble';
  let field: FieldName | undefined;
  let explanationCodes: string[] = [];
  /** The title of the code sub-heading the explanation stands under (`5A1.2 Vergroenen`), if any. */
  let explanationTitle = '';
  /** A stand van zaken sub-heading waiting for the bullet it heads. */
  let statusHeading: Block | undefined;
  let explanationArea: PolicyArea | undefined;
  let editionFromText = '';
  let nameLine: Block | undefined;
  const missionBlocks: Block[] = [];

  const tree = new GoalTreeReader({ programme, addPassage, warn, lastPassage: () => passages[passages.length - 1] }, lines);
  const startArea = (line: number, code: string, name: string) => {
    tree.startArea(line, code, name);
    section = 'trees';
  };

  // Each block is either one heading line followed by content, or content; walk line by line.
  for (const block of blocks) {
    for (let k = 0; k < block.lines.length; k++) {
      const lineNo = block.start + k;
      const line = block.lines[k].trim();
      const rest: Block = { start: lineNo, end: block.end, lines: block.lines.slice(k) };

      const label = FIELD_LABELS.find(([re]) => re.test(line));
      if (label && section !== 'explanation' && section !== 'status') {
        section = 'field';
        field = label[1];
        continue;
      }
      let m = MISSION.exec(line);
      if (m) {
        section = 'mission';
        if (!programmeName && m[1]) programmeName = m[1];
        if (m[2]) missionBlocks.push({ start: lineNo, end: lineNo, lines: [m[2]] });
        continue;
      }
      if (STATUS.test(line) && section !== 'explanation') {
        section = 'status';
        continue;
      }
      if (TREES.test(line)) {
        section = 'trees';
        continue;
      }
      m = AREA.exec(line);
      if (m) {
        startArea(lineNo, `${Number(m[1])}${m[2]}`, m[3].trim());
        continue;
      }
      m = EXPLANATION.exec(line);
      if (m) {
        section = 'explanation';
        explanationCodes = [];
        explanationTitle = '';
        const code = m[1] ? `${Number(m[1])}${m[2]}` : tree.currentArea?.code;
        explanationArea = programme.areas.find((a) => a.code === code);
        if (!explanationArea) warn(lineNo, `explanation for policy area ${code ?? '(none named)'} comes before any goal tree of that area`);
        continue;
      }

      switch (section) {
        case 'preamble': {
          if (!editionFromText && EDITION.test(line)) editionFromText = line;
          else if (!nameLine) {
            nameLine = { start: lineNo, end: lineNo, lines: [line] };
            programmeName = line.replace(/^Programma\s+\d+\s*[:.-]?\s*/i, '');
          }
          else warn(lineNo, `unexpected text before the header fields: "${clip(line)}"`);
          continue;
        }
        case 'field': {
          const f = field;
          if (!f) continue;
          const id = f === 'Programmanummer' ? 'programmanummer' : field === 'Commissie' ? 'commissie' : 'portefeuilles';
          const value: Block = { start: lineNo, end: lineNo, lines: [block.lines[k]] };
          if (f === 'Programmanummer') programme.number = line.replace(/\D/g, '') || line;
          // A programme discussed in two committees lists both, one per line.
          if (f === 'Commissie') programme.commissie = programme.commissie ? `${programme.commissie}; ${line}` : line;
          if (f === 'Portefeuille(s)') programme.portefeuilles.push(line);
          const existing = programme.fieldIds[f] && passages.find((p) => p.id === programme.fieldIds[f]);
          if (existing) {
            // Several values under one label (portefeuilles) make one passage, spanning their lines.
            const first = existing.lines[0];
            existing.lines = [first, lineNo];
            existing.text = lines.slice(first - 1, lineNo).map((l) => l.trim()).filter((l) => l !== '').join('\n');
          } else programme.fieldIds[f] = addPassage('field', id, f, value);
          continue;
        }
        case 'mission': {
          missionBlocks.push(rest);
          k = block.lines.length;
          continue;
        }
        case 'status': {
          // A sub-heading ("Cultuur", "Stoplichten") on its own belongs to the bullet after it.
          if (k === 0 && block.lines.length === 1 && isSubHeading(line)) {
            statusHeading = rest;
            continue;
          }
          splitBullets(rest).forEach((piece, i) => {
            if (i === 0 && statusHeading) piece = { start: statusHeading.start, end: piece.end, lines: [...statusHeading.lines, ...piece.lines] };
            programme.statusIds.push(addPassage('status', `stand-van-zaken-${programme.statusIds.length + 1}`, 'Stand van zaken', piece));
          });
          statusHeading = undefined;
          k = block.lines.length;
          continue;
        }
        case 'trees': {
          tree.readLine(lineNo, block.lines[k]);
          continue;
        }
        case 'explanation': {
          const lead = leadingCodes(line);
          // A code sub-heading (`5A1.2 Title`): on its own, or as the first line above its paragraph.
          const shortTitle = lead.rest.length < 120 && !/[.!?:;]$/.test(lead.rest);
          const isHeading = lead.codes.length > 0 && (lead.rest === '' || (shortTitle && (k === block.lines.length - 1 || lead.rest.length < 80)));
          if (isHeading && k === block.lines.length - 1) {
            explanationCodes = lead.codes;
            explanationTitle = lead.rest;
            continue;
          }
          if (lead.codes.length > 0) {
            explanationCodes = lead.codes;
            explanationTitle = isHeading ? lead.rest : '';
          } else if (ownCodes(rest.lines.join(' '), explanationArea ?? tree.currentArea).some((c) => !explanationCodes.includes(c))) {
            // A paragraph after a code sub-heading's block that names other codes of its area is about those
            // ("Bij 2A1.1 en 2A3.1 loopt de uitvoering volgens planning"), not the sub-heading's. A code of
            // another area ("… (4C1.1) …") may be a related one the paragraph mentions: it keeps the sub-heading.
            explanationCodes = [];
            explanationTitle = '';
          }
          const owner = explanationArea ?? tree.currentArea;
          const areaCode = owner?.code ?? 'programma';
          const heading = explanationCodes.length ? `Toelichting ${explanationCodes.join(', ')}${explanationTitle ? ` ${explanationTitle}` : ''}` : `Toelichting beleidsterrein ${areaCode}`;
          // One passage per block: a paragraph, or a code sub-heading with the bullets right under it.
          const n = (owner?.explanationIds.length ?? 0) + 1;
          // A paragraph without leading codes still explains the codes it names ("… De Zijlhoek (8B1.2) start later").
          const named = explanationCodes.length ? [] : ownCodes(rest.lines.join(' '), owner);
          const codes = explanationCodes.length ? explanationCodes : named.length ? named : owner ? [owner.code] : [];
          const id = addPassage('explanation', `toelichting-${areaCode}-${n}`, named.length ? `Toelichting ${named.join(', ')}` : heading, rest, codes);
          owner?.explanationIds.push(id);
          k = block.lines.length;
          continue;
        }
      }
    }
  }

  if (missionBlocks.length > 0) {
    // The mission is one passage across its paragraphs.
    const first = missionBlocks[0];
    const last = missionBlocks[missionBlocks.length - 1];
    const text = missionBlocks.length === 1 ? first.lines : [...first.lines, ...lines.slice(first.end, last.end).map((l) => l.trim())];
    programme.missionId = addPassage('mission', 'missie', 'Missie', { start: first.start, end: last.end, lines: text });
  }
  edition ||= editionFromText;

  // Programme number and name: header first, then the sidecar, then the codes themselves.
  const metaProgramme = /^Programma\s+(\d+)\s*(.*)$/i.exec(meta.programme?.trim() ?? '');
  if (!programme.number) programme.number = metaProgramme?.[1] ?? programme.areas[0]?.code.replace(/\D+$/, '') ?? '';
  programme.name = programmeName || metaProgramme?.[2] || meta.programme || '';

  if (!edition) throw new ReportParseError(file, blocks[0].start, 'cannot tell which report this is; expected a title such as "2de Voortgangsrapportage 2022" on the first line, or a "title" in the sidecar .json');
  if (!programme.number && programme.areas.length === 0 && passages.length === 0) {
    throw new ReportParseError(file, blocks[0].start, 'found no programme header and no "Beleidsterrein" heading; is this a report page?');
  }
  for (const a of programme.areas) {
    if (!a.code.startsWith(programme.number)) warn(passages.find((p) => p.id === a.passageId)!.lines[0], `policy area ${a.code} does not belong to programme ${programme.number}`);
  }

  if (nameLine) programme.passageId = addPassage('programme', 'programma', `Programma ${programme.number} ${programme.name}`, nameLine);
  qualifyProgrammeIds(programme, passages);
  setPaths(edition, programme, passages);
  return { file, edition, programme, passages, problems };
}

/**
 * Codes already name their programme; header, mission and status passages get its number as a
 * prefix (`1-missie`) so that several programmes of one report never share an id.
 */
function qualifyProgrammeIds(programme: Programme, passages: ParsedFile['passages']): void {
  const renamed = new Map<string, string>();
  for (const p of passages) {
    if (p.kind === 'programme' || p.kind === 'field' || p.kind === 'mission' || p.kind === 'status') {
      renamed.set(p.id, `${programme.number}-${p.id}`);
      p.id = `${programme.number}-${p.id}`;
    }
  }
  const rename = (id: string) => renamed.get(id) ?? id;
  if (programme.passageId) programme.passageId = rename(programme.passageId);
  if (programme.missionId) programme.missionId = rename(programme.missionId);
  programme.statusIds = programme.statusIds.map(rename);
  for (const key of Object.keys(programme.fieldIds) as FieldName[]) programme.fieldIds[key] = rename(programme.fieldIds[key]!);
}

/** Gives every passage its breadcrumb: report › programme › area › goal. */
function setPaths(edition: string, programme: Programme, passages: ParsedFile['passages']): void {
  const programmeLabel = `Programma ${programme.number} ${programme.name}`.trim();
  const byCode = new Map<string, string>();
  for (const a of programme.areas) {
    byCode.set(a.code, `Beleidsterrein ${a.code} ${a.name}`.trim());
    for (const g of a.goals) byCode.set(g.code, `${g.code} ${g.title}`.trim());
  }
  for (const p of passages) {
    const path = [edition, programmeLabel];
    const code = p.kind === 'explanation' ? p.codes[0] : p.kind === 'area' ? undefined : p.codes[0];
    if (code) {
      const area = code.match(/^\d+[A-Z]/)?.[0];
      if (area && byCode.has(area)) path.push(byCode.get(area)!);
      const goal = code.match(/^\d+[A-Z]\d+/)?.[0];
      if (goal && p.kind !== 'goal' && byCode.has(goal)) path.push(byCode.get(goal)!);
    }
    if (p.kind === 'explanation') path.push(p.title);
    p.path = path;
  }
}

/** The codes a text names that belong to the area it explains (all it names when the area is unknown). */
function ownCodes(text: string, area: { code: string } | undefined): string[] {
  return [...new Set(codesInText(text).map((c) => c.code))].filter((c) => !area || c.startsWith(area.code));
}

/** A short line without end punctuation that is not a bullet: a sub-heading in the prose. */
function isSubHeading(line: string): boolean {
  return line.length <= 60 && !/[.!?:;,]$/.test(line) && !BULLET.test(line);
}

/**
 * Splits a block of the *Stand van zaken* into passages: a paragraph, then one passage per
 * top-level bullet with its nested bullets and the sub-heading right above it. The first bullet's
 * mark and indent define "top level".
 */
function splitBullets(block: Block): Block[] {
  const pieces: Block[] = [];
  let top: string | undefined;
  let headed = false;
  block.lines.forEach((line, i) => {
    const bullet = BULLET.exec(line);
    const mark = bullet ? `${bullet[1].length}${bullet[2]}` : undefined;
    if (mark && top === undefined) top = mark;
    // A sub-heading line right above a bullet ("Energietoeslag" / "• De energietoeslag is …") heads
    // that bullet: they are one passage.
    const next = block.lines[i + 1];
    const heading = !mark && isSubHeading(line.trim()) && next !== undefined && BULLET.test(next);
    const startsPiece = pieces.length === 0 || heading || (mark !== undefined && mark === top && !headed);
    headed = heading;
    if (startsPiece) pieces.push({ start: block.start + i, end: block.start + i, lines: [line] });
    else {
      const piece = pieces[pieces.length - 1];
      piece.lines.push(line);
      piece.end = block.start + i;
    }
  });
  return pieces;
}

