// Answers questions about the goal tree as a whole: "welke beleidsterreinen zijn er?".

import type { Programme, Report } from '../../report/model';
import type { Answer, Citation } from '../answer';
import { reply, type Context } from '../context';
import type { Knowledge } from '../knowledge';
import { PROGRESS_MESSAGES } from '../progressMessages';

export class TreeAnswerer {
  constructor(private readonly knowledge: Knowledge) {}

  /** The areas of the report (or of one of its programmes) with their goals. */
  areas(ctx: Context, report: Report, programme?: Programme): Answer {
    const k = this.knowledge;
    const citations: Citation[] = [];
    const areas = (programme ? [programme] : report.programmes).flatMap((p) => p.areas);
    const scope = programme ? `${report.title}, ${PROGRESS_MESSAGES[ctx.language].programme(programme.number, programme.name)}` : report.title;
    const lines = [ctx.m.areasIntro(scope, areas.length)];
    for (const area of areas) {
      const passage = k.passage(report, area.passageId)!;
      lines.push(`- **${area.code} ${area.name}** [${citations.push(k.citation(passage, ''))}]: ${area.goals.map((g) => `${g.code} ${g.title}`).join('; ')}`);
    }
    return reply(ctx, 'list', lines.join('\n'), citations, areas.map((a) => ctx.m.suggestUnder(a.code)), 1, 'list:areas');
  }
}
