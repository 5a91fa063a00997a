// azurite's blob service on 127.0.0.1 for tests of Azure Blob Storage: in memory, or on disk for
// fault tests that kill, pause and restart it (launched by src/cli/azurite.ts, as the soak does).

import type { ChildProcess } from 'node:child_process';
import { azuriteConnectionString, freePort, spawnAzurite } from '../../src/cli/azurite';

export interface Azurite {
  connectionString: string;
  stop(): Promise<void>;
}

/** Kills azurite (waking it first if paused) and resolves once it has exited. */
function killed(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGCONT');
    child.kill('SIGKILL');
  });
}

/** Starts azurite-blob in memory and resolves once it listens. */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const child = await spawnAzurite(port, 'memory');
  return { connectionString: azuriteConnectionString(port), stop: () => killed(child) };
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
  let child: ChildProcess | undefined;
  const start = async () => {
    child = await spawnAzurite(port, location);
  };
  const kill = async () => {
    if (child) await killed(child);
    child = undefined;
  };
  if (started) await start();
  return {
    port,
    location,
    connectionString: azuriteConnectionString(port),
    start,
    kill,
    stop: kill,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
  };
}
