// Direct Line for the website: a token endpoint (Azure Bot Service with DIRECTLINE_SECRET, or this
// server's own), and a self-hosted Direct Line 3.0 API under /v3/directline that Web Chat polls.

import { redact } from '../privacy/redact';
import { ActivityTypes, type Activity } from 'botbuilder';
import type { Request, Response, Next, Server } from 'restify';
import type { VoortgangsBot } from '../bot/voortgangsBot';
import { turnErrorHandler } from '../bot/turnError';
import { DEFAULT_TURN_MS } from '../bot/turnBudget';
import { StorageUnavailableError } from '../storage/guard';
import { ConversationFullError, UnknownConversationError, type ConversationStore, type UserAppend } from './conversationStore';
import { BOT_ACCOUNT, DIRECT_LINE_CHANNEL, DirectLineAdapter } from './directLineAdapter';
import { clientResolver, type ClientResolver } from '../edge/clientAddress';
import { readJsonBody } from '../edge/jsonBody';
import { RateLimiter } from './rateLimiter';
import { authorize as checkToken, mayRefresh, randomId, type TokenClaims, type TokenIssuer } from './tokens';

/** The self-hosted API's path. */
export const DIRECT_LINE_PATH = '/v3/directline';
/** An activity a browser posts is a few KB; larger ones are refused with 413. */
export const MAX_ACTIVITY_BYTES = 32 * 1024;
/** The routes that start a conversation or refresh a token need no body; a stray one stays small. */
const MAX_EMPTY_BODY_BYTES = 4 * 1024;
/**
 * The activity types a browser may post. Others (conversationUpdate, event, invoke, typing …) are
 * refused with 400: the server itself tells the bot when a conversation starts, once.
 */
export const CLIENT_ACTIVITY_TYPES: readonly string[] = [ActivityTypes.Message];

/** What the Direct Line routes need. */
export interface DirectLineOptions {
  bot: VoortgangsBot;
  store: ConversationStore;
  tokens: TokenIssuer;
  /** Azure Bot Service: exchange this secret for tokens instead of serving Direct Line here. */
  azureSecret?: string;
  /** Azure Direct Line base URL. Default {@link DEFAULT_AZURE_ENDPOINT}. */
  azureEndpoint?: string;
  /** Posts per conversation: a burst of `burst`, then `perSecond`. Default {@link DEFAULT_POST_RATE}. */
  rate?: { burst: number; perSecond: number };
  /** A request that runs the bot answers within this time (ms), else 503. Default {@link DEFAULT_TURN_MS}. */
  turnTimeoutMs?: number;
  /** The client's address through trusted proxies (TRUST_PROXY), for the token rate limit. Default: the socket's. */
  client?: ClientResolver;
  log: (line: string) => void;
}

/** Azure Bot Service's Direct Line (public cloud). */
export const DEFAULT_AZURE_ENDPOINT = 'https://directline.botframework.com/v3/directline';
/** Posts per conversation: five at once, then one a second. */
export const DEFAULT_POST_RATE = { burst: 5, perSecond: 1 };

type Handler = (req: Request, res: Response) => Promise<void>;

/** Sends a Direct Line error: `{ error: { code, message } }`. */
function fail(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** Registers /api/directline/token and the self-hosted /v3/directline API. */
export function registerDirectLine(server: Server, options: DirectLineOptions): void {
  const adapter = new DirectLineAdapter(options.store);
  const onTurnError = turnErrorHandler(options.bot, options.log);
  // Storage down: the apology could not be stored either; the request answers 503 and the client retries.
  adapter.onTurnError = async (context, error) => {
    if (error instanceof StorageUnavailableError) throw error;
    await onTurnError(context, error);
  };
  const turnMs = options.turnTimeoutMs ?? DEFAULT_TURN_MS;
  /**
   * Runs the bot within the request's time. Past it the turn is abandoned: its signal aborts, so it
   * stores no more replies, and this throws StorageUnavailableError (503; the client resends).
   */
  const runTurn = async (activity: Partial<Activity>, started: number): Promise<void> => {
    const controller = new AbortController();
    const deadline = started + turnMs;
    let timer: NodeJS.Timeout | undefined;
    const turn = adapter.process(activity, (context) => options.bot.run(context), { deadline, signal: controller.signal });
    turn.catch(() => undefined);
    try {
      await Promise.race([
        turn,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            controller.abort();
            reject(new StorageUnavailableError('directline', `no answer within ${turnMs} ms`));
          }, Math.max(0, deadline - Date.now()));
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  };
  const rate = options.rate ?? DEFAULT_POST_RATE;
  const posts = new RateLimiter(rate.burst, rate.perSecond);
  const tokenRequests = new RateLimiter(20, 0.5);
  const refreshes = new RateLimiter(5, 1 / 60);
  const clientOf = options.client ?? clientResolver();
  /** Every route reads its (JSON, bounded) body before the handler, and refuses any other. */
  const route = (handler: Handler, maxBytes = MAX_EMPTY_BODY_BYTES) => (req: Request, res: Response, next: Next) => {
    readJsonBody(req, maxBytes)
      .then((read) => {
        if ('problem' in read) {
          if (read.problem.status === 413) res.header('Connection', 'close');
          return fail(res, read.problem.status, read.problem.status === 413 ? 'MessageSizeTooBig' : 'BadArgument', read.problem.reason);
        }
        req.body = read.value;
        return handler(req, res);
      })
      .catch((err: Error) => {
        if (err instanceof StorageUnavailableError) {
          // Said once by the storage guard when it goes down; per request only at debug level would be noise.
          if (res.headersSent) return;
          res.header('Retry-After', String(err.retryAfterSeconds));
          return fail(res, 503, 'ServiceUnavailable', 'the chat is not available for a moment; please try again shortly');
        }
        options.log(`[directline] ${req.method} ${req.path()}: ${err.name}: ${String(err.message).split('\n')[0]}`);
        if (!res.headersSent) fail(res, 500, 'ServiceError', 'the conversation could not be handled; please try again');
      })
      .finally(() => next());
  };

  /** The token's claims, or undefined after sending the refusal (see {@link checkToken}). */
  const authorize = (req: Request, res: Response, conversationId?: string): TokenClaims | undefined => {
    const result = checkToken(options.tokens, req.headers.authorization, conversationId);
    if ('claims' in result) return result.claims;
    fail(res, result.status, result.code, result.message);
    return undefined;
  };
  /** A new token for the same session; tokens are never cached by a browser or proxy. */
  const tokenReply = (res: Response, claims: { c: string; u: string; s?: number }) => {
    res.header('Cache-Control', 'no-store');
    return { conversationId: claims.c, token: options.tokens.issue(claims.c, claims.u, Date.now(), claims.s), expires_in: options.tokens.lifetimeSeconds };
  };

  server.post('/api/directline/token', route(async (req, res) => {
    const wait = tokenRequests.take(clientOf(req).address);
    if (wait) {
      res.header('Retry-After', String(wait));
      return fail(res, 429, 'TooManyRequests', 'too many new conversations from this address; try again shortly');
    }
    const userId = randomId('dl_');
    if (options.azureSecret) return exchangeSecret(res, userId, options);
    const conversationId = randomId('');
    const locale = /^en\b/i.test(String(req.headers['accept-language'] ?? '')) ? 'en-US' : 'nl-NL';
    await options.store.create(conversationId, userId, locale);
    res.send(200, { ...tokenReply(res, { c: conversationId, u: userId }), userId, domain: DIRECT_LINE_PATH });
  }));

  // A refresh keeps the session's start: a session ends with its conversation, however often refreshed.
  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, route(async (req, res) => {
    const claims = authorize(req, res);
    if (!claims) return;
    const ended = mayRefresh(claims, options.store.maxAgeMs);
    if (ended) return fail(res, ended.status, ended.code, ended.message);
    const wait = refreshes.take(claims.c);
    if (wait) {
      res.header('Retry-After', String(wait));
      return fail(res, 429, 'TooManyRequests', 'this token was refreshed very recently; use the one you have');
    }
    if (!(await options.store.get(claims.c))) return fail(res, 404, 'BadArgument', 'this conversation does not exist');
    res.send(200, tokenReply(res, claims));
  }));

  // Start (or resume) the conversation a token is for; a new one gets the bot's welcome.
  server.post(`${DIRECT_LINE_PATH}/conversations`, route(async (req, res) => {
    const started = Date.now();
    const claims = authorize(req, res);
    if (!claims) return;
    const conversation = await options.store.get(claims.c);
    if (!conversation) return fail(res, 404, 'BadArgument', 'this conversation does not exist');
    // Only the request that marks the conversation welcomed runs the welcome: one per conversation.
    const isNew = !conversation.welcomed && (await options.store.claimWelcome(claims.c));
    if (isNew) {
      await runTurn(incoming(claims, { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: claims.u, name: '' }, BOT_ACCOUNT], locale: conversation.locale }), started);
    }
    res.send(isNew ? 201 : 200, tokenReply(res, claims));
  }));

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, route(async (req, res) => {
    const claims = authorize(req, res, req.params.conversationId);
    if (!claims) return;
    const raw = (req.query as Record<string, unknown> | undefined)?.watermark ?? new URLSearchParams(req.getQuery()).get('watermark') ?? '';
    if (typeof raw !== 'string' || !/^\d{0,9}$/.test(raw)) return fail(res, 400, 'BadArgument', 'the watermark must be a number from an earlier response');
    const conversation = await options.store.get(claims.c);
    if (!conversation) return fail(res, 404, 'BadArgument', 'this conversation does not exist');
    const from = raw === '' ? 0 : Math.min(Number(raw), conversation.activities.length);
    res.send(200, { activities: conversation.activities.slice(from), watermark: String(conversation.activities.length) });
  }));

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, route(async (req, res) => {
    const started = Date.now();
    const claims = authorize(req, res, req.params.conversationId);
    if (!claims) return;
    const body = req.body as Partial<Activity> | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string') return fail(res, 400, 'BadArgument', 'expected an activity with a "type"');
    if (!CLIENT_ACTIVITY_TYPES.includes(body.type)) return fail(res, 400, 'BadArgument', `a client may post only ${CLIENT_ACTIVITY_TYPES.join(', ')} activities, not "${body.type.slice(0, 40)}"`);
    const wait = posts.take(claims.c);
    if (wait) {
      res.header('Retry-After', String(wait));
      return fail(res, 429, 'TooManyRequests', 'you are sending messages too fast; wait a moment');
    }
    let posted: UserAppend;
    try {
      // The user's own activity goes first: Web Chat waits to see it echoed with an id. A resend
      // (same clientActivityID, after a 503 or a lost response) is not stored again.
      posted = await options.store.appendFromUser(claims.c, incoming(claims, body));
    } catch (err) {
      // The append reads the conversation anyway: an unknown one is found there, not by a read before.
      if (err instanceof UnknownConversationError) return fail(res, 404, 'BadArgument', err.message);
      if (err instanceof ConversationFullError) return fail(res, 429, 'TooManyRequests', err.message);
      throw err;
    }
    // A resend the bot has answered is not answered again; one it has not (the turn failed) is.
    if (!posted.answered) await runTurn(posted.activity, started);
    res.send(200, { id: posted.activity.id });
  }, MAX_ACTIVITY_BYTES));
}

/** An activity from the token's user, with only the fields a browser may set. */
function incoming(claims: TokenClaims, body: Partial<Activity>): Partial<Activity> {
  const clientActivityID = (body.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
  // A suggestion button's everyday words (Web Chat's messageBack), shown in the transcript instead of the text it sends.
  const displayText = (body.channelData as { messageBack?: { displayText?: unknown } } | undefined)?.messageBack?.displayText;
  const messageBack = typeof displayText === 'string' ? { messageBack: { displayText: redact(displayText.slice(0, 200)) } } : {};
  return {
    type: body.type,
    text: typeof body.text === 'string' ? body.text : undefined,
    textFormat: body.textFormat,
    value: body.value,
    name: typeof body.name === 'string' ? body.name : undefined,
    locale: typeof body.locale === 'string' ? body.locale.slice(0, 20) : undefined,
    membersAdded: body.membersAdded,
    channelData: typeof clientActivityID === 'string' ? { clientActivityID, ...messageBack } : undefined,
    channelId: DIRECT_LINE_CHANNEL,
    serviceUrl: DIRECT_LINE_PATH,
    conversation: { id: claims.c, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: claims.u, name: String((body.from as { name?: unknown } | undefined)?.name ?? '').slice(0, 100), role: 'user' },
    recipient: BOT_ACCOUNT,
  };
}

/** Azure Bot Service: exchanges DIRECTLINE_SECRET for a conversation token; the secret stays here. */
async function exchangeSecret(res: Response, userId: string, options: DirectLineOptions): Promise<void> {
  const endpoint = options.azureEndpoint ?? DEFAULT_AZURE_ENDPOINT;
  try {
    const response = await fetch(`${endpoint}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.azureSecret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const body = (await response.json()) as { conversationId?: string; token?: string; expires_in?: number };
    if (!body.token) throw new Error('no token in the response');
    res.header('Cache-Control', 'no-store');
    res.send(200, { conversationId: body.conversationId, token: body.token, expires_in: body.expires_in, userId });
  } catch (err) {
    options.log(`[directline] token exchange with Azure failed: ${(err as Error).message}`);
    fail(res, 502, 'ServiceError', 'the chat service is not available right now; please try again later');
  }
}
