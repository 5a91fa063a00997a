// Question understanding that needs no index: smalltalk, personal cases, list requests, and
// references to reports or programmes the corpus may not hold.

import { hasPersonalData } from '../privacy/redact';
import { fold, words } from '../search/analyzer';
import { COMMON_VERB_FORMS, STOPWORDS } from '../search/stopwords';
import { Phrases, wordSet } from '../search/wordLists';

/** Smalltalk the bot answers without the report. */
export type Smalltalk = 'greeting' | 'thanks' | 'bye' | 'help';

/** Whole messages of each kind, from corpus/words/smalltalk.*.tsv; the first kind that matches wins. */
const SMALLTALK: [Smalltalk, Phrases][] = (['greeting', 'thanks', 'bye', 'help'] as const).map((kind) => [kind, Phrases.load(`smalltalk.${kind}`)]);
/** corpus/words/filler.tsv alone (stopwords.ts's FILLER adds number and why words, which are topics here). */
const FILLER_WORDS = wordSet('filler');
/** Words that may come before smalltalk ("heel erg bedankt"). */
const INTENSIFIERS = wordSet('smalltalk.intensifier');
/** What may follow a greeting, thanks or goodbye ("hallo daar", "bedankt voor de hulp"). */
const TAILS = Phrases.load('smalltalk.tail');

/**
 * Words that carry no topic: stopwords, filler, common verbs and intensifiers of either language.
 * Around a smalltalk phrase they keep the message smalltalk ("thanks a lot", "dankjewel, dat helpt",
 * "what can you help me with?"); any other word makes it a question for the report.
 */
const TOPICLESS = [STOPWORDS, FILLER_WORDS, COMMON_VERB_FORMS, INTENSIFIERS];
const isTopicless = (word: string): boolean => TOPICLESS.some((set) => set.has(word));
/** Words about the bot or the report as a whole (corpus/words/smalltalk.self.tsv). */
const SELF = wordSet('smalltalk.self');

/** Is the rest of a message one tail after another ("daar, quick question", "voor de hulp, top")? */
function isTails(said: string[]): boolean {
  if (said.length === 0) return false;
  for (let k = said.length; k > 0; k--) if (TAILS.isWhole(said.slice(0, k)) && (k === said.length || isTails(said.slice(k)))) return true;
  return false;
}

/** Recognises a message that is only a greeting, thanks, goodbye or a request for help. */
export function detectSmalltalk(question: string): Smalltalk | undefined {
  let said = words(question);
  while (said.length > 1 && INTENSIFIERS.has(said[0])) said = said.slice(1);
  if (said.length === 0) return undefined;
  for (const [kind, phrases] of SMALLTALK) {
    if (phrases.isWhole(said)) return kind;
    if (kind !== 'help') for (let k = 1; k < said.length; k++) if (phrases.isWhole(said.slice(0, k)) && isTails(said.slice(k))) return kind;
  }
  // A phrase anywhere in the message, with nothing around it that could be a topic.
  for (const [kind, phrases] of SMALLTALK) {
    for (let from = 0; from < said.length; from++) {
      for (let to = said.length; to > from; to--) {
        if (!phrases.isWhole(said.slice(from, to))) continue;
        const around = [...said.slice(0, from), ...said.slice(to)];
        if (around.every(isTopicless) || (kind !== 'help' && isTails(said.slice(to)) && said.slice(0, from).every(isTopicless))) return kind;
      }
    }
  }
  // Only about the bot or the report as a whole: "ben jij een mens?", "what report are you using?".
  // ("Is het rapport goed?" asks an opinion, which the router refuses as such.)
  if (said.some((w) => SELF.has(w)) && said.every((w) => SELF.has(w) || isTopicless(w)) && !asksForOpinion(question)) return 'help';
  return undefined;
}

const PERSONAL = [
  /\b(mijn|m'n|onze) (eigen )?(aanvraag|aanvragen|dossier|zaak|uitkering|toeslag|aanslag|belasting|bezwaar|melding|afspraak|klacht|vergunning|bsn|burgerservicenummer|gegevens|status|rekening|boete|adres|paspoort|rijbewijs|id-?kaart|identiteitskaart|inschrijving)\b/,
  // (Up to two words between: "my building permit application".)
  /\b(my|our) ([\w-]+ ){0,2}(application|case|file|benefits?|tax|appeal|appointment|complaint|permit|bsn|details|data|status|fine|request|address|passport|driving licen[cs]e|id card|registration)\b/,
  /\bstatus van mijn\b|\bwhere is my\b|\bwaar blijft mijn\b/,
  // Asked to act for the user ("kun je mijn verhuizing doorgeven?"), or what to do in their own case.
  /\b(kun je|kan je|kunt u|wil je|wilt u|can you|could you|will you|would you)\b.*\b(mijn|m'n|my|voor mij|for me)\b/,
  /\b(ben|is|heb|raakte)\b.*\b(mijn|m'n)\b.*\b(kwijt|verloren|gestolen)\b|\bi (have |'ve )?(lost|misplaced)\b|\bmy\b.*\b(was|got|has been) (lost|stolen)\b/,
  // The municipality asked to settle the asker's case ("mijn zoon staat op een wachtlijst, kan de gemeente dat versnellen?";
  // whether it helps people in that case, "can the city help him?", is a question for the report), or when something
  // happens in their own street or house ("when will my street get LED lights?").
  /\b(mijn|m'n|my)\b.*\b(kan|kunt|wil|can|could|will) (de gemeente|jullie|u|you|the (city|council|municipality))\b( \w+){0,2} (versnellen|regelen|oplossen|speed|sort|fix|expedite|hurry)\b/,
  /\b(wanneer|when)\b.*\b(mijn|m'n|onze|my|our) (straat|huis|woning|street|road|house|home)\b|\b(in|op|voor) (mijn|m'n|onze|my|our) (straat|huis|woning|street|road|house|home)\b.*\b(wanneer|when)\b/,
  // The municipality asked to pay the asker's own bill ("betaalt de gemeente die voor mij?", "will the city pay my arrears?").
  /\b(betaalt|betalen|vergoedt|pays?|covers?)\b.*\b(voor mij|voor ons|for me|for us)\b|\b(betaalt|vergoedt) (de gemeente|jullie|u) (mijn|m'n|onze)\b|\b(will|does|can|would) (the (city|council|municipality)|you) (pay|cover) (for )?(my|our)\b/,
  /\bwat moet ik (nu |dan )?doen\b|\bwhat (should|must|do) i do\b|\b(wat kan ik (nu |dan )?doen|what can i do)\W*$/,
  // What the user will pay: "hoeveel OZB moet ik betalen?", "how much tax will I pay?".
  /\b(moet|moeten|ga|gaan) (ik|wij|we)\b.*\bbetalen\b|\b(do|will|must|should) (i|we) (have to )?pay\b/,
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

/** How to arrange something yourself, or where to go: "how do I renew my passport?", "waar kan ik een paspoort aanvragen?". */
const HOW_OR_WHERE = /\b(how (do|can|should|must|would) (i|we)|how to|hoe (kan|moet|kun|regel|krijg|vraag|verleng|meld) (ik|je|u|we)|waar (kan|moet|kun) (ik|je|u|we)|where (can|do|should|must) (i|we))\b/;

/** A day of the week or the weekend, and whether something is open: "op zondag open", "closed on Sundays". */
const WEEKDAY = '(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|weekend|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?)';
const OPEN = '(open|dicht|gesloten|closed)';

/**
 * Questions for the municipality's services rather than about the report: opening hours, prices,
 * appointments, contact details. The report has no answer to these, even when it mentions the product.
 */
const OTHER_SERVICE = [
  // Hours, not the day something new opens: "wanneer is het zwembad open?", but not "when will the new gym open?".
  /\b(openingstijden|openingstijd|opening hours|opening times|hoe laat\b.*\b(open|dicht)|wanneer (is|zijn)\b.*\b(open|dicht|gesloten)\b|when (is|are)\b.*\b(open|closed)\b|what time\b.*\b(open|close))/,
  // Open on a day of the week: "is de milieustraat op zondag open?", "is the library open on Sundays?"
  // (whether shops may open on Sundays, "mogen winkels op zondag open?", is a policy the report may give).
  new RegExp(`^(is|zijn|are)\\b.*(\\b${OPEN}\\b.*\\b${WEEKDAY}\\b|\\b${WEEKDAY}\\b.*\\b${OPEN}\\b)`),
  // What something costs the asker ("hoeveel toeristenbelasting betaal je per nacht?"); a price as a topic
  // ("house prices went up", "energieprijzen") is not.
  /\bhoeveel\b.*\bbetaal(t)? (je|jij|u)\b|\bhow much (do|does|will) (you|one) (have to )?pay\b/,
  /\b(hoeveel kost|wat kost|wat kosten|hoe duur|how expensive|leges|how much (does|is|are|do)|what does\b.*\bcost\b|(wat is|wat zijn|what is|what are|what's) (de|het|the) (prijs|prijzen|tarief|tarieven|price|prices|fee|fees|rate|rates)|(prijs|tarief|price|fee) (van|voor|of|for) (een|a|an|my|mijn)\b)/,
  // Making an appointment; whether one is needed ("moet ik tegenwoordig een afspraak maken om …?") is a rule the report may give.
  /\b((?<!\b(moet|moeten|hoeft|hoef|hoeven) (ik|je|u|we|men)( \w+)? (een|nu|voortaan|tegenwoordig)( een)? )afspraak (maken|inplannen|plannen)|maak\b.*\bafspraak|(?<!\b(need|have) to )(book|make|schedule)\b.*\bappointment)\b/,
  /\b(telefoonnummer|phone number|telephone number|e-?mailadres|e-?mail address|contactgegevens|contact details)\b/,
  HOW_OR_WHERE,
  // Where an office is: "op welk adres zit het stadskantoor?", "where is the town hall?".
  /\b(op welk adres|bezoekadres|postadres|what is the address|address of the|waar (zit|is|ligt|vind ik) (het|de) (stadhuis|stadskantoor|gemeentehuis|balie|loket)|where (is|are|can i find) the (town hall|city hall|city office|municipal office|desk|counter))\b/,
];

/**
 * Questions about a particular day or week ("vandaag", "last week"): a report describes a year and
 * cannot say what happens today. "Nu", "momenteel" and "currently" are not in the list: they ask
 * for the current state, which the report's *stand van zaken* gives (corpus/words/thisday.tsv).
 */
const THIS_DAY = Phrases.load('thisday');

/**
 * The name of a firm ("welk bedrijf levert de systemen?", "which software vendor"), or what someone
 * else thinks ("wat vindt de gemeente van …", "what does the accountant think"): a progress report
 * names no suppliers and reports no one's opinion of its own contents.
 */
const FIRMS_AND_VIEWS = /\b(welk(e)? (\w+ )?(bedrijf|bedrijven|leverancier|leveranciers|aannemer|aannemers|ontwikkelaar|ontwikkelaars|projectontwikkelaar|adviesbureau|accountantskantoor|firma)|which (\w+ )?(company|companies|firm|firms|vendor|vendors|supplier|suppliers|contractor|contractors|developer|developers|consultancy|accountancy firm)|wat vindt (de|het|een) \w+( \w+)? van|(vindt|vinden|denkt|denken) (de|het|een) \w+( \w+)? dat|what do(es)? (the )?\w+( \w+)? think (of|about)|(does|do|did) the \w+( \w+)? (think|believe|feel) that)\b/;

/** Who sits on a body, by name or party: the report names no people or parties. */
const MEMBERSHIP = /\b(wie (zit|zitten) (er )?in|wie zijn de (leden|wethouders|raadsleden)|leden van|namen van|welke (politieke )?(partij|partijen|fractie|fracties)|who (are|is) (the )?(members?|aldermen|councillors)|members of|names of|which (political )?(party|parties))\b/;

/** How to apply for something: a procedure, which a report never describes ("hoe vraag ik een scootmobiel aan?"). */
const HOW_TO_APPLY = /\b(hoe|how)\b.*\b(vraag|vragen)\b.*\baan\b|\b(hoe|how)\b.*\b(aanvragen|apply|applying|application)\b/;

/**
 * Only "how do I …" or "where can I …" of the service questions: where to go may be a service the
 * report names ("waar kan ik gratis energieadvies krijgen?" — the Energieloket), unlike a price, an hour
 * or how to apply.
 */
export function asksHowOrWhere(question: string): boolean {
  const text = fold(question);
  return HOW_OR_WHERE.test(text) && !HOW_TO_APPLY.test(text) && !OTHER_SERVICE.some((re) => re !== HOW_OR_WHERE && re.test(text));
}

/** "Hoeveel kost een paspoort?", "Wanneer is het stadhuis open?", "how do I renew …": a service question, not a report question. */
export function asksForOtherService(question: string): boolean {
  const text = fold(question);
  // "Hoeveel kost de prik de gemeente extra?", "how much does it cost the city?": a budget question.
  if (PAID_BY_MUNICIPALITY.test(text)) return false;
  return OTHER_SERVICE.some((re) => re.test(text));
}

/**
 * The municipality as the one who pays ("kost … de gemeente", "what does it cost Leiden"; not where the
 * asker lives, "een parkeervergunning in Leiden"), or a cost beside the plan ("kost … meer dan gepland", "extra").
 */
const PAID_BY_MUNICIPALITY = /\b(kost|kosten|kostte|costs?|cost)\b.*\b(de gemeente|the (city|council|municipality)|(?<!\b(in|voor|for) )leiden|extra|meer dan (gepland|begroot|verwacht|geraamd)|more than (planned|budgeted|expected))\b|\b(gemeente|city|council|municipality)\b.*\b(uitgeven|uitgegeven|besteden|besteed|spend|spends|spent|pay|pays|paid|betaalt|betaald)\b/;

/** A question about one day or week, who sits on a body, a firm's name or someone's view: what a year's report cannot say. */
export function asksBeyondTheReport(question: string): boolean {
  const text = fold(question);
  return THIS_DAY.test(text) || MEMBERSHIP.test(text) || FIRMS_AND_VIEWS.test(text);
}

/** Asking the bot's own view: "wat vindt u …", "your opinion", "do you agree". */
const OWN_VIEW = /\b(wat vind (je|jij|u)|wat vindt (u|de bot)|wat denk (je|jij)|wat denkt u|vind (je|jij|u) (het|dat)|jouw mening|uw mening|what do you think|your opinion|do you (like|think|agree)|is (it|he|she) (good|bad))\b/;
/**
 * Judging the subject of the question: "is X een goede bestuurder?" (a good one: the indefinite
 * article), "is het beleid goed?" (good as what X is, at the end). "Is er goed nieuws?", "wat was de
 * beste score?" are no judgement: they ask what the report says was good.
 */
const JUDGEMENT = /\b(is|zijn|was|waren|are|were)\b(?! (er|there)\b).*\b((een|a|an) (goede|slechte|good|bad)\b|(goed|slecht|good|bad|beter|slechter|better|worse)( genoeg| enough)?$)/;

/** "Wat vindt u van de burgemeester?": the bot quotes the report and has no opinions. */
export function asksForOpinion(question: string): boolean {
  const text = words(question).join(' ');
  return OWN_VIEW.test(text) || JUDGEMENT.test(text);
}

const LIST_WORDS = /\b(welke|wat zijn|zijn er|what are|are there|wat (valt|vallen|zit|zitten|hoort|horen|staat|staan) (er )?(onder|in|bij)|onder|lijst|overzicht|opsomming|alle|which|list|all|under|fall|falls|overview|contains?|consists?)\b/;
/** The levels of the goal tree by name (corpus/words/structure.tsv). */
const STRUCTURE_NOUNS = Phrases.load('structure');

/** "Welke doelen vallen onder 1A?", "which goals fall under 1A?": a request for the tree below a code. */
export function isListRequest(question: string): boolean {
  return LIST_WORDS.test(fold(question));
}

/** "Welke beleidsterreinen/doelen zijn er?" — a list request that names tree levels. */
export function namesTreeLevel(question: string): boolean {
  return STRUCTURE_NOUNS.test(question);
}

/** Is this word or phrase of a question a level of the goal tree ("doelen", "policy areas")? */
export function isStructureNoun(label: string): boolean {
  return STRUCTURE_NOUNS.isWhole(words(label));
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

/**
 * "What number does the culture programme have?", "welk nummer heeft Sociaal domein?", "what is the number
 * of the Onderwijs programme?": the programme's number (the header field), not a count ("the number of
 * the goals of the … programme" is one). "Programme number" alone is found by search already.
 */
const PROGRAMME_NUMBER = /\b(what|which) number\b|\bnumber (does|is|has)\b|\bnumber of (the|this) (?:(?!(goals?|performances?|areas?|policy|targets?|deviations?|codes?|items?)\b)[\w-]+ ){0,4}(programme|program)\b|\bwelk (programma)?nummer\b|\bprogramme number\b|\bprogram number\b|\bprogrammanummer\b|\bnummer (heeft|van)\b/;
export function asksProgrammeNumber(question: string): boolean {
  return PROGRAMME_NUMBER.test(fold(question));
}

/** True when the text holds no letters or digits at all (emoji, punctuation). */
export function hasNoWords(question: string): boolean {
  return words(question).length === 0;
}

/** The numbers a "which five …" question may use, in either language (corpus/words/numbers.*.tsv). */
const NUMBER_WORDS = [...wordSet('numbers.nl'), ...wordSet('numbers.en')].filter((w) => w !== 'een' && w !== 'one').join('|');
/** "Welke … precies", "which … exactly", "welke … worden bedoeld", "which five channels": the question asks to name them one by one. */
const SPECIFY = [
  /\b(precies|exact|exacte|exactly|specifically|specifiek|concreet|namely|namelijk)\b/,
  /\bbedoel\w*\b|\b(mean|means|meant)\b/,
  new RegExp(`\\b(welke|which)\\s+([2-9]|\\d\\d|${NUMBER_WORDS})\\s+\\p{L}`, 'u'),
];

/**
 * Does the question ask which ones, one by one ("Welke vijf kanalen worden bedoeld?", "Which
 * partnerships exactly?")? Then a passage that only names the kind does not answer it.
 */
export function asksWhichOnes(question: string): boolean {
  const text = fold(question);
  // ("What does 1B1.2 mean?" asks what it is, not which ones.)
  return /\b(welke|which)\b/.test(text) && SPECIFY.some((re) => re.test(text));
}

/** A passage that names things one by one: a list in brackets, after a colon, "zoals", "o.a.", or bullets. */
const ENUMERATION = /\([^)]*(,| en | and )[^)]*\)|:\s*\S[^.]*,|\b(zoals|waaronder|onder andere|o\.a\.|namelijk|such as|including|namely)\b|^\s*([-•*]|\d+[.)])\s/im;

/** Does the text name its items one by one? See {@link asksWhichOnes}. */
export function enumerates(text: string): boolean {
  return ENUMERATION.test(text);
}

/** Places other than Leiden (corpus/words/places.tsv). */
const PLACES = Phrases.load('places');

/** The places of corpus/words/places.tsv the question names ("Amsterdam", "Den Haag"). */
export function placesNamed(question: string): string[] {
  const said = ` ${words(question).join(' ')} `;
  return PLACES.entries.filter((place) => said.includes(` ${place} `));
}

/** The word "programme" in either language, as a whole word of a folded text. */
export const PROGRAMME_WORD = /\b(programma|programmas|programme|programmes|program|programs)\b/;

/**
 * "Het jeugdprogramma", "ondersteuningsprogramma": the word joined to "programma" is a word of its
 * own, without the linking -s ("ondersteuning programma").
 */
export function separateProgrammeWord(question: string): string {
  return question.replace(/(\p{L}{3,})(programma|programme|program)(?=$|[^\p{L}])/giu, (_, word: string, programme: string) => `${word.replace(/(?<=[^aeious])s$/, '')} ${programme}`);
}
