// The storages the configuration asks for, each redacting what it writes and bounded by a guard.

import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config';
import { createRecordSink, type RecordSink } from '../bot/records';
import { StorageGuard } from './guard';
import { GuardedRecordSink } from './guardedRecordSink';
import { GuardedStorage } from './guardedStorage';
import { RedactingStorage } from './redactingStorage';

/** What {@link configuredStorage} builds. */
export interface ConfiguredStorage {
  /** Conversation and user state and Direct Line conversations: redacted, bounded. */
  storage: Storage;
  /** Transcripts and feedback (undefined when TRANSCRIPTS=off): bounded; Records redacts. */
  records?: RecordSink;
  /** The guards of storages that can fail (blob, files), for /readyz. */
  guards: StorageGuard[];
}

type StorageConfig = Pick<Config, 'storage' | 'transcripts' | 'dataDir' | 'blobConnectionString' | 'blobContainer' | 'storageTimeoutMs'>;

/** Builds the storages for the configuration; `log` hears when one goes down and comes back. */
export function configuredStorage(config: StorageConfig, log: (line: string) => void): ConfiguredStorage {
  const guards: StorageGuard[] = [];
  let inner: Storage;
  if (config.storage === 'blob') {
    const { BlobStateStorage, blobProbe } = blobModule();
    const { blobConnectionString: connection, blobContainer: container } = config;
    const guard = new StorageGuard('state (blob)', { deadlineMs: config.storageTimeoutMs, probe: blobProbe(connection!, container), log });
    guards.push(guard);
    inner = new GuardedStorage(() => new BlobStateStorage(connection!, container), guard);
  } else {
    inner = new MemoryStorage();
  }
  const sink = createRecordSink(config);
  let records: RecordSink | undefined;
  if (sink) {
    const probe =
      config.transcripts === 'blob'
        ? blobModule().blobProbe(config.blobConnectionString!, config.blobContainer)
        : async () => {
            await mkdir(config.dataDir, { recursive: true });
            await access(config.dataDir, constants.W_OK);
          };
    const guard = new StorageGuard(`records (${config.transcripts})`, { deadlineMs: config.storageTimeoutMs, probe, log });
    guards.push(guard);
    records = new GuardedRecordSink(sink, guard);
  }
  return { storage: new RedactingStorage(inner), records, guards };
}

/** The Blob Storage module, loaded only when the configuration uses it: the Azure SDK costs ~0.2 s of start-up. */
function blobModule(): typeof import('./blob') {
  return require('./blob') as typeof import('./blob');
}
