// The passage index: MiniSearch over every passage of the corpus, queried with analysed questions.

import MiniSearch from 'minisearch';
import { abbreviationPattern } from '../report/glossary';
import type { Corpus, GlossaryEntry, Passage, PassageKind } from '../report/model';
import { Analyzer, NO_CONCEPT, type AnalyzedQuery, type QueryTerm } from './analyzer';
import { completeEllipses } from './ellipsis';

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
/** How many of the best BM25 results are re-ranked by coverage. */
const RERANK_DEPTH = 200;
/** Fields in MiniSearch's order: scores are summed field by field in this order. */
const FIELDS = ['heading', 'text', 'context'] as const;
/** Terms longer than this also match the index terms they begin (MiniSearch `prefix`). */
const PREFIX_FROM_LENGTH = 5;
/** MiniSearch's weight of a prefix match. */
const PREFIX_WEIGHT = 0.6;
/** The fast path marks each document's matched query terms in a 32-bit mask; longer queries take MiniSearch's own path. */
const MAX_FAST_TERMS = 31;
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
  /** Every term the index holds. */
  private readonly stems: ReadonlySet<string>;
  private readonly scorer: Scorer;

  /**
   * @param corpus the passages to index
   * @param prebuilt an index serialized by {@link serialize} from the same corpus, loaded instead of built
   */
  constructor(corpus: Corpus, prebuilt?: string) {
    // Jargon entries explain report words to residents; they say nothing about what a question means.
    this.analyzer = new Analyzer(corpus.glossary.filter((g) => g.type !== 'jargon'), corpus.english);
    const abbreviations = corpus.glossary.filter((g) => g.type === 'abbr').map((entry) => ({ entry, pattern: abbreviationPattern(entry.term) }));
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
    // "zwerf- en afstandsdieren" is indexed as zwerfdieren too, when the corpus uses "dieren" as a word.
    // (The corpus's words are gathered only when a passage has such a hyphen.)
    let corpusWords: Set<string> | undefined;
    const knows = (word: string) => (corpusWords ??= new Set(corpus.reports.flatMap((r) => r.passages.flatMap((p) => this.analyzer.tokens(p.text).filter((t) => !t.stop).map((t) => t.word))))).has(word);
    for (const report of corpus.reports) {
      for (const p of report.passages) {
        const key = `${report.id}/${p.id}`;
        this.passages.set(key, p);
        // Abbreviations the passage uses are indexed spelled out too: BRP → basisregistratie personen.
        const spelledOut = abbreviations.filter((a) => a.pattern.test(p.text)).map((a) => a.entry.expansion);
        const completed = p.text.includes('- ') ? completeEllipses(p.text, knows) : [];
        const text = completed.length > 0 ? `${p.text} ${completed.join(' ')}` : p.text;
        docs.push({ key, heading: p.title === p.text ? '' : p.title, text, context: [KIND_LABELS[p.kind], ...p.path.slice(2, 3), ...spelledOut].join(' ') });
      }
    }
    if (!prebuilt) this.search_.addAll(docs);
    this.scorer = new Scorer(this.search_);
    const indexed = docs.flatMap((d) => this.analyzer.tokens(`${d.heading} ${d.text} ${d.context}`).filter((t) => !t.stop));
    this.analyzer.setVocabulary(indexed.map((t) => t.word));
    this.stems = new Set(indexed.map((t) => t.stem));
  }

  /** The index as JSON, for {@link PassageIndex} `prebuilt`. */
  serialize(): string {
    return JSON.stringify(this.search_);
  }

  /**
   * Glossary entries whose expansion reaches no passage: none of its terms is indexed, begins an
   * indexed term (as search's prefix match does) or ends one (a compound). Such an entry only ever
   * makes a question unanswerable.
   */
  unreachable(glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
    const reaches = (stem: string) => this.stems.has(stem) || (stem.length >= 5 && [...this.stems].some((t) => t.startsWith(stem))) || this.analyzer.expandCompounds(stem).length > 0;
    return glossary.filter((g) => !this.analyzer.indexTerms(g.expansion).some(reaches));
  }

  /** Number of passages indexed. */
  get size(): number {
    return this.passages.size;
  }

  /** A passage by report id and passage id. */
  get(reportId: string, passageId: string): Passage | undefined {
    return this.passages.get(`${reportId}/${passageId}`);
  }

  /**
   * The passages that best answer an analysed question, best first: BM25 over the fields with
   * the question's term weights (prefixes of longer terms match too), the best
   * {@link RERANK_DEPTH} re-ranked by how much of the question they cover.
   */
  search(query: AnalyzedQuery, options: SearchOptions = {}): PassageHit[] {
    if (query.terms.length === 0) return [];
    const weights = termWeights(query);
    const fast = weights.size <= MAX_FAST_TERMS && [...weights.keys()].every((t) => t !== '' && !t.includes(' '));
    const ranked = fast ? this.scorer.rank(weights, options.reportId, RERANK_DEPTH) : undefined;
    const results = ranked ?? this.miniSearchResults(weights, options.reportId).slice(0, RERANK_DEPTH);
    return this.rerank(query, results, options);
  }

  /**
   * The same search through MiniSearch's own scoring, which allocates a result object per
   * matching passage (~1 µs each, 20–30 ms at 30,000 passages). {@link search} computes the same
   * figures in the same order without those; this path is kept for long queries and as the
   * reference the fast path is tested against.
   */
  referenceSearch(query: AnalyzedQuery, options: SearchOptions = {}): PassageHit[] {
    if (query.terms.length === 0) return [];
    return this.rerank(query, this.miniSearchResults(termWeights(query), options.reportId).slice(0, RERANK_DEPTH), options);
  }

  private miniSearchResults(weights: Map<string, number>, reportId: string | undefined): RankedResult[] {
    return this.search_.search([...weights.keys()].join(' '), {
      boost: BOOST,
      boostTerm: (term) => weights.get(term) ?? 1,
      prefix: (term) => term.length >= PREFIX_FROM_LENGTH,
      weights: { fuzzy: 0.4, prefix: PREFIX_WEIGHT },
      bm25: BM25,
      filter: reportId ? (r) => String(r.id).startsWith(`${reportId}/`) : undefined,
    }).map((r) => ({ key: String(r.id), score: r.score, queryTerms: r.queryTerms }));
  }

  /** Coverage re-ranking: a passage that covers more of the question beats one that repeats one word of it. */
  private rerank(query: AnalyzedQuery, results: RankedResult[], options: SearchOptions): PassageHit[] {
    const totalWeight = query.concepts.reduce((sum, c) => sum + c.weight, 0) || 1;
    // Each term's concepts, with how much of the concept a passage that has the term covers.
    const conceptsOf = new Map<string, { concept: number; credit: number }[]>();
    for (const t of query.terms) conceptsOf.set(t.term, [...(conceptsOf.get(t.term) ?? []), { concept: t.concept, credit: creditOf(t) }]);
    // Many results match the same terms: their coverage is worked out once.
    const byTerms = new Map<string, { coverage: number; concepts: number[] }>();
    const scored = results.map((r, order) => {
      const passage = this.passages.get(r.key)!;
      const termsKey = r.queryTerms.join('\u0000');
      let covers = byTerms.get(termsKey);
      if (!covers) {
        const credits = new Map<number, number>();
        for (const { concept, credit } of r.queryTerms.flatMap((term) => conceptsOf.get(term) ?? [])) {
          if (concept !== NO_CONCEPT) credits.set(concept, Math.max(credits.get(concept) ?? 0, credit));
        }
        let coverage = 0;
        for (const [i, credit] of credits) coverage += query.concepts[i].weight * credit;
        byTerms.set(termsKey, (covers = { coverage: coverage / totalWeight, concepts: [...credits.keys()] }));
      }
      const score = r.score * (COVERAGE_FLOOR + covers.coverage) * (options.boostKinds?.[passage.kind] ?? 1);
      return { r, passage, score, covers, order };
    });
    // Best first, the earlier BM25 result first among equals (what a stable sort gives).
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return scored.slice(0, options.limit ?? 5).map(({ r, passage, score, covers }) => ({ passage, score, matchedTerms: r.queryTerms, coverage: covers.coverage, concepts: [...covers.concepts] }));
  }
}

/**
 * How much of its concept a term covers: all of it, but for a compound reached only through a word
 * the question uses inside a phrase ("hulp" of "huishoudelijke hulp" → jeugdhulp), which covers half.
 */
function creditOf(term: QueryTerm): number {
  return term.source === 'compound' && term.weight < WEAK_COMPOUND ? 0.5 : 1;
}
/** Compound terms weighted below this came from a word of the question that was no topic by itself. */
const WEAK_COMPOUND = 0.3;

/** A BM25 result before coverage: the passage key, its score and the query terms it matched, in query order. */
interface RankedResult {
  key: string;
  score: number;
  queryTerms: string[];
}

/** Each distinct term of the question with its highest weight, in the question's order. */
function termWeights(query: AnalyzedQuery): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of query.terms) weights.set(t.term, Math.max(weights.get(t.term) ?? 0, t.weight));
  return weights;
}

/** What the scorer reads of MiniSearch's index (minisearch 7.2, pinned): the postings and field lengths. */
interface MiniSearchIndex {
  _index: {
    get(term: string): Map<number, Map<number, number>> | undefined;
    atPrefix(prefix: string): Iterable<[string, Map<number, Map<number, number>>]>;
  };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, string>;
  _nextId: number;
}

/** The documents a query matches, in MiniSearch's order, with their scores and matched-terms masks. */
interface Scored {
  key: string;
  docs: Int32Array;
  scores: Float64Array;
  masks: Uint32Array;
  terms: string[];
  byReport?: Map<string, number[]>;
}

/** One index term's postings in one field: documents (MiniSearch short ids) and their BM25 scores. */
interface FieldPostings {
  docs: Int32Array;
  bm25: Float64Array;
}
/** The postings of a term the index lacks. */
const NO_POSTINGS: (FieldPostings | undefined)[] = [];

/**
 * BM25 with MiniSearch's exact arithmetic, over its postings, without a result object per match:
 * each index term's postings become typed arrays of documents and precomputed BM25 scores (on first
 * use), a query adds them into reused score arrays, and only the best results become objects. The
 * sums run in MiniSearch's order (query terms, then exact before prefix matches in its order, then
 * fields), ties keep its order (first matched first), so results are identical, at ~10× less CPU at
 * the median and ~35× at p99 on 30,000 passages. The last query's scores are kept, so asking per report costs one scoring.
 */
class Scorer {
  private readonly postings = new Map<string, (FieldPostings | undefined)[]>();
  private readonly index: MiniSearchIndex;
  private readonly fieldIds: number[];
  /** Per document: score so far, score of the current term, matched-terms mask, and when each was last set. */
  private readonly total: Float64Array;
  private readonly termScore: Float64Array;
  private readonly mask: Uint32Array;
  private readonly totalStamp: Uint32Array;
  private readonly termStamp: Uint32Array;
  /** Per document: its report id (report ids are slugs, without '/'). */
  private readonly reportOf: string[] = [];
  private stamp = 0;
  private last?: Scored;

  constructor(miniSearch: MiniSearch<IndexedPassage>) {
    this.index = miniSearch as unknown as MiniSearchIndex;
    this.fieldIds = FIELDS.map((f) => this.index._fieldIds[f]);
    const size = this.index._nextId + 1;
    this.total = new Float64Array(size);
    this.termScore = new Float64Array(size);
    this.mask = new Uint32Array(size);
    this.totalStamp = new Uint32Array(size);
    this.termStamp = new Uint32Array(size);
    for (const [doc, key] of this.index._documentIds) this.reportOf[doc] = key.slice(0, key.indexOf('/'));
  }

  /** The best `depth` results, best first, of the passages (of one report, if given) that match a term. */
  rank(weights: Map<string, number>, reportId: string | undefined, depth: number): RankedResult[] {
    const scored = this.score(weights);
    const ids = this.index._documentIds;
    // Asked per report (a question that names a programme or edition): only that report's results.
    const candidates = reportId === undefined ? undefined : this.byReport(scored).get(reportId) ?? [];
    // The best `depth` by score, earlier first among equals: a sorted window, filled in order.
    const best: number[] = [];
    const better = (i: number, j: number) => scored.scores[i] > scored.scores[j] || (scored.scores[i] === scored.scores[j] && i < j);
    const count = candidates ? candidates.length : scored.docs.length;
    for (let c = 0; c < count; c++) {
      const i = candidates ? candidates[c] : c;
      if (best.length === depth && !better(i, best[depth - 1])) continue;
      let at = best.length;
      while (at > 0 && better(i, best[at - 1])) at--;
      best.splice(at, 0, i);
      if (best.length > depth) best.pop();
    }
    return best.map((i) => ({
      key: ids.get(scored.docs[i])!,
      score: scored.scores[i],
      queryTerms: scored.terms.filter((_, t) => scored.masks[i] & (1 << t)),
    }));
  }

  /** The results of a scoring by report: positions in its arrays, in order (worked out once per scoring). */
  private byReport(scored: Scored): Map<string, number[]> {
    if (scored.byReport) return scored.byReport;
    const groups = new Map<string, number[]>();
    for (let i = 0; i < scored.docs.length; i++) {
      const report = this.reportOf[scored.docs[i]];
      let list = groups.get(report);
      if (!list) groups.set(report, (list = []));
      list.push(i);
    }
    return (scored.byReport = groups);
  }

  /** Scores every matching document: in MiniSearch's order, with its BM25 and its quality factor. */
  private score(weights: Map<string, number>): Scored {
    const terms = [...weights.keys()];
    const key = [...weights].map(([t, w]) => `${t}:${w}`).join(' ');
    if (this.last?.key === key) return this.last;
    const order: number[] = [];
    const { total, termScore, mask, totalStamp, termStamp } = this;
    const queryStamp = ++this.stamp;
    terms.forEach((term, t) => {
      const termBoost = weights.get(term)!;
      const touched: number[] = [];
      const thisTerm = ++this.stamp;
      const add = (derived: string, data: Map<number, Map<number, number>> | undefined, termWeight: number) => {
        const fields = this.postingsOf(derived, data);
        for (let f = 0; f < FIELDS.length; f++) {
          const p = fields[f];
          if (!p) continue;
          // MiniSearch multiplies left to right: termWeight * termBoost * fieldBoost * docBoost (1) * bm25.
          const factor = termWeight * termBoost * BOOST[FIELDS[f]] * 1;
          const { docs, bm25 } = p;
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i];
            if (termStamp[doc] !== thisTerm) {
              termStamp[doc] = thisTerm;
              termScore[doc] = factor * bm25[i];
              touched.push(doc);
            } else termScore[doc] += factor * bm25[i];
          }
        }
      };
      add(term, this.index._index.get(term), 1);
      if (term.length >= PREFIX_FROM_LENGTH) {
        for (const [derived, data] of this.index._index.atPrefix(term)) {
          const distance = derived.length - term.length;
          if (distance) add(derived, data, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance));
        }
      }
      for (const doc of touched) {
        if (totalStamp[doc] !== queryStamp) {
          totalStamp[doc] = queryStamp;
          total[doc] = termScore[doc];
          mask[doc] = 1 << t;
          order.push(doc);
        } else {
          total[doc] = total[doc] + termScore[doc];
          mask[doc] |= 1 << t;
        }
      }
    });
    const docs = Int32Array.from(order);
    const scores = new Float64Array(order.length);
    const masks = new Uint32Array(order.length);
    for (let i = 0; i < order.length; i++) {
      const m = mask[order[i]];
      masks[i] = m;
      scores[i] = total[order[i]] * (bitCount(m) || 1);
    }
    this.last = { key, docs, scores, masks, terms };
    return this.last;
  }

  /** An index term's postings per field as typed arrays with BM25 precomputed (MiniSearch's formula). */
  private postingsOf(term: string, data: Map<number, Map<number, number>> | undefined): (FieldPostings | undefined)[] {
    // Terms the index lacks are not remembered: what is kept is bounded by the index's vocabulary.
    if (!data) return NO_POSTINGS;
    let fields = this.postings.get(term);
    if (fields) return fields;
    const { _fieldLength: lengths, _avgFieldLength: averages, _documentCount: count } = this.index;
    fields = this.fieldIds.map((fieldId) => {
      const freqs = data.get(fieldId);
      if (!freqs) return undefined;
      const docs = new Int32Array(freqs.size);
      const bm25 = new Float64Array(freqs.size);
      const matching = freqs.size;
      let i = 0;
      for (const [doc, termFreq] of freqs) {
        docs[i] = doc;
        bm25[i++] = bm25Score(termFreq, matching, count, lengths.get(doc)![fieldId], averages[fieldId]);
      }
      return { docs, bm25 };
    });
    this.postings.set(term, fields);
    return fields;
  }
}

/** MiniSearch's BM25 (`calcBM25Score`), with the same operations in the same order. */
function bm25Score(termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

function bitCount(n: number): number {
  let count = 0;
  for (let m = n; m; m &= m - 1) count++;
  return count;
}
