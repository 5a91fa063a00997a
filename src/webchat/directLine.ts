// Direct Line for the website: a token endpoint (Azure Bot Service with DIRECTLINE_SECRET, or this
// server's own), and a self-hosted Direct Line 3.0 API under /v3/directline that Web Chat polls.

import { redact } from '../privacy/redact';
import { ActivityTypes, type Activity } from 'botbuilder';
import type { Request, Response, Next, Server } from 'restify';
import type { VoortgangsBot } from '../bot/voortgangsBot';
import { turnErrorHandler } from '../bot/voortgangsBot';
import { ConversationFullError, UnknownConversationError, type ConversationStore } from './conversationStore';
import { BOT_ACCOUNT, DIRECT_LINE_CHANNEL, DirectLineAdapter } from './directLineAdapter';
import { RateLimiter } from './rateLimiter';
import { bearer, randomId, type TokenClaims, type TokenIssuer } from './tokens';

/** The self-hosted API's path. */
export const DIRECT_LINE_PATH = '/v3/directline';
/** An activity a browser posts is a few KB; larger ones are refused with 413. */
export const MAX_ACTIVITY_BYTES = 32 * 1024;

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
  adapter.onTurnError = turnErrorHandler(options.bot, options.log);
  const rate = options.rate ?? DEFAULT_POST_RATE;
  const posts = new RateLimiter(rate.burst, rate.perSecond);
  const tokenRequests = new RateLimiter(20, 0.5);
  const route = (handler: Handler) => (req: Request, res: Response, next: Next) => {
    handler(req, res)
      .catch((err: Error) => {
        options.log(`[directline] ${req.method} ${req.path()}: ${err.name}: ${String(err.message).split('\n')[0]}`);
        if (!res.headersSent) fail(res, 500, 'ServiceError', 'the conversation could not be handled; please try again');
      })
      .finally(() => next());
  };

  /** The token's claims, or an error response (401 without token, 403 for a bad or other conversation's token). */
  const authorize = (req: Request, res: Response, conversationId?: string): TokenClaims | undefined => {
    const claims = options.tokens.verify(bearer(req.headers.authorization));
    if ('problem' in claims) {
      if (claims.problem === 'missing') fail(res, 401, 'Unauthorized', 'a Direct Line token (Authorization: Bearer …) is required');
      else fail(res, 403, 'TokenInvalid', claims.problem === 'expired' ? 'the token has expired; get a new one' : 'the token is not valid');
      return undefined;
    }
    if (conversationId !== undefined && claims.c !== conversationId) {
      fail(res, 403, 'TokenInvalid', 'the token is for another conversation');
      return undefined;
    }
    return claims;
  };
  const tokenReply = (claims: { c: string; u: string }) => ({ conversationId: claims.c, token: options.tokens.issue(claims.c, claims.u), expires_in: options.tokens.lifetimeSeconds });

  server.post('/api/directline/token', route(async (req, res) => {
    const wait = tokenRequests.take(req.socket.remoteAddress ?? 'unknown');
    if (wait) {
      res.header('Retry-After', String(wait));
      return fail(res, 429, 'TooManyRequests', 'too many new conversations from this address; try again shortly');
    }
    const userId = randomId('dl_');
    if (options.azureSecret) return exchangeSecret(res, userId, options);
    const conversationId = randomId('');
    const locale = /^en\b/i.test(String(req.headers['accept-language'] ?? '')) ? 'en-US' : 'nl-NL';
    await options.store.create(conversationId, userId, locale);
    res.send(200, { ...tokenReply({ c: conversationId, u: userId }), userId, domain: DIRECT_LINE_PATH });
  }));

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, route(async (req, res) => {
    const claims = authorize(req, res);
    if (claims) res.send(200, tokenReply(claims));
  }));

  // Start (or resume) the conversation a token is for; a new one gets the bot's welcome.
  server.post(`${DIRECT_LINE_PATH}/conversations`, route(async (req, res) => {
    const claims = authorize(req, res);
    if (!claims) return;
    const conversation = await options.store.get(claims.c);
    if (!conversation) return fail(res, 404, 'BadArgument', 'this conversation does not exist');
    const isNew = conversation.activities.length === 0;
    if (isNew) {
      await adapter.process(
        incoming(claims, { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: claims.u, name: '' }, BOT_ACCOUNT], locale: conversation.locale }),
        (context) => options.bot.run(context),
      );
    }
    res.send(isNew ? 201 : 200, tokenReply(claims));
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
    const claims = authorize(req, res, req.params.conversationId);
    if (!claims) return;
    if (Number(req.headers['content-length'] ?? 0) > MAX_ACTIVITY_BYTES || JSON.stringify(req.body ?? {}).length > MAX_ACTIVITY_BYTES) {
      return fail(res, 413, 'MessageSizeTooBig', `an activity may be at most ${MAX_ACTIVITY_BYTES / 1024} KB`);
    }
    const body = req.body as Partial<Activity> | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string') return fail(res, 400, 'BadArgument', 'expected an activity with a "type"');
    const wait = posts.take(claims.c);
    if (wait) {
      res.header('Retry-After', String(wait));
      return fail(res, 429, 'TooManyRequests', 'you are sending messages too fast; wait a moment');
    }
    let stored: Partial<Activity>;
    try {
      // The user's own activity goes first: Web Chat waits to see it echoed with an id.
      [stored] = await options.store.append(claims.c, [incoming(claims, body)]);
    } catch (err) {
      // The append reads the conversation anyway: an unknown one is found there, not by a read before.
      if (err instanceof UnknownConversationError) return fail(res, 404, 'BadArgument', err.message);
      if (err instanceof ConversationFullError) return fail(res, 429, 'TooManyRequests', err.message);
      throw err;
    }
    await adapter.process(stored, (context) => options.bot.run(context));
    res.send(200, { id: stored.id });
  }));
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
    locale: typeof body.locale === 'string' ? body.locale : undefined,
    membersAdded: body.membersAdded,
    channelData: typeof clientActivityID === 'string' ? { clientActivityID, ...messageBack } : undefined,
    channelId: DIRECT_LINE_CHANNEL,
    serviceUrl: DIRECT_LINE_PATH,
    conversation: { id: claims.c, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: claims.u, name: (body.from as { name?: string } | undefined)?.name ?? '', role: 'user' },
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
    res.send(200, { conversationId: body.conversationId, token: body.token, expires_in: body.expires_in, userId });
  } catch (err) {
    options.log(`[directline] token exchange with Azure failed: ${(err as Error).message}`);
    fail(res, 502, 'ServiceError', 'the chat service is not available right now; please try again later');
  }
}
