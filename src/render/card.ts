// Answer → Adaptive Card 1.5: the answer, each quoted passage with where it stands, a link, 👍/👎.

import type { Answer, Citation } from '../qa/answer';
import { MESSAGES, type Messages } from '../qa/messages';
import { cutOnWord } from '../qa/sentences';

/** Teams and Web Chat refuse cards over 28 KB; quotes are cut to stay well under. */
export const CARD_MAX_BYTES = 28 * 1024;
const QUOTE_MAX = 700;

/** What a 👍/👎 button sends back in `activity.value`. */
export interface FeedbackValue {
  action: 'feedback';
  rating: 'up' | 'down';
  question: string;
  cited: string[];
}

/**
 * The Adaptive Card for an answer: the answer text (unless the message carries it as `text`
 * already), each quoted passage with where it stands, a link to the report, and 👍/👎.
 */
export function answerCard(answer: Answer, options: { feedback?: boolean; includeText?: boolean } = {}): Record<string, unknown> {
  const l = MESSAGES[answer.language].card;
  const body: Record<string, unknown>[] = [];
  if (options.includeText !== false) body.push({ type: 'TextBlock', text: toCardMarkdown(answer.text), wrap: true });
  else if (answer.citations.length) body.push({ type: 'TextBlock', text: l.sources, weight: 'Bolder', size: 'Small' });
  answer.citations.forEach((c, i) => body.push(citationContainer(c, i + 1, l)));
  const actions: Record<string, unknown>[] = [];
  const first = answer.citations.find((c) => c.url);
  if (first?.url) actions.push({ type: 'Action.OpenUrl', title: l.open, url: first.url });
  if (options.feedback !== false && answer.kind !== 'smalltalk') {
    const value = (rating: 'up' | 'down'): FeedbackValue => ({ action: 'feedback', rating, question: cutOnWord(answer.question, 300), cited: answer.citations.map((c) => c.id) });
    body.push({ type: 'TextBlock', text: l.helpful, size: 'Small', isSubtle: true, spacing: 'Medium' });
    actions.push({ type: 'Action.Submit', title: l.up, data: value('up') }, { type: 'Action.Submit', title: l.down, data: value('down') });
  }
  // fallbackText only when the card carries the answer: otherwise the message's own text is the fallback.
  const fallbackText = options.includeText !== false ? { fallbackText: answer.text.replace(/\*\*/g, '') } : {};
  const card = { type: 'AdaptiveCard', version: '1.5', lang: answer.language, body, actions, ...fallbackText };
  return fitCard(card);
}

function citationContainer(c: Citation, n: number, l: Messages['card']): Record<string, unknown> {
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'Medium',
    items: [
      // A goal's or performance's heading is its whole text: then the quote alone says it.
      ...(c.title === c.quote ? [] : [{ type: 'TextBlock', text: `[${n}] ${c.title}`, weight: 'Bolder', wrap: true, size: 'Small' }]),
      { type: 'TextBlock', text: `${c.title === c.quote ? `[${n}] ` : ''}“${cutOnWord(c.quote, QUOTE_MAX)}”`, wrap: true, isSubtle: true, size: 'Small' },
      { type: 'TextBlock', text: `${c.path.join(' › ')} (${l.lines} ${c.lines[0]}${c.lines[1] !== c.lines[0] ? `–${c.lines[1]}` : ''})`, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' },
    ],
    ...(c.url ? { selectAction: { type: 'Action.OpenUrl', url: c.url, title: l.sources } } : {}),
  };
}

/** Adaptive Cards' TextBlock markdown wants a blank line before a list and no `>` quotes. */
function toCardMarkdown(text: string): string {
  return text.replace(/^> (.*)$/gm, '_$1_').replace(/\n(?=- )/g, '\n\n').replace(/\n(?!\n|- )/g, '\n\n');
}

/** Cuts the longest quotes until the card fits {@link CARD_MAX_BYTES}. */
function fitCard(card: { body: Record<string, unknown>[] }): Record<string, unknown> {
  // Most cards are a few KB: measure only when the quotes could come near the limit.
  const quoted = card.body.reduce((sum, item) => sum + ((item.items as { text: string }[] | undefined)?.reduce((s, i) => s + i.text.length, 0) ?? 0), 0);
  if (quoted * 4 < CARD_MAX_BYTES / 2) return card;
  let size = Buffer.byteLength(JSON.stringify(card));
  for (let max = QUOTE_MAX / 2; size > CARD_MAX_BYTES && max > 40; max /= 2) {
    for (const item of card.body) {
      for (const block of (item.items as { text: string }[] | undefined) ?? []) {
        const m = /^(\[\d+\] )?“([\s\S]*)”$/.exec(block.text);
        if (m) block.text = `${m[1] ?? ''}“${cutOnWord(m[2], max)}”`;
      }
    }
    size = Buffer.byteLength(JSON.stringify(card));
  }
  return card;
}
