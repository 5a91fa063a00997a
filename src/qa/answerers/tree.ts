// Answers questions about the goal tree as a whole: "welke beleidsterreinen zijn er?".

import type { Report } from '../../report/model';
import type { Answer, Citation } from '../answer';
import { reply, type Context } from '../context';
import type { Knowledge } from '../knowledge';

export class TreeAnswerer {
  constructor(private readonly knowledge: Knowledge) {}

  /** The areas of the report with their goals. */
  areas(ctx: Context, report: Report): Answer {
    const k = this.knowledge;
    const citations: Citation[] = [];
    const areas = report.programmes.flatMap((p) => p.areas);
    const lines = [ctx.m.areasIntro(report.title, areas.length)];
    for (const area of areas) {
      const passage = k.passage(report, area.passageId)!;
      lines.push(`- **${area.code} ${area.name}** [${citations.push(k.citation(passage, ''))}]: ${area.goals.map((g) => `${g.code} ${g.title}`).join('; ')}`);
    }
    return reply(ctx, 'list', lines.join('\n'), citations, areas.map((a) => ctx.m.suggestUnder(a.code)), 1, 'list:areas');
  }
}
