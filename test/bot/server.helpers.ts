// Starts the real server on a free port for end-to-end tests.

import { MemoryStorage, type Storage } from 'botbuilder';
import { LeanConversationState, LeanUserState } from '../../src/bot/leanState';
import { Records, type RecordSink } from '../../src/bot/records';
import { VoortgangsBot } from '../../src/bot/voortgangsBot';
import { startServer, type BotServer } from '../../src/server';
import { ConversationStore } from '../../src/webchat/conversationStore';
import { registerDirectLine } from '../../src/webchat/directLine';
import { registerPage } from '../../src/webchat/page';
import { TokenIssuer } from '../../src/webchat/tokens';
import { realEngine } from '../helpers';

export interface TestServer extends BotServer {
  url: string;
  logs: string[];
}

/** The bot on the real corpus, served on 127.0.0.1 at a free port. */
export interface TestServerOptions {
  appId?: string;
  storage?: Storage;
  sink?: RecordSink;
  headersTimeoutMs?: number;
  /** Serve the chat page and the self-hosted Direct Line, with this token secret. */
  webchat?: { tokenSecret?: string; azureSecret?: string; azureEndpoint?: string; rate?: { burst: number; perSecond: number } };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const engine = realEngine();
  const storage = options.storage ?? new MemoryStorage();
  const bot = new VoortgangsBot({ engine, conversationState: new LeanConversationState(storage), userState: new LeanUserState(storage), records: new Records(options.sink) });
  const logs: string[] = [];
  const server = await startServer(
    { engine, bot, botFramework: { MicrosoftAppId: options.appId, MicrosoftAppPassword: options.appId ? 'not-a-real-secret' : undefined, MicrosoftAppType: 'MultiTenant' }, log: (l) => logs.push(l),
      headersTimeoutMs: options.headersTimeoutMs,
      extend: options.webchat
        ? (s) => {
            registerPage(s);
            registerDirectLine(s, { bot, store: new ConversationStore(storage), tokens: new TokenIssuer(options.webchat!.tokenSecret), azureSecret: options.webchat!.azureSecret, azureEndpoint: options.webchat!.azureEndpoint, rate: options.webchat!.rate, log: (l) => logs.push(l) });
          }
        : undefined,
    },
    0,
  );
  return { ...server, url: `http://127.0.0.1:${server.port}`, logs };
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
