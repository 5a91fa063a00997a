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
}

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

  issue(conversationId: string, userId: string, now = Date.now()): string {
    const payload = b64(Buffer.from(JSON.stringify({ c: conversationId, u: userId, exp: Math.floor(now / 1000) + this.lifetimeSeconds } satisfies TokenClaims)));
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
    if (typeof claims.c !== 'string' || typeof claims.u !== 'string' || typeof claims.exp !== 'number') return { problem: 'malformed' };
    if (claims.exp * 1000 <= now) return { problem: 'expired' };
    return claims;
  }

  private sign(payload: string): string {
    return b64(createHmac('sha256', this.secret).update(payload).digest());
  }
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
