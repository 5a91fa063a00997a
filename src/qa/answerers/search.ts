// Answers questions in the user's own words from the best matching passage: search, rank by what
// the question asks for (a reason, a number, a moment, a header field), quote, or refuse.

import type { Passage, Report } from '../../report/model';
import { fold, type AnalyzedQuery } from '../../search/analyzer';
import type { PassageHit } from '../../search/passageIndex';
import { WHY_WORDS } from '../../search/stopwords';
import { words } from '../../search/tokenize';
import { Phrases, wordSet } from '../../search/wordLists';
import type { Answer, AnswerKind } from '../answer';
import { quoted, reply, unique, type Context } from '../context';
import type { Knowledge, ProgrammeRef } from '../knowledge';
import { asksWhichOnes, enumerates } from '../intents';
import { MESSAGES } from '../messages';
import { YES_NO } from '../progressIntents';
import { bestSentence } from '../sentences';

/** Options of the search answerer. */
export interface SearchOptions {
  /** Share (0–1) of a question's concepts the quoted passage must cover. */
  minCoverage: number;
  /** Share (0–1) of a question's concepts the best passages together must cover. */
  minUnionCoverage: number;
}

/** Questions asking for a reason (corpus/words/why.tsv). */
export const WHY = WHY_WORDS;
/** How much more an explanation (toelichting) counts for a "why" question. */
const WHY_BOOST = 2.5;
/** How much more the report's own words on progress count for "hoe gaat het met …?". */
const PROGRESS_BOOST = { status: 1.5, explanation: 1.25 };
/** Questions for a number (corpus/words/quantity.tsv). */
const QUANTITY = Phrases.load('quantity');
/** A number (digits or a word of corpus/words/numbers.nl.tsv: the report is Dutch) and the (up to three) words after it: what it counts. */
const COUNTED = new RegExp(`(?:^|[^\\p{L}\\d.])(\\d+|${[...wordSet('numbers.nl')].join('|')})\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)`, 'giu');
/** A sentence that gives a count of something by name ("het aantal huishoudens … 3.600"). */
const COUNT_NOUN = /\b(aantal|totaal|number of|total)\b/i;
/** A question for a whole stock ("in totaal", "in total"). */
const ASKS_TOTAL = /\b(in totaal|in total|altogether|in all)\b/i;
/** Questions for an amount of money (corpus/words/money.tsv), and passages that give one. */
const MONEY = Phrases.load('money');
const AMOUNT = /€|\beuro\b|\b(miljoen|mln|miljard)\b/i;
/** How high something is, not how many there are ("hoe hoog is het aantal …" counts). */
const LEVEL = /\b(hoe hoog|how high) (is|zijn|was|waren|are|were) (de|het|the)\b(?! (aantal|number)\b)/;
/** A figure given as a share: "6,1 procent", "12%". */
const PERCENTAGE = /\d+(?:[.,]\d+)?\s*(?:%|procent\b|percent\b)/i;
/** A share by which something changed: "met ongeveer 8 procent gestegen", "rose by 8%". */
const CHANGE = /\b(met|by) (ongeveer |bijna |ruim |circa |zo'n |about |almost |some |nearly )?\d+(?:[.,]\d+)?\s*(?:%|procent\b|percent\b)/gi;
/** A question for a change or a share: "met hoeveel procent steeg …", "how many more …". */
const ASKS_CHANGE = /\b(procent|percent|gestegen|gedaald|stijging|daling|toename|afname|groei|meer|minder|rise|rose|risen|increase|decrease|fall|fell|grow|grew|more|fewer|less)\b/;
/** A balance in money, as counted by "hoeveel": a deficit, a surplus. */
const BALANCE = /^(tekort|tekorten|overschot|overschotten|nadeel|voordeel|deficit|shortfall|surplus)$/;
/** "How many / hoeveel" and the word after it: what the question counts. */
const HOW_MANY = /\b(?:how many|hoeveel)\s+(\p{L}+)/iu;

/** The word after "how many" / "hoeveel": what the question counts. */
function countedWord(question: string): string | undefined {
  return HOW_MANY.exec(fold(question))?.[1];
}

/** Does the question count something other than money ("how many hotel nights", not "hoeveel geld", "hoeveel kost", "hoeveel tekort")? */
function countsThings(question: string): boolean {
  const counted = countedWord(question);
  return counted !== undefined && !MONEY.test(counted) && !/^euros?$/.test(counted) && !BALANCE.test(counted);
}
const ON_BUDGET = /\b(on|over|under|within|binnen|boven|volgens|op) (the |de |het )?(budget|begroting)\b/i;
/** Questions for a moment (corpus/words/when.tsv), and passages that name one (dates.tsv). */
const WHEN = Phrases.load('when');
/** Words that open a question of another kind: a "when" after one of them joins two clauses. */
const QUESTION_WORDS = new Set(['wat', 'welke', 'welk', 'hoe', 'wie', 'waarom', 'waar', 'hoeveel', 'what', 'which', 'how', 'who', 'why', 'where']);

/**
 * Does the question ask for a moment? "Wanneer is het klaar?", "tot wanneer …", "is bekend wanneer …"
 * do; "what colour is the light for checking ID when selling alcohol?" and "wat doet de gemeente
 * wanneer het heet is?" do not: their "when" comes after the word that asks what they ask.
 */
function asksWhen(question: string): boolean {
  const textWords = words(question);
  const at = WHEN.indexIn(textWords);
  return at >= 0 && !textWords.slice(0, at).some((w) => QUESTION_WORDS.has(w));
}
/** Does a text name a year, or a word of the given list? */
const namesYearOr = (list: ReadonlySet<string>) => (text: string) => words(text).some((w) => /^\d{4}$/.test(w) || list.has(w));
/** Does the text name a moment: a year, or a word of corpus/words/dates.tsv? */
const hasDate = namesYearOr(wordSet('dates'));
/** Questions for a length of time (howlong.tsv), and passages that name one (durations.tsv) or a year. */
const HOW_LONG = Phrases.load('howlong');
const hasDuration = namesYearOr(wordSet('durations'));
/** Questions for one day (day.tsv): "april 2022" does not answer them; "12 april" or a weekday does. */
const DAY = Phrases.load('day');
const DAY_DATE = /\b\d{1,2}(e|ste|de|st|nd|rd|th)? (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b/i;

/** Words that give a cause (corpus/words/causal.tsv): a "why" question wants the passage that has them. */
export const CAUSAL = Phrases.load('causal');
const CAUSE_BOOST = 1.5;
/** How much more a passage that weighs something against the budget counts for "is it within budget?". */
const BUDGET_BOOST = 1.5;
/** An amount, or the budget named: what a budget question is answered by. */
const BUDGET_FACT = /€|\b(miljoen|begroting|begroot|budget|overschrijding|voordeel|nadeel|onderschrijding)\b/i;
/** A header field named by the question ("welke commissie") is what it asks for. */
const FIELD_BOOST = 2;
/** Hits fetched when a question names a programme, before those of other programmes are dropped. */
const PROGRAMME_LIMIT = 60;
/** Two hits whose scores are this close make a "did you mean" answer. */
const CLARIFY_RATIO = 0.92;

export class SearchAnswerer {
  constructor(
    private readonly knowledge: Knowledge,
    private readonly options: SearchOptions,
  ) {}

  /**
   * @param programme the programme a question names: only its passages answer
   * @param progress the question asks how its topic stands: the stand van zaken and the toelichting count more
   */
  answer(ctx: Context, query: AnalyzedQuery, reports: Report[], programme?: ProgrammeRef, progress = false): Answer {
    const k = this.knowledge;
    const { m } = ctx;
    // "Why" asks for the report's explanation, not the fact itself.
    const why = WHY_WORDS.test(ctx.question);
    const boostKinds = why ? { explanation: WHY_BOOST } : progress ? PROGRESS_BOOST : undefined;
    let found = programme
      ? k.index.search(query, { reportId: programme.report.id, boostKinds, limit: PROGRAMME_LIMIT }).filter((h) => k.programmeNumberOf(h.passage) === programme.programme.number)
      : reports.length === k.corpus.reports.length
        ? k.index.search(query, { boostKinds, limit: 8 })
        : reports.flatMap((r) => k.index.search(query, { reportId: r.id, boostKinds, limit: 8 }));
    if (programme) found = found.slice(0, 8);
    // A name the question uses that the report has (a place, a building, an organisation: "de Spoorzone",
    // "Servicepunt71") is what it is about: the passages that have it go first.
    const names = namesIn(ctx.question, query, (w) => k.index.analyzer.stem(w));
    const hasNames = (h: PassageHit) => names.every((name) => h.matchedTerms.includes(name));
    // The question's own words and their glossary meanings, not the compounds they reach ("panel" → zonnepanelen).
    const strong = new Set(query.terms.filter((t) => t.weight >= 1).map((t) => t.term));
    const ranked = this.rerank(names.length ? [...found.filter(hasNames), ...found.filter((h) => !hasNames(h))] : found, why, ctx.question, strong, names.length > 0);
    // A passage that covers too little of the question cannot answer it, however well it scores:
    // one that covers enough goes first ("loopt het digitaliseren van het archief vertraging op?"
    // is about the archive, not about delays in general).
    // (Asked why, an explanation counts more, but not more than what it is about: one that covers half the
    // question does not go before the passage that covers all of it.)
    const ordered = why ? [...ranked].sort((a, b) => b.coverage - a.coverage) : ranked;
    const hits = [...ordered.filter((h) => h.coverage >= this.options.minCoverage), ...ordered.filter((h) => h.coverage < this.options.minCoverage)];
    // What the best passages cover together, before those without the asked fact were set aside:
    // "hoe lang duurt het voor ik antwoord krijg?" is in scope even if only one passage has a time.
    const union = new Set([...hits.slice(0, 3), ...found.slice(0, 3)].flatMap((h) => h.concepts));
    const totalWeight = query.concepts.reduce((sum, c) => sum + c.weight, 0);
    const unionCoverage = totalWeight > 0 ? [...union].reduce((sum, i) => sum + query.concepts[i].weight, 0) / totalWeight : 0;
    const top = hits[0];
    const trace = { query, hits };
    // A question for a number or a date needs a passage that has one: "hoeveel klachten" is not
    // answered by a passage about complaints that counts nothing.
    const lacksFact = top !== undefined && !this.hasAskedFact(ctx.question, top, strong);
    // A name the question uses that the report has (a place, a building: "de Spoorzone") must be in the
    // quoted passage: one about something else that shares the other words does not answer it.
    const missesName = top !== undefined && names.some((name) => !top.matchedTerms.includes(name) && found.some((h) => h.matchedTerms.includes(name)));
    // A name the word lists know only as a name and no page uses ("in de Merenwijk") is what the question is
    // about: the report never mentions it.
    const absentName = namesNotInCorpus(ctx.question, (w) => k.index.analyzer.isNameNotInCorpus(w)).length > 0;
    if (!top || lacksFact || missesName || absentName || top.coverage < this.options.minCoverage || unionCoverage < this.options.minUnionCoverage) {
      return reply(ctx, 'none', m.notFound(k.contact[ctx.language]), [], m.examples, 0, 'search:refused', trace);
    }
    const terms = query.terms.map((t) => t.term);
    const second = hits[1];
    // (Two paragraphs of one programme's stand van zaken are no rival readings: a "did you mean" could only offer
    // "Stand van zaken" twice. The first is quoted; the other is a suggestion.)
    const siblings = top?.passage.kind === 'status' && second?.passage.kind === 'status' && k.programmeNumberOf(top.passage) === k.programmeNumberOf(second.passage);
    const close = second && second.coverage >= top.coverage && second.score >= top.score * CLARIFY_RATIO && !related(top.passage, second.passage) && !siblings;
    if (close) {
      const citations = [k.citation(top.passage, bestSentence(top.passage.text, terms)), k.citation(second.passage, bestSentence(second.passage.text, terms))];
      const text = [m.clarify, ...citations.map((c, i) => `${i + 1}. **${c.title}**: “${c.excerpt}” [${i + 1}]`)].join('\n');
      return reply(ctx, 'clarify', text, citations, [top.passage, second.passage].map((p) => k.suggestionFor(p, m)), confidence(top, second), 'search:clarify', trace);
    }
    // The answer quotes up to two lines; the citation entity cuts its abstract to 160 characters itself.
    const sentence = bestSentence(top.passage.text, terms, 320, why ? CAUSAL : undefined);
    const citation = k.citation(top.passage, sentence);
    const isMeta = ['programme', 'field', 'mission', 'status'].includes(top.passage.kind);
    const quote = top.passage.text.length <= 400 ? top.passage.text : sentence;
    const lines = [isMeta ? m.metaIntro : m.searchIntro, ...quoted(top.passage.title, quote, 1)];
    lines.push(...k.abbreviationLines(m, quote, query.glossary, ctx.language));
    const suggestions = hits.slice(1, 4).map((h) => k.suggestionFor(h.passage, m));
    const kind: AnswerKind = isMeta ? 'meta' : 'search';
    return reply(ctx, kind, lines.join('\n'), [citation], unique(suggestions), confidence(top, second), `search:${kind}`, trace);
  }

  /**
   * Question-type preferences on top of retrieval. A header field (commissie, portefeuilles,
   * programmanummer) answers only a question that names it: "onderwijs" in a portefeuille's name
   * does not make it the answer to a question about education; the programme's title line answers
   * nothing by itself. A "why" question prefers a passage that gives a cause.
   * @param keepOrder the hits come ordered already (a named place first): boosted and filtered, not re-sorted
   */
  private rerank(hits: PassageHit[], why: boolean, question: string, strong: ReadonlySet<string>, keepOrder = false): PassageHit[] {
    const analyzer = this.knowledge.index.analyzer;
    const onBudget = ON_BUDGET.test(question);
    const namedField = (h: PassageHit) => analyzer.indexTerms(h.passage.title).some((t) => h.matchedTerms.includes(t));
    // A question for a number or a date is answered by the best passage that has one.
    const withFact = hits.filter((h) => this.hasAskedFact(question, h, strong));
    if (withFact.length > 0) hits = withFact;
    // The programme's title line names everything in it; it answers no question by itself.
    return hits
      .filter((h) => h.passage.kind !== 'programme' && (h.passage.kind !== 'field' || namedField(h)))
      .map((h) => {
        let score = h.score;
        if (h.passage.kind === 'field') score *= FIELD_BOOST;
        if (why && CAUSAL.test(h.passage.text)) score *= CAUSE_BOOST;
        // "Blijft het binnen de begroting?" is answered where the report weighs it against the budget.
        if (onBudget && BUDGET_FACT.test(h.passage.text)) score *= BUDGET_BOOST;
        return score === h.score ? h : { ...h, score };
      })
      .sort((a, b) => (keepOrder ? 0 : b.score - a.score))
      .slice(0, 5);
  }

  /**
   * Does the passage hold the kind of fact the question asks for? For "hoeveel" a number that
   * counts one of the question's words ("5 kanalen" for "hoeveel kanalen", not for "hoeveel
   * inwoners"); for "wanneer" a moment, for "hoe lang" a length of time, for "op welke dag" a day;
   * for "welke precies" the items named one by one. Goal codes (1B1.2), names with digits
   * (Servicepunt71) and years are no counts. Other questions need no particular fact.
   */
  private hasAskedFact(question: string, hit: PassageHit, strong: ReadonlySet<string>): boolean {
    // A header field is the fact itself ("what is the programme number of …": 4).
    if (hit.passage.kind === 'field') return true;
    const text = hit.passage.text.replace(/\b\d+[A-Z]\d*(\.\d+)?\b/g, '');
    // "Welke systemen zijn precies gekoppeld?" needs a passage that names them one by one.
    if (asksWhichOnes(question) && !enumerates(text)) return false;
    if (DAY.test(question)) return DAY_DATE.test(text);
    if (HOW_LONG.test(question)) return hasDuration(text);
    // ("Wanneer is het opgelost?" is answered by "een meerjarig proces" as much as by a date.)
    if (asksWhen(question) && !hasDate(text) && !hasDuration(text)) return false;
    // ("Is it on budget?" asks whether it keeps to the budget, not for an amount; "how much over budget is it?" does.)
    // ("Hoeveel kost het de gemeente?" asks for an amount, which is all it needs: not a count as well.)
    // ("How many hotel nights did visitors spend?" counts nights: a money word later in it asks for no amount.)
    if (MONEY.test(question) && (!ON_BUDGET.test(question) || QUANTITY.test(question)) && !countsThings(question)) return AMOUNT.test(text);
    // "Hoeveel tekort verwacht de gemeente?" asks the size of a deficit: an amount (a shortage of staff is no "hoeveel tekort").
    if (BALANCE.test(countedWord(question) ?? '')) return AMOUNT.test(text);
    // "Hoe hoog is de bijstandsuitkering?" asks a level: an amount or a share, not how many receive it.
    if (LEVEL.test(fold(question))) return AMOUNT.test(text) || PERCENTAGE.test(text);
    // "Blijft het aantal storingen hoog?" is a yes/no question: it needs no number.
    if (!QUANTITY.test(question) || (YES_NO.test(fold(question)) && !/\b(hoeveel|how many)\b/i.test(question))) return true;
    const analyzer = this.knowledge.index.analyzer;
    const counts = (words: string) => analyzer.indexTerms(words).some((t) => hit.matchedTerms.includes(t));
    const undated = text.replace(/\b(19|20)\d{2}\b/g, '');
    const sentences = undated.split(/(?<=[.!?])\s+/);
    // A number followed by one of the question's words: what it counts.
    const countsAsked = (t: string) => [...t.matchAll(COUNTED)].some((m) => counts(m[2]));
    // "Hoeveel speeltuinen heeft Leiden in totaal?" asks for the whole stock: "12 speeltuinen vernieuwd" is a
    // count of something else. Only a sentence that gives a total or a number of them answers it.
    if (ASKS_TOTAL.test(question)) return sentences.some((sentence) => /\d/.test(sentence) && COUNT_NOUN.test(sentence) && countsAsked(sentence));
    if (countsAsked(undated)) return true;
    // "Het aantal huishoudens met een bijstandsuitkering is gedaald tot 3.600": the count after what it counts.
    // (A compound counts for its part: "bijstandsuitkering" for "bijstand".) "How many young people are out of
    // work?": "de jeugdwerkloosheid is gedaald naar 6,1 procent" answers it as a share, when the sentence has one
    // of the question's own words (`own`), not only a compound they reach.
    const mentions = (sentence: string, own = false) => analyzer.indexTerms(sentence).some((t) => hit.matchedTerms.some((m) => (!own || strong.has(m)) && (t === m || (m.length >= 5 && t.includes(m)))));
    // (A share that says how much something changed, "met 8 procent gestegen", is no count of it, unless a change is asked.)
    const change = ASKS_CHANGE.test(fold(question));
    const figures = (sentence: string) => (change ? sentence : sentence.replace(CHANGE, ''));
    return sentences.some((sentence) => /\d/.test(figures(sentence)) && ((COUNT_NOUN.test(sentence) && mentions(sentence)) || (PERCENTAGE.test(figures(sentence)) && mentions(sentence, true))));
  }
}

/**
 * The answer for one candidate of a "did you mean" answer (or any cited passage): that passage
 * alone, quoted, as a search answer.
 */
export function focusOn(answer: Answer, index: number): Answer {
  const c = answer.citations[index];
  const m = MESSAGES[answer.language];
  const text = [m.searchIntro, ...quoted(c.title, c.quote.length <= 400 ? c.quote : c.excerpt, 1)].join('\n');
  return { ...answer, kind: 'search', text, citations: [c], suggestions: answer.suggestions.filter((_, i) => i !== index), confidence: 1, debug: answer.debug };
}

/**
 * The index terms of the names in a question: words written with a capital inside the sentence
 * (not its first word), that the question's own words searched for (Spoorzone, Breestraat).
 */
function namesIn(question: string, query: AnalyzedQuery, stem: (word: string) => string): string[] {
  const own = new Set(query.terms.filter((t) => t.source === 'word' && t.weight >= 1).map((t) => t.term));
  return wordsInsideSentence(question)
    .filter((w) => /^\p{Lu}\p{Ll}{3,}\d*$/u.test(w))
    .map((w) => stem(fold(w)))
    .filter((term) => own.has(term));
}

/** The words of a question written as names (a capital inside the sentence; parts of a hyphenated one too) that no page uses. */
function namesNotInCorpus(question: string, absent: (word: string) => boolean): string[] {
  return wordsInsideSentence(question).filter((w) => w.split('-').some((part) => /^\p{Lu}\p{Ll}{3,}$/u.test(part) && absent(part)));
}

/** The question's words after its first, as written, without the punctuation around them: where a capital marks a name. */
function wordsInsideSentence(question: string): string[] {
  return question
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .slice(1);
}

/** Passages about the same code (a goal and its explanation) are not rival readings of a question. */
function related(a: Passage, b: Passage): boolean {
  return a.codes.some((c) => b.codes.some((d) => c.startsWith(d) || d.startsWith(c)));
}

function confidence(top: PassageHit, second?: PassageHit): number {
  const margin = second ? Math.min(1, (top.score - second.score) / top.score + 0.5) : 1;
  return top.coverage * margin;
}
