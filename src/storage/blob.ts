// Azure Blob Storage for conversation and user state and Direct Line conversations: BlobsStorage's
// format (same blob names, JSON bodies, eTags), but every request carries the abort signal of its
// guarded call, so a request past its deadline is cancelled instead of landing later, and a failed
// container creation is tried again on the next call instead of being remembered.

import { json } from 'node:stream/consumers';
import { ContainerClient, RestError, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { currentCallSignal } from './guard';

/**
 * Pipeline options for every blob client of the bot. The SDK's default retries for ~16 s (4 tries,
 * 4 s exponential delay), longer than the HTTP timeout; here one quick retry for a dropped
 * connection, and the guard's deadline aborts whatever is under way.
 */
export function blobPipelineOptions(): StoragePipelineOptions {
  return { retryOptions: { maxTries: 2, retryDelayInMs: 50, maxRetryDelayInMs: 50 } };
}

/** The blob name BlobsStorage (botbuilder-azure-blobs) uses for a key: data written by either is read by both. */
export function blobName(key: string): string {
  if (!key) throw new Error('BlobStateStorage: a key must not be empty');
  const sanitized = key.split('/').reduce((acc, part, idx) => (part ? [acc, part].join(idx < 255 ? '/' : '') : acc));
  return encodeURIComponent(sanitized).substring(0, 1024);
}

/**
 * Creates a blob container the first time it is needed. A failed creation is forgotten, so the
 * next call tries again: storage that was down at start (or later) works once it is back.
 */
export class ContainerCreation {
  private ready: Promise<unknown> | undefined;

  constructor(private readonly container: ContainerClient) {}

  /** Resolves once the container exists. */
  ensure(signal?: AbortSignal): Promise<unknown> {
    this.ready ??= this.container.createIfNotExists({ abortSignal: signal }).catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    return this.ready;
  }
}

/** A Storage in one blob container; see the file comment. */
export class BlobStateStorage implements Storage {
  private readonly container: ContainerClient;
  private readonly creation: ContainerCreation;

  constructor(connectionString: string, containerName: string) {
    this.container = new ContainerClient(connectionString, containerName, blobPipelineOptions());
    this.creation = new ContainerCreation(this.container);
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.initialize();
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        try {
          const blob = await this.container.getBlobClient(blobName(key)).download(0, undefined, { abortSignal: currentCallSignal() });
          if (!blob.readableStreamBody) return;
          items[key] = { ...((await json(blob.readableStreamBody)) as object), eTag: blob.etag };
        } catch (err) {
          if ((err as RestError).statusCode !== 404) throw err;
        }
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.initialize();
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...change } = (item ?? {}) as { eTag?: unknown };
        const body = JSON.stringify(change);
        try {
          await this.container.getBlockBlobClient(blobName(key)).upload(body, Buffer.byteLength(body), {
            conditions: typeof eTag === 'string' && eTag !== '*' ? { ifMatch: eTag } : {},
            blobHTTPHeaders: { blobContentType: 'application/json' },
            abortSignal: currentCallSignal(),
          });
        } catch (err) {
          if ((err as RestError).statusCode === 412) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
          throw err;
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await this.initialize();
    await Promise.all(keys.map((key) => this.container.deleteBlob(blobName(key), { abortSignal: currentCallSignal() }).catch((err: RestError) => {
      if (err.statusCode !== 404) throw err;
    })));
  }

  private initialize(): Promise<unknown> {
    return this.creation.ensure(currentCallSignal());
  }
}

/** A readiness probe: the blob service answers for the container (whether or not it exists yet). */
export function blobProbe(connectionString: string, container: string): (signal: AbortSignal) => Promise<unknown> {
  const client = new ContainerClient(connectionString, container, { retryOptions: { maxTries: 1 } });
  return (signal) => client.exists({ abortSignal: signal });
}
