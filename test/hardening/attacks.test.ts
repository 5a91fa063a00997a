// Every finding of the edge security review (issue 16), repeated against the real server started the
// way `npm start` starts it (readConfig + startApp), asserting the fixed behaviour.

import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ConfigError, readConfig } from '../../src/config';
import { formatFeedback } from '../../src/cli/feedback';
import type { FeedbackRecord } from '../../src/bot/records';
import { TokenIssuer } from '../../src/webchat/tokens';
import { configFromEnv, message, startTestServer, type TestServer as Running } from '../bot/app.helpers';
import { scratchDir } from '../scratch';

// Some attacks send megabytes through HTTP: on a loaded machine they take seconds.
jest.setTimeout(60_000);

const TOKEN_SECRET = 'attack-suite-token-secret-0123456789abcdef';
const READYZ_TOKEN = 'readyz-token-for-operators';
const WELCOME = 'Ik beantwoord vragen';

/** The bot as `npm start` starts it from these environment variables (its default request limits stay: they are under attack here). */
const startBot = (env: Record<string, string>): Promise<Running> => startTestServer(configFromEnv(env));

interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

async function send(url: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer; token?: string } = {}): Promise<Reply> {
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? 'POST',
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...init.headers },
    body: typeof init.body === 'string' || init.body === undefined ? init.body : new Uint8Array(init.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers };
}

const json = (value: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

/** The server still answers /healthz, within a second. */
async function expectAlive(server: Running): Promise<void> {
  const started = Date.now();
  const res = await fetch(`${server.url}/healthz`);
  expect(res.status).toBe(200);
  expect(Date.now() - started).toBeLessThan(1000);
}

/** A listener that counts what reaches it: a target named in a serviceUrl. */
async function startListener(): Promise<{ server: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"1"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  return { server, port: (server.address() as { port: number }).port, hits };
}

/** A Direct Line session started as Web Chat starts one. */
async function startChat(server: Running, headers: Record<string, string> = {}): Promise<{ token: string; conversationId: string }> {
  const { body } = await send(server.url, '/api/directline/token', { headers });
  await send(server.url, '/v3/directline/conversations', { token: body.token });
  return { token: body.token, conversationId: body.conversationId };
}

async function activities(server: Running, s: { token: string; conversationId: string }): Promise<any[]> {
  return (await send(server.url, `/v3/directline/conversations/${s.conversationId}/activities`, { method: 'GET', token: s.token })).body.activities;
}

const welcomes = (list: any[]) => list.filter((a) => a.from?.role !== 'user' && String(a.text ?? '').includes(WELCOME)).length;

/** Opens every upload: a file holding it in the temp folder can only have come from this suite. */
const UPLOAD_MARKER = `vgb-upload-${process.pid}-${Date.now()}`;

/** A multipart upload of a 1 MB file, as a browser form would send it. */
function multipart(): { headers: Record<string, string>; body: Buffer } {
  const boundary = '----attack';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="upload.bin"\r\nContent-Type: application/octet-stream\r\n\r\n${UPLOAD_MARKER}`),
    Buffer.alloc(1024 * 1024, 65),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body };
}

/**
 * Files (not folders) in the temp folder, where restify's old multipart parser left uploads
 * (`upload_<hex>`), that are new since `before` and hold an upload of this suite or are named like
 * one. Other programs on the machine write their own files there too; those are not counted.
 */
function uploadsInTemp(before: string[]): string[] {
  return readdirSync(tmpdir(), { withFileTypes: true })
    .filter((e) => e.isFile() && !before.includes(e.name))
    .map((e) => e.name)
    .filter((name) => {
      if (/^upload_/.test(name)) return true;
      try {
        const fd = openSync(join(tmpdir(), name), 'r');
        const head = Buffer.alloc(64 * 1024);
        const read = readSync(fd, head, 0, head.length, 0);
        closeSync(fd);
        return head.subarray(0, read).includes(UPLOAD_MARKER);
      } catch {
        return false; // gone again, or not ours to read
      }
    });
}

/** Every file directly in the temp folder now. */
function tempFiles(): string[] {
  return readdirSync(tmpdir(), { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

const POST_ROUTES = ['/api/messages', '/api/directline/token', '/v3/directline/tokens/refresh', '/v3/directline/conversations', '/v3/directline/conversations/abc/activities'];

describe('attacks on the server in local development mode (no app id)', () => {
  let server: Running;
  let dataDir: string;
  let filesBefore: string[];
  beforeAll(async () => {
    filesBefore = tempFiles();
    dataDir = join(scratchDir('vgb-attack-data-'), 'records');
    server = await startBot({
      TRUST_PROXY: '127.0.0.1, ::1',
      TRANSCRIPTS: 'file',
      DATA_DIR: dataDir,
      DIRECTLINE_TOKEN_SECRET: TOKEN_SECRET,
      READYZ_TOKEN,
    });
  }, 30_000);
  afterAll(() => server.close());

  it('says at start that it runs in local development mode and serves only this machine', () => {
    expect(server.logs.filter((l) => /local development mode/.test(l))).toHaveLength(1);
  });

  it('refuses a gzip bomb with 415 before reading it, and stays up (finding 1)', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 32)); // 64 MB of spaces in ~64 KB
    for (const path of POST_ROUTES) {
      for (const encoding of ['gzip', 'deflate', 'br', 'gzip, identity']) {
        const res = await send(server.url, path, { headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: bomb });
        expect([path, encoding, res.status]).toEqual([path, encoding, 415]);
        expect(res.body.error.message ?? res.body.error).toMatch(/compressed/);
      }
    }
    await expectAlive(server);
  }, 30_000);

  it('refuses a body past the limit with 413, also when it comes chunked without a length', async () => {
    const big = JSON.stringify(message('x'.repeat(400 * 1024)));
    expect((await send(server.url, '/api/messages', json(JSON.parse(big)))).status).toBe(413);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res: IncomingMessage) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 40; i++) req.write(Buffer.alloc(16 * 1024, 32));
      req.end();
    });
    expect(status).toBe(413);
    await expectAlive(server);
  });

  it('refuses multipart uploads on every POST route with 415 and writes no file to the temp folder (finding 2)', async () => {
    const before = tempFiles();
    for (const path of POST_ROUTES) {
      for (const type of ['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream']) {
        const upload = multipart();
        const res = await send(server.url, path, { headers: { 'content-type': type === 'multipart/form-data' ? upload.headers['content-type'] : type }, body: upload.body });
        expect([path, type, res.status]).toEqual([path, type, 415]);
      }
    }
    expect(uploadsInTemp(before)).toEqual([]);
    await expectAlive(server);
  });

  describe('serviceUrls (finding 3)', () => {
    let target: Awaited<ReturnType<typeof startListener>>;
    beforeAll(async () => {
      target = await startListener();
    });
    afterAll(() => new Promise<void>((resolve) => target.server.close(() => resolve())));

    it('sends no request to a serviceUrl off this machine, with a path, credentials or 0.0.0.0', async () => {
      const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
      const refused = [
        `http://0.0.0.0:${target.port}`,
        `http://127.0.0.1:${target.port}/internal/admin`,
        `http://localhost:${target.port}/v3/../../metadata`,
        `http://user:pw@127.0.0.1:${target.port}`,
        `http://127.0.0.1:${target.port}/?x=1`,
        `file:///etc/passwd`,
        ...(external ? [`http://${external}:${target.port}`] : []),
      ];
      for (const serviceUrl of refused) {
        const res = await send(server.url, '/api/messages', json(message('wat is 1B1.3?', { serviceUrl, deliveryMode: undefined })));
        expect([serviceUrl, res.status]).toEqual([serviceUrl, 403]);
        expect(res.body.error).toMatch(/local development mode/);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(target.hits).toEqual([]);
      await expectAlive(server);
    });

    it('answers a scan of closed and open ports alike, at once', async () => {
      const times: number[] = [];
      for (const port of [1, target.port, 9, target.port]) {
        const started = Date.now();
        const res = await send(server.url, '/api/messages', json(message('hoi', { serviceUrl: `http://0.0.0.0:${port}/x`, deliveryMode: undefined })));
        times.push(Date.now() - started);
        expect(res.status).toBe(403);
      }
      expect(Math.max(...times)).toBeLessThan(1000);
      expect(target.hits).toEqual([]);
    });

    it('still replies to the Emulator: a loopback serviceUrl with no path', async () => {
      const res = await send(server.url, '/api/messages', json(message('wat is 1B1.3?', { serviceUrl: `http://127.0.0.1:${target.port}`, deliveryMode: undefined, channelId: 'emulator' })));
      expect(res.status).toBe(200);
      expect(target.hits.length).toBeGreaterThanOrEqual(1);
      expect(target.hits.every((h) => h.startsWith('POST /v3/conversations/'))).toBe(true);
      target.hits.length = 0;
    });
  });

  it('refuses callers that are not on this machine, also through a trusted proxy (finding 3)', async () => {
    const viaProxy = await send(server.url, '/api/messages', { ...json(message('hoi')), headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' } });
    expect(viaProxy.status).toBe(403);
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (external) {
      const direct = await send(`http://${external}:${server.port}`, '/api/messages', json(message('hoi')));
      expect(direct.status).toBe(403);
    }
  });

  it('refuses 2,000 activities with 40 KB ids (400, then 429 for the flood), and memory does not pile up (finding 3)', async () => {
    const before = process.memoryUsage().heapUsed;
    let next = 0;
    const statuses = new Set<number>();
    const worker = async () => {
      while (next++ < 2000) {
        const id = `${next}-${'x'.repeat(40 * 1024)}`;
        const res = await send(server.url, '/api/messages', { ...json(message('hoi', { conversation: { id }, from: { id } })), headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.2' } });
        statuses.add(res.status);
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    expect([...statuses].sort()).toEqual([400, 429]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(100 * 1024 * 1024);
    await expectAlive(server);
  }, 60_000);

  it('limits one conversation to a burst of messages, then answers 429 with Retry-After', async () => {
    const conversation = { id: `rate-${Date.now()}` };
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 20; i++) {
      const res = await send(server.url, '/api/messages', json(message('hoi', { conversation })));
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('limits one caller across conversations, counted by the address behind the trusted proxy', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 120 }, async () => (await send(server.url, '/api/messages', { ...json(message('x', { type: 'typing' })), headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.9' } })).status),
    );
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(60);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    // Another address behind the same proxy is not locked out.
    expect((await send(server.url, '/api/messages', { ...json(message('hoi')), headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.10' } })).status).toBe(200);
  });

  it('welcomes once for one post naming 1,200 members, on /api/messages (finding 4)', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ id: `member-${i}` }));
    const refused = await send(server.url, '/api/messages', json({ ...message(''), type: 'conversationUpdate', text: undefined, membersAdded: many }));
    expect(refused.status).toBe(400);
    const some = await send(server.url, '/api/messages', json({ ...message(''), type: 'conversationUpdate', text: undefined, membersAdded: many.slice(0, 40) }));
    expect(some.status).toBe(200);
    expect(welcomes(some.body.activities)).toBe(1);
    await expectAlive(server);
  });

  it('refuses a Direct Line client posting anything but a message; one welcome per conversation (finding 4)', async () => {
    const s = await startChat(server);
    const many = Array.from({ length: 1200 }, (_, i) => ({ id: `m${i}` }));
    const started = Date.now();
    for (const type of ['conversationUpdate', 'event', 'invoke', 'typing', 'endOfConversation']) {
      const res = await send(server.url, `/v3/directline/conversations/${s.conversationId}/activities`, { token: s.token, ...json({ type, membersAdded: many, name: 'x' }) });
      expect([type, res.status]).toEqual([type, 400]);
    }
    expect(Date.now() - started).toBeLessThan(3000);
    await expectAlive(server);
    // Starting the same conversation again, even at once from several tabs, welcomes no more.
    await Promise.all(Array.from({ length: 5 }, () => send(server.url, '/v3/directline/conversations', { token: s.token })));
    expect(welcomes(await activities(server, s))).toBe(1);
  });

  it('welcomes a conversation started from several tabs at once exactly once', async () => {
    const { body } = await send(server.url, '/api/directline/token', { headers: { 'x-forwarded-for': '198.51.100.1' } });
    const statuses = (await Promise.all(Array.from({ length: 6 }, () => send(server.url, '/v3/directline/conversations', { token: body.token })))).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(welcomes(await activities(server, { token: body.token, conversationId: body.conversationId }))).toBe(1);
  });

  it('limits new conversations per client behind the trusted proxy, without locking out its neighbours (finding 5)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await send(server.url, '/api/directline/token', { headers: { 'x-forwarded-for': '203.0.113.50' } })).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    expect((await send(server.url, '/api/directline/token', { headers: { 'x-forwarded-for': '203.0.113.51' } })).status).toBe(200);
  });

  it('refreshes only an existing conversation, within its session age, at a bounded rate (finding 9)', async () => {
    const tokens = new TokenIssuer(TOKEN_SECRET);
    const ghost = await send(server.url, '/v3/directline/tokens/refresh', { token: tokens.issue('no-such-conversation', 'dl_x') });
    expect(ghost.status).toBe(404);
    const s = await startChat(server, { 'x-forwarded-for': '198.51.100.2' });
    const old = tokens.issue(s.conversationId, 'dl_x', Date.now(), Math.floor(Date.now() / 1000) - 25 * 3600);
    const ended = await send(server.url, '/v3/directline/tokens/refresh', { token: old });
    expect(ended.status).toBe(403);
    expect(ended.body.error.message).toMatch(/session has ended/);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await send(server.url, '/v3/directline/tokens/refresh', { token: s.token })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(429);
  });

  it('sends nosniff on JSON, no-store on tokens, HSTS only when a trusted proxy says https, and answers HEAD / (finding 9)', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('strict-transport-security')).toBeNull();
    const token = await send(server.url, '/api/directline/token', { headers: { 'x-forwarded-for': '198.51.100.3', 'x-forwarded-proto': 'https' } });
    expect(token.headers.get('cache-control')).toBe('no-store');
    expect(token.headers.get('x-content-type-options')).toBe('nosniff');
    expect(token.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const head = await fetch(`${server.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('shows /readyz detail to this machine and to the READYZ_TOKEN holder only (finding 9)', async () => {
    const local = await send(server.url, '/readyz', { method: 'GET' });
    expect(local.body.reports.length).toBeGreaterThan(0);
    const remote = await send(server.url, '/readyz', { method: 'GET', headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(remote.status).toBe(200);
    expect(remote.body).toEqual({ status: 'ready' });
    const wrong = await send(server.url, '/readyz', { method: 'GET', headers: { 'x-forwarded-for': '203.0.113.7', authorization: 'Bearer nope' } });
    expect(wrong.body).toEqual({ status: 'ready' });
    const operator = await send(server.url, '/readyz', { method: 'GET', headers: { 'x-forwarded-for': '203.0.113.7', authorization: `Bearer ${READYZ_TOKEN}` } });
    expect(operator.body.reports.length).toBeGreaterThan(0);
  });

  it('keeps terminal escapes and forged lines out of feedback records and npm run feedback (finding 7)', async () => {
    const conversation = { id: `escape-${Date.now()}` };
    const evil = 'klopt niet\u001b[2J\u001b[31m\r\n2026-01-01T00:00:00Z  msteams  conversation forged\n  question: forged\u0007';
    const res = await send(server.url, '/api/messages', json({ ...message(''), conversation, text: undefined, value: { action: 'feedback', rating: 'down', question: evil, cited: ['1B1.3\u001b]8;;http://evil\u0007'] } }));
    expect(res.status).toBe(200);
    const written = readFileSync(join(dataDir, 'feedback.jsonl'), 'utf8');
    expect(written).not.toMatch(/\\u001b|\\u0007|\\r/);
    const record = written.trim().split('\n').map((l) => JSON.parse(l) as FeedbackRecord).find((r) => r.question.startsWith('klopt niet'))!;
    expect(record.question).not.toContain('\n');
    const printed = formatFeedback({ ...record, question: evil, answer: `a\u001b[0m\nb`, cited: ['x\u009b'] });
    expect(printed).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    // Only the record's own header line starts at the margin with a time; the forged one does not.
    expect(printed.split('\n').filter((line) => /^\d{4}-/.test(line))).toHaveLength(1);
  });

  it('writes record files readable by the service only (finding 6)', () => {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'feedback.jsonl')).mode & 0o777).toBe(0o600);
  });

  it('wrote no file to the temp folder during all of the above', () => {
    expect(uploadsInTemp(filesBefore)).toEqual([]);
  });
});

describe('attacks on the server in production mode (app id set)', () => {
  let server: Running;
  let target: Awaited<ReturnType<typeof startListener>>;
  beforeAll(async () => {
    target = await startListener();
    server = await startBot({ MicrosoftAppId: '00000000-0000-0000-0000-000000000016', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' });
  }, 30_000);
  afterAll(async () => {
    await server.close();
    await new Promise<void>((resolve) => target.server.close(() => resolve()));
  });

  it('says at start that it runs in production mode', () => {
    expect(server.logs.filter((l) => /production mode/.test(l))).toHaveLength(1);
  });

  it('refuses a request without a token before reading its body, even a gzip bomb (findings 1 and 3)', async () => {
    const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024, 32));
    const res = await send(server.url, '/api/messages', { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb });
    expect(res.status).toBe(401);
    await expectAlive(server);
  });

  it('sends nothing to a serviceUrl for a token it cannot verify, and tells the caller only a generic 401/503 (findings 3 and 8)', async () => {
    const fakeJwt = ['{"alg":"RS256","kid":"x"}', '{"iss":"https://api.botframework.com","serviceurl":"http://x"}', 'sig'].map((p) => Buffer.from(p).toString('base64url')).join('.');
    // CloudAdapter reports each refused token with console.error: expected here, so caught and checked, not printed.
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      for (const token of [fakeJwt, 'abc.def.ghi']) {
        const res = await send(server.url, '/api/messages', { token, ...json(message('hoi', { serviceUrl: `http://127.0.0.1:${target.port}/internal`, deliveryMode: undefined })) });
        expect([401, 503]).toContain(res.status);
        const text = JSON.stringify(res.body);
        expect(text).not.toMatch(/botframework\.com|login\.|request to|Unauthorized\.|stack|at /);
      }
      const logged = errors.mock.calls.map((args) => args.map(String).join(' '));
      expect(logged.length).toBeGreaterThan(0);
      for (const line of logged) expect(line).not.toMatch(/not-a-real-secret|\n\s+at /);
    } finally {
      errors.mockRestore();
    }
    expect(target.hits).toEqual([]);
    await expectAlive(server);
  }, 30_000);

  it('ignores X-Forwarded-For and X-Forwarded-Proto without TRUST_PROXY (finding 5)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await send(server.url, '/api/directline/token', { headers: { 'x-forwarded-for': `203.0.113.${i}`, 'x-forwarded-proto': 'https' } })).status);
    expect(statuses.at(-1)).toBe(429);
    const res = await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('configuration that cannot be safe', () => {
  it('refuses a DIRECTLINE_TOKEN_SECRET shorter than 32 characters with a clear error (finding 9)', () => {
    expect(() => readConfig({ DIRECTLINE_TOKEN_SECRET: 'short-secret' })).toThrow(ConfigError);
    expect(() => readConfig({ DIRECTLINE_TOKEN_SECRET: 'short-secret' })).toThrow(/DIRECTLINE_TOKEN_SECRET must be at least 32 characters/);
    expect(readConfig({ DIRECTLINE_TOKEN_SECRET: TOKEN_SECRET }).directLineTokenSecret).toBe(TOKEN_SECRET);
  });

  it('refuses a TRUST_PROXY entry that is not an address or range, naming it', () => {
    expect(() => readConfig({ TRUST_PROXY: '10.0.0.1, loadbalancer' })).toThrow(/TRUST_PROXY .*"loadbalancer"/);
    expect(readConfig({ TRUST_PROXY: '10.0.0.1 10.1.0.0/16 ::1' }).trustProxy).toEqual(['10.0.0.1', '10.1.0.0/16', '::1']);
  });
});
