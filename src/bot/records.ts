// Transcripts and feedback for clerks, redacted before they are written (TRANSCRIPTS=off|file|blob).

import { createHash, randomUUID } from 'node:crypto';
import { appendFile, chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContainerClient } from '@azure/storage-blob';
import type { ContainerCreation } from '../storage/blob';
import type { Config } from '../config';
import { redact } from '../privacy/redact';

/** One answered turn, as kept for clerks. */
export interface TranscriptRecord {
  type: 'turn';
  time: string;
  /** A hash of the conversation id: turns of one conversation group, without the channel's id. */
  conversation: string;
  channel: string;
  /** What the user typed ("meer hierover", "2" for a choice), when it is not the question answered. */
  typed?: string;
  /** The question that was answered. */
  question: string;
  kind: string;
  answer: string;
  cited: string[];
}

/** A 👍/👎 on an answer. */
export interface FeedbackRecord {
  type: 'feedback';
  time: string;
  conversation: string;
  channel: string;
  rating: 'up' | 'down';
  question: string;
  answer: string;
  cited: string[];
}

export type BotRecord = TranscriptRecord | FeedbackRecord;

/** Where records go. Implementations redact nothing themselves: {@link Records} does. */
export interface RecordSink {
  /** Writes one record; a sink that can, stops when `signal` aborts (the turn's deadline passed). */
  write(record: BotRecord, signal?: AbortSignal): Promise<void>;
  /** Every feedback record, oldest first (for `npm run feedback`). */
  readFeedback(): Promise<FeedbackRecord[]>;
}

/** Control characters (terminal escapes, carriage returns, bidi overrides) never reach a record or a terminal; `\n` and `\t` do, where kept. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text safe to store and print: control characters removed; newlines kept only when `multiline`
 * (an answer), else turned into spaces, so a question cannot forge a line of `npm run feedback`.
 */
export function safeText(text: string, multiline = false): string {
  const clean = text.replace(CONTROL, '');
  return multiline ? clean : clean.replace(/[\n\t]+/g, ' ');
}

/** Fields the bot makes itself (a timestamp, a hash): a hex hash could look like a number to redact. */
const GENERATED = new Set(['type', 'time', 'conversation']);

/** A record with personal data redacted and control characters removed from every field (lists included). */
export function cleanRecord<T extends BotRecord>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') out[key] = safeText(GENERATED.has(key) ? value : redact(value), key === 'answer');
    else if (Array.isArray(value)) out[key] = value.map((v) => safeText(redact(String(v))));
    else out[key] = value;
  }
  return out as T;
}

/** Writes records through a sink after redacting personal data from every field. */
export class Records {
  constructor(private readonly sink: RecordSink | undefined) {}

  get enabled(): boolean {
    return this.sink !== undefined;
  }

  async write(record: BotRecord, signal?: AbortSignal): Promise<void> {
    if (!this.sink) return;
    await this.sink.write(cleanRecord(record), signal);
  }

  /** A stable, non-reversible id for a conversation. */
  static conversationKey(conversationId: string): string {
    return createHash('sha256').update(conversationId).digest('hex').slice(0, 16);
  }
}

/** JSON Lines files in a folder: `transcripts.jsonl` and `feedback.jsonl`, readable by the service's user only. */
export class FileRecordSink implements RecordSink {
  private readonly secured = new Set<string>();

  constructor(private readonly dir: string) {}

  async write(record: BotRecord): Promise<void> {
    const file = join(this.dir, record.type === 'feedback' ? 'feedback.jsonl' : 'transcripts.jsonl');
    if (!this.secured.has(file)) {
      // Folder 0700 and file 0600, also when they were made earlier with looser modes.
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      await chmod(this.dir, 0o700);
      await appendFile(file, '', { mode: 0o600 });
      await chmod(file, 0o600);
      this.secured.add(file);
    }
    await appendFile(file, JSON.stringify(record) + '\n', { encoding: 'utf8', mode: 0o600 });
  }

  async readFeedback(): Promise<FeedbackRecord[]> {
    let text = '';
    try {
      text = await readFile(join(this.dir, 'feedback.jsonl'), 'utf8');
    } catch {
      return [];
    }
    return text
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as FeedbackRecord];
        } catch {
          return [];
        }
      });
  }
}

/** Records as JSON blobs in an Azure Blob Storage container (`records/<type>/<time>-<uuid>.json`). */
export class BlobRecordSink implements RecordSink {
  private readonly container: ContainerClient;
  private readonly creation: ContainerCreation;

  constructor(connectionString: string, containerName: string) {
    // Loaded here, only when transcripts go to Blob Storage: the Azure SDK costs ~0.2 s of start-up.
    const { BlobServiceClient } = require('@azure/storage-blob') as typeof import('@azure/storage-blob');
    const { blobPipelineOptions, ContainerCreation } = require('../storage/blob') as typeof import('../storage/blob');
    this.container = BlobServiceClient.fromConnectionString(connectionString, blobPipelineOptions()).getContainerClient(containerName);
    this.creation = new ContainerCreation(this.container);
  }

  async write(record: BotRecord, signal?: AbortSignal): Promise<void> {
    await this.creation.ensure(signal);
    const body = JSON.stringify(record);
    await this.container.getBlockBlobClient(`records/${record.type}/${record.time}-${randomUUID()}.json`).upload(body, Buffer.byteLength(body), {
      blobHTTPHeaders: { blobContentType: 'application/json' },
      abortSignal: signal,
    });
  }

  async readFeedback(): Promise<FeedbackRecord[]> {
    const out: FeedbackRecord[] = [];
    if (!(await this.container.exists())) return out;
    for await (const blob of this.container.listBlobsFlat({ prefix: 'records/feedback/' })) {
      const buffer = await this.container.getBlobClient(blob.name).downloadToBuffer();
      out.push(JSON.parse(buffer.toString('utf8')) as FeedbackRecord);
    }
    return out.sort((a, b) => a.time.localeCompare(b.time));
  }
}

/** Where transcripts and feedback go for the configuration, or undefined when they are off. */
export function createRecordSink(config: Pick<Config, 'transcripts' | 'dataDir' | 'blobConnectionString' | 'blobContainer'>): RecordSink | undefined {
  if (config.transcripts === 'file') return new FileRecordSink(config.dataDir);
  if (config.transcripts === 'blob') return new BlobRecordSink(config.blobConnectionString!, config.blobContainer);
  return undefined;
}
