// Wiring: the one place that builds the bot from configuration (storage, records, engine, server).

import { ConversationState, MemoryStorage, UserState, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { type Config } from './config';
import { createRecordSink, Records } from './bot/records';
import { VoortgangsBot } from './bot/voortgangsBot';
import { QaEngine } from './qa/engine';
import { loadCorpus } from './report/corpus';
import { startServer, type BotServer } from './server';
import type { Server } from 'restify';
import { ConversationStore } from './webchat/conversationStore';
import { registerDirectLine } from './webchat/directLine';
import { registerPage } from './webchat/page';
import { TokenIssuer } from './webchat/tokens';

/** Answers remembered by question text: the example questions and suggestions are asked over and over. */
const ANSWER_CACHE_SIZE = 2000;

/** Conversation and user state storage for the configuration. */
export function createStorage(config: Config): Storage {
  return config.storage === 'blob' ? new BlobsStorage(config.blobConnectionString!, config.blobContainer) : new MemoryStorage();
}

/**
 * Loads the corpus, builds the bot and starts the server: what `npm start` runs, and what the
 * tests run with their own configuration (port 0, temporary folders, azurite) and log sink.
 */
export async function startApp(config: Config, log: (line: string) => void = console.log): Promise<BotServer & { engine: QaEngine }> {
  const started = Date.now();
  const corpus = loadCorpus(config.corpusDir);
  for (const p of corpus.problems) log(`[corpus] ${p.file}:${p.lines[0]}: ${p.severity}: ${p.message}`);
  const engine = new QaEngine(corpus, { contact: { nl: config.contactNl, en: config.contactEn }, cacheSize: ANSWER_CACHE_SIZE });
  const storage = createStorage(config);
  const bot = new VoortgangsBot({
    engine,
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    records: new Records(createRecordSink(config)),
  });
  const extend = (server: Server) => {
    registerPage(server, { embedOrigins: config.embedOrigins });
    registerDirectLine(server, {
      bot,
      store: new ConversationStore(storage),
      tokens: new TokenIssuer(config.directLineTokenSecret),
      azureSecret: config.directLineSecret,
      azureEndpoint: config.directLineEndpoint,
      rate: config.directLineRate,
      log,
    });
  };
  const server = await startServer({ engine, bot, botFramework: config.botFramework, log, extend, headersTimeoutMs: config.headersTimeoutMs }, config.port, config.host);
  log(`[start] ${engine.index.size} passages from ${corpus.reports.length} report(s) in ${config.corpusDir}; listening on ${server.url}: the chat page on /, the bot on /api/messages (${Date.now() - started} ms)`);
  return { ...server, engine };
}
