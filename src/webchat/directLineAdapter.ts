// The self-hosted Direct Line channel's adapter: runs the bot in-process for an activity a browser
// posted, and appends the bot's replies to the conversation store, where the browser polls them.

import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { setTurnBudget, turnBudget, withinTurn } from '../bot/turnBudget';
import { StorageUnavailableError } from '../storage/guard';
import type { ConversationStore } from './conversationStore';

/** The channel id the bot sees for website chats. */
export const DIRECT_LINE_CHANNEL = 'directline';
/** The bot's identity on this channel. */
export const BOT_ACCOUNT = { id: 'voortgangsbot', name: 'Voortgangsbot', role: 'bot' as const };

/** A BotAdapter whose "channel" is the conversation store. */
export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly store: ConversationStore) {
    super();
  }

  /**
   * Runs the bot for one incoming activity; its replies land in the store. With a `budget`, the
   * turn knows when its HTTP client stops waiting; once `budget.signal` aborts, no reply is stored.
   */
  async process(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>, budget?: { deadline: number; signal?: AbortSignal }): Promise<void> {
    const context = new TurnContext(this, activity);
    if (budget) setTurnBudget(context, budget);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    // Traces are for the Emulator; Direct Line clients never see them.
    const visible = activities.filter((a) => a.type !== ActivityTypes.Trace && a.type !== 'delay' && a.type !== ActivityTypes.InvokeResponse);
    if (visible.length === 0) return activities.map(() => ({ id: '' }));
    const incoming = context.activity;
    if (turnBudget(context).signal?.aborted) throw new StorageUnavailableError('directline', 'the client was told the turn failed');
    const stored = await withinTurn(context, 'directline', () => this.store.append(
      incoming.conversation!.id,
      visible.map((a) => ({ ...a, channelId: DIRECT_LINE_CHANNEL, conversation: incoming.conversation, from: BOT_ACCOUNT, recipient: incoming.from, replyToId: incoming.id })),
    ));
    return stored.map((a) => ({ id: a.id! }));
  }

  async updateActivity(): Promise<void> {
    throw new Error('DirectLineAdapter: updating activities is not supported');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('DirectLineAdapter: deleting activities is not supported');
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.process(activity, logic);
  }
}
