// The passage index: MiniSearch over every passage of the corpus, queried with analysed questions.

import MiniSearch from 'minisearch';
import type { Corpus, Passage, PassageKind } from '../report/model';
import { Analyzer, NO_CONCEPT, type AnalyzedQuery } from './analyzer';

/** A passage found for a question, with why it was found. */
export interface PassageHit {
  passage: Passage;
  score: number;
  /** Query terms that matched (after stemming, glossary and compound expansion). */
  matchedTerms: string[];
  /** Share (0–1) of the question's concepts the passage covers. */
  coverage: number;
  /** Indexes of the question's concepts the passage covers (see {@link AnalyzedQuery.concepts}). */
  concepts: number[];
}

/** Options for {@link PassageIndex.search}. */
export interface SearchOptions {
  /** Only passages of this report (a {@link Report.id}). Default: all reports. */
  reportId?: string;
  /** At most this many hits. Default: 5. */
  limit?: number;
  /** Multiplies the score of passages of these kinds: `{ explanation: 1.5 }` for "why" questions. */
  boostKinds?: Partial<Record<PassageKind, number>>;
}

interface IndexedPassage {
  key: string;
  /** The passage's own words. */
  text: string;
  /** Its heading when that is more than the text itself (Missie, Commissie, Toelichting 1B1.1). */
  heading: string;
  /** What kind of passage it is, its policy area, and the abbreviations it uses spelled out. */
  context: string;
}

/**
 * Field weights: a heading says most about a passage, its context least. Goals and performances
 * are one line that is both heading and text: indexed once, as text, to keep postings few.
 */
const BOOST = { heading: 2, text: 1.5, context: 0.3 };
/** BM25 with a weaker length penalty than MiniSearch's default (b 0.7): explanations are long paragraphs. */
const BM25 = { k: 1.2, b: 0.4, d: 0.5 };
/** What each kind of passage is called in the report, so "welk doel…" or "goal of …" finds goals. */
const KIND_LABELS: Record<PassageKind, string> = {
  programme: 'programma',
  field: '',
  mission: 'missie',
  status: 'stand van zaken voortgang',
  area: 'beleidsterrein',
  goal: 'doel',
  performance: 'prestatie',
  explanation: 'toelichting',
};
/** How many of MiniSearch's best results are re-ranked by coverage. */
const RERANK_DEPTH = 200;
/** Ranking multiplies BM25 by (floor + coverage). */
const COVERAGE_FLOOR = 0.3;

/**
 * Indexes every passage of a corpus and finds the passages that answer a question.
 * The same {@link Analyzer} turns passages and questions into terms.
 */
export class PassageIndex {
  readonly analyzer: Analyzer;
  private readonly search_: MiniSearch<IndexedPassage>;
  private readonly passages = new Map<string, Passage>();

  /**
   * @param corpus the passages to index
   * @param prebuilt an index serialized by {@link serialize} from the same corpus, loaded instead of built
   */
  constructor(corpus: Corpus, prebuilt?: string) {
    // Jargon entries explain report words to residents; they say nothing about what a question means.
    this.analyzer = new Analyzer(corpus.glossary.filter((g) => g.type !== 'jargon'));
    const abbreviations = corpus.glossary.filter((g) => g.type === 'abbr');
    // One options object for building and for loading a serialized index.
    const options = {
      idField: 'key',
      fields: ['heading', 'text', 'context'],
      tokenize: (text: string) => this.analyzer.indexTerms(text),
      processTerm: (term: string) => term,
      searchOptions: { tokenize: (text: string) => text.split(' '), processTerm: (term: string) => term },
    };
    this.search_ = prebuilt ? MiniSearch.loadJSON<IndexedPassage>(prebuilt, options) : new MiniSearch<IndexedPassage>(options);
    const docs: IndexedPassage[] = [];
    for (const report of corpus.reports) {
      for (const p of report.passages) {
        const key = `${report.id}/${p.id}`;
        this.passages.set(key, p);
        // Abbreviations the passage uses are indexed spelled out too: BRP → basisregistratie personen.
        const spelledOut = abbreviations.filter((a) => new RegExp(`\\b${a.term}\\b`).test(p.text)).map((a) => a.expansion);
        docs.push({ key, heading: p.title === p.text ? '' : p.title, text: p.text, context: [KIND_LABELS[p.kind], ...p.path.slice(2, 3), ...spelledOut].join(' ') });
      }
    }
    if (!prebuilt) this.search_.addAll(docs);
    this.analyzer.setVocabulary(docs.flatMap((d) => this.analyzer.tokens(`${d.heading} ${d.text} ${d.context}`).filter((t) => !t.stop).map((t) => t.word)));
  }

  /** The index as JSON, for {@link PassageIndex} `prebuilt`. */
  serialize(): string {
    return JSON.stringify(this.search_);
  }

  /** Number of passages indexed. */
  get size(): number {
    return this.passages.size;
  }

  /** A passage by report id and passage id. */
  get(reportId: string, passageId: string): Passage | undefined {
    return this.passages.get(`${reportId}/${passageId}`);
  }

  /** The passages that best answer an analysed question, best first. */
  search(query: AnalyzedQuery, options: SearchOptions = {}): PassageHit[] {
    if (query.terms.length === 0) return [];
    const weights = new Map<string, number>();
    for (const t of query.terms) weights.set(t.term, Math.max(weights.get(t.term) ?? 0, t.weight));
    const results = this.search_.search([...weights.keys()].join(' '), {
      boost: BOOST,
      boostTerm: (term) => weights.get(term) ?? 1,
      prefix: (term) => term.length >= 5,
      weights: { fuzzy: 0.4, prefix: 0.6 },
      bm25: BM25,
      filter: options.reportId ? (r) => String(r.id).startsWith(`${options.reportId}/`) : undefined,
    });
    const totalWeight = query.concepts.reduce((sum, c) => sum + c.weight, 0) || 1;
    const conceptsOf = new Map<string, number[]>();
    for (const t of query.terms) conceptsOf.set(t.term, [...(conceptsOf.get(t.term) ?? []), t.concept]);
    // MiniSearch orders by BM25; coverage re-ranks the best of them (all of them on a small corpus).
    const hits = results.slice(0, RERANK_DEPTH).map((r): PassageHit => {
      const passage = this.passages.get(String(r.id))!;
      const covered = new Set(r.queryTerms.flatMap((term) => conceptsOf.get(term) ?? []).filter((c) => c !== NO_CONCEPT));
      let coverage = 0;
      for (const i of covered) coverage += query.concepts[i].weight;
      coverage /= totalWeight;
      // A passage that covers more of the question beats one that repeats one word of it.
      const score = r.score * (COVERAGE_FLOOR + coverage) * (options.boostKinds?.[passage.kind] ?? 1);
      return { passage, score, matchedTerms: r.queryTerms, coverage, concepts: [...covered] };
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 5);
  }
}
