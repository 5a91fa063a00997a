// Redaction of whole stored objects (state, Direct Line conversations, records): every string in them.

import { redact } from './redact';

/**
 * Keys whose string values are made by this program or the Bot Framework, never typed by anyone:
 * ids, eTags, a record's conversation hash, and the dialog stack's `version` hash and waterfall
 * `instanceId` (a version hash of digits read as a phone number would make the dialog restart).
 */
const OWN_KEYS = new Set(['eTag', 'id', 'replyToId', 'conversationId', 'userId', 'conversation', 'version', 'instanceId']);

/**
 * Strings that {@link redact} has found clean lately. State is written on every answered turn with
 * the same report ids, answer texts and questions again and again (answers come from the engine's
 * cache), and a Direct Line conversation is written whole at every message: each string is redacted
 * once, not at every write. Only strings without personal data are kept, so the memo itself holds
 * none; it forgets the oldest first.
 */
const clean = new Set<string>();
/** How many clean strings are remembered (at most ~2 KB each: a few MB). */
const CLEAN_MEMO_SIZE = 4096;
/** Longer strings are redacted every time: they rarely repeat, and would make the memo large. */
const CLEAN_MEMO_MAX_CHARS = 2048;

function redactString(text: string): string {
  if (clean.has(text)) return text;
  const redacted = redact(text);
  if (redacted === text && text.length <= CLEAN_MEMO_MAX_CHARS) {
    if (clean.size >= CLEAN_MEMO_SIZE) clean.delete(clean.values().next().value as string);
    clean.add(text);
  }
  return redacted;
}

/**
 * `value` with personal data redacted from every string, however deep (card data, channel data,
 * names). The value given is never changed: an object or array in which something was redacted is
 * copied; one in which nothing was is returned as it is. Other objects (Date) are kept as they are.
 */
export function redactDeep<T>(value: T): T {
  return walk(value, undefined) as T;
}

function walk(value: unknown, key: string | undefined): unknown {
  // Every string goes through redact(): it also finds what has no digit or @ ("jan(at)example.nl", full-width forms).
  if (typeof value === 'string') return key !== undefined && OWN_KEYS.has(key) ? value : redactString(value);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = walk(value[i], undefined);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  let out: Record<string, unknown> | undefined;
  for (const k in value) {
    if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
    const before = (value as Record<string, unknown>)[k];
    const after = walk(before, k);
    if (after !== before) (out ??= { ...(value as Record<string, unknown>) })[k] = after;
  }
  return out ?? value;
}
