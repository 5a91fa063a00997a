// A Storage whose every call has a deadline (StorageGuard), and which builds its inner storage anew
// after a failure: BlobsStorage remembers a failed createIfNotExists for good, a new one does not.

import type { Storage, StoreItems } from 'botbuilder';
import { StorageUnavailableError, type StorageGuard } from './guard';

/** An eTag conflict is the caller's to handle (read again, retry), not a sign the storage is down. */
export function isStorageFault(err: unknown): boolean {
  if ((err as { statusCode?: unknown })?.statusCode === 412) return false;
  return !/etag conflict/i.test(String((err as { message?: unknown })?.message ?? ''));
}

/** Wraps the storage `create` builds; see the file comment. */
export class GuardedStorage implements Storage {
  private inner: Storage | undefined;

  constructor(
    private readonly create: () => Storage,
    readonly guard: StorageGuard,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.call((s) => s.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.call((s) => s.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.call((s) => s.delete(keys));
  }

  private async call<T>(op: (storage: Storage) => Promise<T>): Promise<T> {
    const inner = (this.inner ??= this.create());
    try {
      return await this.guard.run(() => op(inner), isStorageFault);
    } catch (err) {
      if (err instanceof StorageUnavailableError && this.inner === inner) this.inner = undefined;
      throw err;
    }
  }
}
