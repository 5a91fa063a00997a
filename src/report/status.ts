// What the report says about the progress of each code (DESIGN.md "status"): read from the
// toelichting, from colour sentences ("Alleen prestatie 3D1.3 krijgt een oranje stoplicht") and
// from the sidecar's restored traffic lights. Read, never guessed.

import { codesInText } from './codes';
import type { CorpusProblem, Goal, MentionedCode, Passage, Performance, PolicyArea, Report, Status, TrafficLight } from './model';

/** The sidecar colours of one file, to apply to the report it belongs to. */
export interface SidecarStatus {
  file: string;
  colours: Record<string, TrafficLight>;
}

/** "There are no deviations": the whole area, or the codes of a paragraph, run as budgeted. */
const NO_DEVIATION = /\bgeen (noemenswaardige |relevante |grote )?afwijking(en)?\b|\bconform (de )?begroting\b|\bno deviations?\b/i;
/** A colour word, and the words that make it a traffic light ("groene ruimte" is not one): a sentence that gives a light. */
const COLOUR = /\b(groen|groene|oranje|rood|rode)\b/gi;
export const LIGHT = /\bstoplicht(en)?\b|\bkleur(t|en|de)?\b|\b(staat|staan|stond|stonden|springt|springen|sprong|gaat|gaan|ging|blijft|blijven)( [\p{L}]+){0,2} op (groen|oranje|rood)\b|\bop (groen|oranje|rood) (gezet|gesprongen|gekomen)\b|\bscoor(t|en)\b/iu;
/** "Alle prestaties …" or "bijna allemaal …": a colour said of the programme's performances at large. */
const ALL = /\b(alle|allemaal|overige|andere)\b/i;
const EXCEPTION = /\b(alleen|behalve|uitgezonderd|met uitzondering van|enkel)\b/i;

/**
 * Sets `status` on every area, goal and performance of the report, and collects the codes the text
 * names that no goal tree holds. Problems: sidecar colours for codes the report does not know, and
 * sidecar colours that contradict the text.
 */
export function readStatus(report: Report, sidecars: SidecarStatus[], problems: CorpusProblem[]): void {
  const byId = new Map(report.passages.map((p) => [p.id, p]));
  const tree = new Map<string, Status>();
  for (const programme of report.programmes) {
    for (const area of programme.areas) {
      tree.set(area.code, area.status);
      for (const goal of area.goals) {
        tree.set(goal.code, goal.status);
        for (const perf of goal.performances) tree.set(perf.code, perf.status);
      }
    }
  }

  // Codes the text names outside the goal trees.
  const mentioned = new Map<string, MentionedCode>();
  for (const p of report.passages) {
    if (p.kind !== 'status' && p.kind !== 'explanation' && p.kind !== 'mission') continue;
    for (const code of new Set([...p.codes.filter((c) => /\d$/.test(c)), ...codesInText(p.text).map((c) => c.code)])) {
      if (tree.has(code)) continue;
      let m = mentioned.get(code);
      if (!m) mentioned.set(code, (m = { code, level: code.includes('.') ? 'performance' : 'goal', passageIds: [], status: { reading: 'unknown', passageIds: [] } }));
      if (!m.passageIds.includes(p.id)) m.passageIds.push(p.id);
    }
  }
  report.mentionedCodes = [...mentioned.values()];
  const statusOf = (code: string) => tree.get(code) ?? mentioned.get(code)?.status;

  // The toelichting: explained, or no deviation.
  for (const programme of report.programmes) {
    for (const area of programme.areas) readArea(area, byId);
  }
  for (const m of report.mentionedCodes) {
    const explaining = m.passageIds.filter((id) => byId.get(id)?.kind === 'explanation' && byId.get(id)!.codes.includes(m.code));
    if (explaining.length) m.status = { reading: 'explained', passageIds: explaining };
  }

  // Colours stated in the text.
  for (const programme of report.programmes) {
    const performancesOf = (areas: readonly PolicyArea[]) => areas.flatMap((a) => a.goals.flatMap((g) => g.performances));
    // The stand van zaken speaks of the programme; an area's toelichting of that area ("bijna alle
    // prestaties van dit beleidsterrein staan op groen" colours none of the other areas).
    const all = performancesOf(programme.areas);
    const scoped = [
      ...programme.statusIds.map((id) => ({ id, performances: all })),
      ...programme.areas.flatMap((a) => a.explanationIds.map((id) => ({ id, performances: performancesOf([a]) }))),
    ];
    for (const { id, performances } of scoped) {
      const p = byId.get(id);
      if (!p) continue;
      for (const said of coloursIn(p, performances)) {
        if (said.codes === 'rest') {
          // "Bijna allemaal groen. Alleen 3D1.3 oranje": the others of the programme (or area) are green.
          for (const perf of performances) if (!perf.status.colour && !said.except?.includes(perf.code)) setColour(perf.status, said.colour, p.id);
          continue;
        }
        for (const code of said.codes) {
          const status = statusOf(code);
          if (status) setColour(status, said.colour, p.id, true);
        }
      }
    }
  }

  // The sidecar restores the table's column; it wins, and a contradiction is reported.
  for (const { file, colours } of sidecars) {
    for (const [code, colour] of Object.entries(colours)) {
      const status = statusOf(code);
      if (!status) {
        problems.push({ severity: 'warning', file, lines: [1, 1], message: `sidecar status names ${code}, which ${report.title} does not hold; it is ignored` });
        continue;
      }
      if (status.colourSource === 'text' && status.colour !== colour) {
        const where = byId.get(status.colourPassageId!);
        problems.push({ severity: 'warning', file, lines: [1, 1], message: `sidecar status gives ${code} ${colour}, but the text${where ? ` (${where.file}:${where.lines[0]})` : ''} says ${status.colour}; the sidecar's colour is used` });
      }
      status.colour = colour;
      status.colourSource = 'sidecar';
      status.colourFile = file;
      delete status.colourPassageId;
    }
  }
}

/** One area's toelichting → the status of the area, its goals and performances. */
function readArea(area: PolicyArea, byId: Map<string, Passage>): void {
  const explanations = area.explanationIds.map((id) => byId.get(id)).filter((p): p is Passage => p !== undefined);
  const general = explanations.filter((p) => p.codes.length === 0 || (p.codes.length === 1 && p.codes[0] === area.code));
  const specific = explanations.filter((p) => !general.includes(p));
  const areaSaysNone = general.filter((p) => NO_DEVIATION.test(p.text));
  const explaining = (code: string) => specific.filter((p) => p.codes.includes(code) && !NO_DEVIATION.test(p.text));
  const sayingNone = (code: string) => specific.filter((p) => p.codes.includes(code) && NO_DEVIATION.test(p.text));

  const readCode = (code: string, status: Status, below: string[]): void => {
    const own = [code, ...below].flatMap((c) => explaining(c).map((p) => ({ c, p })));
    if (own.length > 0) {
      status.reading = 'explained';
      status.passageIds = unique(own.map((o) => o.p.id));
      if (below.length > 0 || own.some((o) => o.c !== code)) status.explainedCodes = unique(own.map((o) => o.c));
      return;
    }
    const none = sayingNone(code);
    if (none.length > 0) {
      status.reading = 'no-deviation';
      status.passageIds = none.map((p) => p.id);
    } else if (areaSaysNone.length > 0) {
      status.reading = 'no-deviation';
      status.passageIds = areaSaysNone.map((p) => p.id);
    } else if (specific.length > 0) {
      // The toelichting explains other codes of the area only.
      status.reading = 'no-deviation';
      status.passageIds = unique(specific.map((p) => p.id));
    }
  };

  const codesBelow = (goal: Goal) => goal.performances.map((p) => p.code);
  for (const goal of area.goals) {
    for (const perf of goal.performances) readCode(perf.code, perf.status, []);
    readCode(goal.code, goal.status, codesBelow(goal));
  }
  const all = area.goals.flatMap((g) => [g.code, ...codesBelow(g)]);
  readCode(area.code, area.status, all);
  // An area whose toelichting speaks only of the area as a whole, without saying there are no
  // deviations, stays unknown for its codes, but the area is explained by it.
  if (area.status.reading === 'unknown' && general.length > 0 && areaSaysNone.length === 0) {
    area.status.reading = 'explained';
    area.status.passageIds = general.map((p) => p.id);
  }
}

/** The colours a passage states: per code, or for "the rest" of the programme's performances. */
export function coloursIn(p: Passage, performances: readonly Performance[] = []): ColourSaid[] {
  const out: ColourSaid[] = [];
  const sentences = p.text.split(/(?<=[.!?])\s+|\n+/);
  const hasException = sentences.some((s) => EXCEPTION.test(s) && codesInText(s).length > 0);
  for (const sentence of sentences) {
    if (!LIGHT.test(sentence)) continue;
    const colours = [...sentence.matchAll(COLOUR)].map((m) => ({ colour: normalise(m[1]), index: m.index! }));
    if (colours.length === 0) continue;
    const codes = codesInText(sentence);
    const exception = EXCEPTION.exec(sentence);
    if (codes.length === 0) {
      // "Bijna alle prestaties staan op groen; alleen de wachttijden voor jeugdhulp en de vernieuwing van
      // speelplekken lopen achter": the rest is green, but not the exceptions, named by their titles' words.
      const described = exception && colours.length === 1 && colours[0].index < exception.index && ALL.test(sentence.slice(0, exception.index)) ? describedIn(sentence.slice(exception.index + exception[0].length), performances) : undefined;
      if (described) out.push({ codes: 'rest', colour: colours[0].colour, except: described });
      else if (ALL.test(sentence) && colours.length === 1 && (hasException || !/\bbijna\b/i.test(sentence))) out.push({ codes: 'rest', colour: colours[0].colour });
      // A paragraph under its code heading ("1B1.3: … krijgt een groen stoplicht") speaks of those codes.
      else if (p.kind === 'explanation' && colours.length === 1 && p.codes.some((c) => /\d$/.test(c))) out.push({ codes: p.codes.filter((c) => /\d$/.test(c)), colour: colours[0].colour });
      continue;
    }
    // "Bijna alle prestaties staan op groen; alleen 6A1.3 krijgt oranje": the part before the exception
    // colours the rest, and the codes take their colours from the part after it.
    const leadColours = exception ? colours.filter((c) => c.index < exception.index) : [];
    const splits = exception !== null && ALL.test(sentence.slice(0, exception.index)) && leadColours.length === 1 && codes.every((c) => c.index > exception.index);
    const ownColours = splits ? colours.filter((c) => c.index > exception.index) : colours;
    if (ownColours.length === 0) continue;
    if (splits) out.push({ codes: 'rest', colour: leadColours[0].colour });
    // Each code takes the first colour after it, or the last before it.
    for (const { code, index } of codes) {
      const after = ownColours.find((c) => c.index > index);
      const before = [...ownColours].reverse().find((c) => c.index < index);
      const colour = (after ?? before)!.colour;
      out.push({ codes: [code], colour });
    }
  }
  return out;
}

/** A colour a passage gives: to codes, or to the rest of the programme's performances (but those excepted). */
export interface ColourSaid {
  codes: string[] | 'rest';
  colour: TrafficLight;
  /** Performances a "rest" reading leaves out: the exceptions it names by description. */
  except?: string[];
}

/** Words too common in titles and sentences to tell performances apart. */
const COMMON_TITLE_WORDS = /^(van|voor|met|door|naar|over|bij|alle|meer|minder|nieuwe?|lopen|loopt|achter|planning|schema|staan|staat|zijn|worden|wordt|krijgen|krijgt|nog|niet)$/;
/** Words compared by their first letters, so "vernieuwing" meets "vernieuwen" and "speelplekken" "speelplek". */
const PREFIX = 6;

/**
 * The performances a list of descriptions names ("de wachttijden voor specialistische jeugdhulp en de
 * vernieuwing van speelplekken"), each description the one title that shares the most of its words
 * (at least two, or its only one); undefined unless every description names one, so an exception the
 * text describes in other words than a title never lets the rest be coloured. A word the title has as
 * it stands counts twice a word that only begins alike: "schuldhulpverlening" names "Uitvoeren van
 * schuldhulpverlening", not "Ondersteunen van schuldhulpmaatjes".
 */
function describedIn(text: string, performances: readonly Performance[]): string[] | undefined {
  const contentWords = (t: string) => (t.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON_TITLE_WORDS.test(w));
  const titles = performances.map((perf) => {
    const words = contentWords(perf.title);
    return { code: perf.code, words: new Set(words), keys: new Set(words.map((w) => w.slice(0, PREFIX))) };
  });
  const parts = text.split(/,|\ben\b|\bof\b/).map(contentWords).filter((words) => words.length > 0);
  if (parts.length === 0 || titles.length === 0) return undefined;
  const codes: string[] = [];
  for (const words of parts) {
    const scored = titles
      .map((t) => {
        const alike = words.filter((w) => t.keys.has(w.slice(0, PREFIX)));
        return { code: t.code, shared: alike.length, weight: alike.length + alike.filter((w) => t.words.has(w)).length };
      })
      .sort((a, b) => b.weight - a.weight);
    const [best, second] = scored;
    if (best.shared < Math.min(2, words.length) || (second && second.weight === best.weight)) return undefined;
    codes.push(best.code);
  }
  return codes;
}

function setColour(status: Status, colour: TrafficLight, passageId: string, specific = false): void {
  if (status.colour && !specific) return;
  status.colour = colour;
  status.colourSource = 'text';
  status.colourPassageId = passageId;
}

function normalise(word: string): TrafficLight {
  const w = word.toLowerCase();
  return w.startsWith('groen') ? 'groen' : w === 'oranje' ? 'oranje' : 'rood';
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/**
 * A status in one line with its sources, for `lint-corpus`:
 * `explained (1B1.1): file.txt:128,130 | oranje from sidecar file.json`.
 */
export function formatStatus(status: Status, report: Report): string {
  const where = (ids: string[]) => {
    const byFile = new Map<string, number[]>();
    for (const id of ids) {
      const p = report.passages.find((q) => q.id === id);
      if (p) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.lines[0]]);
    }
    return [...byFile].map(([file, lines]) => `${file}:${lines.join(',')}`).join(' ');
  };
  const parts = [`${status.reading}${status.explainedCodes ? ` (${status.explainedCodes.join(', ')})` : ''}${status.passageIds.length ? `: ${where(status.passageIds)}` : ''}`];
  if (status.colour) parts.push(`${status.colour} from ${status.colourSource === 'sidecar' ? `sidecar ${status.colourFile}` : `text ${where([status.colourPassageId!])}`}`);
  return `[${parts.join(' | ')}]`;
}
