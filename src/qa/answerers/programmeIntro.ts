// Answers questions about a programme itself: "waar gaat dit programma over?", "welk programma is
// dit?", "what is programme 8?" — its number and name, its mission quoted, and its policy areas.

import type { Passage, Report } from '../../report/model';
import type { Answer, Citation } from '../answer';
import { reply, type Context } from '../context';
import type { Knowledge, ProgrammeRef } from '../knowledge';
import { bestSentence } from '../sentences';

/** Longest mission quoted whole; a longer one is quoted by its first sentences. */
const MAX_MISSION = 400;

export class ProgrammeIntroAnswerer {
  constructor(private readonly knowledge: Knowledge) {}

  /**
   * @param ref the programme the question names; without one, the only programme of the reports,
   *   or (several loaded) each programme by name with the first line of its mission
   */
  answer(ctx: Context, reports: Report[], ref: ProgrammeRef | undefined): Answer {
    const programmes = reports.flatMap((report) => report.programmes.map((programme) => ({ report, programme })));
    const one = ref ?? (programmes.length === 1 ? programmes[0] : undefined);
    return one ? this.about(ctx, one) : this.list(ctx, programmes);
  }

  private about(ctx: Context, { report, programme }: ProgrammeRef): Answer {
    const k = this.knowledge;
    const { m } = ctx;
    const citations: Citation[] = [];
    const cite = (p: Passage, excerpt = '') => `[${citations.push(k.citation(p, excerpt))}]`;
    const name = `Programma ${programme.number} ${programme.name}`;
    const mission = programme.missionId ? k.passage(report, programme.missionId) : undefined;
    const title = programme.passageId ? k.passage(report, programme.passageId) : undefined;
    const lines: string[] = [];
    if (mission) {
      const quote = mission.text.length <= MAX_MISSION ? mission.text : bestSentence(mission.text, [], 320);
      const paragraphs = quote.split(/\n\s*\n?/).filter((line) => line.trim() !== '');
      lines.push(m.programmeAbout(`**${name}**`, report.title), ...paragraphs.map((line, i) => `> ${line}${i === paragraphs.length - 1 ? ` ${cite(mission, quote)}` : ''}`));
    } else lines.push(`**${name}**${title ? ` ${cite(title)}` : ''}`);
    if (programme.areas.length > 0) {
      lines.push(m.programmeAreas(programme.areas.length));
      for (const area of programme.areas) {
        const p = k.passage(report, area.passageId);
        lines.push(`- ${area.code} ${area.name}${p ? ` ${cite(p)}` : ''}`);
      }
    }
    if (citations.length === 0) return reply(ctx, 'none', m.notFound(k.contact[ctx.language]), [], m.examples, 0, 'programme:none');
    return reply(ctx, 'meta', lines.join('\n'), citations, programme.areas.map((a) => m.suggestUnder(a.code)), 1, 'programme:about');
  }

  private list(ctx: Context, programmes: ProgrammeRef[]): Answer {
    const k = this.knowledge;
    const { m } = ctx;
    const citations: Citation[] = [];
    const lines = [m.programmesAbout(programmes[0]?.report.title ?? '', programmes.length)];
    for (const { report, programme } of programmes) {
      const mission = programme.missionId ? k.passage(report, programme.missionId) : undefined;
      const first = mission ? bestSentence(mission.text, [], 200) : '';
      lines.push(`- **Programma ${programme.number} ${programme.name}**${mission ? `: “${first}” [${citations.push(k.citation(mission, first))}]` : ''}`);
    }
    return reply(ctx, 'list', lines.join('\n'), citations, programmes.map(({ programme }) => `Programma ${programme.number}`), 1, 'programme:list');
  }
}
