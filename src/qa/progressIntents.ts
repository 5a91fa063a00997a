// Questions about progress, in Dutch and English: what a question asks of the report as a progress
// report (deviations, status, counts, overviews, colours) and which words only say that.

import type { TrafficLight } from '../report/model';
import { fold, words } from '../search/analyzer';
import { COMMON_VERB_FORMS, STOPWORDS } from '../search/stopwords';
import { Phrases, wordSet } from '../search/wordLists';

/** What a progress question asks for. */
export type ProgressAspect = 'deviations' | 'status' | 'count' | 'overview' | 'colour';

/** Words and phrases for deviations and for status (corpus/words/deviation.tsv, status.tsv). */
const DEVIATION_WORDS = Phrases.load('deviation');
const STATUS_WORDS = Phrases.load('status');
// What stays in code here is grammar, not word lists: word order with gaps ("wijkt … af", "loopt … mis",
// "how is … going"), a position ("^is …" in YES_NO), and stems matched with any ending ("afwijk…",
// "vertraag…"), which a data file of whole words cannot say. OVERVIEW, TO_THE_BOT, WHICH_PROGRAMME,
// ACTIONS and PROGRESS_CONCEPT are still regexes (not yet moved).
const DEVIATION_GRAMMAR = /\b((loopt|lopen|gaat|gaan)\b.{0,30}\bmis|wijk(t|en)\b.{0,60}\baf|afwijk\w*|achterstand\w*|vertraa?g\w*|knelpunt\w*|deviat\w*|overspen\w*|(duurt|duurde|duren|duurden)\b.{0,30}\bzo lang|(take|takes|taking|taken|took)\b.{0,30}\bso long|running late)\b/;
const STATUS_GRAMMAR = /\b(bijzonder\w* te melden|how (is|are|does|do)\b.*\b(going|doing|progressing|coming along|getting on))\b/;
/** Does the question ask about deviations? */
const DEVIATIONS = { test: (text: string): boolean => DEVIATION_WORDS.test(text) || DEVIATION_GRAMMAR.test(text) };
/** Does the question ask how something stands? */
const STATUS = { test: (text: string): boolean => STATUS_WORDS.test(text) || STATUS_GRAMMAR.test(text) };
/** Number questions (corpus/words/quantity.tsv) and "count" (count.tsv). */
const QUANTITY = Phrases.load('quantity');
const COUNT = new Phrases([...QUANTITY.entries, ...Phrases.load('count').entries]);
const TO_THE_BOT = /\b(met (je|jou|jij|u)|how are you|how are u|how'?s it going with you)\b/;
/** "Waar gaat het programma over?", "what is it about?": what something is, not how it goes. */
const WHAT_ABOUT = /\bwaar (gaat|gaan) [^?]*\bover\b|\bwhat is [^?]*\babout\b/;
/** "Blijft het aantal storingen hoog?", "Is the number … still high?": a yes/no question, not one for a number. */
export const YES_NO = /^(is|zijn|blijft|blijven|wordt|worden|heeft|hebben|neemt|nemen|daalt|dalen|stijgt|stijgen|does|do|are|has|have|will|did|was|were|can|kan|kunnen)\b/;
/** The question words of quantity.tsv ("hoeveel", "how many"): a number question even when it opens like a yes/no one. */
const HOW_MANY = new Phrases(QUANTITY.entries.filter((e) => /^(hoeveel|how)\b/.test(e)));
const OVERVIEW = /\b(overzicht|opsomming|alle (doelen|prestaties|beleidsterreinen)|doelenbo(o|m)m(en)?|boom|overview|goal ?tree|tree|all (the )?(goals|performances|policy areas)|list (all|every|the goals|the performances))\b/;
/** Each traffic light with the words that name it (corpus/words/colour.<light>.tsv). */
const COLOUR_WORDS: [ReadonlySet<string>, TrafficLight][] = (['groen', 'oranje', 'rood'] as const).map((light) => [wordSet(`colour.${light}`), light]);
/** Words about traffic lights in general (colour.tsv) or one of them. */
const COLOUR = new Phrases([...Phrases.load('colour').entries, ...COLOUR_WORDS.flatMap(([set]) => [...set])]);
const WHICH_PROGRAMME = /\b(welk(e)? programma|in welk programma|onder welk programma|bij welk programma|which programme|which program|what programme|what program|in which programme|under which programme)\b/;
/** "Het programma over afval", "the programme on parks": a programme described by its topic. */
const PROGRAMME_ON = /\b(het|the) (programma|programme|program) (over|voor|on|for|about)\b/;
/** The tree levels with the words that name them (corpus/words/level.<level>.tsv), the most specific first. */
const LEVEL_WORDS: [ReadonlySet<string>, 'area' | 'goal' | 'performance'][] = (['performance', 'goal', 'area'] as const).map((level) => [wordSet(`level.${level}`), level]);

/**
 * Words that only say what a progress question asks or at what level (and the everyday words around
 * them): a question left with none of its own concepts after these asks about a whole scope.
 */
const PROGRESS_CONCEPT = new RegExp(
  `^(${[
    'afwijk\\w*', 'wijk\\w*', 'af', 'opzicht\\w*', 'compared', 'relative', 'versus', 'begrot\\w*', 'budget\\w*', 'toegelicht', 'toelicht\\w*', 'achter\\w*', 'vertra\\w*', 'problem\\w*', 'probleem', 'knelpunt\\w*',
    'deviat\\w*', 'explain\\w*', 'explanation\\w*', 'behind', 'delay\\w*', 'issues?', 'track', 'schedul\\w*', 'lagging', 'wrong', 'misgegaan', 'misgaan', 'misgaat', 'misgelopen', 'misloopt', 'fout', 'foutgegaan', 'gegaan', 'plan\\w*', 'schema',
    'status', 'stand', 'zaken', 'voortgang', 'progress\\w*', 'going', 'doing', 'gaat', 'loopt', 'lopen', 'staat', 'staan', 'koers', 'course', 'well', 'goed',
    // "op tijd klaar", "finished on time": whether it is done in time is how it stands.
    'tijd', 'time', 'klaar', 'gereed', 'afgerond', 'finished', 'completed', 'ready', 'done',
    // "Waarom duurt het zo lang?", "why is it taking so long?", "running late": a delay is how it goes.
    'duurt', 'duurde', 'duren', 'lang', 'long', 'take', 'takes', 'taking', 'taken', 'took', 'late',
    'kleur\\w*', 'colou?rs?', 'groen\\w*', 'oranj\\w*', 'rood', 'rode', 'green', 'orange', 'amber', 'red', 'stoplicht\\w*', 'traffic', 'lights?',
    'totaal', 'total', 'overzicht', 'oversight', 'overview', 'opsomming', 'doelenbo\\w*', 'tree', 'list', 'lijst', 'count',
    'doel\\w*', 'goals?', 'objectives?', 'prestatie\\w*', 'performanc\\w*', 'outputs?', 'beleidsterrein\\w*', 'policy', 'areas?', 'items?', 'codes?', 'onderdel\\w*', 'parts?',
    'programma\\w*', 'programmes?', 'programs?', 'rapport\\w*', 'report\\w*', 'gemeente', 'municipality', 'leiden', 'er', 'there', 'zijn', 'welk\\w*', 'which',
    'hoeveel', 'aantal', 'many', 'number', 'alle', 'all', 'hoe', 'het', 'de', 'van', 'met', 'how', 'is', 'the', 'of', 'with', 'ervoor', 'mee',
    'dingen', 'iets', 'alles', 'everything', 'anything', 'something', 'things?', 'wat', 'what', 'waar', 'where', 'nu', 'now', 'nog', 'still', 'raad', "council'?s?",
    'aandacht', 'attention', 'needs?', 'running', 'normal\\w*', 'smoothly', 'coming', 'along', "how'?s", 'telt', 'tellen', 'counts?', 'contains?', 'bevat\\w*',
    'onder', 'under', 'over', 'in', 'on', 'op', 'binnen', 'within', 'bij', 'for', 'voor', 'dit', 'this', 'deze', 'these', 'mis', 'bijzonder\\w*', 'melden', 'reported', 'special', 'notable', 'no', 'none', 'geen',
    'singled', 'out', 'mentioned', 'genoemd', 'noemen', 'krijg\\w*', 'gets?', 'get', 'rapportage', 'gebied\\w*', 'field', 'geef', 'give', 'show', 'toon', 'laat', 'zien', 'heeft', 'hebben', 'has', 'have', 'does', 'per',
    'whole', 'entire', 'complete', 'overall', 'hele', 'gehele', 'geheel', 'volledig\\w*', 'compleet', 'totale', 'codes?', 'across', 'throughout',
    // "De belangrijkste ontwikkelingen bij …", "how is the fight against litter going?": how it goes, not what about.
    'ontwikkelingen', 'developments', 'belangrijkste', 'main', 'key', 'latest', 'laatste', 'fights?', 'fighting', 'battle', 'strijd', 'efforts?',
  ].join('|')})$`,
);

/** The progress aspect a question asks about, if any; colours, then counts, before overviews and deviations. */
export function progressAspect(question: string): ProgressAspect | undefined {
  const text = fold(question);
  // "Hoe gaat het met je?", "how are you doing?" ask after the bot, not the report.
  if (TO_THE_BOT.test(text) || WHAT_ABOUT.test(text)) return undefined;
  // "Hoeveel prestaties staan op rood?" asks for a colour: the colours answer counts them.
  if (COLOUR.test(text)) return 'colour';
  if ((HOW_MANY.test(text) || (COUNT.test(text) && !YES_NO.test(text))) && !countsSomethingElse(text)) return 'count';
  if (DEVIATIONS.test(text)) return 'deviations';
  if (OVERVIEW.test(text)) return 'overview';
  if (STATUS.test(text)) return 'status';
  return undefined;
}

/** The words that name the levels of the goal tree (corpus/words/structure.tsv: "policy area" gives policy, area). */
const STRUCTURE = new Set(Phrases.load('structure').entries.flatMap((e) => e.split(' ')));

/**
 * "Hoeveel budget …", "how much money …": the word after the question for a number names something
 * other than the tree (no tree level, deviation or programme), which the goal tree cannot count.
 * (A colour word never gets here: colours are asked about before counts.)
 */
function countsSomethingElse(text: string): boolean {
  const said = words(text);
  const at = said.findIndex((w, i) => w === 'hoeveel' || w === 'aantal' || ((w === 'many' || w === 'much') && said[i - 1] === 'how'));
  const counted = said.slice(at + 1).find((w) => !STOPWORDS.has(w) && !COMMON_VERB_FORMS.has(w) && !/^\d/.test(w));
  if (at < 0 || counted === undefined) return false;
  const ofTheTree = STRUCTURE.has(counted) || levelNamed(counted) !== undefined || DEVIATIONS.test(counted) || /^(program|code)/.test(counted);
  return !ofTheTree;
}

/** "Hoeveel prestaties wijken af?": a count of what the report explains. */
export function countsExplained(question: string): boolean {
  return DEVIATIONS.test(fold(question));
}

/** "Wat wordt er gedaan aan …", "what is being done to fix …": a question about actions, answered by search. */
const ACTIONS = /\b(gedaan|aanpak\w*|maatregel\w*|actie\w*|oplossen|opgelost|verhelpen|verholpen|done|fix\w*|solv\w*|tackl\w*|measures?|actions?)\b/;

/** Does the question ask what is done about something, rather than how it stands? */
export function asksForActions(question: string): boolean {
  return ACTIONS.test(fold(question));
}

/** Does the question ask how something stands ("hoe gaat het", "how is it going", "status")? */
export function asksStatus(question: string): boolean {
  return STATUS.test(fold(question));
}

/** Nouns for problems ("ICT-problemen", "IT problems", "vertraging") can be the topic itself: kept in a topic search. */
export function isProblemNoun(word: string): boolean {
  return /^(problem\w*|probleem|issues?|knelpunt\w*|vertraging\w*|delays?|storing\w*)$/.test(fold(word));
}

/** The traffic light a question names ("op oranje", "red"), if any. */
export function colourNamed(question: string): TrafficLight | undefined {
  const textWords = words(question);
  return COLOUR_WORDS.find(([set]) => textWords.some((w) => set.has(w)))?.[1];
}

/** Words that turn a colour around: "niet op groen", "geen groen stoplicht", "not green", "aren't on green". */
const NEGATIONS = new Set(['niet', 'geen', 'not', 'never', 'nooit']);

/**
 * Does the question ask for what is NOT the colour it names ("welke prestaties staan niet op groen?",
 * "which performances are not on green?")? A negation up to three words before the colour word.
 */
export function colourNegated(question: string): boolean {
  const textWords = words(question);
  const at = textWords.findIndex((w) => COLOUR_WORDS.some(([set]) => set.has(w)));
  return at > 0 && textWords.slice(Math.max(0, at - 3), at).some((w) => NEGATIONS.has(w));
}

/** The question without its colour words: "which performances in the culture programme are green?" names the programme by "culture" alone. */
export function withoutColourWords(question: string): string {
  return words(question)
    .filter((w) => !COLOUR_WORDS.some(([set]) => set.has(w)))
    .join(' ');
}

/** The tree level a question counts or lists ("hoeveel prestaties" → performance). */
export function levelNamed(question: string): 'area' | 'goal' | 'performance' | undefined {
  const textWords = words(question);
  return LEVEL_WORDS.find(([set]) => textWords.some((w) => set.has(w)))?.[1];
}

/**
 * "Hoeveel doelen en prestaties heeft programma 8?": both levels counted together ("doelen en prestaties",
 * "goals and performances"), the goals listed with the performances under each. ("Hoeveel prestaties heeft
 * het doel over …" counts the performances of one goal.)
 */
export function namesGoalsAndPerformances(question: string): boolean {
  const textWords = words(question);
  const named = (level: 'goal' | 'performance') => LEVEL_WORDS.find(([, l]) => l === level)![0];
  const goal = named('goal');
  const performance = named('performance');
  return textWords.some((w, i) => {
    const next = textWords[i + 1] === 'en' || textWords[i + 1] === 'and' ? textWords[i + 2] : undefined;
    return next !== undefined && ((goal.has(w) && performance.has(next)) || (performance.has(w) && goal.has(next)));
  });
}

/** "Welk programma gaat over cultuur?", "which programme is about waste?". */
export function asksWhichProgramme(question: string): boolean {
  return WHICH_PROGRAMME.test(fold(question));
}

/** "What is the programme on parks about?": a programme described by its topic instead of named. */
export function describesProgramme(question: string): boolean {
  return PROGRAMME_ON.test(fold(question));
}

/** Is this concept of a question only a progress or tree word (see {@link PROGRESS_CONCEPT})? */
export function isProgressWord(label: string): boolean {
  return fold(label)
    .split(/[\s-]+/)
    .filter(Boolean)
    .every((w) => PROGRESS_CONCEPT.test(w));
}
