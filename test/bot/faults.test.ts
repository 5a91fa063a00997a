// Fault injection: the real server (readConfig + startApp) on a real azurite that is killed, paused
// and restarted, and a bot started while it is down; for /api/messages and Direct Line alike.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { faultyAzurite, type FaultyAzurite } from './azurite.helpers';
import { allBlobs, ask, poll, readyzUntil, request, say, configFromEnv, FAST_CLIENT_ENV, startTestServer, startSession, texts, type Reply, type TestServer, type Session } from './app.helpers';

// Short enough to keep the suite quick, long enough for azurite on a loaded machine.
const STORAGE_TIMEOUT_MS = 1000;
const TURN_TIMEOUT_MS = 3000;
/** The server's HTTP timeout is 10 s; every answer must come well inside it (with room for a loaded machine). */
const ANSWER_WITHIN_MS = TURN_TIMEOUT_MS + 2500;
const NOT_REMEMBERED = /niet onthouden/;

/** A request was served: a reply, or a 4xx/503 with a reason, in time, and no error details. */
function expectServed(reply: Reply): void {
  expect(reply.ms).toBeLessThan(ANSWER_WITHIN_MS);
  expect([200, 201, 503].includes(reply.status) || (reply.status >= 400 && reply.status < 500)).toBe(true);
  expect(JSON.stringify(reply.body ?? '')).not.toMatch(/RestError|ECONN|Error:|at .*\.js/);
}

/** Web Chat's view of a Direct Line conversation: every user message and every answer to it, counted. */
async function countsIn(url: string, s: Session): Promise<{ posted: Map<string, number>; answers: Map<string, number>; texts: string[] }> {
  const { status, body } = await poll(url, s);
  expect(status).toBe(200);
  const posted = new Map<string, number>();
  const answers = new Map<string, number>();
  for (const a of body.activities as { id: string; replyToId?: string; from: { role?: string }; channelData?: { clientActivityID?: string }; text?: string }[]) {
    const client = a.channelData?.clientActivityID;
    if (a.from.role === 'user' && client) posted.set(client, (posted.get(client) ?? 0) + 1);
    if (a.replyToId) answers.set(a.replyToId, (answers.get(a.replyToId) ?? 0) + 1);
  }
  return { posted, answers, texts: (body.activities as { text?: string }[]).map((a) => a.text ?? '') };
}

/**
 * Asks in fresh conversations until a turn is answered without the "not remembered" note (storage
 * is back for this bot), within `withinMs`; the conversation of that turn.
 */
async function rememberedConversation(url: string, withinMs = 15_000): Promise<string> {
  const deadline = Date.now() + withinMs;
  for (let i = 0; ; i++) {
    const conversation = `conv-remembered-${Date.now()}-${i}`;
    const reply = await ask(url, 'verkiezingen', conversation);
    expectServed(reply);
    if (!NOT_REMEMBERED.test(texts(reply).join('\n'))) return conversation;
    if (Date.now() > deadline) throw new Error(`turns still not remembered ${withinMs} ms after storage came back`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** The posted message is stored once and answered once. */
async function expectOnceAndAnswered(url: string, s: Session, clientActivityID: string): Promise<void> {
  const { body } = await poll(url, s);
  const mine = (body.activities as { id: string; channelData?: { clientActivityID?: string } }[]).filter((a) => a.channelData?.clientActivityID === clientActivityID);
  expect(mine).toHaveLength(1);
  const { answers } = await countsIn(url, s);
  expect(answers.get(mine[0].id)).toBe(1);
}

describe('storage faults on azurite', () => {
  let dir: string;
  let azurite: FaultyAzurite;
  let app: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vgb-faults-'));
    azurite = await faultyAzurite(dir, { started: false });
    app = await startTestServer(configFromEnv({
      ...FAST_CLIENT_ENV,
      STORAGE: 'blob',
      TRANSCRIPTS: 'blob',
      BLOB_CONNECTION_STRING: azurite.connectionString,
      BLOB_CONTAINER: 'faults',
      STORAGE_TIMEOUT_MS: String(STORAGE_TIMEOUT_MS),
      TURN_TIMEOUT_MS: String(TURN_TIMEOUT_MS),
    }));
  }, 60_000);
  afterAll(async () => {
    await app?.close(1000);
    await azurite?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('started while storage is down: answers questions with a note, Direct Line says 503, /readyz says why', async () => {
    const ready = await request(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.body.status).toMatch(/storage unreachable: state \(blob\).*records \(blob\)/);
    expect((await request(`${app.url}/healthz`)).status).toBe(200);

    const answer = await ask(app.url, 'wat is 1B1.3?');
    expectServed(answer);
    expect(answer.status).toBe(200);
    expect(texts(answer)[0]).toContain('1B1.3');
    expect(texts(answer).join('\n')).toMatch(NOT_REMEMBERED);

    const { session, reply } = await startSession(app.url);
    expect(session).toBeUndefined();
    expectServed(reply);
    expect(reply.status).toBe(503);
    expect(Number(reply.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  }, 20_000);

  it('comes back by itself when storage starts: turns remember, Direct Line works, transcripts are written', async () => {
    await azurite.start();
    expect((await readyzUntil(app.url, 200)).status).toBe(200);

    const conversation = await rememberedConversation(app.url);
    const more = await ask(app.url, 'meer hierover', conversation);
    expect(texts(more)[0]).toContain('1A2 Dagelijks besturen van de gemeente'); // the follow-up adds the goal the first answer did not show

    const { session } = await startSession(app.url);
    expect(session).toBeDefined();
    expect((await say(app.url, session!, 'wat is 1B1.3?', 'c-recovered')).status).toBe(200);
    await expectOnceAndAnswered(app.url, session!, 'c-recovered');
    const records = (await allBlobs(azurite.connectionString, 'faults')).filter((b) => b.name.startsWith('records/turn/'));
    expect(records.length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('storage killed: every request is answered or refused with 503 in time, and service returns after a restart', async () => {
    const { session } = await startSession(app.url);
    const conversation = `conv-killed-${Date.now()}`;
    await ask(app.url, 'verkiezingen', conversation);
    await azurite.kill();

    const answer = await ask(app.url, 'wat is 1B1.3?', conversation);
    expectServed(answer);
    expect(texts(answer)[0]).toContain('1B1.3');
    expect(texts(answer).join('\n')).toMatch(NOT_REMEMBERED);
    const posted = await say(app.url, session!, 'wat is 1A2.3?', 'c-killed');
    expectServed(posted);
    expect(posted.status).toBe(503);
    expect(posted.headers.get('retry-after')).toMatch(/^\d+$/);
    const polled = await poll(app.url, session!);
    expectServed(polled);
    expect(polled.status).toBe(503);
    const token = await request(`${app.url}/api/directline/token`, { method: 'POST' });
    expectServed(token);
    expect(token.status).toBe(503);
    const ready = await readyzUntil(app.url, 503);
    expect(ready.status).toBe(503);
    expect(ready.body.status).toMatch(/storage unreachable/);

    await azurite.start();
    expect((await readyzUntil(app.url, 200)).status).toBe(200);
    await rememberedConversation(app.url);
    // Web Chat resends the failed message with the same clientActivityID: stored and answered once.
    // (azurite saves its index every 5 s, so a conversation younger than that may be gone after SIGKILL: 404.)
    const resent = await say(app.url, session!, 'wat is 1A2.3?', 'c-killed');
    expect([200, 404]).toContain(resent.status);
    if (resent.status === 200) await expectOnceAndAnswered(app.url, session!, 'c-killed');
    const { session: fresh } = await startSession(app.url);
    expect((await say(app.url, fresh!, 'wat is 1B1.3?', 'c-after-kill')).status).toBe(200);
    await expectOnceAndAnswered(app.url, fresh!, 'c-after-kill');
  }, 70_000);

  it('storage paused past the deadline: answers come in time, nothing is stored twice, and service returns on resume', async () => {
    const { session } = await startSession(app.url);
    const conversation = await rememberedConversation(app.url);
    expect((await say(app.url, session!, 'wat is 1B1.3?', 'c-before-pause')).status).toBe(200);
    azurite.pause();
    try {
      const [answer, posted, polled, token] = await Promise.all([
        ask(app.url, 'meer hierover', conversation),
        say(app.url, session!, 'wat is 1A2.3?', 'c-paused'),
        poll(app.url, session!),
        request(`${app.url}/api/directline/token`, { method: 'POST' }),
      ]);
      for (const reply of [answer, posted, polled, token]) expectServed(reply);
      expect(answer.status).toBe(200);
      expect(texts(answer).join('\n')).toMatch(NOT_REMEMBERED);
      expect([posted.status, polled.status, token.status]).toEqual([503, 503, 503]);
      expect((await readyzUntil(app.url, 503)).body.status).toMatch(/storage unreachable: state \(blob\) \(no answer within/);
      // Past the deadline and then some: nothing may be waiting to complete when storage resumes.
      await new Promise((r) => setTimeout(r, STORAGE_TIMEOUT_MS * 2));
    } finally {
      azurite.resume();
    }
    expect((await readyzUntil(app.url, 200)).status).toBe(200);
    await rememberedConversation(app.url);
    const resent = await say(app.url, session!, 'wat is 1A2.3?', 'c-paused');
    expect(resent.status).toBe(200);
    await expectOnceAndAnswered(app.url, session!, 'c-paused');
    await expectOnceAndAnswered(app.url, session!, 'c-before-pause');
    const { posted } = await countsIn(app.url, session!);
    expect([...posted.values()].every((n) => n === 1)).toBe(true);
    // The conversation state written before the pause is still there.
    expect(texts(await ask(app.url, 'meer hierover', conversation))[0]).toContain('1A2 Dagelijks besturen van de gemeente'); // the follow-up adds the goal the first answer did not show
  }, 30_000);

  it('logs why storage failed, once per outage, and never shows it to a user', () => {
    const down = app.logs.filter((l) => /\[storage\] state \(blob\): unavailable/.test(l));
    const back = app.logs.filter((l) => /\[storage\] state \(blob\): available again/.test(l));
    expect(down.length).toBeGreaterThanOrEqual(3);
    expect(down.length).toBeLessThanOrEqual(back.length + 1);
    expect(app.logs.join('\n')).not.toMatch(/AccountKey|\n\s+at /);
  });

  it('stops gracefully: a turn under way finishes, then new connections are refused', async () => {
    azurite.pause(); // the turn now waits for storage until its deadline
    try {
      const underWay = ask(app.url, 'wat is 1B1.3?');
      await new Promise((r) => setTimeout(r, 100));
      const closed = app.close(5000);
      const answer = await underWay;
      expect(answer.status).toBe(200);
      expect(texts(answer)[0]).toContain('1B1.3');
      await closed;
      await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    } finally {
      azurite.resume();
    }
  }, 20_000);
});
