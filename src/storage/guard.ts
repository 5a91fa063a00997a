// Deadlines and a circuit breaker for one storage: a call answers within its deadline or fails with
// StorageUnavailableError, and while the storage is known to be down calls fail at once.

import { AsyncLocalStorage } from 'node:async_hooks';
import { MemoryStorage } from 'botbuilder';

/** The signal of the storage call under way, for HTTP clients that cannot be given one directly (BlobsStorage). */
const callSignal = new AsyncLocalStorage<AbortSignal>();

/** The abort signal of the guarded storage call this code runs in, if any. */
export function currentCallSignal(): AbortSignal | undefined {
  return callSignal.getStore();
}

/**
 * True for storage that answers from this process's memory: botbuilder's MemoryStorage, or a
 * wrapper that says it holds one (`answersAtOnce`). Its calls cannot hang, so they need no deadline.
 */
export function answersAtOnce(storage: unknown): boolean {
  return storage instanceof MemoryStorage || (storage as { answersAtOnce?: unknown } | undefined)?.answersAtOnce === true;
}

/** Thrown when a storage did not answer in time or failed: the caller answers without it (or 503). */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(
    /** Which storage: `state`, `records`. */
    readonly storage: string,
    /** Why, in a few words, for the log and /readyz (never shown to users). */
    readonly reason: string,
    /** When to try again, for a `Retry-After` header. */
    readonly retryAfterSeconds = 2,
  ) {
    super(`${storage} storage is unavailable: ${reason}`);
  }
}

/** Options for {@link StorageGuard}. */
export interface GuardOptions {
  /** A call that has not answered after this long fails. Keep it well inside the HTTP timeout. */
  deadlineMs: number;
  /** After a failure, calls fail at once for this long, then the storage is tried again. Default: the deadline. */
  cooldownMs?: number;
  /** Checks that the storage answers (for /readyz); given a signal that aborts at the probe's timeout. */
  probe?: (signal: AbortSignal) => Promise<unknown>;
  /** One line when the storage goes down and when it comes back (not per call). */
  log?: (line: string) => void;
}

/** The reason of an error in a few words: its code or status and the first line of its message. */
export function shortReason(err: unknown): string {
  const e = err as { code?: unknown; statusCode?: unknown; name?: unknown; message?: unknown } | undefined;
  const label = typeof e?.code === 'string' ? e.code : typeof e?.statusCode === 'number' ? `status ${e.statusCode}` : String(e?.name ?? 'Error');
  const message = String(e?.message ?? err ?? '').split('\n')[0].slice(0, 160);
  return message && !message.includes(label) ? `${label}: ${message}` : message || label;
}

/** Runs one storage's calls with a deadline, and remembers whether the storage is up. */
export class StorageGuard {
  private openUntil = 0;
  private problem: string | undefined;
  private readonly cooldownMs: number;

  constructor(
    /** The storage's name in errors, logs and /readyz. */
    readonly name: string,
    private readonly options: GuardOptions,
  ) {
    if (!(options.deadlineMs > 0)) throw new Error(`StorageGuard ${name}: deadlineMs must be a positive number of milliseconds`);
    this.cooldownMs = options.cooldownMs ?? options.deadlineMs;
  }

  /** Why the storage is thought to be down, or undefined while it answers. */
  get unavailableReason(): string | undefined {
    return this.problem;
  }

  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.cooldownMs / 1000));
  }

  /**
   * Runs `op` with the deadline. `op` gets a signal that aborts at the deadline (pass it to the
   * SDK, so the request itself stops). Errors for which `isFault` is false (an eTag conflict) are
   * the caller's business and pass through unchanged; any other error or the deadline marks the
   * storage down and becomes a {@link StorageUnavailableError}.
   */
  async run<T>(op: (signal: AbortSignal) => Promise<T>, isFault: (err: unknown) => boolean = () => true): Promise<T> {
    if (this.problem !== undefined && Date.now() < this.openUntil) throw this.unavailable(this.problem);
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(this.unavailable(`no answer within ${this.options.deadlineMs} ms`));
      }, this.options.deadlineMs);
    });
    const work = callSignal.run(controller.signal, () => op(controller.signal));
    work.catch(() => undefined); // a failure after the deadline has nobody left to tell
    try {
      const result = await Promise.race([work, deadline]);
      this.up();
      return result;
    } catch (err) {
      if (err instanceof StorageUnavailableError) {
        this.down(err.reason);
        throw err;
      }
      if (!isFault(err)) {
        this.up();
        throw err;
      }
      const reason = shortReason(err);
      this.down(reason);
      throw this.unavailable(reason);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Asks the storage whether it answers (the probe, with `timeoutMs`), and updates what the guard
   * knows: a storage that answers again is used again at once. Undefined when it answers, else why not.
   */
  async check(timeoutMs: number): Promise<string | undefined> {
    if (!this.options.probe) return this.problem;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      await Promise.race([
        this.options.probe(signal),
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error(`no answer within ${timeoutMs} ms`)), { once: true })),
      ]);
      this.up();
      return undefined;
    } catch (err) {
      const reason = signal.aborted ? `no answer within ${timeoutMs} ms` : shortReason(err);
      this.down(reason);
      return reason;
    }
  }

  private unavailable(reason: string): StorageUnavailableError {
    return new StorageUnavailableError(this.name, reason, this.retryAfterSeconds);
  }

  private up(): void {
    if (this.problem === undefined) return;
    this.problem = undefined;
    this.openUntil = 0;
    this.options.log?.(`[storage] ${this.name}: available again`);
  }

  private down(reason: string): void {
    if (this.problem === undefined) this.options.log?.(`[storage] ${this.name}: unavailable (${reason}); answering without it and retrying every ${this.cooldownMs} ms`);
    this.problem = reason;
    this.openUntil = Date.now() + this.cooldownMs;
  }
}
