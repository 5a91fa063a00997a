// What a POST /api/messages request must be before CloudAdapter sees it: the caller allowed in
// this mode, a well-formed activity with bounded ids, and (without an app id) a loopback serviceUrl.

import type { IncomingMessage } from 'node:http';
import { isLoopback } from './clientAddress';

/** A refusal: the status and the reason sent as `{ error: reason }`. */
export interface RequestProblem {
  status: number;
  reason: string;
}

/** Ids, channel ids, locales and the serviceUrl longer than this are refused: ids become storage keys. */
export const MAX_ID_LENGTH = 512;
/** A conversationUpdate naming more members than this is refused: each could be welcomed. */
export const MAX_MEMBERS = 50;

/**
 * True for an http(s) URL on a loopback host with no path, query or credentials: the Emulator on
 * this machine (`http://localhost:52683`). `0.0.0.0`, other hosts and paths are not loopback.
 */
export function isLoopbackServiceUrl(serviceUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return false;
  return url.hostname === 'localhost' || isLoopback(url.hostname);
}

/**
 * Checks what can be checked from the headers, before the body is read.
 * @param localOnly no app id: only loopback callers (the Emulator on this machine) are served
 * @param client the caller's address, through trusted proxies
 */
export function checkActivityHeaders(req: IncomingMessage, options: { appIdSet: boolean; client: string }): RequestProblem | undefined {
  if (!options.appIdSet && !isLoopback(options.client)) {
    return { status: 403, reason: 'this bot runs in local development mode (no MicrosoftAppId) and only serves the Emulator on this machine' };
  }
  const auth = String(req.headers.authorization ?? '');
  if (options.appIdSet && !/^Bearer \S+$/.test(auth)) return { status: 401, reason: 'a Bot Framework token (Authorization: Bearer …) is required' };
  return undefined;
}

const str = (v: unknown, max = MAX_ID_LENGTH) => typeof v === 'string' && v !== '' && v.length <= max;
const account = (v: unknown) => v !== null && typeof v === 'object' && str((v as { id?: unknown }).id);
const tooLong = (v: unknown) => typeof v === 'string' && v.length > MAX_ID_LENGTH;

/** Checks the activity CloudAdapter will process, so a malformed request gets a 4xx with a reason, not a 500. */
export function checkActivity(body: unknown, options: { appIdSet: boolean }): RequestProblem | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { status: 400, reason: 'expected a JSON object (a Bot Framework activity)' };
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type === '') return { status: 400, reason: 'the activity has no "type"' };
  if (a.type.length > 64) return { status: 400, reason: 'the activity "type" is too long' };
  if (!account(a.conversation)) return { status: 400, reason: `the activity has no "conversation" with an "id" (of at most ${MAX_ID_LENGTH} characters)` };
  if (!account(a.from)) return { status: 400, reason: `the activity has no "from" with an "id" (of at most ${MAX_ID_LENGTH} characters)` };
  if (a.recipient !== undefined && a.recipient !== null && !account(a.recipient)) return { status: 400, reason: `"recipient" needs an "id" of at most ${MAX_ID_LENGTH} characters` };
  for (const field of ['id', 'replyToId', 'channelId', 'locale', 'serviceUrl'] as const) {
    if (tooLong(a[field])) return { status: 400, reason: `"${field}" may be at most ${MAX_ID_LENGTH} characters` };
  }
  if (a.text !== undefined && typeof a.text !== 'string') return { status: 400, reason: '"text" must be a string' };
  for (const field of ['membersAdded', 'membersRemoved'] as const) {
    const list = a[field];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > MAX_MEMBERS || !list.every(account)) return { status: 400, reason: `"${field}" must be a list of at most ${MAX_MEMBERS} accounts with an "id"` };
  }
  if (a.serviceUrl !== undefined && typeof a.serviceUrl !== 'string') return { status: 400, reason: '"serviceUrl" must be a string' };
  if (a.deliveryMode !== 'expectReplies' && typeof a.serviceUrl !== 'string') {
    return { status: 400, reason: 'the activity has no "serviceUrl" to reply to (or use deliveryMode "expectReplies")' };
  }
  if (!options.appIdSet && typeof a.serviceUrl === 'string' && !isLoopbackServiceUrl(a.serviceUrl)) {
    return { status: 403, reason: 'in local development mode (no MicrosoftAppId) the bot replies only to a serviceUrl on this machine (http://localhost:port)' };
  }
  return undefined;
}
