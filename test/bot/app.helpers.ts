// The production wiring (readConfig + startApp) on a free port, and small HTTP clients for
// /api/messages, the self-hosted Direct Line and /readyz, for end-to-end tests.

import { ContainerClient } from '@azure/storage-blob';
import { startApp } from '../../src/app';
import { readConfig } from '../../src/config';
import type { BotServer } from '../../src/server';

export interface RunningApp extends BotServer {
  url: string;
  logs: string[];
}

/**
 * These tests send hundreds of questions from one address, faster than any person: the
 * /api/messages limits are raised out of their way (an `env` may set its own; the limits have
 * their own tests in test/hardening/attacks.test.ts).
 */
const TEST_LIMITS = { RATE_LIMIT_PER_CALLER: '1000000', RATE_LIMIT_PER_CONVERSATION: '1000000' };

/** Starts the bot as `npm start` does, from these environment variables (PORT=0). */
export async function startAppWith(env: Record<string, string>): Promise<RunningApp> {
  const logs: string[] = [];
  const app = await startApp(readConfig({ ...TEST_LIMITS, ...env, PORT: '0' }), (line) => logs.push(line));
  return { ...app, url: `http://127.0.0.1:${app.port}`, logs };
}

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
  /** How long the request took (ms). */
  ms: number;
}

/** One HTTP request, timed; the body parsed as JSON when it is JSON. */
export async function request(url: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<Reply> {
  const started = Date.now();
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers, ms: Date.now() - started };
}

let counter = 0;
/** A new conversation id for /api/messages. */
export const newConversation = (): string => `conv-${process.pid}-${Date.now()}-${++counter}`;

/** Asks through /api/messages (expectReplies, as the Emulator's tests do). */
export function ask(url: string, text: string, conversation = newConversation(), extra: Record<string, unknown> = {}): Promise<Reply> {
  return request(`${url}/api/messages`, {
    method: 'POST',
    body: {
      type: 'message',
      text,
      from: { id: 'user-1', name: 'Tester' },
      recipient: { id: 'bot', name: 'Voortgangsbot' },
      conversation: { id: conversation },
      channelId: 'emulator',
      locale: 'nl-NL',
      deliveryMode: 'expectReplies',
      ...extra,
    },
  });
}

/** The texts of the replies in an expectReplies response. */
export const texts = (reply: Reply): string[] => ((reply.body?.activities ?? []) as { text?: string }[]).map((a) => a.text ?? '');

/** A Direct Line session as Web Chat holds it. */
export interface Session {
  token: string;
  conversationId: string;
}

/** Gets a token and starts its conversation; undefined (with the failing reply) when the service refuses. */
export async function startSession(url: string): Promise<{ session?: Session; reply: Reply }> {
  const token = await request(`${url}/api/directline/token`, { method: 'POST' });
  if (token.status !== 200) return { reply: token };
  const started = await request(`${url}/v3/directline/conversations`, { method: 'POST', token: token.body.token });
  if (started.status >= 300) return { reply: started };
  return { session: { token: token.body.token, conversationId: token.body.conversationId }, reply: started };
}

/** Posts a message as Web Chat does (with its clientActivityID). */
export function say(url: string, s: Session, text: string, clientActivityID: string, extra: Record<string, unknown> = {}): Promise<Reply> {
  return request(`${url}/v3/directline/conversations/${s.conversationId}/activities`, {
    method: 'POST',
    token: s.token,
    body: { type: 'message', text, from: { id: 'web-user' }, locale: 'nl-NL', channelData: { clientActivityID }, ...extra },
  });
}

/** Every activity of a Direct Line conversation (or the failing reply). */
export function poll(url: string, s: Session): Promise<Reply> {
  return request(`${url}/v3/directline/conversations/${s.conversationId}/activities`, { token: s.token });
}

/** GET /readyz until it answers `status`, or until `withinMs` passes; the last reply. */
export async function readyzUntil(url: string, status: number, withinMs = 8000): Promise<Reply> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const reply = await request(`${url}/readyz`);
    if (reply.status === status || Date.now() > deadline) return reply;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every blob in a container, with its content as text. */
export async function allBlobs(connectionString: string, container: string): Promise<{ name: string; text: string }[]> {
  const client = new ContainerClient(connectionString, container);
  if (!(await client.exists())) return [];
  const out: { name: string; text: string }[] = [];
  for await (const blob of client.listBlobsFlat()) out.push({ name: blob.name, text: (await client.getBlobClient(blob.name).downloadToBuffer()).toString('utf8') });
  return out;
}
