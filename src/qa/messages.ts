// Every sentence the bot says, in Dutch and English: the engine's answers, the bot's own messages and
// the dialog's, in one catalogue (free of botbuilder, so the core reaches it), so wording stays consistent.

import type { Language } from './answer';

const LEVEL = {
  nl: { area: 'beleidsterrein', goal: 'doel', performance: 'prestatie' },
  en: { area: 'policy area', goal: 'goal', performance: 'performance' },
};

/** The sentences of one language. */
export interface Messages {
  level(level: 'area' | 'goal' | 'performance'): string;
  codeIntro(level: 'area' | 'goal' | 'performance', code: string, report: string): string;
  partOf(parent: string): string;
  children(level: 'goal' | 'performance', count: number): string;
  noChildren: string;
  explanation: string;
  noExplanation(area: string): string;
  abbreviations: string;
  unknownCode(code: string, areas: string): string;
  listIntro(code: string, level: 'goal' | 'performance', count: number): string;
  areasIntro(report: string, count: number): string;
  /** "Waar gaat dit programma over?": the programme by number and name, then its mission. */
  programmeAbout(programme: string, report: string): string;
  /** The policy areas a programme is divided into. */
  programmeAreas(count: number): string;
  /** A question about "the programme" when the corpus holds several. */
  programmesAbout(report: string, count: number): string;
  searchIntro: string;
  metaIntro: string;
  clarify: string;
  notFound(contact: string): string;
  /** "Welke vijf kanalen precies?" where the report names the thing but not which ones. */
  notSpecified(subject: string, contact: string): string;
  /** A question about another municipality or city than the reports' own. */
  otherPlace(place: string, municipality: string, contact: string): string;
  /** A question for a municipal service (how to apply, opening hours, prices, addresses): not what the report is about. */
  serviceQuestion(contact: string): string;
  notInCorpus(what: string, available: string, contact: string): string;
  personal(contact: string): string;
  opinion(contact: string): string;
  empty: string;
  greeting: string;
  thanks: string;
  bye: string;
  help(report: string): string;
  suggestWhat(code: string): string;
  suggestUnder(code: string): string;
  examples: string[];
  // The bot's own messages (commands, feedback, errors) and the dialog's.
  restarted: string;
  feedbackThanks: string;
  feedbackSorry: string;
  debugOn: string;
  debugOff: string;
  notText: string;
  error: string;
  /** Added to an answer when conversation state could not be read or written (storage down). */
  notRemembered: string;
  /** The last choice of a "did you mean" question. */
  noneOfThese: string;
  /** After "none of these" in a "did you mean" question. */
  rephrase: string;
  // The renderers' labels: the answer card and the plain-text sources.
  card: { sources: string; open: string; helpful: string; up: string; down: string; lines: string; moreSources: (n: number) => string };
  /** Above the sources in plain text (CLI, channels without cards). */
  sourcesHeading: string;
}

/** The message catalogue by language. */
export const MESSAGES: Record<Language, Messages> = {
  nl: {
    level: (l) => LEVEL.nl[l],
    codeIntro: (l, code, report) => `${code} is een ${LEVEL.nl[l]} in de ${report}.`,
    partOf: (parent) => `Het valt onder ${parent}.`,
    children: (l, n) => `${n === 1 ? 'Daaronder valt' : 'Daaronder vallen'} ${n} ${l === 'goal' ? (n === 1 ? 'doel' : 'doelen') : n === 1 ? 'prestatie' : 'prestaties'}:`,
    noChildren: 'Daaronder vallen geen andere onderdelen.',
    explanation: 'Toelichting in het rapport:',
    noExplanation: (area) => `Het rapport geeft geen aparte toelichting op dit onderdeel; de toelichting bij beleidsterrein ${area} zegt:`,
    abbreviations: 'Afkortingen:',
    unknownCode: (code, areas) => `${code} komt niet voor in de rapporten die ik ken. Wel beschikbaar: ${areas}.`,
    listIntro: (code, l, n) => `Onder ${code} ${n === 1 ? 'valt' : 'vallen'} ${n} ${l === 'goal' ? (n === 1 ? 'doel' : 'doelen') : n === 1 ? 'prestatie' : 'prestaties'}:`,
    areasIntro: (report, n) => `De ${report} heeft ${n} ${n === 1 ? 'beleidsterrein' : 'beleidsterreinen'}, met deze doelen:`,
    programmeAbout: (programme, report) => `Dit gaat over ${programme} van de ${report}. De missie van het programma:`,
    programmeAreas: (n) => `Het programma is verdeeld in ${n} ${n === 1 ? 'beleidsterrein' : 'beleidsterreinen'}:`,
    programmesAbout: (report, n) => `De ${report} heeft hier ${n} programma's:`,
    searchIntro: 'Dit zegt het rapport erover:',
    metaIntro: 'Volgens het rapport:',
    clarify: 'Uw vraag past bij meer dan één deel van het rapport. Bedoelt u een van deze?',
    notFound: (contact) => `Daar zegt het rapport niets over, dus daar kan ik geen antwoord op geven. ${contact}`,
    otherPlace: (place, municipality, contact) => `Dit rapport gaat over ${municipality.replace(/^Gemeente/, 'de gemeente')}; over ${place} zegt het niets, dus daar kan ik geen antwoord op geven. ${contact}`,
    notSpecified: (subject, contact) => `Het rapport noemt ${subject} wel, maar zegt niet welke precies, dus daar kan ik geen antwoord op geven. ${contact}`,
    serviceQuestion: (contact) => `Het rapport vertelt wat de gemeente van plan was en hoe dat gaat, niet hoe u zelf iets regelt, wat het kost of waar en wanneer u terechtkunt. ${contact}`,
    notInCorpus: (what, available, contact) => `${what} staat niet in de rapporten die ik ken; ik ken alleen ${available}. ${contact}`,
    personal: (contact) => `Over persoonlijke zaken, zoals uw eigen aanvraag of gegevens, kan ik niets zeggen: ik beantwoord alleen vragen over het rapport. Deel hier geen persoonsgegevens. ${contact}`,
    opinion: (contact) => `Ik geef geen meningen: ik laat alleen zien wat er in het rapport staat. ${contact}`,
    empty: 'Ik zie geen vraag in uw bericht. Stel een vraag over het rapport, bijvoorbeeld over een doel of een onderwerp.',
    greeting: 'Hallo! Ik beantwoord vragen over de voortgangsrapportage van de gemeente Leiden, altijd met de tekst uit het rapport erbij.',
    thanks: 'Graag gedaan! Heeft u nog een vraag over het rapport?',
    bye: 'Tot ziens! U kunt altijd terugkomen met een vraag over het rapport.',
    help: (report) =>
      `Ik ben een chatbot, geen medewerker. Ik beantwoord vragen over de ${report} van de gemeente Leiden, in het Nederlands of het Engels, met de passage uit het rapport waar het antwoord op steunt. U kunt vragen naar een code (zoals 1B1.3), naar wat onder een doel valt, naar de missie of de stand van zaken, of gewoon een vraag stellen in uw eigen woorden.`,
    suggestWhat: (code) => `Wat is ${code}?`,
    suggestUnder: (code) => `Wat valt onder ${code}?`,
    examples: ['Wat is 1B1.3?', 'Wat is de stand van zaken?', 'Welke doelen vallen onder 1A?', 'Wat doet de gemeente aan de storingen?'],
    restarted: 'Ik ben opnieuw begonnen. Stel gerust een nieuwe vraag.',
    feedbackThanks: 'Bedankt voor uw feedback!',
    feedbackSorry: 'Bedankt. Jammer dat het antwoord niet hielp; een medewerker bekijkt deze vragen. Probeer het eventueel in andere woorden.',
    debugOn: 'Debug staat aan: bij elk antwoord ziet u waarom het gekozen is. Typ /debug om het uit te zetten.',
    debugOff: 'Debug staat uit.',
    notText: 'Ik kan alleen tekst lezen. Stel uw vraag in woorden.',
    error: 'Sorry, er ging iets mis aan mijn kant. Probeer het nog eens; het gesprek begint opnieuw.',
    notRemembered: 'Let op: ik kan dit gesprek nu even niet onthouden. Een vervolgvraag zoals "meer hierover" werkt daardoor misschien niet; stel dan uw hele vraag opnieuw.',
    noneOfThese: 'Geen van beide',
    rephrase: 'Kunt u uw vraag anders formuleren?',
    card: { sources: 'Bron in het rapport', open: 'Lees in het rapport', helpful: 'Was dit antwoord nuttig?', up: '👍 Ja', down: '👎 Nee', lines: 'regel', moreSources: (n) => `Nog ${n} ${n === 1 ? 'bron' : 'bronnen'} tonen` },
    sourcesHeading: 'Bronnen:',
  },
  en: {
    level: (l) => LEVEL.en[l],
    codeIntro: (l, code, report) => `${code} is a ${LEVEL.en[l]} in the ${report}.`,
    partOf: (parent) => `It falls under ${parent}.`,
    children: (l, n) => `It has ${n} ${l === 'goal' ? (n === 1 ? 'goal' : 'goals') : n === 1 ? 'performance' : 'performances'}:`,
    noChildren: 'Nothing else falls under it.',
    explanation: 'The report explains:',
    noExplanation: (area) => `The report has no separate explanation for this item; the explanation for policy area ${area} says:`,
    abbreviations: 'Abbreviations:',
    unknownCode: (code, areas) => `${code} does not exist in the reports I know. Available: ${areas}.`,
    listIntro: (code, l, n) => `${n} ${l === 'goal' ? (n === 1 ? 'goal falls' : 'goals fall') : n === 1 ? 'performance falls' : 'performances fall'} under ${code}:`,
    areasIntro: (report, n) => `The ${report} has ${n} ${n === 1 ? 'policy area' : 'policy areas'}, with these goals:`,
    programmeAbout: (programme, report) => `This is about ${programme} of the ${report}. The programme's mission (quoted in Dutch):`,
    programmeAreas: (n) => `The programme is divided into ${n} ${n === 1 ? 'policy area' : 'policy areas'}:`,
    programmesAbout: (report, n) => `The ${report} has ${n} programmes here:`,
    searchIntro: 'This is what the report says (quoted in Dutch):',
    metaIntro: 'According to the report (quoted in Dutch):',
    clarify: 'Your question fits more than one part of the report. Did you mean one of these?',
    notFound: (contact) => `The report does not say anything about that, so I cannot answer it. ${contact}`,
    otherPlace: (place, municipality, contact) => `This report is about ${municipality.replace(/^Gemeente /, 'the municipality of ')}; it says nothing about ${place}, so I cannot answer that. ${contact}`,
    notSpecified: (subject, contact) => `The report mentions ${subject}, but does not say which ones exactly, so I cannot answer that. ${contact}`,
    serviceQuestion: (contact) => `The report says what the municipality planned and how that is going, not how you arrange something yourself, what it costs, or where and when to go. ${contact}`,
    notInCorpus: (what, available, contact) => `${what} is not in the reports I know; I only know ${available}. ${contact}`,
    personal: (contact) => `I cannot help with personal matters such as your own application or details: I only answer questions about the report. Please do not share personal data here. ${contact}`,
    opinion: (contact) => `I do not give opinions: I only show what the report says. ${contact}`,
    empty: 'I do not see a question in your message. Ask me something about the report, for example about a goal or a topic.',
    greeting: 'Hello! I answer questions about the progress report of the municipality of Leiden, always with the text from the report.',
    thanks: "You're welcome! Any other question about the report?",
    bye: 'Goodbye! Come back any time with a question about the report.',
    help: (report) =>
      `I am a chatbot, not a member of staff. I answer questions about the ${report} of the municipality of Leiden, in English or Dutch (the quotes stay in the report's language, Dutch), with the passage each answer rests on. Ask about a code (such as 1B1.3), what falls under a goal, the mission or the current status, or just ask in your own words.`,
    suggestWhat: (code) => `What is ${code}?`,
    suggestUnder: (code) => `What falls under ${code}?`,
    examples: ['What is 1B1.3?', 'What is the status of service delivery?', 'Which goals fall under 1A?', 'What is the mission?'],
    restarted: 'I have started over. Ask me anything about the report.',
    feedbackThanks: 'Thank you for your feedback!',
    feedbackSorry: 'Thank you. Sorry the answer did not help; a clerk reviews these questions. You could try other words.',
    debugOn: 'Debug is on: every answer comes with why it was chosen. Type /debug to turn it off.',
    debugOff: 'Debug is off.',
    notText: 'I can only read text. Please type your question.',
    error: 'Sorry, something went wrong on my side. Please try again; the conversation starts over.',
    notRemembered: 'Please note: I cannot remember this conversation right now, so a follow-up such as "tell me more" may not work; ask your whole question again instead.',
    noneOfThese: 'Neither',
    rephrase: 'Could you put your question in other words?',
    card: { sources: 'Source in the report', open: 'Read in the report', helpful: 'Was this answer helpful?', up: '👍 Yes', down: '👎 No', lines: 'line', moreSources: (n) => `Show ${n} more ${n === 1 ? 'source' : 'sources'}` },
    sourcesHeading: 'Sources:',
  },
};
