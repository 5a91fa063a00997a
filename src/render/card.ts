// Answer → Adaptive Card 1.5: the answer, each quoted passage with where it stands, a link, 👍/👎.

import type { Answer, Citation } from '../qa/answer';
import { MESSAGES } from '../qa/messages';
import { cutOnWord } from '../qa/sentences';

/** Teams and Web Chat refuse cards over 28 KB; quotes are cut to stay well under. */
export const CARD_MAX_BYTES = 28 * 1024;
const QUOTE_MAX = 700;
/** Sources a card shows before the rest are folded behind a toggle. */
export const MAX_VISIBLE_SOURCES = 5;

/** What a 👍/👎 button sends back in `activity.value`. */
export interface FeedbackValue {
  action: 'feedback';
  rating: 'up' | 'down';
  question: string;
  cited: string[];
}

/** Options for {@link answerCard}. */
export interface CardOptions {
  /** Offer 👍/👎. Default: true. */
  feedback?: boolean;
  /** Put the answer text in the card (the message carries no `text`). Default: true. */
  includeText?: boolean;
  /** List the cited passages (title, quote, where it stands). Default: true. */
  sources?: boolean;
  /** Quote each cited passage; off when the message text quotes it already. Default: true. */
  quotes?: boolean;
  /** Add each passage's `file:line` (for clerks). Default: false. */
  fileLines?: boolean;
  /** Offer the "read in the report" link. Default: true. */
  link?: boolean;
}

/**
 * The Adaptive Card for an answer: the answer text (unless the message carries it as `text`
 * already), each quoted passage with where it stands, a link to the report, and 👍/👎.
 */
export function answerCard(answer: Answer, options: CardOptions = {}): Record<string, unknown> {
  const l = MESSAGES[answer.language].card;
  const body: Record<string, unknown>[] = [];
  const sources = options.sources !== false && answer.citations.length > 0;
  if (options.includeText !== false) body.push({ type: 'TextBlock', text: toCardMarkdown(answer.text), wrap: true });
  else if (sources) body.push({ type: 'TextBlock', text: l.sources, weight: 'Bolder', size: 'Small' });
  if (sources) {
    // A long list's sources: the first few, the rest behind one "show all" toggle (no round trip).
    const shown = answer.citations.length > MAX_VISIBLE_SOURCES + 1 ? MAX_VISIBLE_SOURCES : answer.citations.length;
    answer.citations.slice(0, shown).forEach((c, i) => body.push(citationContainer(c, i + 1, options)));
    if (shown < answer.citations.length) {
      const id = 'more-sources';
      body.push({ type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: l.moreSources(answer.citations.length - shown), targetElements: [id] }] });
      body.push({ type: 'Container', id, isVisible: false, items: answer.citations.slice(shown).map((c, i) => citationContainer(c, shown + i + 1, options)) });
    }
  }
  const actions: Record<string, unknown>[] = [];
  const first = answer.citations.find((c) => c.url);
  if (first?.url && options.link !== false) actions.push({ type: 'Action.OpenUrl', title: l.open, url: first.url });
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

/**
 * A card that only asks "was this helpful?", on one row: for messages whose text carries the answer
 * and its source (the website). Actions in columns, since Web Chat stacks a card's own actions.
 */
export function feedbackCard(answer: Answer): Record<string, unknown> {
  const l = MESSAGES[answer.language].card;
  const value = (rating: 'up' | 'down'): FeedbackValue => ({ action: 'feedback', rating, question: cutOnWord(answer.question, 300), cited: answer.citations.map((c) => c.id) });
  const button = (rating: 'up' | 'down') => ({ type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [{ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: rating === 'up' ? l.up : l.down, data: value(rating) }] }] });
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    lang: answer.language,
    body: [{ type: 'ColumnSet', columns: [{ type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [{ type: 'TextBlock', text: l.helpful, size: 'Small', wrap: true }] }, button('up'), button('down')] }],
  };
}

function citationContainer(c: Citation, n: number, options: CardOptions): Record<string, unknown> {
  const quote = options.quotes !== false;
  const where = `${c.path.join(' › ')}${options.fileLines ? ` (${c.file}:${c.lines[0]}${c.lines[1] !== c.lines[0] ? `-${c.lines[1]}` : ''})` : ''}`;
  // No selectAction on the container: its accessible name would not hold the text it shows
  // (WCAG 2.5.3); the card's "read in the report" button is the link.
  return {
    type: 'Container',
    style: 'emphasis',
    spacing: 'Medium',
    items: [
      // A goal's or performance's heading is its whole text: then the quote alone says it.
      ...(quote && c.title === c.quote ? [] : [{ type: 'TextBlock', text: `[${n}] ${c.title}`, weight: 'Bolder', wrap: true, size: 'Small' }]),
      ...(quote ? [{ type: 'TextBlock', text: `${c.title === c.quote ? `[${n}] ` : ''}“${cutOnWord(c.quote, QUOTE_MAX)}”`, wrap: true, isSubtle: true, size: 'Small' }] : []),
      { type: 'TextBlock', text: where, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' },
    ],
  };
}

/** Adaptive Cards' TextBlock markdown wants a blank line before a list and no `>` quotes. */
function toCardMarkdown(text: string): string {
  return text.replace(/^> (.*)$/gm, '_$1_').replace(/\n(?=- )/g, '\n\n').replace(/\n(?!\n|- )/g, '\n\n');
}

/** Cuts the longest quotes until the card fits {@link CARD_MAX_BYTES}. */
function fitCard(card: { body: Record<string, unknown>[] }): Record<string, unknown> {
  // Most cards are a few KB: measure only when the quotes could come near the limit.
  const textOf = (items: Record<string, unknown>[]): number => items.reduce((sum, i) => sum + (typeof i.text === 'string' ? i.text.length : 0) + (Array.isArray(i.items) ? textOf(i.items as Record<string, unknown>[]) : 0), 0);
  const quoted = textOf(card.body);
  if (quoted * 4 < CARD_MAX_BYTES / 2) return card;
  let size = Buffer.byteLength(JSON.stringify(card));
  for (let max = QUOTE_MAX / 2; size > CARD_MAX_BYTES && max > 40; max /= 2) {
    const cut = (items: Record<string, unknown>[]) => {
      for (const item of items) {
        for (const block of (item.items as Record<string, unknown>[] | undefined) ?? []) {
          const m = typeof block.text === 'string' ? /^(\[\d+\] )?“([\s\S]*)”$/.exec(block.text) : null;
          if (m) block.text = `${m[1] ?? ''}“${cutOnWord(m[2], max)}”`;
        }
        // The folded sources are containers inside a container.
        if (Array.isArray(item.items)) cut((item.items as Record<string, unknown>[]).filter((i) => i.type === 'Container'));
      }
    };
    cut(card.body);
    size = Buffer.byteLength(JSON.stringify(card));
  }
  return card;
}
