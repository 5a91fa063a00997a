// `npm run bench`: measured speed beside the framework's own floor, printed as one table and
// written to docs/benchmarks.md. `npm run bench -- --soak` runs the 60-second load instead.

import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { QaEngine } from '../qa/engine';
import { parseQuestions } from '../qa/evaluation';
import { defaultCorpusDir, loadCorpus } from '../report/corpus';
import { PassageIndex } from '../search/passageIndex';
import { buildMix, describeMix, thinGroups, type MixQuestion } from './benchMix';
import { storageRestartPhase } from './soakStorage';
import { writeSyntheticCorpus } from './syntheticCorpus';

const DIST = resolve(__dirname);
/**
 * The Node flags `npm start` runs the bot with (package.json). Without a cap V8 lets the heap grow
 * to ~330 MB under load, the echo bot's too; 160 MB of old space keeps it bounded. Node 26's V8
 * also grows the young generation to its maximum (3 × 16 MB semi-spaces) within the first
 * requests, where Node 20's stayed small: 4 MB semi-spaces take ~20 MB off start-up and peak RSS
 * at no measurable cost per request (a scavenge copies what survives, not what dies).
 */
const RUNTIME_FLAGS = ['--max-old-space-size=160', '--max-semi-space-size=4'];
const QUESTIONS = parseQuestions(readFileSync(resolve('test/questions.tsv'), 'utf8')).map((q) => q.question);

interface Row {
  what: string;
  value: string;
  target?: string;
  met?: boolean;
}

/** How many of the slowest questions each corpus's ask() measurement prints. */
const SHOW_SLOWEST = 20;

const ms = (n: number) => `${n < 10 ? n.toFixed(3) : n.toFixed(1)} ms`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Load, build, prebuilt-load and ask() latency on one corpus directory. */
function measureCorpus(label: string, dir: string, rounds: number, askTarget: number): Row[] {
  let t = performance.now();
  const corpus = loadCorpus(dir);
  const load = performance.now() - t;
  t = performance.now();
  const engine = new QaEngine(corpus);
  const build = performance.now() - t;
  const serialized = engine.index.serialize();
  t = performance.now();
  new PassageIndex(corpus, serialized);
  const prebuilt = performance.now() - t;

  for (const q of QUESTIONS) engine.ask(q); // warm up
  const times: number[] = [];
  // CPU time too: on a shared machine a wall-clock p99 mostly measures when the process was not
  // running at all; CPU time says what the code costs.
  const cpuTimes: number[] = [];
  /** Per question its least CPU time over the rounds: what it costs when nothing else interferes. */
  const least = new Map<string, number>();
  for (let r = 0; r < rounds; r++) {
    for (const q of QUESTIONS) {
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      engine.ask(q);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      cpuTimes.push(cpuMs);
      least.set(q, Math.min(least.get(q) ?? Infinity, cpuMs));
    }
  }
  // The slowest questions, with the size of their answers, for the console (the profile starts here).
  console.log(`${label}: the ${SHOW_SLOWEST} slowest questions (least CPU time of ${rounds} rounds; answer text length):`);
  for (const [q, cpuMs] of [...least].sort((a, b) => b[1] - a[1]).slice(0, SHOW_SLOWEST)) {
    console.log(`  ${ms(cpuMs).padStart(10)}  ${String(engine.ask(q).text.length).padStart(9)} chars  ${q}`);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const p99 = percentile(times, 99);
  return [
    { what: `${label}: passages`, value: String(engine.index.size) },
    { what: `${label}: corpus load (read + parse)`, value: ms(load), ...(label === 'real corpus' ? { target: '≤ 300 ms (with index)', met: load + build <= 300 } : {}) },
    { what: `${label}: index build`, value: ms(build) },
    { what: `${label}: index from prebuilt JSON (${(serialized.length / 1024).toFixed(0)} KB)`, value: ms(prebuilt), target: 'faster than build?', met: prebuilt < build },
    { what: `${label}: ask() p50 over ${times.length} asks`, value: ms(percentile(times, 50)) },
    { what: `${label}: ask() p99`, value: ms(p99), target: `≤ ${askTarget} ms`, met: p99 <= askTarget },
    { what: `${label}: ask() p50 / p99 in CPU time`, value: `${ms(percentile(cpuTimes, 50))} / ${ms(percentile(cpuTimes, 99))}` },
  ];
}

/** Starts a bench server child process (`benchServer.js` and its mode) and resolves with its port. */
export function startChild(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolvePort, reject) => {
    const child = spawn(process.execPath, [...RUNTIME_FLAGS, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not start in 90 s`));
    }, 90_000);
    child.stdout!.on('data', (d: Buffer) => {
      const m = /ready (\d+)/.exec(d.toString());
      if (m) {
        clearTimeout(timer);
        resolvePort({ child, port: Number(m[1]) });
      }
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/** CPU time a process has used so far, in ms (user + system, from /proc; Linux). */
export function cpuMs(pid: number): number {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
/** CPU time of a process and all its descendants so far, in ms (npm and the node it starts). */
function treeCpuMs(pid: number): number {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    /* gone, or not Linux */
  }
  return cpuMs(pid) + children.reduce((sum, child) => sum + treeCpuMs(child), 0);
}
/** Linux's USER_HZ: /proc counts CPU time in these ticks. */
const CLOCK_TICKS = 100;

/** Peak and current resident memory of a process, from /proc (Linux). */
export function memory(pid: number): { peakMb: number; rssMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  } catch {
    return { peakMb: NaN, rssMb: NaN };
  }
}

/** Conversations the HTTP mix is spread over: request i belongs to conversation i mod this. */
const CONVERSATIONS = 500;
const CONNECTIONS = 50;

/** The body of the i-th request of the mix: its question, in its conversation, from its user. */
function mixBody(mix: MixQuestion[], i: number): string {
  const q = mix[i % mix.length];
  const conversation = i % CONVERSATIONS;
  return JSON.stringify({
    type: 'message',
    text: q.text,
    locale: q.locale,
    from: { id: `user-${conversation}` },
    recipient: { id: 'bot' },
    conversation: { id: `bench-${conversation}` },
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
  });
}

/** {@link CONNECTIONS} connections sending the mix in turn, each request to the next conversation. */
export async function load(port: number, seconds: number, mix: MixQuestion[]): Promise<autocannon.Result> {
  let n = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: mixBody(mix, n++) }),
      },
    ],
  });
}

/** Average reply body size per group of the mix: every question asked once, in turn. */
async function replyBytes(port: number, mix: MixQuestion[]): Promise<Map<string, number>> {
  const sums = new Map<string, { bytes: number; n: number }>();
  for (let i = 0; i < mix.length; i++) {
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: mixBody(mix, i) });
    const bytes = (await res.arrayBuffer()).byteLength;
    for (const key of [mix[i].group, 'all']) {
      const s = sums.get(key) ?? { bytes: 0, n: 0 };
      s.bytes += bytes;
      s.n++;
      sums.set(key, s);
    }
  }
  return new Map([...sums].map(([k, s]) => [k, s.bytes / s.n]));
}

interface HttpFigures {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  errors: number;
  responseBytes: number;
  cpuMs: number;
  peakMb: number;
}

/**
 * The mix against bare restify, the echo bot and Voortgangsbot, each in its own process started
 * together; echo and bot are loaded in alternating rounds, so both see the same background load
 * (this machine is shared) and their ratio is fair.
 */
async function measureHttp(seconds: number, mix: MixQuestion[]): Promise<Row[]> {
  const modes = ['bare', 'echo', 'bot'] as const;
  const started = await Promise.allSettled(modes.map((m) => startChild([join(DIST, 'benchServer.js'), m])));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    // Leave no server running when another did not start.
    for (const r of started) if (r.status === 'fulfilled') r.value.child.kill('SIGKILL');
    throw failed.reason;
  }
  const children = Object.fromEntries(modes.map((m, i) => [m, (started[i] as PromiseFulfilledResult<Awaited<ReturnType<typeof startChild>>>).value]));
  const figures: Record<string, HttpFigures> = {};
  const bytes = await replyBytes(children.bot.port, mix);
  try {
    for (const mode of modes) await load(children[mode].port, 2, mix); // warm-up, not counted
    const rounds: (typeof modes)[number][] = ['bare', 'echo', 'bot', 'bot', 'echo'];
    for (const mode of rounds) {
      const cpuBefore = cpuMs(children[mode].child.pid!);
      const r = await load(children[mode].port, seconds / (mode === 'bare' ? 1 : 2), mix);
      const f = (figures[mode] ??= { requests: 0, seconds: 0, p50: 0, p99: 0, errors: 0, responseBytes: 0, cpuMs: 0, peakMb: 0 });
      f.cpuMs += cpuMs(children[mode].child.pid!) - cpuBefore;
      f.requests += r.requests.total;
      f.seconds += r.duration;
      f.p50 = Math.max(f.p50, r.latency.p50);
      f.p99 = Math.max(f.p99, r.latency.p99);
      f.errors += r.errors + r.timeouts + r.non2xx;
      f.responseBytes += r.throughput.total;
    }
    for (const mode of modes) figures[mode].peakMb = memory(children[mode].child.pid!).peakMb;
  } finally {
    for (const mode of modes) children[mode].child.kill('SIGKILL');
  }
  const rps = (mode: string) => figures[mode].requests / figures[mode].seconds;
  const cpuPerRequest = (mode: string) => (figures[mode].cpuMs * 1000) / figures[mode].requests;
  const row = (mode: string, label: string): Row => {
    const f = figures[mode];
    return {
      what: `POST /api/messages, ${label}`,
      value: `${rps(mode).toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, ${(f.responseBytes / f.requests / 1024).toFixed(2)} KB per response, ${cpuPerRequest(mode).toFixed(0)} µs CPU per request, ${f.errors} errors, peak RSS ${f.peakMb.toFixed(0)} MB`,
    };
  };
  const botEcho = rps('bot') / rps('echo');
  const groups = [...bytes].filter(([k]) => k !== 'all');
  return [
    { what: 'HTTP mix', value: `${mix.length} questions over ${CONVERSATIONS} conversations: ${describeMix(mix)}` },
    row('bare', 'bare restify handler'),
    row('echo', 'echo bot on CloudAdapter'),
    row('bot', 'Voortgangsbot'),
    { what: 'Voortgangsbot reply body by group', value: groups.map(([g, b]) => `${g} ${(b / 1024).toFixed(2)} KB`).join('; ') + `; all ${((bytes.get('all') ?? 0) / 1024).toFixed(2)} KB` },
    { what: 'throughput bot / echo (mix)', value: botEcho.toFixed(2), target: '≥ 0.85', met: botEcho >= 0.85 },
    {
      what: 'CPU per request echo / bot (the same ratio from server CPU time, less sensitive to what else runs)',
      value: (cpuPerRequest('echo') / cpuPerRequest('bot')).toFixed(2),
    },
    { what: 'throughput bot / bare', value: (rps('bot') / rps('bare')).toFixed(2) },
    { what: 'peak RSS of the bot under load', value: `${figures.bot.peakMb.toFixed(0)} MB`, target: '≤ 200 MB', met: figures.bot.peakMb <= 200 },
  ];
}

/**
 * Time from spawning a command that starts the bot until GET /readyz answers 200, and the bot's
 * RSS then. The command runs in its own process group, which is ended afterwards (npm and node).
 */
async function timeToReady(command: string, args: string[]): Promise<{ ms: number; cpuMs: number; rssMb: number; output: string }> {
  const start = performance.now();
  // PORT=0: the bot takes a free port and says which in its start line.
  const child = spawn(command, args, { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const port = await new Promise<number | undefined>((resolvePort) => {
    const timer = setTimeout(() => resolvePort(undefined), 90_000);
    const read = (d: Buffer) => {
      output += d.toString();
      const m = /listening on http:\/\/[^ ]*:(\d+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', () => resolvePort(undefined));
  });
  let ready = NaN;
  while (port && performance.now() - start < 90_000) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) {
        ready = performance.now() - start;
        break;
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  // For npm this is npm's own RSS; the node-alone run gives the bot's.
  const { rssMb } = memory(child.pid!);
  const cpu = treeCpuMs(child.pid!);
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    /* already gone */
  }
  await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
  return { ms: ready, cpuMs: cpu, rssMb, output };
}

/** Start-up of `node dist/src/index.js` alone, and of a second `npm start` (dist/ up to date, so no build). */
async function measureStartup(): Promise<Row[]> {
  const node = await timeToReady(process.execPath, [...RUNTIME_FLAGS, join(DIST, '..', 'index.js')]);
  if (Number.isNaN(node.ms)) console.error(`bench: the bot did not become ready; it said:\n${node.output.slice(0, 2000)}`);
  const npm = await timeToReady(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['start', '--silent']);
  if (Number.isNaN(npm.ms)) console.error(`bench: npm start did not become ready; it said:\n${npm.output.slice(0, 2000)}`);
  return [
    { what: 'start-up to /readyz, node alone', value: `${ms(node.ms)} (CPU ${ms(node.cpuMs)})` },
    {
      what: 'start-up to /readyz, second `npm start` (no build; CPU of npm and node together)',
      value: `${ms(npm.ms)} (CPU ${ms(npm.cpuMs)})`,
      target: '≤ 1500 ms',
      met: npm.ms <= 1500,
    },
    { what: 'RSS after start-up', value: `${node.rssMb.toFixed(0)} MB`, target: '≤ 200 MB', met: node.rssMb <= 200 },
  ];
}

/**
 * The 60-second load at 50 connections: zero errors and flat memory. Phases other modules add
 * (a storage restart, …) run after it against their own server; see {@link SOAK_PHASES}.
 */
async function soak(mix: MixQuestion[]): Promise<boolean> {
  const { child, port } = await startChild([join(DIST, 'benchServer.js'), 'bot']);
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(memory(child.pid!).rssMb), 5000);
  const r = await load(port, 60, mix);
  clearInterval(timer);
  child.kill('SIGKILL');
  const errors = r.errors + r.timeouts + r.non2xx;
  const firstHalf = samples.slice(1, Math.ceil(samples.length / 2));
  const growth = samples[samples.length - 1] - Math.max(...firstHalf);
  console.log(`soak: ${r.requests.total} requests in 60 s (${r.requests.average.toFixed(0)} req/s), p99 ${r.latency.p99} ms, ${errors} errors`);
  console.log(`soak: RSS every 5 s (MB): ${samples.map((s) => s.toFixed(0)).join(' ')}; growth after warm-up ${growth.toFixed(1)} MB`);
  return errors === 0 && growth < 20;
}

/** A soak phase another module adds: runs after the 60-second load and says whether it passed. */
export type SoakPhase = (mix: MixQuestion[]) => Promise<boolean>;
/** Extra soak phases, in order (e.g. the storage-restart phase). */
export const SOAK_PHASES: SoakPhase[] = [storageRestartPhase];

function table(rows: Row[]): string {
  const lines = ['| measure | result | target | met |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.what} | ${r.value} | ${r.target ?? ''} | ${r.met === undefined ? '' : r.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

/** The HTTP mix, built from the real corpus's engine (see benchMix.ts). */
function httpMix(): MixQuestion[] {
  const mix = buildMix(new QaEngine(loadCorpus(defaultCorpusDir())));
  const thin = thinGroups(mix);
  if (thin.length) console.error(`bench: the HTTP mix has fewer than 30 questions of: ${thin.join(', ')}`);
  return mix;
}

async function main(): Promise<void> {
  if (process.argv.includes('--soak')) {
    const mix = httpMix();
    let passed = await soak(mix);
    for (const phase of SOAK_PHASES) passed = (await phase(mix)) && passed;
    process.exitCode = passed ? 0 : 1;
    return;
  }
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  // Other work on the machine slows every figure: the load average says how much there was.
  const loadStart = loadavg()[0].toFixed(1);
  // `--only=search|startup|http` measures one part and leaves docs/benchmarks.md alone.
  const only = /^--only=(\w+)$/.exec(process.argv.find((a) => a.startsWith('--only=')) ?? '')?.[1];
  const rows: Row[] = [];
  if (!only || only === 'search') {
    const tmp = mkdtempSync(join(tmpdir(), 'vgb-bench-'));
    try {
      rows.push(...measureCorpus('real corpus', defaultCorpusDir(), 50, 1));
      for (const factor of [100, 1000]) {
        const dir = join(tmp, `x${factor}`);
        writeSyntheticCorpus(defaultCorpusDir(), dir, factor);
        rows.push(...measureCorpus(`${factor}× corpus`, dir, factor === 1000 ? 2 : 5, 10));
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  if (!only || only === 'startup') rows.push(...(await measureStartup()));
  if (!only || only === 'http') rows.push(...(await measureHttp(seconds, httpMix())));

  const header = `Run ${new Date().toISOString()} on ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadStart} at the start and ${loadavg()[0].toFixed(1)} at the end; HTTP: the mix at ${CONNECTIONS} connections, ${seconds} s per server (echo and bot in alternating halves), loopback; autocannon and the other engineers' work share the cores.`;
  const text = table(rows);
  console.log(header + '\n\n' + text);
  const missed = rows.filter((r) => r.met === false && !r.target?.includes('?'));
  console.log(missed.length ? `\ntargets missed: ${missed.map((r) => r.what).join('; ')}` : '\nall targets met');
  if (only) return;
  mkdirSync('docs', { recursive: true });
  const previous = (() => {
    try {
      return readFileSync('docs/benchmarks.md', 'utf8').split('<!-- latest run -->')[0];
    } catch {
      return '# Benchmarks\n\nProduced by `npm run bench` (one run, under 5 minutes). Targets are from issue 6.\n\n';
    }
  })();
  writeFileSync('docs/benchmarks.md', `${previous}<!-- latest run -->\n## Latest run\n\n${header}\n\n${text}\n`);
}

if (require.main === module) {
  main().catch((err: Error) => {
    console.error(`bench: ${err.message}`);
    process.exitCode = 1;
  });
}
