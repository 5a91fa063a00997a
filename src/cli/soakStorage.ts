// `npm run bench -- --soak`, storage phase: the bot with STORAGE=blob TRANSCRIPTS=blob on azurite,
// under Direct Line and /api/messages load, while azurite stops mid-load and comes back. Passes when
// no acknowledged Direct Line message is lost, stored twice or left unanswered, and every
// /api/messages request is answered in time.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { azuriteConnectionString, freePort, spawnAzurite } from './azurite';
import type { MixQuestion } from './benchMix';

/** The phase's timeline (s): load from 0 to at least LOAD_S; azurite stopped at DOWN_AT_S, started at UP_AT_S. */
const LOAD_S = 30;
const DOWN_AT_S = 10;
const UP_AT_S = 15;
/** Load goes on this long after azurite listens again (its start is slow on a loaded machine). */
const AFTER_S = 10;
const DIRECT_LINE_CLIENTS = 8;
/** /api/messages clients, each its own conversation at ~1 request a second (under the per-caller limit). */
const MESSAGE_CLIENTS = 4;
/** The server's HTTP timeout: a request not answered within it counts as lost. */
const HTTP_TIMEOUT_MS = 10_000;
/** azurite's start under the soak's own load can take long: it gets a minute. */
const AZURITE_START_MS = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stops azurite as an operator would (SIGTERM: it saves its index; SIGKILL could lose its last 5 s, which Azure would not). */
function stopAzurite(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

interface Reply {
  status: number;
  body: any;
  retryAfter: number;
  ms: number;
}

async function call(url: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<Reply> {
  const started = Date.now();
  try {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: res.status, body, retryAfter: Number(res.headers.get('retry-after') ?? 1), ms: Date.now() - started };
  } catch {
    return { status: 0, body: undefined, retryAfter: 1, ms: Date.now() - started }; // no answer within the HTTP timeout, or refused
  }
}

/** What the load saw. */
interface Tally {
  acked: number;
  refused503: number;
  /** 503s by phase: before azurite stopped, while it was down (until it listened again), after. */
  refusedBy: { before: number; down: number; after: number };
  refused429: number;
  /** Requests that got neither an answer nor a 4xx/503 within the HTTP timeout (or a 5xx other than 503). */
  failed: number;
  answered: number;
  noted: number;
  slowestMs: number;
}

/** When azurite stopped and listened again (ms since the epoch), for counting refusals by phase. */
const outageTimes = { stopped: Infinity, listening: Infinity };
const phaseOf = (t: number): 'before' | 'down' | 'after' => (t < outageTimes.stopped ? 'before' : t < outageTimes.listening ? 'down' : 'after');

/** One Web Chat user: posts a question a second; on 503 waits Retry-After and resends with the same clientActivityID. */
async function directLineClient(base: string, mix: MixQuestion[], n: number, stopAt: () => boolean, giveUpAt: number, tally: Tally): Promise<{ token: string; conversationId: string; acked: Set<string> } | undefined> {
  let session: { token: string; conversationId: string } | undefined;
  while (!session && !stopAt()) {
    const token = await call(`${base}/api/directline/token`, { method: 'POST' });
    const started = token.status === 200 ? await call(`${base}/v3/directline/conversations`, { method: 'POST', token: token.body.token }) : token;
    if (started.status === 200 || started.status === 201) session = { token: token.body.token, conversationId: token.body.conversationId };
    else await sleep(started.retryAfter * 1000);
  }
  if (!session) return undefined;
  const acked = new Set<string>();
  let pending: { id: string; text: string } | undefined;
  for (let i = 0; !stopAt() || pending; i++) {
    pending ??= { id: `soak-${n}-${i}`, text: mix[(n * 97 + i) % mix.length].text };
    const r = await call(`${base}/v3/directline/conversations/${session.conversationId}/activities`, {
      method: 'POST',
      token: session.token,
      body: { type: 'message', text: pending.text, locale: 'nl-NL', channelData: { clientActivityID: pending.id } },
    });
    tally.slowestMs = Math.max(tally.slowestMs, r.ms);
    if (r.status === 200) {
      acked.add(pending.id);
      tally.acked++;
      pending = undefined;
      await sleep(1000);
    } else if (r.status === 503 || r.status === 429) {
      tally[r.status === 503 ? 'refused503' : 'refused429']++;
      if (r.status === 503) tally.refusedBy[phaseOf(Date.now())]++;
      await sleep(r.retryAfter * 1000);
    } else {
      tally.failed++;
      pending = undefined; // a status the client cannot act on: counted, not retried
      await sleep(1000);
    }
    if (Date.now() > giveUpAt) break; // a message still refused long after the load: counted as not acknowledged
  }
  return { ...session, acked };
}

/** One /api/messages caller (its own conversation), a question about every second. */
async function messageClient(base: string, mix: MixQuestion[], n: number, stopAt: () => boolean, tally: Tally): Promise<void> {
  for (let i = 0; !stopAt(); i++) {
    const q = mix[(n * 131 + i) % mix.length];
    const r = await call(`${base}/api/messages`, {
      method: 'POST',
      body: { type: 'message', text: q.text, locale: q.locale, from: { id: `soak-user-${n}` }, recipient: { id: 'bot' }, conversation: { id: `soak-storage-${n}` }, channelId: 'emulator', deliveryMode: 'expectReplies' },
    });
    tally.slowestMs = Math.max(tally.slowestMs, r.ms);
    if (r.status === 200 && r.body?.activities?.length) {
      tally.answered++;
      if ((r.body.activities as { text?: string }[]).some((a) => /niet onthouden|cannot remember/.test(a.text ?? ''))) tally.noted++;
    } else if (r.status === 429) tally.refused429++;
    else tally.failed++;
    await sleep(1000);
  }
}

/**
 * The storage phase of the soak: see the file comment. Prints its figures and resolves true when
 * nothing acknowledged was lost, stored twice or left unanswered and no request went unanswered.
 */
export async function storageRestartPhase(mix: MixQuestion[]): Promise<boolean> {
  const location = mkdtempSync(join(tmpdir(), 'vgb-soak-azurite-'));
  const port = await freePort();
  let azurite = await spawnAzurite(port, location, AZURITE_START_MS);
  const env = {
    STORAGE: 'blob',
    TRANSCRIPTS: 'blob',
    BLOB_CONNECTION_STRING: azuriteConnectionString(port),
    BLOB_CONTAINER: 'soak',
  };
  const bot = spawn(process.execPath, ['--max-old-space-size=160', join(__dirname, 'benchServer.js'), 'bot'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const botPort = await new Promise<number>((done, fail) => {
      bot.stdout!.on('data', (d: Buffer) => {
        const m = /ready (\d+)/.exec(d.toString());
        if (m) done(Number(m[1]));
      });
      bot.once('exit', (code) => fail(new Error(`soak: the bot exited with ${code}`)));
    });
    const base = `http://127.0.0.1:${botPort}`;
    while ((await call(`${base}/readyz`)).status !== 200) await sleep(200);

    const tally: Tally = { acked: 0, refused503: 0, refusedBy: { before: 0, down: 0, after: 0 }, refused429: 0, failed: 0, answered: 0, noted: 0, slowestMs: 0 };
    const start = Date.now();
    // The load goes on for AFTER_S once azurite listens again, however long its start takes.
    const stopAt = () => Date.now() - start > LOAD_S * 1000 && Date.now() > outageTimes.listening + AFTER_S * 1000;
    const readiness: string[] = [];
    const timeline: string[] = [];
    const outage = (async () => {
      await sleep(DOWN_AT_S * 1000);
      await stopAzurite(azurite);
      const stopped = Date.now();
      outageTimes.stopped = stopped;
      timeline.push(`azurite stopped at ${((stopped - start) / 1000).toFixed(1)} s`);
      await sleep(1500);
      readiness.push(`/readyz ${(await call(`${base}/readyz`)).status} while azurite is down`);
      await sleep(Math.max(0, (UP_AT_S - DOWN_AT_S) * 1000 - (Date.now() - stopped)));
      timeline.push(`started again at ${((Date.now() - start) / 1000).toFixed(1)} s`);
      azurite = await spawnAzurite(port, location, AZURITE_START_MS);
      const back = Date.now();
      outageTimes.listening = back;
      timeline.push(`listening at ${((back - start) / 1000).toFixed(1)} s`);
      while ((await call(`${base}/readyz`)).status !== 200) await sleep(100);
      readiness.push(`/readyz 200 again ${((Date.now() - back) / 1000).toFixed(1)} s after azurite listened`);
    })();
    const [sessions] = await Promise.all([
      Promise.all(Array.from({ length: DIRECT_LINE_CLIENTS }, (_, n) => directLineClient(base, mix, n, stopAt, start + (LOAD_S + 120) * 1000, tally))),
      Promise.all(Array.from({ length: MESSAGE_CLIENTS }, (_, n) => messageClient(base, mix, n, stopAt, tally))),
      outage,
    ]);

    // Every acknowledged message must be in its conversation once, with one answer.
    let lost = 0;
    let twice = 0;
    let unanswered = 0;
    for (const s of sessions) {
      if (!s) continue;
      const { status, body } = await call(`${base}/v3/directline/conversations/${s.conversationId}/activities`, { token: s.token });
      if (status !== 200) {
        lost += s.acked.size;
        continue;
      }
      const activities = body.activities as { id: string; replyToId?: string; channelData?: { clientActivityID?: string } }[];
      for (const id of s.acked) {
        const stored = activities.filter((a) => a.channelData?.clientActivityID === id);
        if (stored.length === 0) lost++;
        if (stored.length > 1) twice++;
        if (stored.length && !activities.some((a) => a.replyToId === stored[0].id)) unanswered++;
      }
    }
    const passed = lost === 0 && twice === 0 && unanswered === 0 && tally.failed === 0 && tally.slowestMs < HTTP_TIMEOUT_MS;
    console.log(
      `soak (storage restart): ${((Date.now() - start) / 1000).toFixed(0)} s of load; ${timeline.join(', ')}; ${readiness.join('; ')}`,
    );
    console.log(
      `soak (storage restart): Direct Line (${DIRECT_LINE_CLIENTS} conversations): ${tally.acked} messages acknowledged, ${tally.refused503} answers 503 + Retry-After (${tally.refusedBy.before} before the stop, ${tally.refusedBy.down} while down, ${tally.refusedBy.after} after; each resent with the same clientActivityID), ${tally.refused429} 429; ${lost} lost, ${twice} stored twice, ${unanswered} unanswered`,
    );
    console.log(
      `soak (storage restart): /api/messages (${MESSAGE_CLIENTS} conversations): ${tally.answered} answered, ${tally.noted} of them with the "not remembered" note; ${tally.failed} requests without an answer or a 4xx/503; slowest response ${tally.slowestMs} ms (HTTP timeout ${HTTP_TIMEOUT_MS} ms) — ${passed ? 'passed' : 'FAILED'}`,
    );
    return passed;
  } finally {
    bot.kill('SIGKILL');
    await stopAzurite(azurite);
    rmSync(location, { recursive: true, force: true });
  }
}
