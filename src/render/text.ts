// Answer → plain text: the fallback for channels without cards, and the CLI's output.

import type { Answer } from '../qa/answer';
import { MESSAGES } from '../qa/messages';

/** Options for {@link renderPlainText}. */
export interface PlainTextOptions {
  /** List each citation under the text as `[n] title — file:lines — url`. Default: false. */
  showSources?: boolean;
  /** Keep `**bold**` markdown. Default: false (plain text). */
  markdown?: boolean;
}

/** The answer as plain text with `[n]` markers, and optionally its sources. */
export function renderPlainText(answer: Answer, options: PlainTextOptions = {}): string {
  const text = options.markdown ? answer.text : answer.text.replace(/\*\*(.+?)\*\*/g, '$1');
  if (!options.showSources || answer.citations.length === 0) return text;
  const heading = MESSAGES[answer.language].sourcesHeading;
  const sources = answer.citations.map((c, i) => `[${i + 1}] ${c.path.slice(0, 1).concat(c.title).join(' › ')} — ${c.file}:${c.lines[0]}${c.lines[1] !== c.lines[0] ? `-${c.lines[1]}` : ''}${c.url ? ` — ${c.url}` : ''}`);
  return `${text}\n\n${heading}\n${sources.join('\n')}`;
}

/**
 * The answer as Markdown for chat channels: one paragraph per line, and the citations as reference
 * style links (`[1]: url "title"`) after the text, which Web Chat renders as source badges and
 * other Markdown renderers hide (CommonMark).
 */
export function renderMarkdown(answer: Answer, options: { references?: boolean } = {}): string {
  const paragraphs = answer.text.replace(/\n(?!\n)/g, '\n\n');
  if (options.references === false || answer.citations.length === 0) return paragraphs;
  const references = answer.citations.map((c, i) => `[${i + 1}]: ${c.url ?? `cite:${i + 1}`} "${c.title.replace(/["\\]/g, "'")}"`);
  return `${paragraphs}\n\n${references.join('\n')}`;
}
