// Transcripts and feedback under a StorageGuard: each write has the guard's deadline, and its
// request is cancelled when the deadline passes.

import type { BotRecord, FeedbackRecord, RecordSink } from '../bot/records';
import type { StorageGuard } from './guard';

/** A record sink whose writes are bounded by `guard`; reading feedback (a clerk's command) is not. */
export class GuardedRecordSink implements RecordSink {
  constructor(
    private readonly sink: RecordSink,
    readonly guard: StorageGuard,
  ) {}

  write(record: BotRecord, signal?: AbortSignal): Promise<void> {
    return this.guard.run((deadline) => this.sink.write(record, signal ? AbortSignal.any([signal, deadline]) : deadline));
  }

  readFeedback(): Promise<FeedbackRecord[]> {
    return this.sink.readFeedback();
  }
}
