// Answers "which programme is about X?" from the programmes' titles, missions and goal trees.

import type { Passage, Report } from '../../report/model';
import type { AnalyzedQuery } from '../../search/analyzer';
import type { PassageHit } from '../../search/passageIndex';
import type { Answer, Citation } from '../answer';
import { reply, type Context } from '../context';
import type { Knowledge } from '../knowledge';
import { PROGRESS_MESSAGES } from '../progressMessages';
import { isProgressWord } from '../progressIntents';
import { bestSentence } from '../sentences';

/** Passages that say what a programme is about. */
const ABOUT_KINDS = new Set(['programme', 'mission', 'area', 'goal', 'performance', 'status', 'explanation']);
/** How much a programme's further matching passages add to its best one (divided by their rank). */
const SUPPORT_WEIGHT = 0.3;

export class ProgrammeAnswerer {
  constructor(
    private readonly knowledge: Knowledge,
    private readonly minCoverage: number,
  ) {}

  whichProgramme(ctx: Context, query: AnalyzedQuery, reports: Report[]): Answer {
    const k = this.knowledge;
    const pm = PROGRESS_MESSAGES[ctx.language];
    const refuse = () => reply(ctx, 'none', ctx.m.notFound(k.contact[ctx.language]), [], ctx.m.examples, 0, 'which-programme:refused', { query, hits: [] });
    // "programma" and "gaat over" say what is asked, not what about.
    const own = query.concepts.filter((c) => !isProgressWord(c.label));
    if (own.length === 0) return refuse();
    const hits = reports
      .flatMap((r) => k.index.search(query, { reportId: r.id, limit: 30 }))
      .filter((h) => ABOUT_KINDS.has(h.passage.kind) && h.coverage > 0)
      .sort((a, b) => b.score - a.score);
    // The programme whose passages match best: its best passage counts, and a few more add a little
    // (a programme about youth care names it in its mission, its area and its goals, not once).
    const byProgramme = new Map<string, { hits: PassageHit[]; score: number }>();
    for (const h of hits) {
      const number = k.programmeNumberOf(h.passage);
      if (!number) continue;
      const key = `${h.passage.reportId}|${number}`;
      const entry = byProgramme.get(key) ?? { hits: [], score: 0 };
      entry.score += h.score * (entry.hits.length === 0 ? 1 : SUPPORT_WEIGHT / entry.hits.length);
      entry.hits.push(h);
      byProgramme.set(key, entry);
    }
    const best = [...byProgramme.values()].sort((a, b) => b.score - a.score)[0];
    const top = best?.hits[0];
    const report = top && reports.find((r) => r.id === top.passage.reportId);
    const number = top && k.programmeNumberOf(top.passage);
    const programme = report?.programmes.find((p) => p.number === number);
    if (!top || !report || !programme || top.matchedTerms.length === 0 || top.coverage < this.minCoverage * (own.length / Math.max(1, query.concepts.length))) return refuse();
    const citations: Citation[] = [];
    const terms = query.terms.map((t) => t.term);
    const cite = (p: Passage | undefined) => (p ? `[${citations.push(k.citation(p, bestSentence(p.text, terms)))}]` : '');
    const lines = [pm.whichProgramme(`**Programma ${programme.number} ${programme.name}**`.replace('** **', '**'))];
    // What the programme is about first (its mission), then the line that names the topic.
    const mission = programme.missionId ? k.passage(report, programme.missionId) : undefined;
    if (mission) lines.push(`> ${mission.text.length <= 300 ? mission.text : bestSentence(mission.text, terms, 300)} ${cite(mission)}`);
    if (!mission || mission.id !== top.passage.id) lines.push(`> ${top.passage.text.length <= 300 ? top.passage.text : bestSentence(top.passage.text, terms, 300)} ${cite(top.passage)}`);
    return reply(ctx, 'meta', lines.join('\n'), citations, [pm.suggestOverview(pm.programme(programme.number, programme.name))], top.coverage, 'which-programme', { query, hits: best.hits.slice(0, 5) });
  }
}
