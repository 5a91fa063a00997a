import { authorize, mayRefresh, TokenIssuer } from '../../src/webchat/tokens';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const NOW = Date.parse('2026-11-30T12:00:00Z');

describe('Direct Line authorize()', () => {
  const tokens = new TokenIssuer(SECRET);
  const token = tokens.issue('conv-1', 'dl_user', NOW);

  it('gives the claims of a valid token, for its own conversation or none named', () => {
    expect(authorize(tokens, `Bearer ${token}`, 'conv-1', NOW)).toEqual({ claims: expect.objectContaining({ c: 'conv-1', u: 'dl_user', s: Math.floor(NOW / 1000) }) });
    expect(authorize(tokens, `Bearer ${token}`, undefined, NOW)).toHaveProperty('claims');
  });

  it('answers 401 without a token and 403 for a malformed, forged, expired or other conversation\'s token, saying why', () => {
    expect(authorize(tokens, undefined, 'conv-1', NOW)).toMatchObject({ status: 401, code: 'Unauthorized' });
    expect(authorize(tokens, 'Basic abc', 'conv-1', NOW)).toMatchObject({ status: 401 });
    expect(authorize(tokens, 'Bearer not-a-token', 'conv-1', NOW)).toMatchObject({ status: 403, message: 'the token is not valid' });
    expect(authorize(tokens, `Bearer ${new TokenIssuer('another-secret-of-thirty-two-characters!').issue('conv-1', 'dl_user', NOW)}`, 'conv-1', NOW)).toMatchObject({ status: 403, message: 'the token is not valid' });
    expect(authorize(tokens, `Bearer ${token}`, 'conv-1', NOW + 3600_000)).toMatchObject({ status: 403, message: expect.stringMatching(/expired/) });
    expect(authorize(tokens, `Bearer ${token}`, 'conv-2', NOW)).toMatchObject({ status: 403, message: 'the token is for another conversation' });
  });

  it('refuses a token whose payload was re-signed without the session start', () => {
    const [, sig] = token.split('.');
    const stripped = Buffer.from(JSON.stringify({ c: 'conv-1', u: 'dl_user', exp: NOW / 1000 + 60 })).toString('base64url');
    expect(authorize(tokens, `Bearer ${stripped}.${sig}`, 'conv-1', NOW)).toMatchObject({ status: 403 });
  });
});

describe('Direct Line mayRefresh()', () => {
  const tokens = new TokenIssuer(SECRET);
  const day = 24 * 3600_000;

  it('lets a session refresh within its maximum age, keeping its start, and not after', () => {
    const first = tokens.verify(tokens.issue('c', 'u', NOW), NOW);
    if ('problem' in first) throw new Error(first.problem);
    expect(mayRefresh(first, day, NOW + day - 1000)).toBeUndefined();
    const refreshed = tokens.verify(tokens.issue('c', 'u', NOW + day - 1000, first.s), NOW + day - 1000);
    if ('problem' in refreshed) throw new Error(refreshed.problem);
    expect(refreshed.s).toBe(first.s);
    expect(mayRefresh(refreshed, day, NOW + day)).toMatchObject({ status: 403, message: expect.stringMatching(/session has ended/) });
  });
});
