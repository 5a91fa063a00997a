// Starts the bot for end-to-end tests through the production wiring (startApp), on a free port.

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

let counter = 0;
/** A message activity that asks for its replies in the response body. */
export function message(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    text,
    from: { id: 'user-1', name: 'Tester' },
    recipient: { id: 'bot', name: 'Voortgangsbot' },
    conversation: { id: `conv-${process.pid}-${++counter}` },
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
