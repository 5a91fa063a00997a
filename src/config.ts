// Configuration from the environment, read once at start. Every setting is listed in .env.example.

import { defaultCorpusDir } from './report/corpus';

/** Where conversation state, transcripts and feedback go. */
export type StorageKind = 'memory' | 'blob';
export type TranscriptKind = 'off' | 'file' | 'blob';

/** The bot's settings. Secrets stay here and in the adapter; nothing logs this object. */
export interface Config {
  port: number;
  /**
   * The address to listen on (`HOST`): unset, every interface (IPv4 and IPv6), as a container
   * needs; `127.0.0.1` keeps the bot to this machine (behind a reverse proxy on the same host).
   */
  host?: string;
  corpusDir: string;
  storage: StorageKind;
  transcripts: TranscriptKind;
  /** Folder for `TRANSCRIPTS=file`. */
  dataDir: string;
  blobConnectionString?: string;
  blobContainer: string;
  /** Azure Bot Service Direct Line secret: the website then uses Azure's Direct Line. */
  directLineSecret?: string;
  /** Signs self-hosted Direct Line tokens; every replica needs the same one. */
  directLineTokenSecret?: string;
  /** Azure Direct Line base URL (for sovereign clouds). */
  directLineEndpoint?: string;
  /** Origins allowed to embed the chat page in an iframe. */
  embedOrigins: string[];
  contactNl?: string;
  contactEn?: string;
  /** The Bot Framework settings as ConfigurationBotFrameworkAuthentication reads them. */
  botFramework: Record<string, string | undefined>;
  /** Not from the environment (tests and embedders set it): see the server's `headersTimeoutMs`. */
  headersTimeoutMs?: number;
  /** Not from the environment (tests and embedders set it): see Direct Line's `rate`. */
  directLineRate?: { burst: number; perSecond: number };
}

/** Thrown for a setting that cannot work; the message names the variable and what it accepts. */
export class ConfigError extends Error {}

/** Reads the configuration; throws {@link ConfigError} naming the bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3978);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, not "${env.PORT}"`);
  const host = env.HOST?.trim() || undefined;
  if (host && !/^[\w.:-]+$/.test(host)) throw new ConfigError(`HOST must be an address or host name such as 127.0.0.1, 0.0.0.0 or ::, not "${env.HOST}"`);
  const storage = (env.STORAGE ?? 'memory').toLowerCase();
  if (storage !== 'memory' && storage !== 'blob') throw new ConfigError(`STORAGE must be memory or blob, not "${env.STORAGE}"`);
  const transcripts = (env.TRANSCRIPTS ?? 'off').toLowerCase();
  if (!['off', 'file', 'blob'].includes(transcripts)) throw new ConfigError(`TRANSCRIPTS must be off, file or blob, not "${env.TRANSCRIPTS}"`);
  if ((storage === 'blob' || transcripts === 'blob') && !env.BLOB_CONNECTION_STRING) {
    throw new ConfigError('STORAGE=blob or TRANSCRIPTS=blob needs BLOB_CONNECTION_STRING (an Azure Storage connection string)');
  }
  return {
    port,
    host,
    corpusDir: defaultCorpusDir(env),
    storage,
    transcripts: transcripts as TranscriptKind,
    dataDir: env.DATA_DIR || 'data',
    blobConnectionString: env.BLOB_CONNECTION_STRING,
    blobContainer: env.BLOB_CONTAINER || 'voortgangsbot',
    directLineSecret: env.DIRECTLINE_SECRET || undefined,
    directLineTokenSecret: env.DIRECTLINE_TOKEN_SECRET || undefined,
    directLineEndpoint: env.DIRECTLINE_ENDPOINT || undefined,
    embedOrigins: (env.EMBED_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean),
    contactNl: env.CONTACT_NL,
    contactEn: env.CONTACT_EN,
    botFramework: {
      MicrosoftAppId: env.MicrosoftAppId,
      MicrosoftAppPassword: env.MicrosoftAppPassword,
      MicrosoftAppType: env.MicrosoftAppType,
      MicrosoftAppTenantId: env.MicrosoftAppTenantId,
    },
  };
}
