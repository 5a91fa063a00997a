// The schema.org citation entity that Teams and Web Chat render as sources (DESIGN.md).

import type { Answer } from '../qa/answer';
import { cutOnWord } from '../qa/sentences';

/** Teams shows at most this many characters of a citation's abstract. */
export const ABSTRACT_MAX = 160;

/** One claim of the citation entity. */
export interface CitationClaim {
  '@type': 'Claim';
  position: number;
  appearance: { '@type': 'DigitalDocument'; name: string; abstract: string; url?: string; text?: string; keywords?: string[] };
}

/** The entity carried by a message that quotes the report. */
export interface CitationEntity {
  type: 'https://schema.org/Message';
  '@type': 'Message';
  '@context': 'https://schema.org';
  '@id': '';
  additionalType?: string[];
  citation: CitationClaim[];
}

/**
 * The citation entity for an answer, one claim per `[n]` marker, `abstract` the most relevant
 * sentence cut on a whole word. Undefined when the answer cites nothing.
 * @param aiGenerated adds the "AI generated" label Teams shows above the message
 */
export function citationEntity(answer: Answer, aiGenerated = false): CitationEntity | undefined {
  if (answer.citations.length === 0) return undefined;
  const entity: CitationEntity = {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: answer.citations.map((c, i) => ({
      '@type': 'Claim',
      position: i + 1,
      appearance: {
        '@type': 'DigitalDocument',
        name: cutOnWord(c.title, 80),
        abstract: cutOnWord(c.excerpt || c.quote, ABSTRACT_MAX),
        url: c.url,
        keywords: c.path.slice(1, 4).map((k) => cutOnWord(k, 28)),
      },
    })),
  };
  if (aiGenerated) entity.additionalType = ['AIGeneratedContent'];
  return entity;
}
