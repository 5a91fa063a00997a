// Sentences for follow-ups ("meer hierover"), people questions and the residents' welcome, in
// Dutch and English: a catalogue beside messages.ts, so wording stays in one place per feature.

import type { Language } from './answer';

/** The sentences of one language. */
export interface ExtraMessages {
  /** Follow-up: the rest of a passage that was quoted in part. */
  moreRest: string;
  /** Follow-up: passages not shown before (explanation, parent). */
  moreRelated: string;
  /** Follow-up: the other items under the same goal or area. */
  moreSiblings: string;
  /** Follow-up: everything near this topic has been shown. */
  noMore: string;
  /** Follow-up without an earlier answer to follow on from. */
  nothingBefore: string;
  /** A question about a named person or office holder the report does not name. */
  people(where: string): string;
  /** What to ask instead of who holds an office: the portefeuilles the report does list. */
  suggestPortfolios: string;
  /** The welcome on the website: plain words, no codes. */
  welcome(report: string): string;
  /** Example questions for residents, in everyday words. */
  examples: string[];
}

/** The catalogue by language. */
export const EXTRA_MESSAGES: Record<Language, ExtraMessages> = {
  nl: {
    moreRest: 'Hier is de hele passage uit het rapport:',
    moreRelated: 'Dit zegt het rapport er verder over:',
    moreSiblings: 'Hieronder staat wat er verder bij hetzelfde onderdeel in het rapport staat:',
    noMore: 'Meer dan dit staat er niet over in het rapport. Stel gerust een nieuwe vraag.',
    nothingBefore: 'Waar wilt u meer over weten? Stel eerst een vraag over het rapport.',
    suggestPortfolios: 'Welke portefeuilles horen bij dit programma?',
    people: (where) =>
      `Het rapport noemt geen namen van de burgemeester, wethouders of raadsleden, dus daar kan ik niet op antwoorden. Wie er in het bestuur van Leiden zit, vindt u op ${where}.`,
    welcome: (report) =>
      `Welkom! Ik beantwoord vragen over de ${report} van de gemeente Leiden: wat de gemeente van plan was en hoe het ervoor staat. Bij elk antwoord ziet u de tekst uit het rapport waarop het steunt. Stel uw vraag in uw eigen woorden.`,
    examples: ['Wat doet de gemeente aan de storingen?', 'Wie organiseert de verkiezingen?', 'Wat is de missie van de gemeente?'],
  },
  en: {
    moreRest: 'Here is the whole passage from the report:',
    moreRelated: 'This is what else the report says about it (quoted in Dutch):',
    moreSiblings: 'This is what else the report lists under the same part:',
    noMore: 'The report says nothing more about this. Feel free to ask something else.',
    nothingBefore: 'What would you like to know more about? Ask me a question about the report first.',
    suggestPortfolios: 'Which portfolios does this programme have?',
    people: (where) =>
      `The report does not name the mayor, aldermen or council members, so I cannot answer that. You can find who is in Leiden's council and executive on ${where}.`,
    welcome: (report) =>
      `Welcome! I answer questions about the ${report} of the municipality of Leiden: what the municipality planned and how it is going. Every answer shows the text from the report it rests on (in Dutch). Ask your question in your own words.`,
    examples: ['What is the municipality doing about the outages?', 'Who organises the elections?', 'What is the mission of the municipality?'],
  },
};
