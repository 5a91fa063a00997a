// Answers what the report cannot answer, and says so without quoting anything: empty messages,
// personal cases, opinions, other services, which ones exactly where the report names only the kind,
// and reports or programmes the corpus does not hold.

import { findCodes } from '../../report/codes';
import type { Answer } from '../answer';
import { reply, type Context } from '../context';
import { namedEdition, namedProgramme, namedYears, placesNamed } from '../intents';
import type { Knowledge } from '../knowledge';
import type { RefusalReason } from '../router';

export class RefusalAnswerer {
  constructor(private readonly knowledge: Knowledge) {}

  /** @param text the analysed question text (to name what the corpus lacks) */
  answer(ctx: Context, reason: RefusalReason, text: string): Answer {
    const { m, language } = ctx;
    const contact = this.knowledge.contact[language];
    switch (reason) {
      case 'empty':
        return reply(ctx, 'none', m.empty, [], m.examples, 0, 'empty');
      case 'personal':
        return reply(ctx, 'none', m.personal(contact), [], m.examples, 0, 'personal');
      case 'opinion':
        return reply(ctx, 'none', m.opinion(contact), [], m.examples, 0, 'opinion');
      case 'other-service':
        return reply(ctx, 'none', m.serviceQuestion(contact), [], m.examples, 0, 'other-service');
      case 'beyond-report':
        return reply(ctx, 'none', m.notFound(contact), [], m.examples, 0, 'beyond-report');
      case 'not-in-corpus':
        return this.notInCorpus(ctx, text);
      case 'other-place': {
        const place = placesNamed(text)[0].replace(/\b\p{L}/gu, (c) => c.toUpperCase());
        const municipality = this.knowledge.corpus.reports.find((r) => r.municipality)?.municipality ?? 'Gemeente Leiden';
        return reply(ctx, 'none', m.otherPlace(place, municipality, contact), [], m.examples, 0, 'other-place');
      }
      case 'unspecified': {
        const code = findCodes(text)[0]?.code ?? '';
        return reply(ctx, 'none', m.notSpecified(code, contact), [], code ? [m.suggestWhat(code)] : m.examples, 0, 'unspecified');
      }
    }
  }

  /** The question names a report edition or programme the corpus does not hold. */
  private notInCorpus(ctx: Context, text: string): Answer {
    const k = this.knowledge;
    const programme = namedProgramme(text);
    const what = programme && !k.hasProgramme(programme) ? `Programma ${programme}` : (namedEditionLabel(text) ?? namedYears(text).join(', ') ?? text);
    const available = k.corpus.reports.map((r) => `${r.title} (${r.programmes.map((p) => `programma ${p.number} ${p.name}`).join(', ')})`).join('; ');
    return reply(ctx, 'none', ctx.m.notInCorpus(what, available, k.contact[ctx.language]), [], ctx.m.examples, 0, 'not-in-corpus');
  }
}

function namedEditionLabel(text: string): string | undefined {
  const e = namedEdition(text);
  if (!e) return undefined;
  return [e.ordinal ? (e.ordinal === '1' ? '1e' : '2de') : '', e.kind.replace(/^./, (c) => c.toUpperCase()), e.year ?? ''].filter(Boolean).join(' ');
}
