// A server for `npm run bench`, in its own process: `bare` (restify alone), `echo` (an echo bot on
// the same CloudAdapter) or `bot` (Voortgangsbot). Prints "ready <port>" when it listens.

import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';
import { sanitizeConsoleErrors } from '../server';

async function main(): Promise<void> {
  const mode = process.argv[2];
  // Exit cleanly so that --cpu-prof and --heap-prof can write their files.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
  if (mode === 'bot') {
    // Loaded only here, so the bare and echo servers carry no more modules than they need.
    const { startApp } = await import('../app');
    const { readConfig } = await import('../config');
    // The load comes from one address at thousands of requests a minute: the per-caller and
    // per-conversation limits still run on every request, but never refuse.
    const unlimited = { caller: Number.MAX_SAFE_INTEGER, conversation: Number.MAX_SAFE_INTEGER };
    const app = await startApp({ ...readConfig(), port: 0, messagesPerMinute: unlimited }, () => undefined);
    console.log(`ready ${app.port}`);
    return;
  }
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  sanitizeConsoleErrors();
  if (mode === 'bare') {
    server.post('/api/messages', (req: Request, res: Response, next: restify.Next) => {
      res.send(200, { activities: [{ type: 'message', text: `echo: ${(req.body as { text?: string }).text ?? ''}` }] });
      return next();
    });
  } else if (mode === 'echo') {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const bot = new ActivityHandler();
    bot.onMessage(async (context: TurnContext, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
    server.post('/api/messages', (req: Request, res: Response, next: restify.Next) => {
      adapter.process(req, res, (context) => bot.run(context)).finally(() => next());
    });
  } else {
    console.error('usage: benchServer bare|echo|bot');
    process.exit(2);
  }
  server.listen(0, '127.0.0.1', () => console.log(`ready ${(server.address() as { port: number }).port}`));
}

main().catch((err: Error) => {
  console.error(`benchServer: ${err.message}`);
  process.exit(1);
});
