// Direct Line tokens for the self-hosted channel: signed (HMAC-SHA256), bound to one conversation
// and user, with an expiry. Replicas that share DIRECTLINE_TOKEN_SECRET accept each other's tokens.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a token grants. */
export interface TokenClaims {
  /** Conversation id. */
  c: string;
  /** User id: the only `from.id` this token may post as. */
  u: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** When the session (the first token for this conversation) began, seconds since the epoch: refreshing keeps it. */
  s: number;
}

/** Shortest DIRECTLINE_TOKEN_SECRET accepted: 32 characters (HMAC-SHA256 wants a key of 256 bits). */
export const MIN_SECRET_LENGTH = 32;

/** Why a token was refused: `missing` → 401, the others → 403. */
export type TokenProblem = 'missing' | 'malformed' | 'forged' | 'expired';

const b64 = (buf: Buffer) => buf.toString('base64url');

/** Issues and checks tokens with one secret. */
export class TokenIssuer {
  private readonly secret: Buffer;

  /**
   * @param secret shared by every replica; a random one per process when not given (one replica only)
   * @param lifetimeSeconds how long a token lives; refreshing gives a new one. Default 30 minutes.
   */
  constructor(
    secret: string | undefined,
    readonly lifetimeSeconds = 1800,
  ) {
    this.secret = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  /**
   * A token for the conversation and user, valid for {@link lifetimeSeconds}.
   * @param sessionStart when the session began (seconds; a refresh passes the old token's `s`). Default: now.
   */
  issue(conversationId: string, userId: string, now = Date.now(), sessionStart = Math.floor(now / 1000)): string {
    const claims: TokenClaims = { c: conversationId, u: userId, exp: Math.floor(now / 1000) + this.lifetimeSeconds, s: sessionStart };
    const payload = b64(Buffer.from(JSON.stringify(claims)));
    return `${payload}.${this.sign(payload)}`;
  }

  /** The claims of a valid token, or why it is not valid. */
  verify(token: string | undefined, now = Date.now()): TokenClaims | { problem: TokenProblem } {
    if (!token) return { problem: 'missing' };
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return { problem: 'malformed' };
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { problem: 'forged' };
    let claims: TokenClaims;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      return { problem: 'malformed' };
    }
    if (!claims || typeof claims.c !== 'string' || typeof claims.u !== 'string' || typeof claims.exp !== 'number' || typeof claims.s !== 'number') return { problem: 'malformed' };
    if (claims.exp * 1000 <= now) return { problem: 'expired' };
    return claims;
  }

  private sign(payload: string): string {
    return b64(createHmac('sha256', this.secret).update(payload).digest());
  }
}

/** A refusal as Direct Line sends it: the HTTP status and `{ error: { code, message } }`. */
export interface AuthorizationRefusal {
  status: 401 | 403;
  code: 'Unauthorized' | 'TokenInvalid';
  message: string;
}

/**
 * Checks a request's `Authorization` header: the token's claims, or why it is refused
 * (401 without a token; 403 for a malformed, forged or expired one, or one for another conversation).
 * Pure: the clock is a parameter.
 * @param conversationId the conversation the request is about, when the URL names one
 */
export function authorize(tokens: TokenIssuer, authorization: string | undefined, conversationId?: string, now = Date.now()): { claims: TokenClaims } | AuthorizationRefusal {
  const claims = tokens.verify(bearer(authorization), now);
  if ('problem' in claims) {
    if (claims.problem === 'missing') return { status: 401, code: 'Unauthorized', message: 'a Direct Line token (Authorization: Bearer …) is required' };
    return { status: 403, code: 'TokenInvalid', message: claims.problem === 'expired' ? 'the token has expired; get a new one' : 'the token is not valid' };
  }
  if (conversationId !== undefined && claims.c !== conversationId) return { status: 403, code: 'TokenInvalid', message: 'the token is for another conversation' };
  return { claims };
}

/**
 * Whether a session may get a new token: not once it is older than `maxSessionMs` (the
 * conversation has expired by then too). Pure: the clock is a parameter.
 */
export function mayRefresh(claims: TokenClaims, maxSessionMs: number, now = Date.now()): AuthorizationRefusal | undefined {
  if (now - claims.s * 1000 >= maxSessionMs) return { status: 403, code: 'TokenInvalid', message: 'this session has ended; start a new conversation' };
  return undefined;
}

/** The token from an `Authorization: Bearer …` header. */
export function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}

/** A random id for conversations and users, URL-safe. */
export function randomId(prefix: string): string {
  return `${prefix}${randomBytes(12).toString('base64url')}`;
}
