// Where to go or how to get help ("waar kan ik gratis energieadvies krijgen?", "can someone come round
// to tell me how to save energy?"): a report names the desks, advisers and courses the municipality
// runs, not its procedures. Such a question is answered by a passage that names one, and is otherwise
// the service question it looks like.

import type { AnalyzedQuery } from '../../search/analyzer';
import { words } from '../../search/tokenize';
import { wordSet } from '../../search/wordLists';
import type { Report } from '../../report/model';
import type { Answer } from '../answer';
import type { Context } from '../context';
import type { Knowledge } from '../knowledge';
import type { RefusalAnswerer } from './refusals';
import type { SearchAnswerer } from './search';

/** Desks, advice, coaches, courses (corpus/words/service.tsv), also as the end of a compound. */
const SERVICE_WORDS = [...wordSet('service')];

/** Does the text name a place or person that helps residents ("het Energieloket", "energiecoaches")? */
export function namesService(text: string): boolean {
  return words(text).some((w) => SERVICE_WORDS.some((s) => w === s || (w.length > s.length + 2 && w.endsWith(s))));
}

/** Answers "where can I get help with …" from a passage that names the help, or refuses it as a service question. */
export class ServiceAnswerer {
  constructor(
    private readonly knowledge: Knowledge,
    private readonly search: SearchAnswerer,
    private readonly refusals: RefusalAnswerer,
  ) {}

  answer(ctx: Context, query: AnalyzedQuery, reports: Report[], text: string): Answer {
    const found = this.search.answer(ctx, query, reports);
    // (A choice between passages counts too, when the first names the help: "where can I report discrimination?".)
    const cited = found.kind === 'search' || found.kind === 'clarify' ? found.citations[0] : undefined;
    const report = cited && reports.find((r) => r.id === cited.reportId);
    const passage = report && this.knowledge.passage(report, cited.id);
    if (passage && namesService(`${passage.title} ${passage.text}`)) return found;
    return this.refusals.answer(ctx, 'other-service', text);
  }
}
