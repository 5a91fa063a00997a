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

/** Prestatie: a performance the council funds to reach a goal. */
export interface Performance {
  code: string;
  title: string;
  passageId: string;
}

/** Doel: a goal within a policy area. */
export interface Goal {
  code: string;
  title: string;
  passageId: string;
  performances: Performance[];
}

/** Beleidsterrein: a policy area of a programme (`1B Dienstverlening`). */
export interface PolicyArea {
  code: string;
  name: string;
  passageId: string;
  goals: Goal[];
  /** Passage ids of the area's *Toelichting doelenboom*, in report order. */
  explanationIds: string[];
}

/** Header field name as the report prints it. */
export type FieldName = 'Programmanummer' | 'Commissie' | 'Portefeuille(s)';

/** A programme of one report edition. */
export interface Programme {
  number: string;
  name: string;
  /** Passage id of the programme's title line, if the file has one. */
  passageId?: string;
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

/** Everything loaded from a corpus directory. */
export interface Corpus {
  dir: string;
  reports: Report[];
  glossary: GlossaryEntry[];
  problems: CorpusProblem[];
}
