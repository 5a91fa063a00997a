// The router: decides what kind of question this is, and nothing else. Each kind is answered by
// its own answerer in `answerers/`; a new kind of question is a new route and a new answerer.

import { findCodes, type Code } from '../report/codes';
import type { Report } from '../report/model';
import type { AnalyzedQuery } from '../search/analyzer';
import { asksForOpinion, asksForOtherService, detectSmalltalk, hasNoWords, isListRequest, isPersonalCase, namedProgramme, namesTreeLevel, type Smalltalk } from './intents';
import type { Knowledge } from './knowledge';
import { asksAboutPeople } from './answerers/people';

/** Why a question is refused before the report is searched. */
export type RefusalReason = 'empty' | 'personal' | 'opinion' | 'other-service' | 'not-in-corpus';

/** The kind of a question, with what its answerer needs. */
export type Route =
  | { kind: 'smalltalk'; smalltalk: Smalltalk }
  | { kind: 'refusal'; reason: RefusalReason }
  /** Who holds an office, or a person by name: the report names no office holders. */
  | { kind: 'people'; query: AnalyzedQuery; reports: Report[] }
  /** Goal-tree codes named (or an area named by name in a list request). */
  | { kind: 'codes'; codes: Code[]; reports: Report[]; list: boolean }
  /** The tree itself: "welke beleidsterreinen zijn er?". */
  | { kind: 'areas'; report: Report }
  | { kind: 'search'; query: AnalyzedQuery; reports: Report[] };

/** Picks the route of a question. */
export class Router {
  /** @param reportNames true when the report itself names a person the question names */
  constructor(
    private readonly knowledge: Knowledge,
    private readonly reportNames: (text: string) => boolean = () => false,
  ) {}

  /** @param text the cleaned question, cut to the analysed length */
  route(text: string): Route {
    const k = this.knowledge;
    if (hasNoWords(text)) return { kind: 'refusal', reason: 'empty' };
    const smalltalk = detectSmalltalk(text);
    if (smalltalk) return { kind: 'smalltalk', smalltalk };
    if (isPersonalCase(text)) return { kind: 'refusal', reason: 'personal' };
    if (asksAboutPeople(text) && !this.reportNames(text)) return { kind: 'people', query: k.index.analyzer.analyzeQuery(text), reports: k.reportsNamedIn(text) };
    if (asksForOpinion(text)) return { kind: 'refusal', reason: 'opinion' };
    if (asksForOtherService(text)) return { kind: 'refusal', reason: 'other-service' };

    const reports = k.reportsNamedIn(text);
    if (reports.length === 0) return { kind: 'refusal', reason: 'not-in-corpus' };

    const list = isListRequest(text);
    const codes = findCodes(text);
    if (codes.length > 0) return { kind: 'codes', codes, reports, list };
    // "Welke doelen vallen onder dienstverlening?": a policy area named instead of coded.
    const area = list && namesTreeLevel(text) ? k.areaNamedIn(text, reports) : undefined;
    if (area) return { kind: 'codes', codes: [area], reports, list };

    // The programme's own name ("… van Bestuur en dienstverlening") says which programme, not what about it.
    const { rest, named } = k.withoutProgrammeName(text, reports);
    const query = k.index.analyzer.analyzeQuery(rest);
    const aboutTree = query.concepts.length === 0 ? named || namedProgramme(text) !== undefined : list && namesTreeLevel(text) && onlyStructureWords(query);
    if (aboutTree) return { kind: 'areas', report: reports[0] };
    return { kind: 'search', query, reports };
  }
}

/** True when the question's content words are all about the tree itself ("which goals are there"). */
function onlyStructureWords(query: AnalyzedQuery): boolean {
  return query.concepts.every((c) => /^(doel|doelen|doelstelling|doelstellingen|prestatie|prestaties|beleidsterrein|beleidsterreinen|onderdelen|onderwerpen|thema|themas|goals?|objectives?|performances?|outputs?|policy areas?|areas?|topics?|themes?|parts?|items?|programma|programme|program|er|there|zijn)$/.test(c.label));
}
