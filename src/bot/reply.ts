// Answer → Bot Framework message, fitted to who reads it: residents on the website (plain text,
// one source), council members in Teams (codes, citation entity, AI label), clerks in the
// Emulator (everything, file:line).

import { ActionTypes, ActivityTypes, CardFactory, type Activity, type Entity, type TurnContext } from 'botbuilder';
import type { Answer, Language } from '../qa/answer';
import { answerCard, feedbackCard } from '../render/card';
import { citationEntity } from '../render/citations';
import { renderMarkdown } from '../render/text';
import { renderForResidents } from '../render/website';

/**
 * Who reads a reply. `residents`: the website and any other public channel; `council`: Teams;
 * `clerks`: the Emulator and tests that talk to the bot directly.
 */
export type Audience = 'residents' | 'council' | 'clerks';

/** The audience of a channel. */
export function audienceOf(channelId: string | undefined): Audience {
  if (channelId === 'msteams') return 'council';
  if (channelId === 'emulator' || channelId === 'test') return 'clerks';
  return 'residents';
}

/** The language of the bot's own messages: the user's locale, else Dutch. */
export function languageOf(context: TurnContext): Language {
  return context.activity.locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Options for {@link answerActivity}. */
export interface ReplyOptions {
  /** Label the message "AI generated" in Teams. Default: false. */
  aiGenerated?: boolean;
  /** Offer 👍/👎. Default: true. */
  feedback?: boolean;
  /** Who reads the reply. Default: `clerks` (everything). */
  audience?: Audience;
  /** Residents: the question used a code, so codes may stay. Default: false. */
  showCodes?: boolean;
  /** Residents: a code's title in the answer's report, to say in words what a code stands for. */
  titleOf?: (code: string) => string | undefined;
}

/** Rendered messages by answer: the engine's answer cache hands out the same Answer objects. */
const rendered = new WeakMap<Answer, Map<string, Partial<Activity>>>();

/**
 * The message activity that carries an answer to any channel. Rendering is remembered per answer
 * object and options; each call returns a fresh shallow copy, which is what the adapter mutates.
 */
export function answerActivity(answer: Answer, options: ReplyOptions = {}): Partial<Activity> {
  const key = `${options.audience ?? 'clerks'}${options.aiGenerated ? 1 : 0}${options.feedback === false ? 0 : 1}${options.showCodes ? 1 : 0}`;
  let byOptions = rendered.get(answer);
  if (!byOptions) rendered.set(answer, (byOptions = new Map()));
  let activity = byOptions.get(key);
  if (!activity) byOptions.set(key, (activity = asPlainJson(renderActivity(answer, options))));
  return { ...activity };
}

/**
 * The same message as plain JSON data, as JSON.parse makes it. The reply is serialised on every
 * request that it answers; rendering leaves its strings as slices and concatenations and its objects
 * in many shapes, which JSON.stringify walks 3–4× slower than flat strings in objects of one shape
 * (~40 µs a reply). Rendered messages hold only JSON values, so nothing else changes.
 */
function asPlainJson(activity: Partial<Activity>): Partial<Activity> {
  return JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
}

function renderActivity(answer: Answer, options: ReplyOptions): Partial<Activity> {
  const audience = options.audience ?? 'clerks';
  const locale = answer.language === 'en' ? 'en-US' : 'nl-NL';
  const feedback = options.feedback !== false && answer.kind !== 'smalltalk';
  if (audience === 'residents') {
    // The text quotes once and names its source with a link; the card only asks 👍/👎.
    const { text, suggestions } = renderForResidents(answer, { showCodes: options.showCodes, titleOf: options.titleOf });
    return {
      type: ActivityTypes.Message,
      text,
      textFormat: 'markdown',
      locale,
      attachments: feedback ? [CardFactory.adaptiveCard(feedbackCard(answer))] : [],
      entities: [],
      // messageBack: the button shows everyday words and sends the question the engine knows.
      suggestedActions: suggestions.length ? { to: [], actions: suggestions.map((s) => ({ type: ActionTypes.MessageBack, title: s.title, text: s.value, displayText: s.title, value: { suggestion: true } })) } : undefined,
    };
  }
  // Teams and the Emulator: the text quotes with [n] markers and the entity carries the sources
  // (Teams shows them); the card adds the link and 👍/👎, and for clerks where each passage stands
  // (file:line), never the quote a second time.
  const entity = citationEntity(answer, options.aiGenerated);
  const showCard = answer.citations.length > 0 || feedback;
  return {
    type: ActivityTypes.Message,
    text: renderMarkdown(answer, { references: false }),
    textFormat: 'markdown',
    locale,
    attachments: showCard ? [CardFactory.adaptiveCard(answerCard(answer, { includeText: false, feedback: options.feedback, quotes: false, sources: audience === 'clerks', fileLines: true }))] : [],
    entities: entity ? [entity as unknown as Entity] : [],
    suggestedActions: answer.suggestions.length ? { to: [], actions: answer.suggestions.map((s) => ({ type: ActionTypes.ImBack, title: s, value: s })) } : undefined,
  };
}

/** The `/debug` view of an answer: why it was chosen. */
export function debugActivity(answer: Answer): Partial<Activity> {
  const d = answer.debug;
  const lines = [`intent: ${d?.intent ?? answer.kind}; language: ${answer.language}; confidence: ${answer.confidence}`];
  if (d?.terms.length) lines.push(`terms: ${d.terms.map((t) => `${t.term} (${t.source}, ${t.weight})`).join(', ')}`);
  for (const c of d?.candidates ?? []) lines.push(`- ${c.id}: score ${c.score}, coverage ${c.coverage}, matched ${c.matched.join(' ')}`);
  return { type: ActivityTypes.Message, text: '```\n' + lines.join('\n') + '\n```', textFormat: 'markdown' };
}
