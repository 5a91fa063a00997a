import { MemoryStorage, TestAdapter, type StoreItems, type TurnContext } from 'botbuilder';
import { LeanConversationState, LeanUserState } from '../../src/bot/leanState';

/** MemoryStorage that counts what the bot asks of it. */
class CountingStorage extends MemoryStorage {
  reads = 0;
  writes = 0;
  deletes = 0;
  async read(keys: string[]): Promise<StoreItems> {
    this.reads++;
    return super.read(keys);
  }
  async write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
  async delete(keys: string[]): Promise<void> {
    this.deletes++;
    return super.delete(keys);
  }
}

/** Runs one turn in conversation `c1` with `handler`, then saves the state as the bot does. */
async function turn(state: LeanConversationState | LeanUserState, handler: (context: TurnContext) => Promise<void>): Promise<void> {
  const adapter = new TestAdapter(async (context) => {
    await handler(context);
    await state.saveChanges(context, false);
  });
  await adapter.send('hallo');
}

describe('lean conversation and user state', () => {
  it('writes a changed state once and an unchanged one never', async () => {
    const storage = new CountingStorage();
    const state = new LeanConversationState(storage);
    const debug = state.createProperty<boolean>('debug');
    await turn(state, async (context) => {
      await debug.set(context, true);
    });
    expect(storage.writes).toBe(1);
    let seen: boolean | undefined;
    await turn(state, async (context) => {
      seen = await debug.get(context);
    });
    expect(seen).toBe(true);
    expect(storage.writes).toBe(1);
    expect(storage.reads).toBe(2);
  });

  it('keeps nested changes, and ignores the eTag storage sets', async () => {
    const storage = new CountingStorage();
    const state = new LeanConversationState(storage);
    const data = state.createProperty<{ cited: string[] }>('data');
    await turn(state, async (context) => {
      (await data.get(context, { cited: [] })).cited.push('1B1.3');
    });
    await turn(state, async (context) => {
      const d = await data.get(context, { cited: [] });
      expect(d.cited).toEqual(['1B1.3']);
      d.cited.push('1A2');
    });
    await turn(state, async (context) => {
      expect((await data.get(context))?.cited).toEqual(['1B1.3', '1A2']);
    });
    expect(storage.writes).toBe(2);
  });

  it('touches no storage on a turn that never reads the state', async () => {
    const storage = new CountingStorage();
    const state = new LeanUserState(storage);
    await turn(state, async () => undefined);
    expect(storage.reads + storage.writes).toBe(0);
  });

  it('forgets a cleared or deleted conversation', async () => {
    const storage = new CountingStorage();
    const state = new LeanConversationState(storage);
    const debug = state.createProperty<boolean>('debug');
    await turn(state, async (context) => {
      await debug.set(context, true);
    });
    await turn(state, async (context) => {
      await state.clear(context);
    });
    await turn(state, async (context) => {
      expect(await debug.get(context)).toBeUndefined();
      await debug.set(context, true);
    });
    await turn(state, async (context) => {
      await state.delete(context);
    });
    expect(storage.deletes).toBe(1);
    await turn(state, async (context) => {
      expect(await debug.get(context)).toBeUndefined();
    });
  });
});
