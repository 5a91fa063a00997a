// Whether the configured storages answer, for GET /readyz: each probed with a short timeout, the
// result kept for a few seconds so that load balancers polling often do not load the storage.

import type { StorageGuard } from './guard';

/** One storage's state as /readyz reports it. */
export interface StorageStatus {
  name: string;
  ok: boolean;
  /** Why it is not ready (an error code or a timeout), when not ok. */
  reason?: string;
}

/** Probes guards' storages; see the file comment. */
export class StorageReadiness {
  private cached: { at: number; statuses: Promise<StorageStatus[]> } | undefined;

  /**
   * @param guards the configured storages (none for memory storage and TRANSCRIPTS=off)
   * @param timeoutMs a probe that has not answered after this long counts as unreachable
   * @param cacheMs how long one round of probes stands
   */
  constructor(
    private readonly guards: StorageGuard[],
    private readonly timeoutMs = 1000,
    private readonly cacheMs = 2000,
  ) {}

  /** Every storage's status, probed at most once per `cacheMs` (callers in between share one round). */
  check(): Promise<StorageStatus[]> {
    if (this.cached && Date.now() - this.cached.at < this.cacheMs) return this.cached.statuses;
    const statuses = Promise.all(
      this.guards.map(async (guard) => {
        const reason = await guard.check(this.timeoutMs);
        return reason === undefined ? { name: guard.name, ok: true } : { name: guard.name, ok: false, reason };
      }),
    );
    this.cached = { at: Date.now(), statuses };
    return statuses;
  }

  /** Undefined when every storage answers, else one line naming those that do not and why. */
  async problem(): Promise<string | undefined> {
    const down = (await this.check()).filter((s) => !s.ok);
    return down.length ? `storage unreachable: ${down.map((s) => `${s.name} (${s.reason})`).join('; ')}` : undefined;
  }
}
