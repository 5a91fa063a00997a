// Answer → Bot Framework message: markdown text with [n] markers, the sources card, the citation
// entity, and follow-up questions as suggested actions.

import { ActionTypes, ActivityTypes, CardFactory, type Activity, type Entity, type TurnContext } from 'botbuilder';
import type { Answer, Language } from '../qa/answer';
import { answerCard } from '../render/card';
import { citationEntity } from '../render/citations';
import { renderMarkdown } from '../render/text';

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
  /** Add Markdown reference links for the citations (Web Chat renders them as sources). Default: true. */
  references?: boolean;
}

/** Rendered messages by answer: the engine's answer cache hands out the same Answer objects. */
const rendered = new WeakMap<Answer, Map<string, Partial<Activity>>>();

/**
 * The message activity that carries an answer to any channel. Rendering is remembered per answer
 * object and options; each call returns a fresh shallow copy, which is what the adapter mutates.
 */
export function answerActivity(answer: Answer, options: ReplyOptions = {}): Partial<Activity> {
  const key = `${options.aiGenerated ? 1 : 0}${options.feedback === false ? 0 : 1}${options.references === false ? 0 : 1}`;
  let byOptions = rendered.get(answer);
  if (!byOptions) rendered.set(answer, (byOptions = new Map()));
  let activity = byOptions.get(key);
  if (!activity) byOptions.set(key, (activity = renderActivity(answer, options)));
  return { ...activity };
}

function renderActivity(answer: Answer, options: ReplyOptions): Partial<Activity> {
  const entity = citationEntity(answer, options.aiGenerated);
  const showCard = answer.citations.length > 0 || (answer.kind !== 'smalltalk' && options.feedback !== false);
  return {
    type: ActivityTypes.Message,
    text: renderMarkdown(answer, { references: options.references }),
    textFormat: 'markdown',
    locale: answer.language === 'en' ? 'en-US' : 'nl-NL',
    attachments: showCard ? [CardFactory.adaptiveCard(answerCard(answer, { includeText: false, feedback: options.feedback }))] : [],
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
