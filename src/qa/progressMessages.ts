// The sentences of progress answers (status, deviations, counts, overviews, colours), Dutch and English.

import type { Status, TrafficLight } from '../report/model';
import type { Language } from './answer';

type Level = 'area' | 'goal' | 'performance';

const NOUN: Record<Language, Record<Level, [string, string]>> = {
  nl: { area: ['beleidsterrein', 'beleidsterreinen'], goal: ['doel', 'doelen'], performance: ['prestatie', 'prestaties'] },
  en: { area: ['policy area', 'policy areas'], goal: ['goal', 'goals'], performance: ['performance', 'performances'] },
};
const COLOUR_EN: Record<TrafficLight, string> = { groen: 'green', oranje: 'orange', rood: 'red' };

/** The sentences of one language. */
export interface ProgressMessages {
  noun(level: Level, n: number): string;
  colour(c: TrafficLight): string;
  /** A short status mark for lists and trees ("toegelicht", "geen afwijking gemeld; oranje"). */
  mark(status: Status): string;
  /** One sentence on a code's status, for the answer about that code. */
  statusLine(status: Status, code: string): string;
  /** The report gives no traffic light for this code (said when the question asks for one). */
  noColourFor(code: string): string;
  explainedIntro(scope: string): string;
  explainedCount(n: number): string;
  explainedArea(area: string): string;
  noneSaid(area: string): string;
  noneAtAll(scope: string): string;
  nothingSaid(area: string): string;
  countIntro(scope: string, level: Level, n: number): string;
  /** "Programma 8 heeft 5 doelen en 13 prestaties:" (the goals follow). */
  countBoth(scope: string, goals: number, performances: number): string;
  overviewIntro(scope: string): string;
  collapsed(level: Level, n: number, explained: number): string;
  colourIntro(colour: TrafficLight | undefined, scope: string): string;
  noColours(scope: string, contact: string): string;
  /** None of the scope has the colour asked for; the colours it has follow. */
  noColourMatch(colour: TrafficLight, scope: string): string;
  /** "Staat 8A1.1 op groen?" where it has another colour; its colour follows. */
  notThatColour(colour: TrafficLight): string;
  /** "Staat 8A1.2 niet op groen?": its colour, which follows. */
  itsColour(colour: TrafficLight): string;
  /** "Staat 8A1.2 op groen?" where it has: its colour follows. */
  isThatColour(colour: TrafficLight): string;
  /** "Which are not green?": the colours other than the one named follow. */
  notColourIntro(colour: TrafficLight, scope: string): string;
  /** "Which are not green?" where all the report colours are that colour; they follow. */
  allColour(colour: TrafficLight, scope: string): string;
  whichProgramme(programme: string): string;
  mentionedOnly(code: string): string;
  standIntro: string;
  corpus: string;
  /** A corpus-wide answer given for the newest of several editions. */
  otherEditions(report: string, others: string[]): string;
  programme(number: string, name: string): string;
  area(code: string, name: string): string;
  suggestDeviations(scope: string): string;
  suggestOverview(scope: string): string;
  /** What to ask instead when the text gives no colour for a code: how it stands. */
  suggestStatus(code: string): string;
}

export const PROGRESS_MESSAGES: Record<Language, ProgressMessages> = {
  nl: {
    noun: (l, n) => NOUN.nl[l][n === 1 ? 0 : 1],
    colour: (c) => c,
    mark: (s) => [s.reading === 'explained' ? 'toegelicht' : s.reading === 'no-deviation' ? 'geen afwijking gemeld' : '', s.colour ? `stoplicht ${s.colour}` : ''].filter(Boolean).join('; ') || 'niets over gezegd',
    statusLine: (s, code) =>
      [
        s.reading === 'explained'
          ? s.explainedCodes && !(s.explainedCodes.length === 1 && s.explainedCodes[0] === code)
            ? `Voortgang: het rapport licht ${s.explainedCodes.join(', ')} toe (meestal een afwijking van de begroting).`
            : `Voortgang: het rapport licht ${code} toe (meestal een afwijking van de begroting).`
          : s.reading === 'no-deviation'
            ? `Voortgang: het rapport meldt voor ${code} geen afwijking (dat zegt niet dat alles volgens plan loopt).`
            : s.colour
              ? ''
              : `Voortgang: het rapport zegt niets over de voortgang van ${code}.`,
        s.colour ? `${s.reading === 'unknown' ? 'Voortgang: het' : 'Het'} stoplicht staat op ${s.colour}${s.colourSource === 'sidecar' ? ' (volgens de tabel van het rapport)' : ''}.` : '',
      ].filter(Boolean).join(' '),
    noColourFor: (code) => `Een stoplichtkleur voor ${code} staat niet in de tekst van het rapport die ik heb.`,
    explainedIntro: (scope) => `Het rapport licht deze onderdelen${scope ? ` van ${scope}` : ''} toe, meestal omdat ze afwijken van de begroting:`,
    explainedCount: (n) => `Het rapport licht ${n} ${n === 1 ? 'onderdeel' : 'onderdelen'} toe.`,
    explainedArea: (area) => `**${area}**, toegelicht:`,
    noneSaid: (area) => `**${area}**: volgens het rapport geen afwijkingen:`,
    noneAtAll: (scope) => `Het rapport licht voor ${scope} geen onderdelen toe en meldt geen afwijkingen.`,
    nothingSaid: (area) => `**${area}**: het rapport zegt er niets over.`,
    countIntro: (scope, l, n) => `${scope.replace(/^./, (c) => c.toUpperCase())} heeft ${n} ${NOUN.nl[l][n === 1 ? 0 : 1]}:`,
    countBoth: (scope, g, p) => `${scope.replace(/^./, (c) => c.toUpperCase())} heeft ${g} ${NOUN.nl.goal[g === 1 ? 0 : 1]} en ${p} ${NOUN.nl.performance[p === 1 ? 0 : 1]}:`,
    overviewIntro: (scope) => `De doelenboom van ${scope}, met wat het rapport over de voortgang zegt:`,
    collapsed: (l, n, e) => `${n} ${NOUN.nl[l][n === 1 ? 0 : 1]}${e ? `, waarvan ${e} toegelicht` : ''}`,
    colourIntro: (c, scope) => (c ? `Op ${c} staan volgens het rapport${scope ? ` in ${scope}` : ''}:` : `De stoplichten die het rapport${scope ? ` in ${scope}` : ''} noemt:`),
    noColours: (scope, contact) => `Het rapport noemt in de tekst die ik heb geen stoplichtkleuren voor ${scope}; de tabel op de website toont ze wel, maar die kleuren zitten niet in de tekst. ${contact}`,
    noColourMatch: (c, scope) => `Nee, het rapport noemt in ${scope} geen onderdeel dat op ${c} staat. Deze kleuren geeft het wel:`,
    itsColour: (c) => `Volgens het rapport staat dat op ${c}:`,
    isThatColour: (c) => `Ja, volgens het rapport staat dat op ${c}:`,
    notThatColour: (c) => `Nee, volgens het rapport staat dat niet op ${c}:`,
    notColourIntro: (c, scope) => `Niet op ${c} staan volgens het rapport${scope ? ` in ${scope}` : ''}:`,
    allColour: (c, scope) => `Alles waarvan het rapport${scope ? ` in ${scope}` : ''} de kleur noemt, staat op ${c}:`,
    whichProgramme: (p) => `Dat valt onder ${p}.`,
    mentionedOnly: (code) => `${code} staat niet in de doelenbomen die ik heb (die pagina zit niet in mijn rapporten); de tekst van het rapport noemt het wel:`,
    standIntro: 'Stand van zaken volgens het rapport:',
    corpus: 'het rapport',
    otherEditions: (report, others) => `Dit gaat over de ${report}, de nieuwste rapportage die ik heb. Noem een andere in uw vraag om die te zien: ${others.slice(0, 5).join('; ')}${others.length > 5 ? ` en nog ${others.length - 5}` : ''}.`,
    programme: (n, name) => `programma ${n} ${name}`.trim(),
    area: (code, name) => `Beleidsterrein ${code} ${name}`.trim(),
    suggestDeviations: (scope) => `Welke afwijkingen zijn er bij ${scope}?`,
    suggestOverview: (scope) => `Geef een overzicht van ${scope}`,
    suggestStatus: (code) => `Hoe staat het met ${code}?`,
  },
  en: {
    noun: (l, n) => NOUN.en[l][n === 1 ? 0 : 1],
    colour: (c) => `${COLOUR_EN[c]} (${c})`,
    mark: (s) => [s.reading === 'explained' ? 'explained' : s.reading === 'no-deviation' ? 'no deviation reported' : '', s.colour ? `traffic light ${COLOUR_EN[s.colour]}` : ''].filter(Boolean).join('; ') || 'nothing said',
    statusLine: (s, code) =>
      [
        s.reading === 'explained'
          ? s.explainedCodes && !(s.explainedCodes.length === 1 && s.explainedCodes[0] === code)
            ? `Progress: the report explains ${s.explainedCodes.join(', ')} (usually a deviation from the budget).`
            : `Progress: the report explains ${code} (usually a deviation from the budget).`
          : s.reading === 'no-deviation'
            ? `Progress: the report explains no deviation for ${code} (which does not say it is on schedule).`
            : s.colour
              ? ''
              : `Progress: the report says nothing about the progress of ${code}.`,
        s.colour ? `${s.reading === 'unknown' ? 'Progress: its' : 'Its'} traffic light is ${COLOUR_EN[s.colour]} (${s.colour})${s.colourSource === 'sidecar' ? ', from the report\'s table' : ''}.` : '',
      ].filter(Boolean).join(' '),
    noColourFor: (code) => `The report text I have gives no traffic-light colour for ${code}.`,
    explainedIntro: (scope) => `The report explains these parts${scope ? ` of ${scope}` : ''}, usually because they deviate from the budget (quoted in Dutch):`,
    explainedCount: (n) => `The report explains ${n} ${n === 1 ? 'item' : 'items'}.`,
    explainedArea: (area) => `**${area}**, explained:`,
    noneSaid: (area) => `**${area}**: no deviations, according to the report:`,
    noneAtAll: (scope) => `The report explains no part of ${scope} and reports no deviations.`,
    nothingSaid: (area) => `**${area}**: the report says nothing about it.`,
    countIntro: (scope, l, n) => `${scope.replace(/^./, (c) => c.toUpperCase())} has ${n} ${NOUN.en[l][n === 1 ? 0 : 1]}:`,
    countBoth: (scope, g, p) => `${scope.replace(/^./, (c) => c.toUpperCase())} has ${g} ${NOUN.en.goal[g === 1 ? 0 : 1]} and ${p} ${NOUN.en.performance[p === 1 ? 0 : 1]}:`,
    overviewIntro: (scope) => `The goal tree of ${scope}, with what the report says about progress:`,
    collapsed: (l, n, e) => `${n} ${NOUN.en[l][n === 1 ? 0 : 1]}${e ? `, ${e} explained` : ''}`,
    colourIntro: (c, scope) => (c ? `According to the report, these are ${COLOUR_EN[c]} (${c})${scope ? ` in ${scope}` : ''}:` : `The traffic lights the report gives${scope ? ` in ${scope}` : ''}:`),
    noColours: (scope, contact) => `The report text I have gives no traffic-light colours for ${scope}; the table on the website shows them, but those colours are not in the text. ${contact}`,
    noColourMatch: (c, scope) => `No, the report names no part of ${scope} as ${COLOUR_EN[c]}. These are the colours it gives:`,
    itsColour: (c) => `According to the report it is ${COLOUR_EN[c]} (${c}):`,
    isThatColour: (c) => `Yes, according to the report it is ${COLOUR_EN[c]} (${c}):`,
    notThatColour: (c) => `No, according to the report it is not ${COLOUR_EN[c]} (${c}):`,
    notColourIntro: (c, scope) => `According to the report, these are not ${COLOUR_EN[c]} (${c})${scope ? ` in ${scope}` : ''}:`,
    allColour: (c, scope) => `Everything${scope ? ` in ${scope}` : ''} the report gives a colour for is ${COLOUR_EN[c]} (${c}):`,
    whichProgramme: (p) => `That falls under ${p}.`,
    mentionedOnly: (code) => `${code} is not in the goal trees I have (that page is not in my reports); the report's text does mention it (quoted in Dutch):`,
    standIntro: 'Current state according to the report (quoted in Dutch):',
    corpus: 'the report',
    otherEditions: (report, others) => `This is about the ${report}, the newest report I have. Name another in your question to see it: ${others.slice(0, 5).join('; ')}${others.length > 5 ? ` and ${others.length - 5} more` : ''}.`,
    programme: (n, name) => `programme ${n} ${name}`.trim(),
    area: (code, name) => `Policy area ${code} ${name}`.trim(),
    suggestDeviations: (scope) => `Which deviations are there in ${scope}?`,
    suggestOverview: (scope) => `Give an overview of ${scope}`,
    suggestStatus: (code) => `How is ${code} going?`,
  },
};
