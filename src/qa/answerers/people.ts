// Questions about people — the mayor, aldermen, council members, by office or by name. The report
// names no office holders, so these are refused with where to find them (the portefeuilles as a
// suggestion), unless the report itself names the person asked about (then search answers).

import type { Answer } from '../answer';
import { reply, type Context } from '../context';
import { EXTRA_MESSAGES } from '../extraMessages';
import type { Knowledge } from '../knowledge';

/** Where residents find who holds which office. */
export const PEOPLE_PAGE = 'www.leiden.nl (Bestuur en organisatie)';

/** Offices held by people, Dutch and English (singular and plural). */
const OFFICE = /\b(burgemeester|loco-?burgemeester|wethouders?|raadsleden|raadslid|gemeenteraadsleden|gemeenteraadslid|fractievoorzitters?|griffier|gemeentesecretaris|commissievoorzitters?|mayor|deputy mayor|aldermen|alderman|aldermans?|councill?ors?|council members?|city councill?ors?|town clerk)\b/i;
/** Asking who someone is, or for a name or party. */
const WHO = /\b(wie|who|whom|naam|namen|name|names|heet|heten|called|partij|party|contact|bereiken|reach)\b/i;
/** Two capitalised words in a row: a person's name ("Henri Lenferink"), not at a sentence start alone. */
const PERSON_NAME = /(?<![.?!]\s|^)\b\p{Lu}\p{Ll}+(?:\s+(?:van|de|der|den|ter|ten|van der|van den))?\s+\p{Lu}\p{Ll}+\b/u;

/** Does the question ask about people by office or by name? */
export function asksAboutPeople(text: string): boolean {
  if (OFFICE.test(text) && WHO.test(text)) return true;
  return OFFICE.test(text) && PERSON_NAME.test(text);
}

/** Refuses a question about people with where to look, unless the report names the person. */
export class PeopleAnswerer {
  constructor(private readonly knowledge: Knowledge) {}

  /** True when a name in the question stands in the report: then the report can answer it. */
  reportNames(text: string): boolean {
    const name = PERSON_NAME.exec(text)?.[0];
    if (!name) return false;
    return this.knowledge.corpus.reports.some((r) => r.passages.some((p) => p.text.includes(name)));
  }

  /**
   * Refused, quoting nothing: the portefeuilles name no person, so quoting them would answer a
   * question the report does not answer.
   * @param found the search answer to the same question: when it quotes a header field (the
   * portefeuilles), asking for that field is the suggestion.
   */
  answer(ctx: Context, found?: Answer): Answer {
    const em = EXTRA_MESSAGES[ctx.language];
    const first = found?.citations.length === 1 ? this.knowledge.index.get(found.citations[0].reportId, found.citations[0].id) : undefined;
    const suggestions = first?.kind === 'field' ? [em.suggestPortfolios] : ctx.m.examples;
    const pointer = em.people(PEOPLE_PAGE);
    return reply(ctx, 'none', pointer, [], suggestions, 0, 'people');
  }
}
