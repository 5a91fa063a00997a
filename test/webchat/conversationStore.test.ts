import { MemoryStorage } from 'botbuilder';
import { ConversationFullError, ConversationStore, MAX_CONVERSATION_BYTES } from '../../src/webchat/conversationStore';

describe('Direct Line conversation store', () => {
  it('forgets a conversation once it is older than its maximum age, and deletes it from storage', async () => {
    let now = Date.parse('2026-11-30T12:00:00Z');
    const storage = new MemoryStorage();
    const store = new ConversationStore(storage, 3600_000, () => now);
    await store.create('old', 'u', 'nl-NL');
    expect(await store.get('old')).toBeDefined();
    now += 3600_000;
    expect(await store.get('old')).toBeUndefined();
    await expect(store.append('old', [{ type: 'message', text: 'hoi' }])).rejects.toThrow(/does not exist/);
    await store.create('new', 'u', 'nl-NL'); // starting another sweeps the expired one out of storage
    expect(await storage.read(['directline/old'])).toEqual({});
    expect(await store.get('new')).toBeDefined();
  });

  it('refuses to grow a conversation past its byte bound', async () => {
    const store = new ConversationStore(new MemoryStorage());
    await store.create('c', 'u', 'nl-NL');
    const big = { type: 'message', text: 'x'.repeat(30 * 1024) };
    let appended = 0;
    await expect(
      (async () => {
        for (;;) {
          await store.append('c', [big]);
          appended++;
        }
      })(),
    ).rejects.toBeInstanceOf(ConversationFullError);
    // Each activity is its text plus ~100 bytes of id, type and timestamp.
    expect(appended).toBeLessThanOrEqual(Math.floor(MAX_CONVERSATION_BYTES / (30 * 1024)));
    expect(appended).toBeGreaterThanOrEqual(Math.floor(MAX_CONVERSATION_BYTES / (30 * 1024 + 200)));
  });

  it('lets exactly one of several racing requests claim the welcome', async () => {
    const store = new ConversationStore(new MemoryStorage());
    await store.create('c', 'u', 'nl-NL');
    const claims = await Promise.all(Array.from({ length: 8 }, () => store.claimWelcome('c')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await store.claimWelcome('c')).toBe(false);
  });
});
