// The HTTP server: restify 12 + CloudAdapter. POST /api/messages, GET /healthz, GET /readyz, and the
// edge rules every route keeps (JSON bodies read here, never to disk; nosniff, HSTS; see README, Security).

import { timingSafeEqual } from 'node:crypto';
import { CloudAdapter, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { checkActivity, checkActivityHeaders } from './edge/activityRequest';
import { clientResolver, isLoopback, type ClientResolver } from './edge/clientAddress';
import { readJsonBody, type BodyProblem } from './edge/jsonBody';
import { VouchedBotFrameworkAuthentication } from './edge/vouchedAuthentication';
import { RateLimiter } from './webchat/rateLimiter';
import type { QaEngine } from './qa/engine';
import { formatProblem } from './report/corpus';
import type { VoortgangsBot } from './bot/voortgangsBot';
import { turnErrorHandler } from './bot/turnError';

/** Bodies larger than this are refused with 413: an activity is a few KB. */
export const MAX_BODY_BYTES = 256 * 1024;

/** What the server serves. */
export interface ServerDependencies {
  engine: QaEngine;
  bot: VoortgangsBot;
  /** Bot Framework settings (MicrosoftAppId, …) for ConfigurationBotFrameworkAuthentication. */
  botFramework: Record<string, string | undefined>;
  /** One line per event; never given secrets or stack traces. */
  log?: (line: string) => void;
  /** A client must send its headers within this time, and the whole request within twice it. Default {@link DEFAULT_HEADERS_TIMEOUT_MS}. */
  headersTimeoutMs?: number;
  /** Extra routes (Web Chat page, Direct Line, Teams) registered by other modules. */
  extend?: (server: Server) => void;
  /** The client's address through trusted proxies (TRUST_PROXY); default: the socket's address. */
  client?: ClientResolver;
  /** /api/messages requests a minute per caller address and per conversation. Default {@link DEFAULT_MESSAGES_PER_MINUTE}. */
  messagesPerMinute?: { caller: number; conversation: number };
  /** Shows /readyz detail (file names, problems) to a request with `Authorization: Bearer <token>`; loopback always sees it. */
  readyzToken?: string;
  /** Strict-Transport-Security: `auto` when a trusted proxy says the client used https (default), `always`, or `off`. */
  hsts?: 'auto' | 'always' | 'off';
  /** Why the bot cannot serve now (a configured storage is unreachable), or undefined; for /readyz. */
  readiness?: () => Promise<string | undefined>;
  /** Storage details for /readyz (each configured storage: ok, or why not). */
  storageStatus?: () => Promise<unknown>;
}

/** /api/messages: a caller (its address) 600 requests a minute, a conversation 60 (bursts of 60 and 10 at once). */
export const DEFAULT_MESSAGES_PER_MINUTE = { caller: 600, conversation: 60 };

/** The Strict-Transport-Security value: a year, subdomains included. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** Sends a body problem; a 413 also closes the connection, so the rest of the body is never read. */
export function sendBodyProblem(res: Response, problem: BodyProblem): void {
  if (problem.status === 413) res.header('Connection', 'close');
  res.send(problem.status, { error: problem.reason });
}

/** Slow clients are cut off after this long (10 s): well above any real client, far below a held socket's cost. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;

/** A running server. */
export interface BotServer {
  server: Server;
  adapter: CloudAdapter;
  /** The port it listens on (useful with port 0). */
  port: number;
  /** Where it really listens, for the log: `http://127.0.0.1:3978/`, or `http://[::]:3978/ (every interface)`. */
  url: string;
  /**
   * Stops accepting connections, lets requests under way finish for up to `graceMs` (default
   * 10 s), then closes whatever is still open. /readyz answers 503 meanwhile.
   */
  close(graceMs?: number): Promise<void>;
}

let sanitized = false;
/**
 * CloudAdapter logs a rejected token with console.error(err): keep stack traces (and whatever
 * they may hold) out of the log by logging an Error as its name and first message line.
 */
export function sanitizeConsoleErrors(): void {
  if (sanitized) return;
  sanitized = true;
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => original(...args.map((a) => (a instanceof Error ? `${a.name}: ${a.message.split('\n')[0]}` : a)));
}

/**
 * Creates the server and starts listening on `port` (0: any free port) at `host` (default: every
 * interface).
 */
export async function startServer(deps: ServerDependencies, port: number, host?: string): Promise<BotServer> {
  const log = deps.log ?? ((line: string) => console.log(line));
  sanitizeConsoleErrors();
  const auth = new VouchedBotFrameworkAuthentication(deps.botFramework as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = turnErrorHandler(deps.bot, log);
  const appIdSet = Boolean(deps.botFramework.MicrosoftAppId);
  const clientOf = deps.client ?? clientResolver();
  const perMinute = deps.messagesPerMinute ?? DEFAULT_MESSAGES_PER_MINUTE;
  // A burst (six seconds' worth for a caller, ten for a conversation: a person types a few quick lines), then the steady rate.
  const callers = new RateLimiter(Math.max(1, perMinute.caller / 10), perMinute.caller / 60);
  const conversations = new RateLimiter(Math.max(1, perMinute.conversation / 6), perMinute.conversation / 60);
  log(
    appIdSet
      ? '[start] production mode: /api/messages needs a Bot Framework token and replies only to the serviceUrl it vouches for'
      : '[start] local development mode (no MicrosoftAppId): /api/messages serves only this machine (the Emulator, loopback serviceUrl)',
  );

  // No body parser: each POST route reads its JSON body itself, after the checks that need no body.
  const server = restify.createServer({ name: 'voortgangsbot', handleUncaughtExceptions: false });
  server.pre((req: Request, res: Response, next: restify.Next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    if (deps.hsts === 'always' || ((deps.hsts ?? 'auto') === 'auto' && clientOf(req).https)) res.header('Strict-Transport-Security', HSTS_VALUE);
    return next();
  });
  server.on('restifyError', (req: Request, _res: Response, err: { statusCode?: number; message?: string; body?: unknown }, callback: () => void) => {
    // restify's own errors (no such route, method not allowed) go out as { error: reason }, never a stack.
    const reason = (err.message ?? 'bad request').split('\n')[0];
    (err as { toJSON?: () => unknown }).toJSON = () => ({ error: reason });
    if (!err.statusCode || err.statusCode >= 500) log(`[http] ${req.method} ${req.url}: ${err.message?.split('\n')[0]}`);
    return callback();
  });

  server.post('/api/messages', (req: Request, res: Response, next: restify.Next) => {
    handleActivity(req, res)
      .catch((err: Error) => {
        log(`[http] /api/messages: ${err.name}: ${String(err.message).split('\n')[0]}`);
        if (!res.headersSent) res.send(503, { error: 'the bot could not process this activity now; try again later' });
      })
      .finally(() => next());
  });

  /** Headers first (caller, token, type, size, rate), then the body, then the activity, then CloudAdapter. */
  async function handleActivity(req: Request, res: Response): Promise<void> {
    const client = clientOf(req).address;
    const refusal = checkActivityHeaders(req, { appIdSet, client });
    if (refusal) return void res.send(refusal.status, { error: refusal.reason });
    const callerWait = callers.take(client);
    if (callerWait) return tooMany(res, callerWait, 'too many requests from this address; try again shortly');
    const read = await readJsonBody(req, MAX_BODY_BYTES);
    if ('problem' in read) return sendBodyProblem(res, read.problem);
    const problem = checkActivity(read.value, { appIdSet });
    if (problem) return void res.send(problem.status, { error: problem.reason });
    const activity = read.value as { channelId?: string; conversation: { id: string } };
    const conversationWait = conversations.take(`${activity.channelId ?? ''}|${activity.conversation.id}`);
    if (conversationWait) return tooMany(res, conversationWait, 'too many messages in this conversation; wait a moment');
    req.body = read.value;
    // CloudAdapter writes its own errors (token checks, network failures) with their internal text:
    // it answers into a capture, and only a generic status and reason reach the caller.
    const captured = captureResponse();
    await adapter.process(req, captured.res, (context) => deps.bot.run(context));
    const { status, body } = captured.out;
    if (status < 400) return void res.send(status, body);
    // The bot's own refusals (a malformed Teams invoke: 400 with { error }) are meant for the caller;
    // CloudAdapter's own failures come as plain text and are not.
    if (status < 500 && status !== 401 && status !== 403 && typeof body === 'object' && body !== null) return void res.send(status, body);
    log(`[http] /api/messages: ${status}: ${String(typeof body === 'string' ? body : JSON.stringify(body ?? '')).split('\n')[0].slice(0, 200)}`);
    if (status === 401 || status === 403) return void res.send(401, { error: 'the Bot Framework token was not accepted' });
    res.send(503, { error: 'the bot could not process this activity now; try again later' });
  }
  server.get('/healthz', (_req: Request, res: Response, next: restify.Next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  let stopping = false;
  server.get('/readyz', async (req: Request, res: Response) => {
    const corpus = deps.engine.corpus;
    // Corpus first, then storage (probed with a short timeout; the probe keeps its result a few seconds).
    const problem = stopping ? 'stopping' : corpus.reports.length === 0 ? 'no report loaded' : await deps.readiness?.();
    const ready = problem === undefined;
    // File names, problems and error codes are for operators: this machine, or whoever holds
    // READYZ_TOKEN. Others (a load balancer) get the status and the kind of problem only.
    if (!isLoopback(clientOf(req).address) && !bearerMatches(req.headers.authorization, deps.readyzToken)) {
      res.send(ready ? 200 : 503, ready ? { status: 'ready' } : { status: 'not ready', reason: problem.split(':')[0] });
      return;
    }
    res.send(ready ? 200 : 503, {
      status: problem ?? 'ready',
      ...(deps.storageStatus ? { storage: await deps.storageStatus() } : {}),
      reports: corpus.reports.map((r) => ({ id: r.id, title: r.title, programmes: r.programmes.length, passages: r.passages.length })),
      passages: deps.engine.index.size,
      glossary: corpus.glossary.length,
      problems: corpus.problems.map(formatProblem),
    });
  });
  deps.extend?.(server);

  // Slow clients (slowloris) are cut off instead of holding sockets open: a socket that goes
  // quiet for headersTimeout is closed at once; Node checks the header and request deadlines too.
  const headersTimeout = deps.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  server.server.headersTimeout = headersTimeout;
  server.server.requestTimeout = headersTimeout * 2;
  server.server.timeout = headersTimeout;
  server.server.keepAliveTimeout = Math.min(5_000, headersTimeout);

  // Requests under way, so that a stop can let them finish.
  let inFlight = 0;
  let drained: (() => void) | undefined;
  server.server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => {
      if (--inFlight === 0) drained?.();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    if (host) server.listen(port, host, () => resolve());
    else server.listen(port, () => resolve());
  });
  const address = server.address() as { port: number; address: string };
  return {
    server,
    adapter,
    port: address.port,
    url: listeningUrl(address),
    close: async (graceMs = 10_000) => {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      // Turns under way finish (each is bounded by its own deadline), up to graceMs.
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          drained = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      // Then whatever is still open goes: idle keep-alive sockets, slow clients.
      server.server.closeAllConnections();
      await closed;
    },
  };
}

/** Answers 429 with Retry-After. */
function tooMany(res: Response, seconds: number, reason: string): void {
  res.header('Retry-After', String(seconds));
  res.send(429, { error: reason });
}

/** True when `Authorization: Bearer <expected>` was sent (compared in constant time). */
export function bearerMatches(header: string | undefined, expected: string | undefined): boolean {
  if (!expected) return false;
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** A stand-in response CloudAdapter writes to (status, send, end, header), read afterwards. */
function captureResponse() {
  const out: { status: number; body: unknown } = { status: 200, body: undefined };
  const res = {
    status(code: number) {
      out.status = code;
      return res;
    },
    send(body: unknown) {
      out.body = body;
      return res;
    },
    header() {
      return res;
    },
    end() {
      return res;
    },
  };
  return { res: res as unknown as Response, out };
}

/** The bound address as a URL a log reader can use; a wildcard address says it means every interface. */
export function listeningUrl(address: { address: string; port: number }): string {
  const wildcard = address.address === '::' || address.address === '0.0.0.0';
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/${wildcard ? ' (every interface)' : ''}`;
}
