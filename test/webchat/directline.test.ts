import { createServer, type Server } from 'node:http';
import { TokenIssuer } from '../../src/webchat/tokens';
import { startAzurite, type Azurite } from '../bot/azurite.helpers';
import { onBlobStorage, startTestServer, type TestServer } from '../bot/app.helpers';

const SECRET = 'test-token-secret';

interface Session {
  token: string;
  conversationId: string;
}

async function call(url: string, path: string, init: { method?: string; token?: string; body?: unknown; raw?: string } = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.body !== undefined || init.raw ? { 'content-type': 'application/json' } : {}) },
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

async function start(url: string): Promise<Session> {
  const { body } = await call(url, '/api/directline/token', { method: 'POST' });
  await call(url, '/v3/directline/conversations', { method: 'POST', token: body.token });
  return { token: body.token, conversationId: body.conversationId };
}

const say = (url: string, s: Session, text: string, id = `client-${Math.random()}`) =>
  call(url, `/v3/directline/conversations/${s.conversationId}/activities`, { method: 'POST', token: s.token, body: { type: 'message', text, from: { id: 'spoofed-user' }, channelData: { clientActivityID: id } } });

describe('self-hosted Direct Line', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ directLineTokenSecret: SECRET });
  });
  afterAll(() => server.close());

  it('starts a conversation with the bot\'s welcome, echoes the user\'s activity and returns the cited answer', async () => {
    const s = await start(server.url);
    const welcome = await call(server.url, `/v3/directline/conversations/${s.conversationId}/activities`, { token: s.token });
    expect(welcome.body.activities[0].text).toMatch(/^Welkom! Ik beantwoord vragen/);
    const posted = await say(server.url, s, 'wat is 1B1.3?', 'client-42');
    expect(posted.status).toBe(200);
    const { body } = await call(server.url, `/v3/directline/conversations/${s.conversationId}/activities?watermark=${welcome.body.watermark}`, { token: s.token });
    const [echo, answer] = body.activities;
    expect(echo).toMatchObject({ id: posted.body.id, text: 'wat is 1B1.3?', channelData: { clientActivityID: 'client-42' }, from: { role: 'user' } });
    expect(echo.from.id).not.toBe('spoofed-user');
    expect(answer.text).toContain('1B1.3 Op orde houden basisregistraties');
    // The website's residents get the source once, as a line with a link, not a citation entity.
    expect(answer.text).toMatch(/^Bron: 2de Voortgangsrapportage 2022 .*\(https:\/\/bestuursrapportage\.leiden\.nl\/\S+\)$/m);
    expect(answer.entities).toEqual([]);
    expect(answer.replyToId).toBe(echo.id);
    expect(Number(body.watermark)).toBe(Number(welcome.body.watermark) + 2);
  });

  it('refreshes a token for the same conversation', async () => {
    const s = await start(server.url);
    const { status, body } = await call(server.url, '/v3/directline/tokens/refresh', { method: 'POST', token: s.token });
    expect(status).toBe(200);
    expect(body.conversationId).toBe(s.conversationId);
    expect((await call(server.url, `/v3/directline/conversations/${s.conversationId}/activities`, { token: body.token })).status).toBe(200);
  });

  it('lets one conversation\'s token neither read nor post to another', async () => {
    const a = await start(server.url);
    const b = await start(server.url);
    expect((await call(server.url, `/v3/directline/conversations/${b.conversationId}/activities`, { token: a.token })).status).toBe(403);
    expect((await say(server.url, { ...b, token: a.token }, 'hallo')).status).toBe(403);
  });

  it('answers a missing token 401, a forged or expired one 403', async () => {
    const s = await start(server.url);
    const path = `/v3/directline/conversations/${s.conversationId}/activities`;
    expect((await call(server.url, path)).status).toBe(401);
    const forged = new TokenIssuer('another-secret').issue(s.conversationId, 'dl_x');
    expect((await call(server.url, path, { token: forged })).status).toBe(403);
    const expired = new TokenIssuer(SECRET).issue(s.conversationId, 'dl_x', Date.now() - 2 * 3600_000);
    const res = await call(server.url, path, { token: expired });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/expired/);
  });

  it('answers an unknown conversation 404, an oversized activity 413 and a garbage watermark 400', async () => {
    const ghost = new TokenIssuer(SECRET).issue('no-such-conversation', 'dl_x');
    expect((await call(server.url, '/v3/directline/conversations/no-such-conversation/activities', { token: ghost })).status).toBe(404);
    expect((await say(server.url, { token: ghost, conversationId: 'no-such-conversation' }, 'hallo')).status).toBe(404);
    const s = await start(server.url);
    expect((await say(server.url, s, 'x'.repeat(40 * 1024))).status).toBe(413);
    for (const watermark of ['abc', '-1', '1e3', '99999999999']) {
      expect((await call(server.url, `/v3/directline/conversations/${s.conversationId}/activities?watermark=${watermark}`, { token: s.token })).status).toBe(400);
    }
    expect((await call(server.url, `/v3/directline/conversations/${s.conversationId}/activities`, { method: 'POST', token: s.token, raw: '{"text": 1' })).status).toBe(400);
  });

  it('slows a client that posts too fast with 429 and Retry-After', async () => {
    // Five at once, then one every 1000 s: the sixth is refused however slowly the machine answers.
    const slow = await startTestServer({ directLineTokenSecret: SECRET, directLineRate: { burst: 5, perSecond: 0.001 } });
    try {
      const s = await start(slow.url);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await say(slow.url, s, 'hallo')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const refused = await say(slow.url, s, 'hallo');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(900);
    } finally {
      await slow.close();
    }
  });
});

describe('Direct Line through Azure Bot Service', () => {
  let azure: Server;
  let server: TestServer;
  let seen: string | undefined;
  beforeAll(async () => {
    // Azure's token endpoint, played by a local server that checks the secret like Azure does.
    azure = createServer((req, res) => {
      seen = req.headers.authorization;
      res.writeHead(seen === 'Bearer azure-secret-value' ? 200 : 403, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ conversationId: 'azure-conv', token: 'azure-token', expires_in: 3600 }));
    });
    await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
    const port = (azure.address() as { port: number }).port;
    server = await startTestServer({ directLineSecret: 'azure-secret-value', directLineEndpoint: `http://127.0.0.1:${port}/v3/directline` });
  });
  afterAll(async () => {
    await server.close();
    azure.close();
  });

  it('exchanges the secret for a conversation token; the secret never reaches the browser', async () => {
    const { status, body, headers } = await call(server.url, '/api/directline/token', { method: 'POST' });
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ token: 'azure-token', conversationId: 'azure-conv' });
    expect(body.domain).toBeUndefined();
    expect(seen).toBe('Bearer azure-secret-value');
    expect(JSON.stringify(body) + server.logs.join('\n')).not.toContain('azure-secret-value');
  });
});

describe('two replicas on one azurite', () => {
  let azurite: Azurite;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    azurite = await startAzurite();
    a = await startTestServer({ ...onBlobStorage(azurite.connectionString, 'replicas'), directLineTokenSecret: SECRET });
    b = await startTestServer({ ...onBlobStorage(azurite.connectionString, 'replicas'), directLineTokenSecret: SECRET });
  }, 90_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await azurite?.stop();
  });

  it('serves the same conversation from either replica', async () => {
    const s = await start(a.url);
    await say(b.url, s, 'verkiezingen');
    await say(a.url, s, 'meer hierover');
    const { body } = await call(b.url, `/v3/directline/conversations/${s.conversationId}/activities`, { token: s.token });
    const texts = body.activities.map((x: any) => x.text ?? '');
    expect(texts[0]).toContain('Ik beantwoord vragen');
    expect(texts.slice(1)).toEqual(['verkiezingen', expect.stringContaining('Organiseren van verkiezingen'), 'meer hierover', expect.stringContaining('Dagelijks besturen van de gemeente')]);
  });
});
