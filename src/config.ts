// Configuration from the environment, read once at start. Every setting is listed in .env.example.

import { parseTrustedProxies } from './edge/clientAddress';
import { defaultCorpusDir } from './report/corpus';
import { MIN_SECRET_LENGTH } from './webchat/tokens';

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
  /** Where to send people for what the report does not answer; unset or empty: the engine's default. */
  contactNl?: string;
  contactEn?: string;
  /** A storage call that has not answered after this long fails (ms): the turn goes on without it. */
  storageTimeoutMs: number;
  /** A turn answers within this time (ms), with or without storage; keep it under the HTTP timeout (10 s). */
  turnTimeoutMs: number;
  /** On SIGTERM, turns under way get this long (ms) to finish before the process exits. */
  stopTimeoutMs: number;
  /** The Bot Framework settings as ConfigurationBotFrameworkAuthentication reads them. */
  botFramework: Record<string, string | undefined>;
  /** Not from the environment (tests and embedders set it): see the server's `headersTimeoutMs`. */
  headersTimeoutMs?: number;
  /** Not from the environment (tests and embedders set it): see Direct Line's `rate`. */
  directLineRate?: { burst: number; perSecond: number };
  /** Proxies (addresses or CIDR ranges) whose X-Forwarded-For / X-Forwarded-Proto are believed (TRUST_PROXY). */
  trustProxy: string[];
  /** Token that shows /readyz detail to callers other than this machine (READYZ_TOKEN). */
  readyzToken?: string;
  /** Strict-Transport-Security: auto (behind a trusted TLS proxy), always or off (HSTS). */
  hsts: 'auto' | 'always' | 'off';
  /** How long a self-hosted Direct Line conversation (and its session) lives, in ms (DIRECTLINE_CONVERSATION_HOURS). */
  conversationMaxAgeMs: number;
  /** /api/messages requests a minute per caller and per conversation (RATE_LIMIT_PER_CALLER, RATE_LIMIT_PER_CONVERSATION). */
  messagesPerMinute: { caller: number; conversation: number };
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
  const millis = (name: string, fallback: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max) throw new ConfigError(`${name} must be a whole number of milliseconds from 1 to ${max}, not "${raw}"`);
    return value;
  };
  const storageTimeoutMs = millis('STORAGE_TIMEOUT_MS', 2000, 8000);
  const turnTimeoutMs = millis('TURN_TIMEOUT_MS', 6000, 9000);
  if (storageTimeoutMs >= turnTimeoutMs) throw new ConfigError(`STORAGE_TIMEOUT_MS (${storageTimeoutMs}) must be shorter than TURN_TIMEOUT_MS (${turnTimeoutMs})`);
  const tokenSecret = env.DIRECTLINE_TOKEN_SECRET || undefined;
  if (tokenSecret !== undefined && tokenSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`DIRECTLINE_TOKEN_SECRET must be at least ${MIN_SECRET_LENGTH} characters (a long random value, e.g. from \`openssl rand -base64 48\`), not ${tokenSecret.length}`);
  }
  let trustProxy: string[];
  try {
    trustProxy = parseTrustedProxies(env.TRUST_PROXY ?? '');
  } catch (err) {
    throw new ConfigError(`TRUST_PROXY must list proxy IP addresses or CIDR ranges: ${(err as Error).message}`);
  }
  const hsts = (env.HSTS || 'auto').toLowerCase();
  if (hsts !== 'auto' && hsts !== 'always' && hsts !== 'off') throw new ConfigError(`HSTS must be auto, always or off, not "${env.HSTS}"`);
  const hours = Number(env.DIRECTLINE_CONVERSATION_HOURS || 24);
  if (!(hours > 0 && hours <= 24 * 30)) throw new ConfigError(`DIRECTLINE_CONVERSATION_HOURS must be a number of hours above 0 and at most 720, not "${env.DIRECTLINE_CONVERSATION_HOURS}"`);
  const perMinute = (name: string, fallback: number) => {
    const value = Number(env[name] || fallback);
    if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a whole number of requests a minute (1 or more), not "${env[name]}"`);
    return value;
  };
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
    directLineTokenSecret: tokenSecret,
    directLineEndpoint: env.DIRECTLINE_ENDPOINT || undefined,
    embedOrigins: (env.EMBED_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean),
    // Empty counts as unset: an explicit undefined must not override the engine's default.
    contactNl: env.CONTACT_NL || undefined,
    contactEn: env.CONTACT_EN || undefined,
    storageTimeoutMs,
    turnTimeoutMs,
    stopTimeoutMs: millis('STOP_TIMEOUT_MS', 10_000, 120_000),
    botFramework: {
      MicrosoftAppId: env.MicrosoftAppId,
      MicrosoftAppPassword: env.MicrosoftAppPassword,
      MicrosoftAppType: env.MicrosoftAppType,
      MicrosoftAppTenantId: env.MicrosoftAppTenantId,
    },
    trustProxy,
    readyzToken: env.READYZ_TOKEN || undefined,
    hsts: hsts as Config['hsts'],
    conversationMaxAgeMs: hours * 3600_000,
    messagesPerMinute: { caller: perMinute('RATE_LIMIT_PER_CALLER', 600), conversation: perMinute('RATE_LIMIT_PER_CONVERSATION', 60) },
  };
}
