import { MemoryStorage, type Storage } from 'botbuilder';
import { StorageGuard, StorageUnavailableError } from '../../src/storage/guard';
import { GuardedStorage } from '../../src/storage/guardedStorage';

const never = () => new Promise<never>(() => undefined);

describe('StorageGuard', () => {
  it('fails a call that does not answer by its deadline, and aborts the call\'s signal', async () => {
    const guard = new StorageGuard('state', { deadlineMs: 50 });
    let signal: AbortSignal | undefined;
    const started = Date.now();
    await expect(guard.run((s) => ((signal = s), never()))).rejects.toThrow(new StorageUnavailableError('state', 'no answer within 50 ms'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(signal?.aborted).toBe(true);
    expect(guard.unavailableReason).toBe('no answer within 50 ms');
  });

  it('fails at once while the storage is known to be down, then tries it again after the cooldown', async () => {
    const logs: string[] = [];
    const guard = new StorageGuard('state', { deadlineMs: 1000, cooldownMs: 100, log: (l) => logs.push(l) });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    await expect(guard.run(() => Promise.reject(refused))).rejects.toBeInstanceOf(StorageUnavailableError);
    let tried = 0;
    await expect(guard.run(async () => ++tried)).rejects.toThrow(/ECONNREFUSED/);
    expect(tried).toBe(0);
    await new Promise((r) => setTimeout(r, 150));
    await expect(guard.run(async () => ++tried)).resolves.toBe(1);
    expect(guard.unavailableReason).toBeUndefined();
    expect(logs).toEqual([
      '[storage] state: unavailable (connect ECONNREFUSED 127.0.0.1:1); answering without it and retrying every 100 ms',
      '[storage] state: available again',
    ]);
  });

  it('passes an error the caller handles (an eTag conflict) through, without calling the storage down', async () => {
    const guard = new StorageGuard('state', { deadlineMs: 1000 });
    const conflict = new Error('Storage: error writing "k" due to eTag conflict.');
    await expect(guard.run(() => Promise.reject(conflict), () => false)).rejects.toBe(conflict);
    expect(guard.unavailableReason).toBeUndefined();
  });

  it('says from its probe whether the storage answers, and a storage that answers again is used at once', async () => {
    let up = false;
    const guard = new StorageGuard('records (blob)', { deadlineMs: 1000, cooldownMs: 60_000, probe: async () => { if (!up) throw Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }); } });
    expect(await guard.check(100)).toBe('ECONNREFUSED: refused');
    await expect(guard.run(async () => 'written')).rejects.toBeInstanceOf(StorageUnavailableError);
    up = true;
    expect(await guard.check(100)).toBeUndefined();
    await expect(guard.run(async () => 'written')).resolves.toBe('written');
  });
});

describe('GuardedStorage', () => {
  it('builds its storage anew after a failure, so a storage that remembers a failed start works again', async () => {
    const built: Storage[] = [];
    let failing = true;
    const guarded = new GuardedStorage(() => {
      const memory = new MemoryStorage();
      const broken = failing; // like BlobsStorage after a failed createIfNotExists: broken for good
      const storage: Storage = { read: (k) => (broken ? Promise.reject(new Error('ECONNREFUSED')) : memory.read(k)), write: (c) => memory.write(c), delete: (k) => memory.delete(k) };
      built.push(storage);
      return storage;
    }, new StorageGuard('state', { deadlineMs: 1000, cooldownMs: 1 }));
    await expect(guarded.read(['a'])).rejects.toBeInstanceOf(StorageUnavailableError);
    failing = false;
    await new Promise((r) => setTimeout(r, 5));
    await expect(guarded.read(['a'])).resolves.toEqual({});
    expect(built).toHaveLength(2);
  });
});
