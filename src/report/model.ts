// The report model: the types every other layer speaks, named in the report's own terms.

/** Where a piece of text stands in the corpus: file (relative path) and 1-based inclusive lines. */
export interface SourceRef {
  file: string;
  lines: [number, number];
}

/**
 * What a passage is. `field` is a header field (programmanummer, commissie, portefeuilles),
 * `status` a piece of the *Stand van zaken*, `explanation` a paragraph of a *Toelichting doelenboom*.
 */
export type PassageKind =
  | 'programme'
  | 'field'
  | 'mission'
  | 'status'
  | 'area'
  | 'goal'
  | 'performance'
  | 'explanation';

/** A quotable piece of report text, verbatim, with its place in the report. */
export interface Passage extends SourceRef {
  /** Unique within its report: the goal code (`1B1.3`) or a slug (`missie`, `toelichting-1B-2`). */
  id: string;
  /** The report edition this passage belongs to (see {@link Report.id}). */
  reportId: string;
  kind: PassageKind;
  /** A short heading for the passage: `1B1.3 Op orde houden basisregistraties (BRP, BAG, BGT)`. */
  title: string;
  /** The verbatim report text (the file's lines joined with newlines, trimmed). */
  text: string;
  /** Goal codes the passage is about: its own code, or the codes an explanation names. */
  codes: string[];
  /** Breadcrumb from the report to the passage. */
  path: string[];
  /** Link to the published page. */
  url?: string;
}

/** Stoplicht: the traffic light the published table shows per performance. */
export type TrafficLight = 'groen' | 'oranje' | 'rood';

/**
 * What the report itself says about the progress of one area, goal or performance (never guessed):
 * - `explained`: a toelichting names the code (or, for an area or goal, a code below it);
 *   usually a deviation being explained, though some explain a performance that is green;
 * - `no-deviation`: the area's toelichting says there are no deviations ("geen afwijkingen"), or
 *   explains only other codes of the area — "the report explains no deviation for it", which is
 *   not the same as "on schedule";
 * - `unknown`: the report says nothing about it.
 * A traffic light comes on top, where the text states one or the sidecar restores the table's column.
 */
export interface Status {
  reading: 'explained' | 'no-deviation' | 'unknown';
  /** The passages that say it, in report order: the explanations, or the area's toelichting. */
  passageIds: string[];
  /** For an explained area or goal: the codes at or below it that the toelichting names. */
  explainedCodes?: string[];
  colour?: TrafficLight;
  /** Where the colour comes from: a sentence of the report (`text`) or the sidecar's `status` (`sidecar`). */
  colourSource?: 'text' | 'sidecar';
  /** The passage whose sentence gives the colour (text), or the sidecar file (sidecar). */
  colourPassageId?: string;
  colourFile?: string;
}

/** Prestatie: a performance the council funds to reach a goal. */
export interface Performance {
  code: string;
  title: string;
  passageId: string;
  status: Status;
}

/** Doel: a goal within a policy area. */
export interface Goal {
  code: string;
  title: string;
  passageId: string;
  performances: Performance[];
  status: Status;
}

/** Beleidsterrein: a policy area of a programme (`1B Dienstverlening`). */
export interface PolicyArea {
  code: string;
  name: string;
  passageId: string;
  goals: Goal[];
  /** Passage ids of the area's *Toelichting doelenboom*, in report order. */
  explanationIds: string[];
  status: Status;
}

/** Header field name as the report prints it. */
export type FieldName = 'Programmanummer' | 'Commissie' | 'Portefeuille(s)';

/** A programme of one report edition. */
export interface Programme {
  number: string;
  name: string;
  /** Passage id of the programme's title line, if the file has one. */
  passageId?: string;
  /** The committee(s) that discuss the programme; two on their own lines are joined with "; ". */
  commissie?: string;
  portefeuilles: string[];
  /** Passage id of the mission (*missie*), if the report states one. */
  missionId?: string;
  /** Passage ids of the *Stand van zaken*, in report order. */
  statusIds: string[];
  /** Passage ids of the header fields, by field. */
  fieldIds: Partial<Record<FieldName, string>>;
  areas: PolicyArea[];
}

/** One report edition (`2de Voortgangsrapportage 2022`) with the programmes the corpus holds. */
export interface Report {
  /** A slug of the title: `2de-voortgangsrapportage-2022`. */
  id: string;
  title: string;
  municipality?: string;
  url?: string;
  published?: string;
  programmes: Programme[];
  passages: Passage[];
  files: string[];
  /**
   * Goal and performance codes the text names (stand van zaken, toelichting) that no goal tree of
   * the corpus holds: their tree line is not loaded, but what the text says about them is.
   */
  mentionedCodes: MentionedCode[];
}

/** A code the report's text names whose goal-tree line is not in the corpus. */
export interface MentionedCode {
  code: string;
  level: 'goal' | 'performance';
  /** The passages that name it, in report order. */
  passageIds: string[];
  status: Status;
}

/** A problem found while reading the corpus; `severity: 'error'` means the file was skipped. */
export interface CorpusProblem extends SourceRef {
  severity: 'error' | 'warning';
  message: string;
}

/** Sidecar metadata: `<same name>.json` beside a report text file. */
export interface ReportMetadata {
  title?: string;
  municipality?: string;
  programme?: string;
  url?: string;
  published?: string;
  /**
   * Traffic lights by code (`{"1B1.1": "oranje"}`): the published table's colour column, which the
   * text export loses, restored by a clerk.
   */
  status?: Record<string, TrafficLight>;
}

/** A glossary entry: a term users say, and the report's words for it. */
export interface GlossaryEntry {
  /** What users type: a citizen's word, an English term, or an abbreviation. */
  term: string;
  /** The report's words it stands for. */
  expansion: string;
  /**
   * `abbr` entries explain an abbreviation the report uses (BRP → Basisregistratie Personen);
   * `jargon` entries only explain a report word for residents and take no part in search.
   */
  type: 'synonym' | 'english' | 'abbr' | 'jargon';
  /** A plain explanation (abbreviations, jargon), Dutch. */
  explanation?: string;
  /** The same explanation in English. */
  explanationEn?: string;
  line: number;
}

/** A line of `english.tsv`: words of the report and the English people use for them. */
export interface EnglishTerm {
  /** The report's word or phrase and its other forms, as written: `verstoringen`, `verstoord`. */
  dutch: string[];
  /** The English words and phrases for it: `disruptions`, `outages`, `digitise`, `digitize`. */
  english: string[];
  /** The public terminology the English came from, when one did (`government.nl`). */
  source?: string;
  line: number;
}

/** Everything loaded from a corpus directory. */
export interface Corpus {
  dir: string;
  reports: Report[];
  glossary: GlossaryEntry[];
  /** The English side of the vocabulary (`english.tsv`); empty when the corpus has none. */
  english?: EnglishTerm[];
  problems: CorpusProblem[];
}
