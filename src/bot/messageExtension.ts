// Teams' search-based message extension: search the report from the compose box, drop a passage
// into the conversation as a card.

import { CardFactory, type MessagingExtensionAttachment, type MessagingExtensionResponse } from 'botbuilder';
import type { Citation, Language } from '../qa/answer';
import { focusOn, type QaEngine } from '../qa/engine';
import { cutOnWord } from '../qa/sentences';
import { answerCard } from '../render/card';

/** The command id and parameter name the app manifest declares. */
export const SEARCH_COMMAND = 'searchReport';
export const SEARCH_PARAMETER = 'searchQuery';
/** Teams shows at most 25 results. */
const MAX_RESULTS = 25;

/** What a result carries to `composeExtension/selectItem`. */
export interface SelectedPassage {
  reportId: string;
  id: string;
  language: Language;
}

/** The search text of a `composeExtension/query` value, or an error message saying what is wrong. */
export function readQuery(value: unknown): { text: string; skip: number; count: number } | { error: string } {
  if (!value || typeof value !== 'object') return { error: 'composeExtension/query needs a value with "parameters"' };
  const v = value as { commandId?: unknown; parameters?: unknown; queryOptions?: { skip?: unknown; count?: unknown } };
  if (v.commandId !== undefined && v.commandId !== SEARCH_COMMAND) return { error: `unknown command "${String(v.commandId)}"; expected "${SEARCH_COMMAND}"` };
  if (!Array.isArray(v.parameters)) return { error: 'composeExtension/query needs "parameters": [{ "name": "searchQuery", "value": … }]' };
  const param = v.parameters.find((p: { name?: unknown }) => p && (p.name === SEARCH_PARAMETER || p.name === 'initialRun'));
  const text = param && typeof (param as { value?: unknown }).value === 'string' && (param as { name: string }).name === SEARCH_PARAMETER ? (param as { value: string }).value : '';
  const skip = Number(v.queryOptions?.skip ?? 0);
  const count = Number(v.queryOptions?.count ?? MAX_RESULTS);
  return { text, skip: Number.isFinite(skip) && skip > 0 ? skip : 0, count: Number.isFinite(count) && count > 0 ? Math.min(count, MAX_RESULTS) : MAX_RESULTS };
}

/** Search results: a preview (title and a line) and the passage's card for each. */
export function searchResults(engine: QaEngine, text: string, language: Language, skip = 0, count = MAX_RESULTS): MessagingExtensionResponse {
  const citations = engine.find(text, skip + count).slice(skip);
  return {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: citations.map((c) => resultAttachment(c, language)),
    },
  };
}

/** The full card for a chosen result, or undefined when the passage no longer exists. */
export function selectedItem(engine: QaEngine, value: unknown): MessagingExtensionResponse | undefined {
  const v = value as Partial<SelectedPassage> | undefined;
  if (!v || typeof v.reportId !== 'string' || typeof v.id !== 'string') return undefined;
  const citation = engine.citationFor(v.reportId, v.id);
  if (!citation) return undefined;
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [cardFor(citation, v.language === 'en' ? 'en' : 'nl')] } };
}

function cardFor(c: Citation, language: Language): MessagingExtensionAttachment {
  const answer = focusOn({ question: c.title, language, kind: 'search', text: '', citations: [c], suggestions: [], confidence: 1 }, 0);
  return CardFactory.adaptiveCard(answerCard(answer, { feedback: false })) as MessagingExtensionAttachment;
}

function resultAttachment(c: Citation, language: Language): MessagingExtensionAttachment {
  const selected: SelectedPassage = { reportId: c.reportId, id: c.id, language };
  const preview = CardFactory.thumbnailCard(cutOnWord(c.title, 80), cutOnWord(c.excerpt || c.quote, 120), undefined, undefined, { tap: { type: 'invoke', title: c.title, value: selected } });
  return { ...cardFor(c, language), preview };
}
