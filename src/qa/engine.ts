// The QA engine: ask(question, { locale }) → Answer. Wires the router (which kind of question)
// to one answerer per kind (answerers/), and keeps the answer cache.

import { withDefaults } from '../options';
import { findCodes } from '../report/codes';
import { loadCorpus } from '../report/corpus';
import type { Corpus, Passage } from '../report/model';
import type { PassageIndex } from '../search/passageIndex';
import { readEnglishStems } from '../search/stemCache';
import type { Answer, Citation, Language } from './answer';
import { CodeAnswerer } from './answerers/codes';
import { PeopleAnswerer } from './answerers/people';
import { ServiceAnswerer } from './answerers/service';
import { ProgrammeAnswerer } from './answerers/programmes';
import { ProgressAnswerer } from './answerers/progress';
import { RefusalAnswerer } from './answerers/refusals';
import { SearchAnswerer } from './answerers/search';
import { SmalltalkAnswerer } from './answerers/smalltalk';
import { ProgrammeIntroAnswerer } from './answerers/programmeIntro';
import { TreeAnswerer } from './answerers/tree';
import type { Context } from './context';
import { hasNoWords } from './intents';
import { Glosses } from './glosses';
import { Knowledge } from './knowledge';
import { LanguageDetector } from './language';
import { MESSAGES } from './messages';
import { paged } from './paging';
import { Router } from './router';

export { focusOn } from './answerers/search';

/** Options for {@link QaEngine.ask}. */
export interface AskOptions {
  /** The channel's locale (`nl-NL`, `en-US`): the answer language when the question doesn't tell. */
  locale?: string;
  /** Add {@link Answer.debug}: the understood intent, terms and candidate passages with scores. */
  debug?: boolean;
  /** Answer in this language whatever the question's words say (the bot's welcome follows the locale). */
  language?: Language;
}

/** Options for the engine; each one unset (or `undefined`) takes its {@link DEFAULT_ENGINE_OPTIONS} value. */
export interface EngineOptions {
  /** Where to go for what the report doesn't answer, per language. Default: {@link DEFAULT_CONTACT}. */
  contact?: Partial<Record<Language, string>>;
  /** Share (0–1) of a question's concepts the quoted passage must cover. Default 0.5. */
  minCoverage?: number;
  /** Share (0–1) of a question's concepts the best passages together must cover. Default 0.66. */
  minUnionCoverage?: number;
  /**
   * Remember this many answers by question text (least recently used go first). Answers depend
   * only on the question, the locale and the corpus, and people ask the same things (and click the
   * same suggestions) often. Default 0: off.
   */
  cacheSize?: number;
}

/** The contact line for questions the report does not answer. */
export const DEFAULT_CONTACT: Record<Language, string> = {
  nl: 'Voor andere vragen kunt u de gemeente Leiden bellen via 14 071 of kijken op www.leiden.nl.',
  en: 'For other questions, call the municipality of Leiden on 14 071 or visit www.leiden.nl.',
};

/** The engine's defaults, merged once with {@link withDefaults}. */
export const DEFAULT_ENGINE_OPTIONS: Required<EngineOptions> = { contact: DEFAULT_CONTACT, minCoverage: 0.5, minUnionCoverage: 0.66, cacheSize: 0 };

/** Questions are cut here before analysis: a real question is shorter, and this bounds the work. */
const MAX_ANALYSED_CHARS = 500;
/** The question echoed in the Answer is cut here. */
const MAX_ECHOED_CHARS = 1000;

/**
 * Answers questions about a corpus. Built once (index, code table), then `ask()` is synchronous
 * and allocation-light.
 */
export class QaEngine {
  readonly index: PassageIndex;
  private readonly knowledge: Knowledge;
  private readonly router: Router;
  private readonly smalltalk: SmalltalkAnswerer;
  private readonly refusals: RefusalAnswerer;
  private readonly codes: CodeAnswerer;
  private readonly tree: TreeAnswerer;
  private readonly programmeIntro: ProgrammeIntroAnswerer;
  private readonly search: SearchAnswerer;
  private readonly people: PeopleAnswerer;
  private readonly service: ServiceAnswerer;
  private readonly glosses: Glosses;
  private readonly progress: ProgressAnswerer;
  private readonly programmes: ProgrammeAnswerer;
  private readonly cache = new Map<string, Answer>();
  private readonly cacheSize: number;
  private readonly languages: LanguageDetector;

  constructor(
    readonly corpus: Corpus,
    options: EngineOptions = {},
  ) {
    const settings = withDefaults(DEFAULT_ENGINE_OPTIONS, options);
    readStemsOnce();
    // Per language: a contact line left undefined (CONTACT_NL unset) keeps the default.
    this.knowledge = new Knowledge(corpus, withDefaults(DEFAULT_CONTACT, options.contact));
    this.index = this.knowledge.index;
    this.people = new PeopleAnswerer(this.knowledge);
    this.router = new Router(this.knowledge, (text) => this.people.reportNames(text));
    this.glosses = new Glosses(corpus.glossary);
    this.smalltalk = new SmalltalkAnswerer(this.knowledge);
    this.refusals = new RefusalAnswerer(this.knowledge);
    this.codes = new CodeAnswerer(this.knowledge);
    this.tree = new TreeAnswerer(this.knowledge);
    this.programmeIntro = new ProgrammeIntroAnswerer(this.knowledge);
    this.search = new SearchAnswerer(this.knowledge, { minCoverage: settings.minCoverage, minUnionCoverage: settings.minUnionCoverage });
    this.progress = new ProgressAnswerer(this.knowledge);
    this.programmes = new ProgrammeAnswerer(this.knowledge, settings.minCoverage);
    this.service = new ServiceAnswerer(this.knowledge, this.search, this.refusals);
    this.cacheSize = settings.cacheSize;
    this.languages = LanguageDetector.fromCorpus(corpus, (word) => this.index.analyzer.stem(word), this.index.analyzer.englishSide);
  }

  /** Loads the corpus directory and builds an engine on it. */
  static fromDirectory(dir: string, options?: EngineOptions): QaEngine {
    return new QaEngine(loadCorpus(dir), options);
  }

  /**
   * Answers one question. Never throws: empty, huge, binary or foreign-script input gets a valid
   * Answer that says what it can.
   */
  ask(question: string, options: AskOptions = {}): Answer {
    if (this.cacheSize === 0) return this.answer(question, options);
    const key = `${options.language ?? options.locale?.slice(0, 2) ?? ''}|${options.debug ? 1 : 0}|${question}`;
    let answer = this.cache.get(key);
    if (answer) this.cache.delete(key); // re-inserted below: most recently used last
    else {
      answer = this.answer(question, options);
      if (this.cache.size >= this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(key, answer);
    return answer;
  }

  /** The answer, with plain explanations of the report words its quotes use (for the website). */
  private answer(question: string, options: AskOptions): Answer {
    // A long list over several programmes is paged: the first programmes, then one to ask for each of the rest.
    const answer = paged(this.route(question, options));
    const glosses = answer.citations.length ? this.glosses.find(answer.text, answer.language) : [];
    return glosses.length ? { ...answer, glosses } : answer;
  }

  private route(question: string, options: AskOptions): Answer {
    const clean = cleanQuestion(question);
    const text = clean.slice(0, MAX_ANALYSED_CHARS);
    const language = options.language ?? this.languages.detect(text, options.locale);
    const ctx: Context = { question: clean.slice(0, MAX_ECHOED_CHARS), language, m: MESSAGES[language], debug: options.debug };
    const route = this.router.route(text);
    switch (route.kind) {
      case 'smalltalk':
        return this.smalltalk.answer(ctx, route.smalltalk);
      case 'refusal':
        return this.refusals.answer(ctx, route.reason, text);
      case 'service':
        return this.service.answer(ctx, route.query, route.reports, text);
      case 'people':
        // "Who is the alderman for finance?": no name, but the portfolio the report lists.
        return this.people.answer(ctx, route.reports.length ? this.search.answer(ctx, route.query, route.reports) : undefined);
      case 'codes':
        return this.codes.answer(ctx, route.codes, route.reports, route.list);
      case 'areas':
        return this.tree.areas(ctx, route.report, route.programme?.programme);
      case 'programme':
        return this.programmeIntro.answer(ctx, route.reports, route.ref);
      case 'progress':
        return this.progress.answer(ctx, route.aspect, route.scope, route);
      case 'which-programme':
        return this.programmes.whichProgramme(ctx, route.query, route.reports);
      case 'search': {
        const answer = this.search.answer(ctx, route.query, route.reports, route.programme, route.progress !== undefined);
        return route.progress ? this.progress.withStatus(ctx, answer, route.reports, route.progress) : answer;
      }
    }
  }

  /**
   * Passages for a search box (Teams' message extension): every item a goal code names (with
   * what falls under it), else the passages that match the words, best first. Unlike ask() this
   * lists candidates and never refuses; an empty query lists the policy areas.
   */
  find(text: string, limit = 10): Citation[] {
    const k = this.knowledge;
    const clean = cleanQuestion(text).slice(0, MAX_ANALYSED_CHARS);
    const reports = k.reportsNamedIn(clean);
    const passages: Passage[] = [];
    const codes = findCodes(clean);
    if (hasNoWords(clean)) {
      for (const r of reports) for (const pr of r.programmes) for (const a of pr.areas) passages.push(k.passage(r, a.passageId)!);
    } else if (codes.length > 0) {
      for (const code of codes) {
        const entry = k.codeEntry(code.code, reports);
        if (!entry) continue;
        passages.push(entry.passage);
        for (const child of k.children(entry.programme, code.code)) {
          const under = k.codeEntry(child, [entry.report]);
          if (under) passages.push(under.passage);
        }
      }
    } else {
      const query = this.index.analyzer.analyzeQuery(clean);
      passages.push(...this.index.search(query, { limit }).filter((h) => h.coverage > 0).map((h) => h.passage));
    }
    return passages.slice(0, limit).map((p) => k.citation(p, ''));
  }

  /** The titles of the loaded reports, for help texts. */
  reportTitle(): string {
    return this.knowledge.reportTitle();
  }

  /** The citation of one passage, by report and passage id. */
  citationFor(reportId: string, passageId: string): Citation | undefined {
    const p = this.index.get(reportId, passageId);
    return p ? this.knowledge.citation(p, '') : undefined;
  }
}

let stemsRead = false;
/** The English stems the build computed (see search/stemCache.ts), read before the first engine is built. */
function readStemsOnce(): void {
  if (!stemsRead) readEnglishStems();
  stemsRead = true;
}

/** Control and format characters become spaces, runs of white space one space. */
function cleanQuestion(question: string): string {
  return String(question ?? '')
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
