// The router: decides what kind of question this is, and nothing else. Each kind is answered by
// its own answerer in `answerers/`; a new kind of question is a new route and a new answerer.

import { findCodes, type Code } from '../report/codes';
import type { Report, TrafficLight } from '../report/model';
import type { AnalyzedQuery } from '../search/analyzer';
import { asksForOpinion, asksForOtherService, detectSmalltalk, hasNoWords, isListRequest, isPersonalCase, namedProgramme, namesTreeLevel, type Smalltalk } from './intents';
import type { CodeEntry, Knowledge, ProgrammeRef } from './knowledge';
import { asksWhichProgramme, colourNamed, isProgressWord, levelNamed, progressAspect, type ProgressAspect } from './progressIntents';

/** Why a question is refused before the report is searched. */
export type RefusalReason = 'empty' | 'personal' | 'opinion' | 'other-service' | 'not-in-corpus';

/** What part of the corpus a progress question is about. */
export type Scope =
  | { level: 'corpus'; reports: Report[] }
  | { level: 'programme'; ref: ProgrammeRef }
  | { level: 'code'; entry: CodeEntry };

/** The kind of a question, with what its answerer needs. */
export type Route =
  | { kind: 'smalltalk'; smalltalk: Smalltalk }
  | { kind: 'refusal'; reason: RefusalReason }
  /** Goal-tree codes named (or an area named by name in a list request). */
  | { kind: 'codes'; codes: Code[]; reports: Report[]; list: boolean }
  /** The tree itself: "welke beleidsterreinen zijn er?". */
  | { kind: 'areas'; report: Report }
  /** Progress of a whole scope: its deviations, status, count, overview or colours. */
  | { kind: 'progress'; aspect: ProgressAspect; scope: Scope; level?: 'area' | 'goal' | 'performance'; colour?: TrafficLight; which: boolean }
  /** "Welk programma gaat over afval?": the programme whose titles and mission are about it. */
  | { kind: 'which-programme'; query: AnalyzedQuery; reports: Report[] }
  /** Words searched; `progress` when the question also asks how that topic stands. */
  | { kind: 'search'; query: AnalyzedQuery; reports: Report[]; programme?: ProgrammeRef; progress?: ProgressAspect };

/** Picks the route of a question. */
export class Router {
  constructor(private readonly knowledge: Knowledge) {}

  /** @param text the cleaned question, cut to the analysed length */
  route(text: string): Route {
    const k = this.knowledge;
    if (hasNoWords(text)) return { kind: 'refusal', reason: 'empty' };
    const smalltalk = detectSmalltalk(text);
    if (smalltalk) return { kind: 'smalltalk', smalltalk };
    if (isPersonalCase(text)) return { kind: 'refusal', reason: 'personal' };
    if (asksForOpinion(text)) return { kind: 'refusal', reason: 'opinion' };
    if (asksForOtherService(text)) return { kind: 'refusal', reason: 'other-service' };

    const reports = k.reportsNamedIn(text);
    if (reports.length === 0) return { kind: 'refusal', reason: 'not-in-corpus' };

    const list = isListRequest(text);
    const aspect = progressAspect(text);
    const which = /\b(welke|which|what are|wat zijn)\b/i.test(text);
    const progress = (scope: Scope): Route => ({ kind: 'progress', aspect: aspect!, scope, level: levelNamed(text), colour: colourNamed(text), which });
    const codes = findCodes(text);
    if (codes.length > 0) {
      // "Hoeveel prestaties heeft 1B?", "overzicht van 1A", "afwijkingen bij 1B": the progress of what is under a code.
      const entry = codes.length === 1 && aspect && aspect !== 'status' ? k.codeEntry(codes[0].code, reports) : undefined;
      if (entry && entry.level !== 'performance') return progress({ level: 'code', entry });
      return { kind: 'codes', codes, reports, list };
    }
    // "Welke doelen vallen onder dienstverlening?": a policy area named instead of coded.
    const area = list && namesTreeLevel(text) ? k.areaNamedIn(text, reports) : undefined;
    if (area && !aspect) return { kind: 'codes', codes: [area], reports, list };

    // The programme's own name ("… van Bestuur en dienstverlening") says which programme, not what about it.
    const { rest, named } = k.withoutProgrammeName(text, reports);
    const query = k.index.analyzer.analyzeQuery(rest);
    if (asksWhichProgramme(text)) return { kind: 'which-programme', query, reports };
    const programmes = reports.flatMap((r) => r.programmes).length > 1 ? k.programmesNamedIn(text, reports) : [];

    if (aspect) {
      // The question's own words, once the progress words and the names of its scope are gone.
      const namedArea = area ?? k.areaNamedIn(text, reports);
      const areaEntry = namedArea && k.codeEntry(namedArea.code, reports);
      const scopeWords = new Set([areaEntry ? areaEntry.area.name : '', programmes[0]?.programme.name ?? '', ...reports.flatMap((r) => r.programmes.map((p) => p.name))].flatMap((n) => k.index.analyzer.indexTerms(n)));
      const own = query.concepts.filter((c, i) => !isProgressWord(c.label) && !query.terms.some((t) => t.concept === i && scopeWords.has(t.term)));
      if (own.length === 0 && !(aspect === 'count' && query.concepts.length > 0 && !query.concepts.some((c) => levelNamed(c.label)))) {
        if (areaEntry) return progress({ level: 'code', entry: areaEntry });
        if (programmes[0]) return progress({ level: 'programme', ref: programmes[0] });
        if (named || namedProgramme(text)) return progress({ level: 'programme', ref: { report: reports[0], programme: reports[0].programmes.find((p) => !namedProgramme(text) || p.number === namedProgramme(text)) ?? reports[0].programmes[0] } });
        return progress({ level: 'corpus', reports });
      }
    }

    const aboutTree = query.concepts.length === 0 ? named || namedProgramme(text) !== undefined : list && namesTreeLevel(text) && onlyStructureWords(query);
    if (aboutTree) return { kind: 'areas', report: reports[0] };
    const status = aspect === 'status' || aspect === 'deviations' ? aspect : undefined;
    return { kind: 'search', query: this.withoutProgrammeWords(query, rest, programmes[0]), reports, programme: programmes[0], progress: status };
  }

  /**
   * A programme named by a word of its name ("cultuur") is the scope, not the topic: its words
   * leave the query, unless nothing else would remain.
   */
  private withoutProgrammeWords(query: AnalyzedQuery, rest: string, ref: ProgrammeRef | undefined): AnalyzedQuery {
    if (!ref) return query;
    const analyzer = this.knowledge.index.analyzer;
    const name = new Set(analyzer.indexTerms(ref.programme.name));
    const kept = analyzer.tokens(rest).filter((t) => !name.has(t.stem));
    if (kept.filter((t) => !t.stop).length === analyzer.tokens(rest).filter((t) => !t.stop).length) return query;
    const narrowed = analyzer.analyzeQuery(kept.map((t) => t.word).join(' '));
    return narrowed.concepts.length > 0 ? narrowed : query;
  }
}

/** True when the question's content words are all about the tree itself ("which goals are there"). */
function onlyStructureWords(query: AnalyzedQuery): boolean {
  return query.concepts.every((c) => /^(doel|doelen|doelstelling|doelstellingen|prestatie|prestaties|beleidsterrein|beleidsterreinen|onderdelen|onderwerpen|thema|themas|goals?|objectives?|performances?|outputs?|policy areas?|areas?|topics?|themes?|parts?|items?|programma|programme|program|er|there|zijn)$/.test(c.label));
}
