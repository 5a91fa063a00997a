// `npm start`: reads .env once, starts the bot, and shuts down gracefully on SIGTERM/SIGINT.

import { config as loadDotenv } from 'dotenv';
import { unsupportedRuntime } from './runtime';


async function main(): Promise<void> {
  const refusal = unsupportedRuntime();
  if (refusal) {
    console.error(refusal);
    process.exit(2);
  }
  // Loaded after the runtime check, so an old Node.js gets the one-line refusal, not a module error.
  const { ConfigError, readConfig } = await import('./config');
  const { startApp } = await import('./app');
  loadDotenv({ quiet: true } as Parameters<typeof loadDotenv>[0]);
  let config;
  try {
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`voortgangsbot: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const app = await startApp(config);
  // Stop accepting, let turns under way finish (each is bounded by TURN_TIMEOUT_MS; all by
  // STOP_TIMEOUT_MS), then exit. A second signal exits at once.
  const stop = (signal: string) => {
    console.log(`[stop] ${signal}: no new connections; letting turns under way finish (at most ${config.stopTimeoutMs} ms)`);
    process.once(signal, () => process.exit(1));
    app.close(config.stopTimeoutMs).then(() => {
      console.log('[stop] done');
      process.exit(0);
    });
    setTimeout(() => process.exit(1), config.stopTimeoutMs + 2000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: Error) => {
  console.error(`voortgangsbot: could not start: ${err.message}`);
  process.exit(1);
});
