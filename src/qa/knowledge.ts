// What the answerers know about the corpus: the passage index, the code table, which reports and
// programmes a question names, and how a passage becomes a citation.

import { join, relative, sep } from 'node:path';
import type { Code } from '../report/codes';
import { abbreviationPattern } from '../report/glossary';
import type { Corpus, Goal, GlossaryEntry, MentionedCode, Passage, PolicyArea, Programme, Report, Status } from '../report/model';
import { englishStem, fold, words, type AnalyzedQuery } from '../search/analyzer';
import { PassageIndex } from '../search/passageIndex';
import { STOPWORDS } from '../search/stopwords';
import type { Citation, Language } from './answer';
import { namedEdition, namedProgramme, namedYears, PROGRAMME_WORD, separateProgrammeWord } from './intents';
import type { Messages } from './messages';
import { colourNamed, isProgressWord, levelNamed } from './progressIntents';
import { bestSentence } from './sentences';

/** A name with "Programma" inside it after a word written with a capital, not at the start: "Nationaal Programma Onderwijs". */
const OTHER_PROGRAMME_NAME = /(?<=\S\s+)(\p{Lu}\p{Ll}+\s+)+(Programma|Programme|Program)\b(\s+\p{Lu}\p{Ll}+)*/u;

/** Where a goal-tree code stands: its report, programme, area, goal, and its own passage. */
export interface CodeEntry {
  report: Report;
  programme: Programme;
  area: PolicyArea;
  goal?: Goal;
  level: Code['level'];
  passage: Passage;
}

/** A programme with the report edition it belongs to. */
export interface ProgrammeRef {
  report: Report;
  programme: Programme;
}

/** Words of programme names too general to name one programme by themselves. */
const GENERAL_NAME_WORDS = new Set(['programma', 'beleid', 'overig', 'overige', 'algemeen', 'algemene', 'stad', 'zaken', 'middelen', 'leiden']);

/** The corpus as the answerers use it. Built once per engine; read-only afterwards. */
export class Knowledge {
  readonly index: PassageIndex;
  private readonly codes = new Map<string, CodeEntry[]>();
  private readonly fileLabels = new Map<string, string>();
  /** Every programme with its folded name and the stems of its distinctive name words, computed once. */
  private readonly programmeNames: { ref: ProgrammeRef; folded: string; words: string[] }[] = [];
  /** Where {@link programmesNamedIn} looks first: positions in `programmeNames` by number, by folded name, by name word. */
  private readonly programmesByNumber = new Map<string, number[]>();
  private readonly programmesByName = new Map<string, number[]>();
  private readonly programmesByWord = new Map<string, number[]>();
  /** The index terms of every area's name, per report in tree order: {@link areaNamedIn} walks these. */
  private readonly areaNames = new Map<Report, { code: string; programme: string; terms: string[] }[]>();
  private readonly areaReadingsCache = new Map<string, ReadonlySet<string>>();
  private readonly nameTerms = new Set<string>();
  /** The report words (stems) the English side gives each English word or phrase, before any glossary meaning. */
  private readonly englishSide = new Map<string, Set<string>>();
  /** The words of the header fields' and the mission's titles (commissie, portefeuille, programmanummer, missie). */
  private readonly fieldTerms = new Set<string>();
  /** The glossary's abbreviations, each with the pattern that finds it as a whole word. */
  private readonly abbreviations: { entry: GlossaryEntry; pattern: RegExp }[];
  /** An abbreviation's English name from the English side: BRP → Personal Records Database. */
  private readonly englishNames = new Map<string, string>();

  constructor(
    readonly corpus: Corpus,
    /** Where to go for what the report doesn't answer, by language. */
    readonly contact: Record<Language, string>,
  ) {
    this.index = new PassageIndex(corpus);
    this.abbreviations = corpus.glossary
      .filter((g) => g.type === 'abbr')
      .map((entry) => ({ entry, pattern: abbreviationPattern(entry.term) }));
    for (const { entry } of this.abbreviations) {
      // The first English phrase of its line that is more than the abbreviation itself.
      const line = corpus.english?.find((t) => t.dutch.some((d) => fold(d) === fold(entry.term)));
      const name = line?.english.find((e) => e.includes(' ') && fold(e) !== fold(entry.term));
      if (name) this.englishNames.set(entry.term, name);
    }
    // The whole English side: the corpus's english.tsv and the general lexicon, so that a programme
    // named in words only the lexicon knows ("the public health programme") is recognised.
    for (const term of this.index.analyzer.englishSide) {
      const stems = this.index.analyzer.indexTerms(term.dutch.join(' '));
      for (const phrase of term.english) {
        const key = words(phrase).join(' ');
        if (!key) continue;
        let side = this.englishSide.get(key);
        if (!side) this.englishSide.set(key, (side = new Set()));
        for (const stem of stems) side.add(stem);
      }
    }
    for (const p of corpus.reports.flatMap((r) => r.passages)) {
      if (p.kind === 'field' || p.kind === 'mission') for (const t of this.index.analyzer.indexTerms(p.title)) this.fieldTerms.add(t);
    }
    const push = <K>(map: Map<K, number[]>, key: K, at: number) => {
      const list = map.get(key);
      if (list) list.push(at);
      else map.set(key, [at]);
    };
    const namesAnalysed = new Map<string, { folded: string; words: string[]; terms: string[] }>();
    const analysed = (name: string) => {
      let a = namesAnalysed.get(name);
      if (!a) {
        const words = this.index.analyzer.tokens(name).filter((t) => !t.stop && t.word.length >= 4 && !GENERAL_NAME_WORDS.has(t.word)).map((t) => t.stem);
        namesAnalysed.set(name, (a = { folded: fold(name).trim(), words, terms: this.index.analyzer.indexTerms(name) }));
      }
      return a;
    };
    for (const report of corpus.reports) {
      const areaNames: { code: string; programme: string; terms: string[] }[] = [];
      for (const programme of report.programmes) {
        const { folded, words, terms } = analysed(programme.name);
        const at = this.programmeNames.push({ ref: { report, programme }, folded, words }) - 1;
        push(this.programmesByNumber, programme.number, at);
        if (folded) push(this.programmesByName, folded, at);
        for (const w of new Set(words)) push(this.programmesByWord, w, at);
        for (const t of terms) this.nameTerms.add(t);
        for (const area of programme.areas) areaNames.push({ code: area.code, programme: programme.number, terms: analysed(area.name).terms });
      }
      this.areaNames.set(report, areaNames);
      const passage = (id: string) => report.passages.find((p) => p.id === id)!;
      const add = (code: string, entry: CodeEntry) => this.codes.set(code, [...(this.codes.get(code) ?? []), entry]);
      for (const programme of report.programmes) {
        for (const area of programme.areas) {
          add(area.code, { report, programme, area, level: 'area', passage: passage(area.passageId) });
          for (const goal of area.goals) {
            if (goal.passageId) add(goal.code, { report, programme, area, goal, level: 'goal', passage: passage(goal.passageId) });
            for (const perf of goal.performances) add(perf.code, { report, programme, area, goal, level: 'performance', passage: passage(perf.passageId) });
          }
        }
      }
    }
  }

  /** The titles of the loaded reports, for help texts. */
  reportTitle(): string {
    return this.corpus.reports.map((r) => r.title).join(', ') || 'voortgangsrapportage';
  }

  /** The reports a question is about: those it names (edition, programme), else all. Empty: it names one we don't have. */
  reportsNamedIn(text: string): Report[] {
    let reports = this.corpus.reports;
    const edition = namedEdition(text);
    if (edition) {
      reports = reports.filter((r) => {
        const title = r.title.toLowerCase();
        const kindOk = title.includes(edition.kind) || (edition.kind === 'begroting' && title.includes('begroting'));
        const ordinalOk = !edition.ordinal || title.startsWith(edition.ordinal === '1' ? '1e' : '2');
        const yearOk = !edition.year || title.includes(edition.year);
        return kindOk && ordinalOk && yearOk;
      });
    }
    const programme = namedProgramme(text);
    if (programme) reports = reports.filter((r) => r.programmes.some((p) => p.number === programme));
    // "De begroting voor 2023": a year no loaded report covers names a report we do not have.
    const years = namedYears(text);
    if (years.length > 0) reports = reports.filter((r) => years.some((y) => `${r.title} ${r.published ?? ''}`.includes(y)));
    return reports;
  }

  /**
   * The policy area a question names: every word of its name, in Dutch or through the English side
   * ("housing" → Wonen, "cultural heritage" → Cultureel erfgoed), a word of the question also naming
   * another form of a word of the name ("cultur…" of cultureel). Said of an area ("the land and
   * property policy area" → Grondzaken en vastgoed), half its name will do. The area most of whose
   * name is said wins, the first in tree order of those alike.
   */
  areaNamedIn(text: string, reports: Report[]): Code | undefined {
    const analyzer = this.index.analyzer;
    // The question's own stems, its glossary expansions ("governance" → bestuur) and the English side's report words.
    // (Each word alone too: "housing" is Wonen also in "the housing policy area", which the pair reads as woonbeleid.)
    const said = [...new Set([...analyzer.tokens(text).map((t) => t.stem), ...analyzer.analyzeQuery(text).terms.filter((t) => t.weight >= 1).map((t) => t.term), ...this.englishSideStems(text, true)])];
    // (Another form of the word, not a compound it begins: cultur… is cultureel, onderwijs no onderwijshuisvesting.)
    const has = (term: string) => said.some((s) => s === term || (s.length >= 5 && term.length - s.length <= 2 && term.startsWith(s)));
    const ofArea = levelNamed(text) === 'area';
    // (Of two areas named whole, the one with more words: "cultural heritage" is Cultureel erfgoed, not Cultuur.)
    let best: { code: string; programme: string } | undefined;
    let bestScore = 0;
    // (The programme whose name is its areas' names is named, not one of them: "Governance and services" is
    // Bestuur en dienstverlening, whose areas are Bestuur and Dienstverlening.)
    const whole = new Set<string>();
    for (const r of reports) {
      for (const a of this.areaNames.get(r) ?? []) {
        if (a.terms.length === 0) continue;
        const hits = a.terms.filter(has).length;
        const share = hits / a.terms.length;
        const score = share + hits / 100;
        if (share === 1) whole.add(a.programme);
        if ((share === 1 || (ofArea && share >= 0.5)) && score > bestScore) [best, bestScore] = [a, score];
      }
    }
    if (!best) return undefined;
    if (!ofArea && whole.has(best.programme) && this.namedByItsAreas(best.programme, has)) return undefined;
    return { code: best.code, programme: best.programme, level: 'area' };
  }

  /** Is the programme named, every word of its name said, where its name is made of its areas' names (Bestuur en dienstverlening)? */
  private namedByItsAreas(number: string, said: (term: string) => boolean): boolean {
    const analyzer = this.index.analyzer;
    return this.programmeNames.some(
      ({ ref, words }) =>
        ref.programme.number === number &&
        words.length > 1 &&
        words.every(said) &&
        ref.programme.areas.length > 1 &&
        ref.programme.areas.every((a) => analyzer.indexTerms(a.name).some((t) => words.includes(t))),
    );
  }

  /**
   * The stems a question may name a policy area by: its name's own, and those of the English of the
   * English side's lines that have one of its words as a Dutch form of their own (erfgoed: heritage,
   * cultural heritage; vastgoed: property, real estate; not the "sheltered housing" of beschermd wonen).
   */
  areaReadings(code: string, report: Report): ReadonlySet<string> {
    const key = `${report.id}|${code}`;
    const cached = this.areaReadingsCache.get(key);
    if (cached) return cached;
    const terms = this.areaNames.get(report)?.find((a) => a.code === code)?.terms ?? [];
    const readings = new Set(terms);
    const analyzer = this.index.analyzer;
    for (const line of analyzer.englishSide) {
      const itsOwn = line.dutch.some((form) => {
        const stems = analyzer.indexTerms(form);
        return stems.length > 0 && stems.every((t) => terms.includes(t));
      });
      if (itsOwn) for (const phrase of line.english) for (const w of words(phrase)) if (!STOPWORDS.has(w)) readings.add(englishStem(w));
    }
    this.areaReadingsCache.set(key, readings);
    return readings;
  }

  /**
   * The text, folded, without the colour words that are part of a phrase the glossary or the English
   * side knows ("public green space", "groene daken"): a colour word there asks for no traffic light.
   */
  private withoutColourPhrases(text: string): string {
    const folded = fold(text);
    const phrases = this.index.analyzer.analyzeQuery(text).concepts.map((c) => words(c.label)).filter((w) => w.length > 1 && colourNamed(w.join(' ')) !== undefined);
    if (phrases.length === 0) return folded;
    // The colour word of each phrase once, the first ("which performances of public green space are green?"
    // keeps its last green; "the public green spaces", plural, is the phrase too).
    const said = [...words(folded)];
    for (const colourWord of phrases.flatMap((phrase) => phrase.filter((w) => colourNamed(w) !== undefined))) {
      const at = said.indexOf(colourWord);
      if (at >= 0) said.splice(at, 1);
    }
    return said.join(' ');
  }

  /** The question without the name of a programme it mentions ("Bestuur en dienstverlening"). */
  withoutProgrammeName(text: string, reports: Report[]): { rest: string; named: boolean } {
    const folded = fold(text);
    for (const name of foldedProgrammeNames(reports)) {
      const at = folded.indexOf(name);
      if (at >= 0) return { rest: `${text.slice(0, at)} ${text.slice(at + name.length)}`, named: true };
    }
    return { rest: text, named: false };
  }

  /**
   * The question with the names of the programmes and policy areas it holds blanked out, for reading
   * what it asks: "hoeveel doelen heeft Openbaar groen?" names no colour.
   */
  withoutScopeNames(text: string, reports: Report[]): string {
    let folded = this.withoutColourPhrases(text);
    const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\d]/u.test(c);
    for (const name of foldedScopeNames(reports)) {
      for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
        if (wordChar(folded[at - 1]) || wordChar(folded[at + name.length])) continue;
        folded = `${folded.slice(0, at)} ${folded.slice(at + name.length)}`;
        break;
      }
    }
    return folded;
  }

  /**
   * The programmes a question names: by number ("programma 3"), by its whole name, or by a
   * recognisable word of its name ("cultuur" for "Cultuur en vrije tijd"). Best match first.
   */
  programmesNamedIn(question: string, reports: Report[]): ProgrammeRef[] {
    const text = separateProgrammeWord(question);
    const number = namedProgramme(text);
    const folded = fold(text);
    // The question's own stems, their glossary expansions and the English side's report words ("social domain" → sociaal domein).
    const own = new Set(this.index.analyzer.tokens(text).filter((t) => !t.stop).map((t) => t.stem));
    const stems = new Set([...own, ...this.index.analyzer.analyzeQuery(text).terms.filter((t) => t.weight >= 1).map((t) => t.term), ...this.englishSideStems(text)]);
    const saysProgramme = /\b(programma|programme|program)\b/.test(folded);
    // Only programmes that can score: the named number, a name the question holds, a name word it uses.
    const candidates = new Set<number>(number ? this.programmesByNumber.get(number) : undefined);
    for (const [name, at] of this.programmesByName) if (folded.includes(name)) for (const i of at) candidates.add(i);
    for (const stem of stems) for (const i of this.programmesByWord.get(stem) ?? []) candidates.add(i);
    const inScope = reports === this.corpus.reports ? undefined : new Set(reports);
    const scored: { ref: ProgrammeRef; score: number }[] = [];
    // In corpus order, as a walk over every programme would meet them (the sort below is stable).
    for (const at of [...candidates].sort((a, b) => a - b)) {
      const { ref, folded: name, words } = this.programmeNames[at];
      if (inScope ? !inScope.has(ref.report) : !reports.includes(ref.report)) continue;
      let score = 0;
      if (number && ref.programme.number === number) score = 3;
      else if (name && folded.includes(name)) score = 2;
      else {
        const hits = words.filter((w) => stems.has(w)).length;
        // Through translation alone, part of a name ("sector" → domein) names a programme only when the question says "programme".
        const translatedOnly = !words.some((w) => own.has(w));
        if (hits > 0 && (!translatedOnly || hits === words.length || saysProgramme)) score = hits / (words.length + 1);
      }
      if (score > 0) scored.push({ ref, score });
    }
    // "The health programme": no word of a name, but the head of a compound one (volksgezondheid), said
    // of a programme, names it.
    if (scored.length === 0 && saysProgramme) {
      const heads = [...stems].filter((s) => s.length >= 5);
      this.programmeNames.forEach(({ ref, words }) => {
        if (inScope ? !inScope.has(ref.report) : !reports.includes(ref.report)) return;
        const hits = words.filter((w) => heads.some((h) => w.length > h.length && w.endsWith(h))).length;
        if (hits > 0) scored.push({ ref, score: hits / (words.length + 1) / 2 });
      });
    }
    // "Welke commissie hoort bij het jeugdprogramma?": no programme's name, but the name of one of its
    // policy areas, said of a programme, names the programme that has that area.
    if (scored.length === 0 && saysProgramme) {
      for (const report of reports) {
        const byProgramme = new Map<string, number>();
        for (const a of this.areaNames.get(report) ?? []) if (a.terms.length > 0 && a.terms.every((t) => stems.has(t))) byProgramme.set(a.programme, (byProgramme.get(a.programme) ?? 0) + 1);
        for (const [number, hits] of byProgramme) {
          const programme = report.programmes.find((p) => p.number === number);
          if (programme) scored.push({ ref: { report, programme }, score: hits / 10 });
        }
      }
    }
    return scored.sort((a, b) => b.score - a.score).map((s) => s.ref);
  }

  /**
   * The concepts of a query that name this programme: the user's own word, or the report words the
   * English side gives it, is a distinctive word of the programme's name ("sociaal domein", "social
   * domain"); a glossary meaning does not count ("klanten" is no name of Bestuur en dienstverlening).
   * A word that also names one of the programme's policy areas ("dienstverlening", area 1B) stays a
   * topic. Such concepts say where to look, not what about.
   */
  conceptsNaming(query: AnalyzedQuery, ref: ProgrammeRef): Set<number> {
    const name = this.programmeNames.find((n) => n.ref.programme === ref.programme && n.ref.report === ref.report);
    const out = new Set<number>();
    if (!name || name.words.length === 0) return out;
    // A header field asked for ("welke commissie gaat over cultuur en sport?") leaves the name nothing to be but the programme's.
    const asksField = this.asksAnyField(query);
    const areaTerms = (this.areaNames.get(ref.report) ?? []).filter((a) => a.programme === ref.programme.number).flatMap((a) => a.terms);
    const areaWords = new Set(asksField ? [] : areaTerms);
    // Asked for a header field, an area's name said of the programme ("the youth programme") names it too.
    const nameWords = new Set(asksField ? [...name.words, ...areaTerms] : name.words);
    query.concepts.forEach((c, i) => {
      if (isProgressWord(c.label)) return; // "area", "goal": the tree, not a name
      const said = [...query.terms.filter((t) => t.concept === i && t.source === 'word').map((t) => t.term), ...this.englishSideStems(c.label)];
      if (said.some((t) => nameWords.has(t)) && !said.some((t) => areaWords.has(t))) out.add(i);
    });
    // The first part of a name word split off as a concept of its own ("omgeving" of Omgevingskwaliteit) names it too.
    const names = [...out].map((i) => fold(query.concepts[i].label));
    query.concepts.forEach((c, i) => {
      const split = query.terms.every((t) => t.concept !== i || t.source === 'compound');
      if (split && names.some((name) => name !== fold(c.label) && name.startsWith(fold(c.label)))) out.add(i);
    });
    return out;
  }

  /** Does the query name a header field (commissie, portefeuilles, programmanummer, missie)? */
  asksAnyField(query: AnalyzedQuery): boolean {
    return query.terms.some((t) => t.weight >= 1 && this.fieldTerms.has(t.term));
  }

  /** Does every concept of the query name a header field (commissie, portefeuilles, programmanummer, missie)? */
  asksOnlyFields(query: AnalyzedQuery): boolean {
    return query.concepts.length > 0 && query.concepts.every((_, i) => query.terms.some((t) => t.concept === i && t.weight >= 1 && this.fieldTerms.has(t.term)));
  }

  /**
   * The report words the English side gives the words and word pairs of a text ("social domain" →
   * sociaal, domein). A pair it knows is read as the pair alone: "public space" is openbare ruimte,
   * not also the maatschappelijk of "public" (unless `eachWord`: then every word is read alone as well).
   */
  private englishSideStems(text: string, eachWord = false): string[] {
    const said = words(text);
    const out: string[] = [];
    // Tree and progress words ("area", "goal") name no programme, whatever the English side gives them (area → domein).
    const side = (key: string) => (isProgressWord(key) ? [] : [...(this.englishSide.get(key) ?? [])]);
    // ("Education programme" is the programme on education, not the educatieprogramma the pair also reads as.)
    for (let i = 0; i < said.length; i++) {
      const pair = i + 1 < said.length && !PROGRAMME_WORD.test(said[i + 1]) ? side(`${said[i]} ${said[i + 1]}`) : [];
      if (pair.length > 0) {
        out.push(...pair);
        if (eachWord) out.push(...side(said[i]), ...side(said[i + 1]));
        i++;
      } else out.push(...side(said[i]));
    }
    return out;
  }

  /**
   * Whether the question names something other than a programme of the corpus with the word "programma" in
   * its name, a name written with capitals that a page uses ("het Nationaal Programma Onderwijs") or that the
   * English side gives a Dutch name with "programma" in it ("the National Education Programme"): its words
   * then name that thing, not programme 7.
   */
  namesOtherProgramme(question: string): boolean {
    const name = OTHER_PROGRAMME_NAME.exec(question)?.[0];
    if (!name) return false;
    const key = words(name).join(' ');
    const programmaStem = this.index.analyzer.stem('programma');
    if (this.englishSide.get(key)?.has(programmaStem)) return true;
    return this.corpus.reports.some((r) => r.passages.some((p) => fold(p.text).includes(fold(name))));
  }

  /** The index terms of every programme's name: words that name a scope, not a topic. */
  get programmeNameTerms(): ReadonlySet<string> {
    return this.nameTerms;
  }

  /** A code the text of these reports names outside every goal tree. */
  mentionedCode(code: string, reports: Report[]): { report: Report; mentioned: MentionedCode } | undefined {
    for (const report of reports) {
      const mentioned = report.mentionedCodes.find((m) => m.code === code);
      if (mentioned) return { report, mentioned };
    }
    return undefined;
  }

  /** The status of a code in these reports: from its goal tree, or from the text that names it. */
  statusOf(code: string, reports: Report[]): Status | undefined {
    const entry = this.codeEntry(code, reports);
    if (entry) return entry.level === 'area' ? entry.area.status : entry.level === 'goal' ? entry.goal!.status : entry.goal!.performances.find((p) => p.code === code)!.status;
    return this.mentionedCode(code, reports)?.mentioned.status;
  }

  /** The programme number a passage belongs to: from its id (`3-missie`) or its first code. */
  programmeNumberOf(p: Passage): string | undefined {
    return /^(\d+)-/.exec(p.id)?.[1] ?? /^(\d+)[A-Z]/.exec(p.codes[0] ?? '')?.[1];
  }

  /** A code's entry in the first of these reports that has it (editions reuse codes). */
  codeEntry(code: string, reports: Report[]): CodeEntry | undefined {
    return this.codes.get(code)?.find((e) => reports.includes(e.report));
  }

  hasProgramme(number: string): boolean {
    return this.corpus.reports.some((r) => r.programmes.some((p) => p.number === number));
  }

  /** The codes directly under `code` in a programme (its areas when `code` is undefined). */
  children(programme: Programme, code: string | undefined): string[] {
    if (!code) return programme.areas.map((a) => a.code);
    for (const area of programme.areas) {
      if (area.code === code) return area.goals.map((g) => g.code);
      for (const goal of area.goals) if (goal.code === code) return goal.performances.map((p) => p.code);
    }
    return [];
  }

  /**
   * "Afkortingen: BRP = …" for the abbreviations the text uses or the question asked about; none: no
   * line. In English, the English name (the English side's) with the Dutch one the report uses:
   * "BRP = Personal Records Database (Basisregistratie Personen)".
   */
  abbreviationLines(m: Messages, text: string, used: GlossaryEntry[] = [], language: Language = 'nl'): string[] {
    const found = this.abbreviations.filter(({ entry, pattern }) => pattern.test(text) || used.includes(entry)).map(({ entry }) => entry);
    const explain = (a: GlossaryEntry) => {
      const english = language === 'en' ? this.englishNames.get(a.term) : undefined;
      return english ? `${english} (${(a.explanation ?? a.expansion).split(':')[0]})` : (a.explanation ?? a.expansion);
    };
    return found.length ? [`${m.abbreviations} ${found.map((a) => `${a.term} = ${explain(a)}`).join('; ')}.`] : [];
  }

  passage(report: Report, id: string): Passage | undefined {
    return this.index.get(report.id, id);
  }

  /** A follow-up question that leads to this passage. */
  suggestionFor(p: Passage, m: Messages): string {
    if ((p.kind === 'goal' || p.kind === 'performance' || p.kind === 'area') && p.codes[0]) return m.suggestWhat(p.codes[0]);
    return p.title;
  }

  /** The citation of one passage; `excerpt` empty: its first sentence. */
  citation(p: Passage, excerpt: string): Citation {
    return { id: p.id, title: p.title, path: p.path, quote: p.text, url: p.url, file: this.fileOf(p), lines: p.lines, reportId: p.reportId, excerpt: excerpt || bestSentence(p.text, []) };
  }

  /** The file a passage is in, as a citation names it (relative to the working directory). */
  fileOf(p: Passage): string {
    let file = this.fileLabels.get(p.file);
    if (!file) {
      file = relative(process.cwd(), join(this.corpus.dir, p.file)).split(sep).join('/');
      this.fileLabels.set(p.file, file);
    }
    return file;
  }
}

/**
 * The distinct names of more than one word of the reports' programmes, folded, in order: worked
 * out once per list of reports, not on every question (1,000 programmes at 30,000 passages).
 */
const programmeNamesOf = new WeakMap<Report[], string[]>();
const scopeNamesOf = new WeakMap<Report[], string[]>();

/** The folded names of every programme and policy area of the reports, longest first. */
function foldedScopeNames(reports: Report[]): string[] {
  let names = scopeNamesOf.get(reports);
  if (!names) {
    const all = reports.flatMap((r) => r.programmes.flatMap((p) => [p.name, ...p.areas.map((a) => a.name)]));
    names = [...new Set(all.map((n) => fold(n).trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
    scopeNamesOf.set(reports, names);
  }
  return names;
}

function foldedProgrammeNames(reports: Report[]): string[] {
  let names = programmeNamesOf.get(reports);
  if (!names) {
    const distinct = new Set(reports.flatMap((r) => r.programmes.map((p) => fold(p.name).trim())).filter((name) => name.split(/\s+/).length >= 2));
    programmeNamesOf.set(reports, (names = [...distinct]));
  }
  return names;
}
