// The bot's commands, which interrupt whatever the conversation was doing (core-bot's cancel-and-help
// pattern): `/debug` turns the debug view on and off, `opnieuw` / `restart` starts over.

import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { MESSAGES } from '../src/qa/messages';
import { languageOf } from '../src/bot/reply';
import type { ConversationData } from './mainDialog';

/** A command the bot understands in any state of the conversation. */
export type Command = 'debug' | 'restart';

const DEBUG = /^\/debug\b/i;
const RESTART = /^\/?(restart|reset|opnieuw|begin opnieuw|start opnieuw|cancel|annuleer|stop)[.!]*$/i;

/** The command a message gives, if it is one. */
export function commandIn(text: string): Command | undefined {
  const t = text.trim();
  if (DEBUG.test(t)) return 'debug';
  if (RESTART.test(t)) return 'restart';
  return undefined;
}

/** Carries out the commands: checked before the main dialog sees a message. */
export class Commands {
  constructor(
    private readonly conversationState: ConversationState,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
  ) {
    if (!conversationState || !conversationData) throw new Error('Commands: conversationState and conversationData are required');
  }

  /** Carries out the message's command and answers it; false when the message is no command. */
  async interrupt(context: TurnContext): Promise<boolean> {
    const command = commandIn(context.activity.text ?? '');
    if (!command) return false;
    const m = MESSAGES[languageOf(context)];
    if (command === 'debug') {
      const data = await this.conversationData.get(context, {});
      data.debug = !data.debug;
      await context.sendActivity(data.debug ? m.debugOn : m.debugOff);
    } else {
      // Everything the conversation remembered goes: last answer, pending "did you mean", debug.
      await this.conversationState.delete(context);
      await context.sendActivity(m.restarted);
    }
    return true;
  }
}
