// Starts azurite's blob service on 127.0.0.1 for the soak and the tests: one launcher for both.

import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot';

/** Azurite's well-known development account key (public, documented by Microsoft). */
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** How long azurite may take to listen by default (its modules load slowly on a busy machine). */
const DEFAULT_START_MS = 40_000;

/** The connection string of the development account of an azurite on `port`. */
export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
}

/** A port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

/**
 * Starts azurite-blob on `port`, its data in `location` (kept across restarts) or in memory, and
 * resolves once the port answers (azurite --silent prints nothing). A process that exits or does
 * not listen within `startMs` (default 40 s) is killed and the promise rejects.
 */
export async function spawnAzurite(port: number, location: string | 'memory', startMs = DEFAULT_START_MS): Promise<ChildProcess> {
  const bin = join(packageRoot(), 'node_modules', '.bin', 'azurite-blob');
  const persistence = location === 'memory' ? ['--inMemoryPersistence'] : ['--location', location];
  const child = spawn(bin, ['--blobHost', '127.0.0.1', '--blobPort', String(port), ...persistence, '--skipApiVersionCheck', '--disableTelemetry', '--silent'], { stdio: 'ignore' });
  const deadline = Date.now() + startMs;
  while (!(await listening(port))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`azurite did not start on 127.0.0.1:${port} within ${startMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return child;
}
