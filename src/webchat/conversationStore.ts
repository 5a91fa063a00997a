// Direct Line conversations and their activities in the bot's Storage (memory or Azure Blob), so
// every replica behind a load balancer serves the same conversation. Appends retry on eTag conflicts.

import type { Activity, Storage, StoreItem } from 'botbuilder';
import { redact } from '../privacy/redact';
import { StorageUnavailableError } from '../storage/guard';

/** A conversation as stored: who it belongs to and every activity in order (the watermark is the index). */
export interface StoredConversation extends StoreItem {
  conversationId: string;
  userId: string;
  /** The page's language when the conversation started (for the welcome). */
  locale: string;
  created: string;
  activities: Partial<Activity>[];
  /** The activities' size as JSON, kept so the bound needs no re-serialising. */
  bytes?: number;
  /** Set once, by the request that sends the welcome: one welcome per conversation. */
  welcomed?: boolean;
}

/** At most this many activities per conversation: a chat, not an archive. */
export const MAX_ACTIVITIES = 1000;
/** At most this many bytes of activities (as JSON) per conversation. */
export const MAX_CONVERSATION_BYTES = 1024 * 1024;
/** A conversation is forgotten this long after it started, unless configured otherwise. */
export const DEFAULT_MAX_AGE_MS = 24 * 3600_000;

/** Thrown when a conversation has reached {@link MAX_ACTIVITIES} or {@link MAX_CONVERSATION_BYTES}. */
export class ConversationFullError extends Error {}

/** Thrown when appending to a conversation the store does not hold. */
export class UnknownConversationError extends Error {}

const key = (conversationId: string) => `directline/${conversationId}`;

/** Reads and appends Direct Line conversations; a conversation older than `maxAgeMs` is gone. */
export class ConversationStore {
  /** Conversations this replica started, oldest first, so expired ones are deleted from storage too. */
  private readonly started = new Map<string, number>();

  /**
   * @param maxAgeMs how long a conversation lives after it started (DIRECTLINE_CONVERSATION_HOURS). Default a day.
   * @param now the clock (tests move it)
   */
  constructor(
    private readonly storage: Storage,
    readonly maxAgeMs = DEFAULT_MAX_AGE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async create(conversationId: string, userId: string, locale: string): Promise<void> {
    await this.sweep();
    const item: StoredConversation = { conversationId, userId, locale, created: new Date(this.now()).toISOString(), activities: [], bytes: 0, eTag: '*' };
    await this.storage.write({ [key(conversationId)]: item });
    this.started.set(conversationId, this.now());
  }

  /** The conversation, or undefined when it does not exist or has expired. */
  async get(conversationId: string): Promise<StoredConversation | undefined> {
    const conversation = (await this.storage.read([key(conversationId)]))[key(conversationId)] as StoredConversation | undefined;
    if (conversation && this.expired(conversation)) return undefined;
    return conversation;
  }

  /**
   * Marks the conversation welcomed; true only for the one caller that did so (the eTag makes
   * two requests racing to start the same conversation send one welcome between them).
   */
  async claimWelcome(conversationId: string): Promise<boolean> {
    const conversation = await this.get(conversationId);
    if (!conversation || conversation.welcomed) return false;
    conversation.welcomed = true;
    try {
      await this.storage.write({ [key(conversationId)]: conversation });
      return true;
    } catch {
      return false; // another request wrote it first
    }
  }

  private expired(conversation: StoredConversation): boolean {
    return this.now() - Date.parse(conversation.created) >= this.maxAgeMs;
  }

  /** Deletes the conversations this replica started that have expired (oldest first, so this stops early). */
  private async sweep(): Promise<void> {
    const old: string[] = [];
    for (const [id, started] of this.started) {
      if (this.now() - started < this.maxAgeMs) break;
      old.push(id);
    }
    if (old.length === 0) return;
    for (const id of old) this.started.delete(id);
    await this.storage.delete(old.map(key));
  }

  /**
   * Appends activities, giving each an id (`<conversation>|<index>`) and a timestamp.
   * Retries when another replica wrote the conversation in between.
   */
  async append(conversationId: string, activities: Partial<Activity>[]): Promise<Partial<Activity>[]> {
    const result = await this.update(conversationId, activities);
    return 'added' in result ? result.added : [];
  }

  /**
   * Appends the user's activity, unless the conversation already holds one from the same user with
   * the same `channelData.clientActivityID` (Web Chat resending after an error or a timeout): then
   * that one is returned, with whether the bot has answered it, and nothing is stored twice.
   */
  async appendFromUser(conversationId: string, activity: Partial<Activity>): Promise<UserAppend> {
    const clientId = (activity.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
    // Stored activities are redacted: compare with the id as it was stored.
    const storedId = typeof clientId === 'string' ? redact(clientId) : undefined;
    const result = await this.update(conversationId, [activity], (conversation) => {
      if (storedId === undefined) return undefined;
      const index = conversation.activities.findIndex((a) => a.from?.id === activity.from?.id && (a.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID === storedId);
      return index < 0 ? undefined : conversation.activities[index];
    });
    if ('added' in result) return { activity: result.added[0], resent: false, answered: false };
    return { activity: result.found, resent: true, answered: result.conversation.activities.some((a) => a.replyToId === result.found.id) };
  }

  private async update(
    conversationId: string,
    activities: Partial<Activity>[],
    existing?: (conversation: StoredConversation) => Partial<Activity> | undefined,
  ): Promise<{ added: Partial<Activity>[] } | { found: Partial<Activity>; conversation: StoredConversation }> {
    for (let attempt = 0; ; attempt++) {
      const conversation = await this.get(conversationId);
      if (!conversation) throw new UnknownConversationError('this conversation does not exist');
      const found = existing?.(conversation);
      if (found) return { found, conversation };
      const added = activities.map((a, i) => ({ ...a, id: `${conversationId}|${String(conversation.activities.length + i).padStart(7, '0')}`, timestamp: new Date() }));
      const bytes = (conversation.bytes ?? 0) + Buffer.byteLength(JSON.stringify(added));
      if (conversation.activities.length + added.length > MAX_ACTIVITIES || bytes > MAX_CONVERSATION_BYTES) throw new ConversationFullError('this conversation is full; start a new one');
      conversation.activities.push(...added);
      conversation.bytes = bytes;
      try {
        await this.storage.write({ [key(conversationId)]: conversation });
        return { added };
      } catch (err) {
        // eTag conflict: read again and retry. A storage that is down is not retried here: the caller answers 503.
        if (attempt >= 10 || err instanceof StorageUnavailableError) throw err;
      }
    }
  }
}

/** The result of {@link ConversationStore.appendFromUser}. */
export interface UserAppend {
  /** The user's activity as stored (with its id). */
  activity: Partial<Activity>;
  /** It was stored before: this is a resend. */
  resent: boolean;
  /** The bot has replied to it already. */
  answered: boolean;
}
