// The router: decides what kind of question this is, and nothing else. Each kind is answered by
// its own answerer in `answerers/`; a new kind of question is a new route and a new answerer.

import { findCodes, type Code } from '../report/codes';
import type { Report, TrafficLight } from '../report/model';
import { englishStem, fold, NO_CONCEPT, words, type AnalyzedQuery } from '../search/analyzer';
import { STOPWORDS, WHY_WORDS } from '../search/stopwords';
import { asksBeyondTheReport, asksForOpinion, asksForOtherService, asksHowOrWhere, asksProgrammeNumber, asksWhichOnes, detectSmalltalk, enumerates, hasNoWords, isListRequest, isPersonalCase, isStructureNoun, namedProgramme, namesTreeLevel, placesNamed, PROGRAMME_WORD, separateProgrammeWord, type Smalltalk } from './intents';
import type { CodeEntry, Knowledge, ProgrammeRef } from './knowledge';
import { asksForActions, asksStatus, asksWhichProgramme, colourNamed, colourNegated, countsExplained, describesProgramme, isProblemNoun, isProgressWord, levelNamed, namesGoalsAndPerformances, progressAspect, withoutColourWords, type ProgressAspect } from './progressIntents';
import { asksAboutPeople } from './answerers/people';


/** "Welke beleidsterreinen melden geen afwijkingen?", "which areas report no deviations?". */
const NO_DEVIATIONS = /\b(geen|zonder|no|without) (afwijking|afwijkingen|deviation|deviations)\b/;
/** Why a question is refused before the report is searched. */
export type RefusalReason = 'empty' | 'personal' | 'opinion' | 'other-service' | 'beyond-report' | 'not-in-corpus' | 'unspecified' | 'other-place';

/** What part of the corpus a progress question is about. */
export type Scope =
  /** `others`: further editions loaded; a question that names none is about the newest (`reports`). */
  | { level: 'corpus'; reports: Report[]; others?: Report[] }
  | { level: 'programme'; ref: ProgrammeRef }
  | { level: 'code'; entry: CodeEntry };

/** The kind of a question, with what its answerer needs. */
export type Route =
  | { kind: 'smalltalk'; smalltalk: Smalltalk }
  | { kind: 'refusal'; reason: RefusalReason }
  /** Who holds an office, or a person by name: the report names no office holders. */
  | { kind: 'people'; query: AnalyzedQuery; reports: Report[] }
  /** Goal-tree codes named (or an area named by name in a list request). */
  | { kind: 'codes'; codes: Code[]; reports: Report[]; list: boolean }
  /** The tree itself: "welke beleidsterreinen zijn er?". */
  | { kind: 'areas'; report: Report; programme?: ProgrammeRef }
  /** A programme itself: "waar gaat dit programma over?", "welk programma is dit?" (`ref`: the one named). */
  | { kind: 'programme'; reports: Report[]; ref?: ProgrammeRef }
  /** Progress of a whole scope: its deviations, status, count, overview or colours. */
  /** (`notColour`: "welke staan niet op groen?" asks for the other colours; `countsBoth`: "hoeveel doelen en prestaties?";
   * `noneFirst`: "which areas report no deviations?" asks first for those that have none.) */
  | { kind: 'progress'; aspect: ProgressAspect; scope: Scope; level?: 'area' | 'goal' | 'performance'; colour?: TrafficLight; notColour?: boolean; countsBoth?: boolean; explainedOnly: boolean; noneFirst?: boolean }
  /** "Welk programma gaat over afval?": the programme whose titles and mission are about it. */
  | { kind: 'which-programme'; query: AnalyzedQuery; reports: Report[] }
  /** "Where can I get help with …": answered by a passage that names the help, else a service question. */
  | { kind: 'service'; query: AnalyzedQuery; reports: Report[] }
  /** Words searched; `progress` when the question also asks how that topic stands. */
  | { kind: 'search'; query: AnalyzedQuery; reports: Report[]; programme?: ProgrammeRef; progress?: ProgressAspect };

/** The words before "programme" that describe it: "the care and support programme", "the nature, water and animals programme" (up to five words). */
const DESCRIBED_PROGRAMME = /\b(?:the|het) ((?:[\p{L}-]+,? ){1,5})(programme|program|programma)\b/u;

/** The words that describe a programme in "the X programme", folded, punctuation left out. */
function describingWords(text: string): string[] {
  return DESCRIBED_PROGRAMME.exec(fold(text))?.[1].split(/[\s,]+/).filter(Boolean) ?? [];
}


/** Picks the route of a question. */
export class Router {
  /** @param reportNames true when the report itself names a person the question names */
  constructor(
    private readonly knowledge: Knowledge,
    private readonly reportNames: (text: string) => boolean = () => false,
  ) {}

  /** @param question the cleaned question, cut to the analysed length */
  route(question: string): Route {
    const k = this.knowledge;
    const text = separateProgrammeWord(question);
    if (hasNoWords(text)) return { kind: 'refusal', reason: 'empty' };
    const smalltalk = detectSmalltalk(text);
    if (smalltalk) return { kind: 'smalltalk', smalltalk };
    if (isPersonalCase(text)) return { kind: 'refusal', reason: 'personal' };
    if (asksAboutPeople(text) && !this.reportNames(text)) return { kind: 'people', query: k.index.analyzer.analyzeQuery(text), reports: k.reportsNamedIn(text) };
    if (asksForOpinion(text)) return { kind: 'refusal', reason: 'opinion' };
    if (asksForOtherService(text)) {
      // "Waar kan ik gratis energieadvies krijgen?": where to go may be a desk the report names.
      const reports = asksHowOrWhere(text) ? k.reportsNamedIn(text) : [];
      return reports.length > 0 ? { kind: 'service', query: k.index.analyzer.analyzeQuery(text), reports } : { kind: 'refusal', reason: 'other-service' };
    }
    if (asksBeyondTheReport(text)) return { kind: 'refusal', reason: 'beyond-report' };
    // "Hoe regelt Amsterdam dat?": another municipality, unless the report itself mentions the place.
    if (placesNamed(text).some((place) => !words(place).every((w) => k.index.analyzer.inReport(w)))) return { kind: 'refusal', reason: 'other-place' };

    const reports = k.reportsNamedIn(text);
    if (reports.length === 0) return { kind: 'refusal', reason: 'not-in-corpus' };

    const list = isListRequest(text);
    // A colour word in a name ("Openbaar groen") is no colour asked for.
    const asked = colourNamed(text) ? k.withoutScopeNames(text, reports) : text;
    const aspect = progressAspect(asked);
    const bothLevels = (aspect === 'count' || aspect === 'overview') && namesGoalsAndPerformances(text);
    const countsBoth = aspect === 'count' && bothLevels;
    const progress = (scope: Scope): Route => ({
      kind: 'progress',
      aspect: aspect!,
      scope,
      // ("How many goals and performances …?", "overzicht van de doelen en prestaties": the goals, each with its performances.)
      level: bothLevels ? 'goal' : levelNamed(text),
      countsBoth,
      colour: colourNamed(asked),
      notColour: colourNegated(asked),
      explainedOnly: aspect === 'count' && countsExplained(text),
      noneFirst: aspect === 'deviations' && NO_DEVIATIONS.test(fold(text)),
    });
    const codes = findCodes(text);
    if (codes.length > 0) {
      const entry = codes.length === 1 ? k.codeEntry(codes[0].code, reports) : undefined;
      // "Welke kleur heeft 1B1.1?": the colour the report gives, or that it gives none.
      // ("Is 1B1.1 green, and how is it going?" asks for the code's status, colour included.)
      // ("Waarom staat 2A2.1 op oranje?" asks the cause: the code's answer leads with its explanation.)
      if (entry && aspect === 'colour' && !asksStatus(text) && !WHY_WORDS.test(text)) return progress({ level: 'code', entry });
      // "Hoeveel prestaties heeft 1B?", "overzicht van 1A", "afwijkingen bij 1B": the progress of what is under a code.
      if (entry && aspect && aspect !== 'status' && entry.level !== 'performance') {
        // "Wat wordt er gedaan om de afwijking bij 1B op te lossen?" asks what is done, within it.
        if (aspect === 'deviations' && asksForActions(text)) return { kind: 'search', query: k.index.analyzer.analyzeQuery(text), reports, progress: aspect };
        return progress({ level: 'code', entry });
      }
      // "Welke vijf kanalen bedoelt 1B1.2 precies?": the line names the kind, not which ones.
      if (entry && asksWhichOnes(text) && !enumerates(entry.passage.text)) return { kind: 'refusal', reason: 'unspecified' };
      return { kind: 'codes', codes, reports, list };
    }
    // "Welke doelen vallen onder dienstverlening?": a policy area named instead of coded.
    // ("Which portfolios is the social support programme part of?" asks a header field, whatever area its words name.)
    const namedInList = list && namesTreeLevel(text) ? k.areaNamedIn(text, reports) : undefined;
    const area = namedInList && !k.asksAnyField(k.index.analyzer.analyzeQuery(text)) ? namedInList : undefined;
    if (area && !aspect) return { kind: 'codes', codes: [area], reports, list };

    // The programme's own name ("… van Bestuur en dienstverlening") says which programme, not what about it.
    // ("Het Nationaal Programma Onderwijs" is a name of its own: it names no programme of the corpus.)
    const otherProgramme = k.namesOtherProgramme(text);
    const { rest, named } = otherProgramme ? { rest: text, named: false } : k.withoutProgrammeName(text, reports);
    const query = k.index.analyzer.analyzeQuery(rest);
    // "What is the programme on public space about?" names no programme, but says which one.
    // (A header field asked of it, "welke commissie hoort bij het programma over werk?", is searched.)
    const described = !otherProgramme && describesProgramme(text) && !aspect && !asksProgrammeNumber(text) && !k.asksAnyField(query);
    const describedRef = described ? k.programmesNamedIn(text, reports)[0] : undefined;
    if (describedRef) return { kind: 'programme', reports, ref: describedRef };
    // ("Welk programma gaat over hulp bij problemen thuis?" asks which programme has that topic: its
    // "problemen" asks for no deviations. "Welk programma heeft problemen?" has no topic besides them.)
    const topicBesidesProblems = aspect === 'deviations' && query.concepts.some((c) => !isProgressWord(c.label) && !isProblemNoun(c.label));
    if ((asksWhichProgramme(text) || described) && (!aspect || topicBesidesProblems)) {
      // "Welk programma is dit?", "welke programma's zijn er?": the programmes themselves.
      if (query.concepts.every((c) => isProgressWord(c.label))) return { kind: 'programme', reports };
      // (Its problems are any topic's: the programme is the one that has the topic.)
      const topic = topicBesidesProblems ? withoutConcepts(query, new Set(query.concepts.flatMap((c, i) => (isProblemNoun(c.label) ? [i] : [])))) : query;
      return { kind: 'which-programme', query: topic, reports };
    }
    // A traffic light asked for names no programme ("green" is not Duurzaamheid).
    const programmes = reports.flatMap((r) => r.programmes).length > 1 && !otherProgramme ? k.programmesNamedIn(aspect === 'colour' ? withoutColourWords(text) : text, reports) : [];

    // "What number does the culture programme have?": the header field of the programme it names.
    if (asksProgrammeNumber(text)) {
      const ref = programmes[0] ?? k.programmesNamedIn(text, reports)[0];
      if (ref) return { kind: 'search', query: k.index.analyzer.analyzeQuery('programmanummer'), reports, programme: ref };
    }
    // "Zijn de problemen opgelost?", "what is being done about it": actions, found by search.
    if (aspect === 'deviations' && asksForActions(text)) return { kind: 'search', query, reports, programme: programmes[0], progress: aspect };
    if (aspect) {
      // The question's own words, once the progress words and the names of its scope are gone.
      const namedArea = named ? undefined : (area ?? k.areaNamedIn(text, reports));
      const areaEntry = namedArea && k.codeEntry(namedArea.code, reports);
      const areaWords = new Set(areaEntry ? k.index.analyzer.indexTerms(areaEntry.area.name) : []);
      const scopeWords = { has: (t: string) => areaWords.has(t) || k.programmeNameTerms.has(t) };
      // A programme named in words of its name, in either language ("the social domain programme").
      const naming = programmes[0] ? this.namingConcepts(query, programmes[0], text) : new Set<number>();
      // The area named in English ("cultural heritage", "the land and property policy area") is the scope too.
      const readings = areaEntry ? k.areaReadings(areaEntry.area.code, areaEntry.report) : undefined;
      const namesArea = (label: string) => readings !== undefined && words(label).every((w) => isProgressWord(w) || readings.has(englishStem(w)) || readings.has(k.index.analyzer.stem(w)));
      const own = query.concepts.filter((c, i) => !isProgressWord(c.label) && !namesScope(query, i, scopeWords, (w) => k.index.analyzer.inReport(w)) && !naming.has(i) && !namesArea(c.label));
      if (own.length === 0) {
        // "The nature, water and animals programme" names the programme, though "water" is also one of its
        // areas; "the sports programme", one word that is an area's name, still means that area.
        const saysProgramme = programmes[0] !== undefined && describingWords(text).filter((w) => !STOPWORDS.has(w)).length > 1;
        // (An area said to be one, of the programme named, is that area: "the Bestuur policy area of programme 1".)
        const saysArea = levelNamed(text) === 'area' && areaEntry?.programme === programmes[0]?.programme;
        if (areaEntry && (!saysProgramme || saysArea)) return progress({ level: 'code', entry: areaEntry });
        if (programmes[0]) return progress({ level: 'programme', ref: programmes[0] });
        if (named || namedProgramme(text)) return progress({ level: 'programme', ref: { report: reports[0], programme: reports[0].programmes.find((p) => !namedProgramme(text) || p.number === namedProgramme(text)) ?? reports[0].programmes[0] } });
        return progress(corpusScope(reports));
      }
      // "Hoeveel prestaties heeft het doel over vrijwilligers?": the goal or area whose line the topic names.
      // (Only a question that names a level of the tree counts its items: "het rapportcijfer voor
      // klanttevredenheid" asks a figure, not how many performances the goal on service has.)
      if ((aspect === 'count' || aspect === 'overview') && namesTreeLevel(text)) {
        const topic = query.concepts.flatMap((c, i) => (own.includes(c) && !isStructureNoun(c.label) ? [i] : []));
        const entry = topic.length > 0 ? this.treeEntryAbout(query, topic, reports, programmes[0]) : undefined;
        if (entry) return progress({ level: 'code', entry });
      }
      // "Hoe gaat het met de verkiezingen?": the topic's passage, then what the report says of its progress.
      if (aspect === 'status' || aspect === 'deviations' || aspect === 'colour') {
        const topic = this.withoutProgressWords(rest);
        if (topic.concepts.length > 0) return { kind: 'search', query: this.withoutProgrammeWords(topic, programmes[0], text), reports, programme: programmes[0], progress: aspect };
      }
    }

    // "Waar gaat dit programma over?", "wat is programma 1?": nothing asked but the programme itself.
    // ("Wat is het jeugdprogramma?": its name's words are all there is.)
    const nothingElse = query.concepts.length === 0 || (programmes[0] !== undefined && this.namingConcepts(query, programmes[0], text).size === query.concepts.length);
    const aboutProgramme = nothingElse && !namesTreeLevel(text) && (named || PROGRAMME_WORD.test(fold(text)));
    if (aboutProgramme) return { kind: 'programme', reports, ref: programmes[0] };
    // "Which policy areas does programme 4 have?", "welke doelen heeft het programma Duurzaamheid?": its tree.
    if (programmes[0] && list && namesTreeLevel(text)) {
      const naming = k.conceptsNaming(query, programmes[0]);
      if (query.concepts.every((c, i) => naming.has(i) || isStructureNoun(c.label) || isProgressWord(c.label))) return { kind: 'areas', report: programmes[0].report, programme: programmes[0] };
    }
    const aboutTree = query.concepts.length === 0 ? named || namedProgramme(text) !== undefined : list && namesTreeLevel(text) && onlyStructureWords(query);
    if (aboutTree) return { kind: 'areas', report: reports[0] };
    // One programme loaded: its name is only dropped when a header field of it is all that is left
    // ("which committee deals with Governance and Services?"); otherwise its words are the topic
    // ("hoe wil de gemeente haar dienstverlening inrichten?").
    // (Looked for only when a header field is asked: it is an analysis more on every question otherwise.)
    const only = programmes.length === 0 && k.asksAnyField(query) ? k.programmesNamedIn(text, reports)[0] : undefined;
    if (only) {
      const fieldOnly = this.withoutProgrammeWords(query, only, text);
      if (fieldOnly !== query && k.asksOnlyFields(fieldOnly)) return { kind: 'search', query: fieldOnly, reports };
    }
    return { kind: 'search', query: this.withoutProgrammeWords(query, programmes[0], text), reports, programme: programmes[0] };
  }

  /**
   * The goal or policy area whose own line covers every topic concept of a query ("vrijwilligers" →
   * 12C1 "Vrijwilligers vinden hun plek …"), or whose performance's line does, the best ranked;
   * undefined when no line of the tree does.
   * @param topic the indexes of the query's concepts that name the topic
   */
  private treeEntryAbout(query: AnalyzedQuery, topic: number[], reports: Report[], programme?: ProgrammeRef): CodeEntry | undefined {
    const k = this.knowledge;
    const keep = new Set(topic);
    const asked = withoutConcepts(query, new Set(query.concepts.map((_, i) => i).filter((i) => !keep.has(i))));
    const hit = k.index
      .search(asked, { limit: 8 })
      .find((h) => TREE_KINDS.has(h.passage.kind) && h.coverage >= 1 && (!programme || k.programmeNumberOf(h.passage) === programme.programme.number));
    // A performance's line names its goal's topic too ("het doel over parken": 5A1.1 Aanleggen van parken → goal 5A1).
    const code = hit && (hit.passage.kind === 'performance' ? hit.passage.id.replace(/\.\d+$/, '') : hit.passage.id);
    return code ? k.codeEntry(code, reports.filter((r) => r.id === hit.passage.reportId)) : undefined;
  }

  /** The query of a text without its progress words ("hoe gaat het met", "wijkt … af"). */
  private withoutProgressWords(text: string): AnalyzedQuery {
    // The question is read whole first, so that a phrase holding a progress word keeps its meaning
    // ("Environment and Planning Act", "in order"); then the concepts that only say how something
    // stands ("hoe gaat het met", "behind") leave it. A problem noun can be the topic ("ICT-problemen").
    const analyzer = this.knowledge.index.analyzer;
    const query = analyzer.analyzeQuery(text);
    // The stems of the question's own progress words: a concept made of them alone ("coming along",
    // whatever the English side reads into "along") is no topic either.
    const progressStems = new Set(analyzer.tokens(text).filter((t) => isProgressWord(t.word) && !isProblemNoun(t.word)).map((t) => t.stem));
    const ownWords = (i: number) => query.terms.filter((t) => t.concept === i && t.source === 'word');
    const isProgressConcept = (label: string, i: number) =>
      (isProgressWord(label) && !label.split(/[\s-]+/).some(isProblemNoun)) || (ownWords(i).length > 0 && ownWords(i).every((t) => progressStems.has(t.term)));
    // Filler terms of no concept ("loopt", "gaat") go too: they are the progress words themselves.
    const drop = new Set([NO_CONCEPT, ...query.concepts.flatMap((c, i) => (isProgressConcept(c.label, i) ? [i] : []))]);
    const kept = withoutConcepts(query, drop);
    // The glossary entries of the concepts that went ("hoe gaat het met") go with them.
    return { ...kept, glossary: query.glossary.filter((g) => kept.concepts.some((c) => c.label === g.term)) };
  }

  /**
   * A programme named by words of its name ("cultuur", "the social domain programme") is the scope,
   * not the topic: the concepts that name it leave the query, unless nothing else would remain.
   */
  private withoutProgrammeWords(query: AnalyzedQuery, ref: ProgrammeRef | undefined, text: string): AnalyzedQuery {
    if (!ref) return query;
    const naming = this.namingConcepts(query, ref, text);
    return naming.size === 0 || naming.size === query.concepts.length ? query : withoutConcepts(query, naming);
  }

  /**
   * The concepts that name the programme: words of its name ({@link Knowledge.conceptsNaming}), and
   * the words the question puts before "programme" to describe it ("the care and support programme").
   */
  private namingConcepts(query: AnalyzedQuery, ref: ProgrammeRef, text: string): Set<number> {
    const naming = this.knowledge.conceptsNaming(query, ref);
    const described = describingWords(text);
    // ("the portfolios of programme 5" describes nothing: a word of its own before a preposition.)
    if (described.length === 0 || described.some((w) => w !== 'and' && w !== 'en' && STOPWORDS.has(w))) return naming;
    // A concept is among them by its label or by the question's own words it was read from ("care" → careful).
    const analyzer = this.knowledge.index.analyzer;
    const stems = new Set(described.flatMap((w) => [w, analyzer.stem(w), englishStem(w)]));
    query.concepts.forEach((c, i) => {
      const own = query.terms.filter((t) => t.concept === i && t.source === 'word').map((t) => t.term);
      // (A phrase read across the name, "cultural heritage" from "the culture and heritage programme", by English stems.)
      const label = words(c.label).filter((w) => !PROGRAMME_WORD.test(w));
      if (label.every((w) => stems.has(w) || stems.has(englishStem(w))) || (own.length > 0 && own.every((t) => stems.has(t)))) naming.add(i);
    });
    return naming;
  }
}

/** The passages that are lines of the goal tree. */
const TREE_KINDS: ReadonlySet<string> = new Set(['area', 'goal', 'performance']);

/** The query without some of its concepts (and their terms), the rest renumbered. */
function withoutConcepts(query: AnalyzedQuery, drop: Set<number>): AnalyzedQuery {
  const renumbered = new Map<number, number>();
  const concepts = query.concepts.filter((_, i) => !drop.has(i) && renumbered.set(i, renumbered.size) !== undefined);
  const terms = query.terms.filter((t) => !drop.has(t.concept)).map((t) => (renumbered.has(t.concept) ? { ...t, concept: renumbered.get(t.concept)! } : t));
  return { ...query, concepts, terms };
}

/**
 * A progress question about no edition in particular ("welke prestaties wijken af?") is about the
 * newest progress report loaded, as a council member reading them would mean; the others are named.
 */
function corpusScope(reports: Report[]): Scope {
  if (reports.length <= 1) return { level: 'corpus', reports };
  const newest = reports.reduce((best, r) => (newerThan(r, best) ? r : best));
  return { level: 'corpus', reports: [newest], others: reports.filter((r) => r !== newest) };
}

/** A progress report (voortgangsrapportage, jaarstukken) before a budget; then the later year, the later ordinal, the one loaded later. */
function newerThan(a: Report, b: Report): boolean {
  const rank = (r: Report) => {
    const text = `${r.title} ${r.published ?? ''}`;
    const progress = /voortgang|rapportage|jaarstukken|jaarverslag|verantwoording/i.test(r.title) ? 1 : 0;
    const year = Math.max(0, ...(text.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number));
    const ordinal = Number(/^(\d+)/.exec(r.title)?.[1] ?? 0);
    return [progress, year, ordinal];
  };
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return true;
}

/** Is concept `i` of the query the name of the scope: all its main terms (its translation, else its words) among the scope's words? */
function namesScope(query: AnalyzedQuery, i: number, scopeWords: { has(term: string): boolean }, inReport: (word: string) => boolean): boolean {
  const terms = query.terms.filter((t) => t.concept === i);
  const main = terms.filter((t) => t.weight >= 1);
  const used = main.length > 0 ? main : terms;
  // One word read through a translation names the scope when one of its readings does ("sustainability" → duurzaam, toekomstbestendig);
  // so does one no page uses, read through its Dutch cognate ("facilitating" → faciliteren).
  const label = words(query.concepts[i].label);
  const oneWord = label.length === 1;
  const translated = oneWord && terms.some((t) => t.source === 'word' && t.weight < 1) && used.some((t) => scopeWords.has(t.term));
  const cognate = oneWord && !inReport(label[0]) && terms.some((t) => t.source === 'compound' && scopeWords.has(t.term));
  return used.length > 0 && (used.every((t) => scopeWords.has(t.term)) || translated || cognate);
}

/** True when the question's content words are all about the tree itself ("which goals are there"). */
function onlyStructureWords(query: AnalyzedQuery): boolean {
  return query.concepts.every((c) => isStructureNoun(c.label));
}
