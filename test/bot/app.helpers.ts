// Starts the bot for end-to-end tests through the production wiring (startApp) on a free port, from a
// configuration object, and small HTTP clients for /api/messages, the self-hosted Direct Line and /readyz.

import { ContainerClient } from '@azure/storage-blob';
import { startApp } from '../../src/app';
import { readConfig, type Config } from '../../src/config';
import type { BotServer } from '../../src/server';
import { CORPUS_DIR } from '../helpers';

export interface TestServer extends BotServer {
  url: string;
  /** What the bot logged. */
  logs: string[];
  config: Config;
}

/** The Quick start's configuration (an empty environment) on the real corpus and a free port, with `overrides`. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...readConfig({}),
    port: 0,
    corpusDir: CORPUS_DIR,
    // These tests send from one address far faster than a person: the limits have their own tests.
    messagesPerMinute: { caller: 1_000_000, conversation: 1_000_000 },
    ...overrides,
  };
}

/** Bot Framework settings with an app id (production mode: every request needs a token). */
export function withAppId(appId: string): Pick<Config, 'botFramework'> {
  return { botFramework: { MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' } };
}

/** Blob Storage settings for azurite: conversation state, Direct Line and records in `container`. */
export function onBlobStorage(connectionString: string, container: string, transcripts: Config['transcripts'] = 'off'): Partial<Config> {
  return { storage: 'blob', transcripts, blobConnectionString: connectionString, blobContainer: container };
}

/** Starts the bot as `npm start` does, with the test configuration; its log lines are kept, not printed. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const config = testConfig(overrides);
  const logs: string[] = [];
  const app = await startApp(config, (line) => logs.push(line));
  return { ...app, url: `http://127.0.0.1:${app.port}`, logs, config };
}

/**
 * The configuration `npm start` reads from these environment variables, on the real corpus and a free
 * port: for tests that set the bot up as an operator does (start it with {@link startTestServer}).
 */
export function configFromEnv(env: Record<string, string>): Config {
  return readConfig({ CORPUS_DIR, ...env, PORT: '0' });
}

/**
 * Environment variables for tests that send hundreds of questions from one address, faster than any
 * person: the /api/messages limits out of their way (the limits have their own tests in
 * test/hardening/attacks.test.ts).
 */
export const FAST_CLIENT_ENV = { RATE_LIMIT_PER_CALLER: '1000000', RATE_LIMIT_PER_CONVERSATION: '1000000' } as const;

let counter = 0;
/** A new conversation id for /api/messages. */
export const newConversation = (): string => `conv-${process.pid}-${Date.now()}-${++counter}`;

/** A message activity that asks for its replies in the response body. */
export function message(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    text,
    from: { id: 'user-1', name: 'Tester' },
    recipient: { id: 'bot', name: 'Voortgangsbot' },
    conversation: { id: newConversation() },
    channelId: 'emulator',
    locale: 'nl-NL',
    deliveryMode: 'expectReplies',
    serviceUrl: 'http://127.0.0.1:9',
    ...extra,
  };
}

/** POSTs an activity and returns status and parsed body. */
export async function post(url: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed };
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
