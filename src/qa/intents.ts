// Question understanding that needs no index: smalltalk, personal cases, list requests, and
// references to reports or programmes the corpus may not hold.

import { hasPersonalData } from '../privacy/redact';
import { fold, words } from '../search/analyzer';

/** Smalltalk the bot answers without the report. */
export type Smalltalk = 'greeting' | 'thanks' | 'bye' | 'help';

const SMALLTALK: [Smalltalk, RegExp][] = [
  ['greeting', /^(hallo|hoi|hey|hee|hi|hello|goede(morgen|middag|avond|ndag)|good (morning|afternoon|evening)|dag|yo|howdy|greetings)( (daar|there|bot|voortgangsbot))?$/],
  ['thanks', /^((heel |hartelijk |erg )?(bedankt|dank( je| u)?( wel)?|thanks?( you)?( very much| so much)?|merci|top|super|ok(e|ay)? (bedankt|thanks))( (voor|for) (de|het|your|the) (hulp|help|antwoord|answer))?)$/],
  ['bye', /^(doei|dag|tot ziens|later|bye|goodbye|see you|fijne dag|have a nice day)$/],
  ['help', /^(help|hulp|\?|menu|info|wat kun(t)? (je|jij|u)( doen)?|wat kan (je|jij|u|deze bot)( doen)?|wat weet (je|jij|u)|hoe werkt (dit|het)|what can you do|what do you know|how does (this|it) work|who are you|wie ben (je|jij)|wat ben (je|jij)|help me|start|begin)$/],
];

/** Recognises a message that is only a greeting, thanks, goodbye or a request for help. */
export function detectSmalltalk(question: string): Smalltalk | undefined {
  const text = fold(question)
    .replace(/[^\p{L}\p{N}\s?]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?\?$/, '');
  if (text === '') return undefined;
  return SMALLTALK.find(([, re]) => re.test(text))?.[0];
}

const PERSONAL = [
  /\b(mijn|m'n|onze) (eigen )?(aanvraag|aanvragen|dossier|zaak|uitkering|toeslag|aanslag|belasting|bezwaar|melding|afspraak|klacht|vergunning|bsn|burgerservicenummer|gegevens|status|rekening|boete)\b/,
  /\b(my|our) (own )?(application|case|file|benefits?|tax|appeal|appointment|complaint|permit|bsn|details|data|status|fine|request)\b/,
  /\bstatus van mijn\b|\bwhere is my\b|\bwaar blijft mijn\b/,
];

/**
 * A question about the user's own case (their application, their data) or one that carries
 * personal data: the report cannot answer it, and the bot should say so and point elsewhere.
 */
export function isPersonalCase(question: string): boolean {
  const text = fold(question);
  if (PERSONAL.some((re) => re.test(text))) return true;
  return hasPersonalData(question);
}

/**
 * Questions for the municipality's services rather than about the report: opening hours, prices,
 * appointments, contact details. The report has no answer to these, even when it mentions the product.
 */
const OTHER_SERVICE = [
  /\b(openingstijden|openingstijd|opening hours|opening times|hoe laat\b.*\b(open|dicht)|wanneer\b.*\b(open|dicht|gesloten)\b|when\b.*\b(open|closed)\b|what time\b.*\b(open|close))/,
  /\b(hoeveel kost|wat kost|wat kosten|hoe duur|how expensive|prijs|prijzen|tarief|tarieven|leges|how much (does|is|are|do)|what does\b.*\bcost|price|prices|fees?)\b/,
  /\b(afspraak (maken|inplannen|plannen)|maak\b.*\bafspraak|(book|make|schedule)\b.*\bappointment)\b/,
  /\b(telefoonnummer|phone number|telephone number|e-?mailadres|e-?mail address|contactgegevens|contact details)\b/,
];

/**
 * Questions about a particular day or week ("vandaag", "last week"): a report describes a year and
 * cannot say what happens today. "Nu", "momenteel" and "currently" are not in the list: they ask
 * for the current state, which the report's *stand van zaken* gives.
 */
const THIS_DAY = /\b(vandaag|morgen|gisteren|vanavond|vannacht|vanmiddag|vanochtend|deze week|vorige week|volgende week|afgelopen week|today|tomorrow|yesterday|tonight|this week|last week|next week)\b/;

/** Who sits on a body, by name or party: the report names no people or parties. */
const MEMBERSHIP = /\b(wie (zit|zitten) (er )?in|wie zijn de (leden|wethouders|raadsleden)|leden van|namen van|welke partijen|who (are|is) (the )?(members?|aldermen|councillors)|members of|names of|which (political )?parties)\b/;

/** "Hoeveel kost een paspoort?", "Wanneer is het stadhuis open?": a service question, not a report question. */
export function asksForOtherService(question: string): boolean {
  // (also: questions about one day or week, and who sits on a body)
  const text = fold(question);
  return OTHER_SERVICE.some((re) => re.test(text)) || THIS_DAY.test(text) || MEMBERSHIP.test(text);
}

const OPINION = /\b(wat vind (je|jij|u)|wat vindt (u|de bot)|wat denk (je|jij)|wat denkt u|vind (je|jij|u) (het|dat)|jouw mening|uw mening|what do you think|what'?s your opinion|your opinion|do you (like|think|agree)|is (it|he|she) (good|bad)|\b(is|zijn|was)\b.*\b(een )?(goede|slechte|beste|slechtste)\b|\b(is|are|was)\b.*\b(a )?(good|bad|best|worst)\b)/;

/** "Wat vindt u van de burgemeester?": the bot quotes the report and has no opinions. */
export function asksForOpinion(question: string): boolean {
  return OPINION.test(fold(question));
}

const LIST_WORDS = /\b(welke|wat zijn|zijn er|what are|are there|wat (valt|vallen|zit|zitten|hoort|horen|staat|staan) (er )?(onder|in|bij)|onder|lijst|overzicht|opsomming|alle|which|list|all|under|fall|falls|overview|contains?|consists?)\b/;
const STRUCTURE_NOUNS = /\b(doel(en|stellingen)?|prestaties?|beleidsterrein(en)?|onderdelen|onderwerpen|thema'?s|goals?|objectives?|performances?|outputs?|policy areas?|areas?|topics?|themes?|parts?|items?|children|subgoals?)\b/;

/** "Welke doelen vallen onder 1A?", "which goals fall under 1A?": a request for the tree below a code. */
export function isListRequest(question: string): boolean {
  return LIST_WORDS.test(fold(question));
}

/** "Welke beleidsterreinen/doelen zijn er?" — a list request that names tree levels. */
export function namesTreeLevel(question: string): boolean {
  return STRUCTURE_NOUNS.test(fold(question));
}

/** Report editions a question may name, as the words that identify them. */
const EDITION_WORDS = /\b(1e|eerste|2e|2de|tweede|first|second)?\s*(voortgangsrapportage|voortgangsrapport|programmabegroting|jaarstukken|jaarrekening|jaarverslag|kadernota|annual (report|accounts)|progress report|budget (?=\d{4}))\s*(\d{4})?\b/;

/** An edition named in the question: `{ ordinal: '1', kind: 'voortgangsrapportage', year: '2021' }`. */
export function namedEdition(question: string): { ordinal?: string; kind: string; year?: string } | undefined {
  const m = EDITION_WORDS.exec(fold(question));
  if (!m) return undefined;
  const ordinal = m[1] ? (/^(1e|eerste|first)$/.test(m[1]) ? '1' : '2') : undefined;
  const kind = /voortgang|progress/.test(m[2]) ? 'voortgangsrapportage' : /jaar|annual/.test(m[2]) ? 'jaarstukken' : /kadernota/.test(m[2]) ? 'kadernota' : 'begroting';
  return { ordinal, kind, year: m[4] };
}

/** Years named in the question (1900–2099). */
export function namedYears(question: string): string[] {
  return question.match(/\b(19|20)\d{2}\b/g) ?? [];
}

/** A programme number named in the question: "programma 3", "programme 2". */
export function namedProgramme(question: string): string | undefined {
  return /\b(?:programma|programme|program)\s*(?:nummer|number|nr\.?)?\s*(\d{1,2})\b/.exec(fold(question))?.[1];
}

/** True when the text holds no letters or digits at all (emoji, punctuation). */
export function hasNoWords(question: string): boolean {
  return words(question).length === 0;
}
