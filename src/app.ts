// Wiring: the one place that builds the bot from configuration (storage, records, engine, server).

import { type Config } from './config';
import { Records } from './bot/records';
import { TolerantConversationState, TolerantUserState } from './bot/tolerantState';
import { VoortgangsBot } from './bot/voortgangsBot';
import { QaEngine } from './qa/engine';
import { formatProblem, loadCorpus } from './report/corpus';
import { ruleProblems } from './search/rulesCheck';
import { clientResolver } from './edge/clientAddress';
import { startServer, type BotServer } from './server';
import type { Server } from 'restify';
import { ConversationStore } from './webchat/conversationStore';
import { registerDirectLine } from './webchat/directLine';
import { registerPage } from './webchat/page';
import { TokenIssuer } from './webchat/tokens';
import { configuredStorage } from './storage/configured';
import { StorageReadiness } from './storage/readiness';

/** Answers remembered by question text: the example questions and suggestions are asked over and over. */
const ANSWER_CACHE_SIZE = 2000;

/**
 * Loads the corpus, builds the bot and starts the server: what `npm start` runs, and what the
 * tests run with their own configuration (port 0, temporary folders, azurite) and log sink.
 */
export async function startApp(config: Config, log: (line: string) => void = console.log): Promise<BotServer & { engine: QaEngine }> {
  const started = Date.now();
  const corpus = loadCorpus(config.corpusDir);
  const engine = new QaEngine(corpus, { contact: { nl: config.contactNl, en: config.contactEn }, cacheSize: ANSWER_CACHE_SIZE });
  // The word lists and glossary are checked like the report: logged here, shown by /readyz and lint-corpus.
  corpus.problems.push(...ruleProblems(corpus, engine.index));
  for (const p of corpus.problems) log(`[corpus] ${formatProblem(p)}`);
  const { storage, records, guards } = configuredStorage(config, log);
  const readiness = new StorageReadiness(guards, Math.min(1000, config.storageTimeoutMs));
  const bot = new VoortgangsBot({
    engine,
    conversationState: new TolerantConversationState(storage),
    userState: new TolerantUserState(storage),
    records: new Records(records),
    turnTimeoutMs: config.turnTimeoutMs,
  });
  // One resolver for every per-client limit: the client's address through TRUST_PROXY only.
  const client = clientResolver(config.trustProxy);
  const extend = (server: Server) => {
    registerPage(server, { embedOrigins: config.embedOrigins });
    registerDirectLine(server, {
      bot,
      store: new ConversationStore(storage, config.conversationMaxAgeMs),
      tokens: new TokenIssuer(config.directLineTokenSecret),
      azureSecret: config.directLineSecret,
      azureEndpoint: config.directLineEndpoint,
      rate: config.directLineRate,
      turnTimeoutMs: config.turnTimeoutMs,
      client,
      log,
    });
  };
  const server = await startServer(
    {
      engine,
      bot,
      botFramework: config.botFramework,
      log,
      extend,
      client,
      readyzToken: config.readyzToken,
      hsts: config.hsts,
      messagesPerMinute: config.messagesPerMinute,
      headersTimeoutMs: config.headersTimeoutMs,
      readiness: () => readiness.problem(),
      storageStatus: () => readiness.check(),
    },
    config.port,
    config.host,
  );
  log(`[start] ${engine.index.size} passages from ${corpus.reports.length} report(s) in ${config.corpusDir}; listening on ${server.url}: the chat page on /, the bot on /api/messages (${Date.now() - started} ms)`);
  return { ...server, engine };
}
