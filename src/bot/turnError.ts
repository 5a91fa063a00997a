// The turn error handler (onTurnError): the error goes to the log, the user gets a plain apology.

import type { TurnContext } from 'botbuilder';
import { shortReason } from '../storage/guard';
import { MESSAGES } from '../qa/messages';
import { languageOf } from './reply';

/** What the handler needs of the bot. */
export interface ClearsConversation {
  clearConversation(context: TurnContext): Promise<void>;
}

/**
 * Logs the error (name and first line, no stack), tells the user plainly and clears the
 * conversation so the next turn starts clean. Only the Emulator, a developer's tool on the same
 * machine, also gets a trace with the error's name: no other channel sees error details.
 */
export function turnErrorHandler(bot: ClearsConversation, log: (line: string) => void) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const reason = shortReason(error);
    log(`[onTurnError] ${context.activity?.channelId ?? '?'}: ${reason}`);
    try {
      if (context.activity?.channelId === 'emulator') await context.sendTraceActivity('OnTurnError Trace', reason, 'https://www.botframework.com/schemas/error', 'TurnError');
      await context.sendActivity(MESSAGES[languageOf(context)].error);
      await bot.clearConversation(context);
    } catch (inner) {
      log(`[onTurnError] could not tell the user: ${shortReason(inner)}`);
    }
  };
}
