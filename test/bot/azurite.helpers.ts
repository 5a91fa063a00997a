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
  // A hang guard, not a speed claim: on a loaded machine azurite takes its time to start.
  const deadline = Date.now() + START_TIMEOUT_MS;
  // azurite --silent prints nothing: wait until the port answers.
  while (!(await answers(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`azurite did not start on 127.0.0.1:${port} within ${START_TIMEOUT_MS / 1000} s`);
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
