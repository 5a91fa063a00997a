// Redaction of whole stored objects (state, Direct Line conversations, records): every string in them.

import { redact } from './redact';

/**
 * Keys whose string values are made by this program or the Bot Framework, never typed by anyone:
 * ids, eTags, a record's conversation hash, and the dialog stack's `version` hash and waterfall
 * `instanceId` (a version hash of digits read as a phone number would make the dialog restart).
 */
const OWN_KEYS = new Set(['eTag', 'id', 'replyToId', 'conversationId', 'userId', 'conversation', 'version', 'instanceId']);

/**
 * A copy of `value` with personal data redacted from every string, however deep (card data,
 * channel data, names). Arrays and plain objects are copied; other objects (Date) are kept as they are.
 */
export function redactDeep<T>(value: T): T {
  return walk(value, undefined) as T;
}

function walk(value: unknown, key: string | undefined): unknown {
  // Every string goes through redact(): it also finds what has no digit or @ ("jan(at)example.nl", full-width forms).
  if (typeof value === 'string') return key !== undefined && OWN_KEYS.has(key) ? value : redact(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, undefined));
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = walk(v, k);
  return out;
}
