// The HTTP server: restify 11 + CloudAdapter. POST /api/messages, GET /healthz, GET /readyz.

import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import type { QaEngine } from './qa/engine';
import type { VoortgangsBot } from './bot/voortgangsBot';
import { turnErrorHandler } from './bot/voortgangsBot';

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
  close(): Promise<void>;
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
  const auth = new ConfigurationBotFrameworkAuthentication(deps.botFramework as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = turnErrorHandler(deps.bot, log);
  const appIdSet = Boolean(deps.botFramework.MicrosoftAppId);

  const server = restify.createServer({ name: 'voortgangsbot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.on('restifyError', (req: Request, _res: Response, err: { statusCode?: number; message?: string; body?: unknown }, callback: () => void) => {
    // restify's own errors (bad JSON, too large) go out as { error: reason }, never a stack.
    const reason = (err.message ?? 'bad request').split('\n')[0];
    (err as { toJSON?: () => unknown }).toJSON = () => ({ error: reason });
    if (!err.statusCode || err.statusCode >= 500) log(`[http] ${req.method} ${req.url}: ${err.message?.split('\n')[0]}`);
    return callback();
  });

  server.post('/api/messages', (req: Request, res: Response, next: restify.Next) => {
    const problem = checkActivityRequest(req, appIdSet);
    if (problem) {
      res.send(problem.status, { error: problem.reason });
      return next();
    }
    adapter
      .process(req, res, (context) => deps.bot.run(context))
      .catch((err: Error) => {
        log(`[http] /api/messages: ${err.name}: ${String(err.message).split('\n')[0]}`);
        if (!res.headersSent) res.send(400, { error: 'the activity could not be processed' });
      })
      .finally(() => next());
  });
  server.get('/healthz', (_req: Request, res: Response, next: restify.Next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  server.get('/readyz', (_req: Request, res: Response, next: restify.Next) => {
    const corpus = deps.engine.corpus;
    const ready = corpus.reports.length > 0;
    res.send(ready ? 200 : 503, {
      status: ready ? 'ready' : 'no report loaded',
      reports: corpus.reports.map((r) => ({ id: r.id, title: r.title, programmes: r.programmes.length, passages: r.passages.length })),
      passages: deps.engine.index.size,
      glossary: corpus.glossary.length,
      problems: corpus.problems.map((p) => `${p.file}:${p.lines[0]}: ${p.severity}: ${p.message}`),
    });
    return next();
  });
  deps.extend?.(server);

  // Slow clients (slowloris) are cut off instead of holding sockets open: a socket that goes
  // quiet for headersTimeout is closed at once; Node checks the header and request deadlines too.
  const headersTimeout = deps.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  server.server.headersTimeout = headersTimeout;
  server.server.requestTimeout = headersTimeout * 2;
  server.server.timeout = headersTimeout;
  server.server.keepAliveTimeout = Math.min(5_000, headersTimeout);

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
    close: () =>
      new Promise<void>((resolve) => {
        // Finish requests under way, then drop whatever is still open (idle keep-alive, slow clients).
        server.close(() => resolve());
        server.server.closeIdleConnections();
        setTimeout(() => server.server.closeAllConnections(), 1_000).unref();
      }),
  };
}

/** The bound address as a URL a log reader can use; a wildcard address says it means every interface. */
export function listeningUrl(address: { address: string; port: number }): string {
  const wildcard = address.address === '::' || address.address === '0.0.0.0';
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/${wildcard ? ' (every interface)' : ''}`;
}

/** Checks what CloudAdapter assumes, so a malformed request gets a 4xx with a reason, not a 500. */
export function checkActivityRequest(req: Request, appIdSet: boolean): { status: number; reason: string } | undefined {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) return { status: 415, reason: 'expected Content-Type: application/json' };
  const auth = String(req.headers.authorization ?? '');
  if (appIdSet && !/^Bearer \S+$/.test(auth)) return { status: 401, reason: 'a Bot Framework token (Authorization: Bearer …) is required' };
  const body = req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { status: 400, reason: 'expected a JSON object (a Bot Framework activity)' };
  if (typeof body.type !== 'string' || body.type === '') return { status: 400, reason: 'the activity has no "type"' };
  const id = (v: unknown) => v !== null && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' && (v as { id: string }).id !== '';
  if (!id(body.conversation)) return { status: 400, reason: 'the activity has no "conversation" with an "id"' };
  if (!id(body.from)) return { status: 400, reason: 'the activity has no "from" with an "id"' };
  if (body.text !== undefined && typeof body.text !== 'string') return { status: 400, reason: '"text" must be a string' };
  if (body.deliveryMode !== 'expectReplies' && typeof body.serviceUrl !== 'string') {
    return { status: 400, reason: 'the activity has no "serviceUrl" to reply to (or use deliveryMode "expectReplies")' };
  }
  return undefined;
}
