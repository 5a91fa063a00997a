// Answer → plain text: the fallback for channels without cards, and the CLI's output.

import type { Answer } from '../qa/answer';

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
  const heading = answer.language === 'en' ? 'Sources:' : 'Bronnen:';
  const sources = answer.citations.map((c, i) => `[${i + 1}] ${c.path.slice(0, 1).concat(c.title).join(' › ')} — ${c.file}:${c.lines[0]}${c.lines[1] !== c.lines[0] ? `-${c.lines[1]}` : ''}${c.url ? ` — ${c.url}` : ''}`);
  return `${text}\n\n${heading}\n${sources.join('\n')}`;
}
