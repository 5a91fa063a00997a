// The question mix `npm run bench` sends over HTTP: every kind of question, Dutch and English,
// sorted into kinds by what the engine actually answers, spread over many conversations.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnswerKind } from '../qa/answer';
import type { QaEngine } from '../qa/engine';
import { parseQuestions } from '../qa/evaluation';
import { random } from './syntheticCorpus';

/** The groups the mix reports on, named for what a user asked. */
export type MixGroup = 'codes' | 'topics' | 'status & overviews' | 'clarifications' | 'refusals' | 'smalltalk';

/** Questions per group and language (at most): enough that every group has at least 30 in all. */
const PER_GROUP_AND_LANGUAGE = 30;
/** The mix's minimum per group (issue 12). */
export const MIN_PER_GROUP = 30;

/** One question of the mix, with the channel locale its conversation uses. */
export interface MixQuestion {
  text: string;
  group: MixGroup;
  language: 'nl' | 'en';
  locale: 'nl-NL' | 'en-US';
}

/** Greetings, thanks, goodbyes and help requests as people type them. */
const SMALLTALK: Record<'nl' | 'en', string[]> = {
  nl: ['hallo', 'hoi', 'hey', 'goedemorgen', 'goedemiddag', 'goedenavond', 'hallo daar', 'hoi bot', 'bedankt!', 'dank je wel', 'dank u wel', 'hartelijk bedankt', 'bedankt voor de hulp', 'ok bedankt', 'heel erg bedankt', 'merci', 'doei', 'tot ziens', 'fijne dag', 'dag', 'help', 'hulp', 'wat kun je?', 'wat kan deze bot doen?', 'hoe werkt dit?', 'wie ben jij?', 'wat weet je?', 'menu', 'info', 'wat ben je?'],
  en: ['hello', 'hi', 'hi there', 'hey there', 'good morning', 'good afternoon', 'good evening', 'greetings', 'howdy', 'thanks', 'thank you', 'thank you very much', 'thanks so much', 'thanks for the help', 'ok thanks', 'okay thanks', 'bye', 'goodbye', 'see you', 'have a nice day', 'later', 'help me', 'what can you do?', 'what do you know?', 'how does this work?', 'who are you?', 'how does it work?', 'start', 'help', 'hello bot'],
};
/** Open questions about one word of the report: many of them get a "did you mean" answer. */
const TOPIC_TEMPLATES = { nl: ['wat staat er over {w}?', '{w}'], en: ['what about {w}?', 'what does the report say about {w}?'] };
/** Code questions as council members and clerks type them. */
const CODE_TEMPLATES = { nl: ['wat is {c}?', 'prestatie {c}', 'hoe staat {c} ervoor?', '{c}'], en: ['what is {c}?', 'tell me about {c}', 'status of {c}', 'explain {c} please'] };

function groupOf(kind: AnswerKind | string): MixGroup {
  switch (kind) {
    case 'code':
      return 'codes';
    case 'search':
      return 'topics';
    case 'clarify':
      return 'clarifications';
    case 'none':
      return 'refusals';
    case 'smalltalk':
      return 'smalltalk';
    default:
      return 'status & overviews'; // list, meta and the status and overview answers
  }
}

/**
 * Builds the mix: the evaluation questions, code questions for codes of the corpus, open topic
 * questions and smalltalk, each asked once of the engine to learn its group, then up to
 * {@link PER_GROUP_AND_LANGUAGE} per group and language, shuffled.
 */
export function buildMix(engine: QaEngine, questionsFile = resolve('test/questions.tsv')): MixQuestion[] {
  const candidates: { text: string; language: 'nl' | 'en' }[] = parseQuestions(readFileSync(questionsFile, 'utf8')).map((q) => ({ text: q.question, language: q.language }));
  for (const language of ['nl', 'en'] as const) {
    for (const text of SMALLTALK[language]) candidates.push({ text, language });
    const codes = [...new Set(engine.corpus.reports.flatMap((r) => r.passages.flatMap((p) => p.codes)))];
    codes.forEach((c, i) => candidates.push({ text: CODE_TEMPLATES[language][i % CODE_TEMPLATES[language].length].replace('{c}', c), language }));
    const words = [...new Set(engine.corpus.reports.flatMap((r) => r.passages.flatMap((p) => p.text.toLowerCase().match(/\p{L}{6,}/gu) ?? [])))];
    words.forEach((w, i) => candidates.push({ text: TOPIC_TEMPLATES[language][i % 2].replace('{w}', w), language }));
  }
  const byGroup = new Map<string, MixQuestion[]>();
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    const locale = c.language === 'en' ? 'en-US' : 'nl-NL';
    const answer = engine.ask(c.text, { locale });
    if (answer.language !== c.language) continue;
    const group = groupOf(answer.kind);
    const key = `${group}/${c.language}`;
    const list = byGroup.get(key) ?? [];
    if (list.length < PER_GROUP_AND_LANGUAGE) list.push({ text: c.text, group, language: c.language, locale });
    byGroup.set(key, list);
  }
  const mix = [...byGroup.values()].flat();
  const rand = random(12);
  for (let i = mix.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [mix[i], mix[j]] = [mix[j], mix[i]];
  }
  return mix;
}

/** How many questions of each group (and language) the mix holds, e.g. `codes 60 (30 nl, 30 en)`. */
export function describeMix(mix: MixQuestion[]): string {
  const groups = new Map<MixGroup, { nl: number; en: number }>();
  for (const q of mix) {
    const g = groups.get(q.group) ?? { nl: 0, en: 0 };
    g[q.language]++;
    groups.set(q.group, g);
  }
  return [...groups].map(([group, n]) => `${group} ${n.nl + n.en} (${n.nl} nl, ${n.en} en)`).join('; ');
}

/** The groups with fewer than {@link MIN_PER_GROUP} questions. */
export function thinGroups(mix: MixQuestion[]): string[] {
  const all: MixGroup[] = ['codes', 'topics', 'status & overviews', 'clarifications', 'refusals', 'smalltalk'];
  return all.filter((g) => mix.filter((q) => q.group === g).length < MIN_PER_GROUP);
}
