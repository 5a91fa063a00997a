import { MemoryStorage, TestAdapter, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import { notRemembered, TolerantConversationState } from '../../src/bot/tolerantState';
import { setTurnBudget } from '../../src/bot/turnBudget';
import { answersAtOnce, StorageGuard } from '../../src/storage/guard';
import { GuardedStorage } from '../../src/storage/guardedStorage';
import { RedactingStorage } from '../../src/storage/redactingStorage';

/** A storage that never answers, as a paused Blob Storage does; it counts what it was asked. */
class HangingStorage implements Storage {
  calls = 0;
  read(): Promise<StoreItems> {
    this.calls++;
    return new Promise(() => undefined);
  }
  write(): Promise<void> {
    this.calls++;
    return new Promise(() => undefined);
  }
  delete(): Promise<void> {
    this.calls++;
    return new Promise(() => undefined);
  }
}

/** One turn that reads and changes conversation state, then saves it as the bot does; what it saw. */
async function turn(state: TolerantConversationState, budget?: (context: TurnContext) => void): Promise<{ value: unknown; remembered: boolean }> {
  let value: unknown;
  let remembered = true;
  const adapter = new TestAdapter(async (context) => {
    budget?.(context);
    const data = state.createProperty<{ count?: number }>('data');
    const current = await data.get(context, {});
    value = current.count;
    current.count = (current.count ?? 0) + 1;
    await state.saveChanges(context, false);
    remembered = !notRemembered(context);
  });
  await adapter.send('hallo');
  return { value, remembered };
}

describe('state a turn can do without', () => {
  it('tells storage in memory, which cannot hang, from storage that can', () => {
    const guard = new StorageGuard('state (test)', { deadlineMs: 100 });
    expect(answersAtOnce(new MemoryStorage())).toBe(true);
    expect(answersAtOnce(new RedactingStorage(new MemoryStorage()))).toBe(true);
    expect(answersAtOnce(new RedactingStorage(new GuardedStorage(() => new MemoryStorage(), guard)))).toBe(false);
    expect(answersAtOnce(new HangingStorage())).toBe(false);
  });

  it('remembers the conversation from one turn to the next on storage in memory', async () => {
    const state = new TolerantConversationState(new RedactingStorage(new MemoryStorage()));
    expect(await turn(state)).toEqual({ value: undefined, remembered: true });
    expect(await turn(state)).toEqual({ value: 1, remembered: true });
  });

  it('answers without state when storage hangs past the turn\'s time, and says it does not remember', async () => {
    const storage = new HangingStorage();
    const state = new TolerantConversationState(storage);
    const started = Date.now();
    const seen = await turn(state, (context) => setTurnBudget(context, { deadline: Date.now() + 200 }));
    expect(seen).toEqual({ value: undefined, remembered: false });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(storage.calls).toBe(1); // read only: state that could not be read is not written back
  });

  it('neither reads nor writes storage in memory for a turn whose client already gave up', async () => {
    const storage = new MemoryStorage();
    const state = new TolerantConversationState(storage);
    await turn(state);
    const gaveUp = new AbortController();
    gaveUp.abort();
    const seen = await turn(state, (context) => setTurnBudget(context, { deadline: Date.now() + 6000, signal: gaveUp.signal }));
    expect(seen).toEqual({ value: undefined, remembered: false });
    expect(await turn(state)).toEqual({ value: 1, remembered: true }); // the turn nobody received left nothing behind
  });
});
