// Starts azurite's blob service on 127.0.0.1 for tests of Azure Blob Storage (in memory, no files).

import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

/** Azurite's well-known development account key (public, documented by Microsoft). */
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  connectionString: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** How long azurite may take to listen. */
export const START_TIMEOUT_MS = 60_000;

/** Starts azurite-blob and resolves once it listens. */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const bin = join(__dirname, '..', '..', 'node_modules', '.bin', 'azurite-blob');
  const child: ChildProcess = spawn(bin, ['--blobHost', '127.0.0.1', '--blobPort', String(port), '--inMemoryPersistence', '--skipApiVersionCheck', '--disableTelemetry', '--silent'], { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => (exited = true));
  // azurite --silent prints nothing: wait until the port answers (slowly on a loaded machine).
  const deadline = Date.now() + 40_000;
  while (!(await answers(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`azurite did not start on 127.0.0.1:${port} within 40 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** An azurite the test can kill, pause, resume and start again on the same port, keeping its data on disk. */
export interface FaultyAzurite extends Azurite {
  port: number;
  /** Where azurite keeps its data (survives kill and restart). */
  location: string;
  /** Starts (or starts again) azurite on the same port; resolves once it listens. */
  start(): Promise<void>;
  /** SIGKILL: connections refused until {@link start}. */
  kill(): Promise<void>;
  /** SIGSTOP: connections accepted, nothing answered until {@link resume}. */
  pause(): void;
  resume(): void;
}

/** An azurite on a fixed free port and a data folder; `started: false` leaves it down (a bot starting without storage). */
export async function faultyAzurite(location: string, { started = true } = {}): Promise<FaultyAzurite> {
  const port = await freePort();
  const bin = join(__dirname, '..', '..', 'node_modules', '.bin', 'azurite-blob');
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const start = async () => {
    child = spawn(bin, ['--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', location, '--skipApiVersionCheck', '--disableTelemetry', '--silent'], { stdio: 'ignore' });
    const running = child;
    let gone = false;
    exited = new Promise((resolve) => running.once('exit', () => ((gone = true), resolve())));
    // A loaded machine (parallel test runs) can take its time loading azurite's modules.
    const deadline = Date.now() + 40_000;
    while (!(await answers(port))) {
      if (gone || Date.now() > deadline) {
        running.kill('SIGKILL');
        throw new Error(`azurite did not start on 127.0.0.1:${port} within 40 s`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const kill = async () => {
    if (!child) return;
    child.kill('SIGCONT');
    child.kill('SIGKILL');
    await exited;
    child = undefined;
  };
  if (started) await start();
  return {
    port,
    location,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    start,
    kill,
    stop: kill,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
  };
}
