// Direct Line conversations and their activities in the bot's Storage (memory or Azure Blob), so
// every replica behind a load balancer serves the same conversation. Appends retry on eTag conflicts.

import type { Activity, Storage, StoreItem } from 'botbuilder';

/** A conversation as stored: who it belongs to and every activity in order (the watermark is the index). */
export interface StoredConversation extends StoreItem {
  conversationId: string;
  userId: string;
  /** The page's language when the conversation started (for the welcome). */
  locale: string;
  created: string;
  activities: Partial<Activity>[];
}

/** At most this many activities per conversation: a chat, not an archive. */
export const MAX_ACTIVITIES = 1000;

/** Thrown when a conversation has reached {@link MAX_ACTIVITIES}. */
export class ConversationFullError extends Error {}

/** Thrown when appending to a conversation the store does not hold. */
export class UnknownConversationError extends Error {}

const key = (conversationId: string) => `directline/${conversationId}`;

/** Reads and appends Direct Line conversations. */
export class ConversationStore {
  constructor(private readonly storage: Storage) {}

  async create(conversationId: string, userId: string, locale: string): Promise<void> {
    const item: StoredConversation = { conversationId, userId, locale, created: new Date().toISOString(), activities: [], eTag: '*' };
    await this.storage.write({ [key(conversationId)]: item });
  }

  async get(conversationId: string): Promise<StoredConversation | undefined> {
    return (await this.storage.read([key(conversationId)]))[key(conversationId)] as StoredConversation | undefined;
  }

  /**
   * Appends activities, giving each an id (`<conversation>|<index>`) and a timestamp.
   * Retries when another replica wrote the conversation in between.
   */
  async append(conversationId: string, activities: Partial<Activity>[]): Promise<Partial<Activity>[]> {
    for (let attempt = 0; ; attempt++) {
      const conversation = await this.get(conversationId);
      if (!conversation) throw new UnknownConversationError('this conversation does not exist');
      if (conversation.activities.length + activities.length > MAX_ACTIVITIES) throw new ConversationFullError('this conversation is full; start a new one');
      const added = activities.map((a, i) => ({ ...a, id: `${conversationId}|${String(conversation.activities.length + i).padStart(7, '0')}`, timestamp: new Date() }));
      conversation.activities.push(...added);
      try {
        await this.storage.write({ [key(conversationId)]: conversation });
        return added;
      } catch (err) {
        if (attempt >= 10) throw err; // eTag conflict: read again and retry
      }
    }
  }
}
