// Conversation and user state that tell a change by comparing one JSON string, instead of
// botbuilder's stringify-and-SHA-256 three times a turn; storage is read and written as before.

import { ConversationState, UserState, type BotState, type Storage, type TurnContext } from 'botbuilder';

/** The state of one turn, with the JSON it had when read or last written ('' = must be written). */
interface Cached {
  state: Record<string, unknown>;
  json: string;
}

/** The state as JSON without its eTag, which storage changes and which says nothing about content. */
function jsonOf(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...content } = state;
  return JSON.stringify(content);
}

/**
 * What both lean states do differently from {@link BotState}: `load`, `saveChanges`, `clear`,
 * `delete` and `get` keep the turn's state under their own key with its JSON; a turn whose state
 * did not change writes nothing, as before, at one `JSON.stringify` when read and one when saved
 * (botbuilder's `calculateChangeHash` takes three stringify-and-hash rounds, ~5% of a turn).
 */
class LeanStateCore {
  private readonly key = Symbol('leanState');

  constructor(
    private readonly storage: Storage,
    private readonly storageKey: (context: TurnContext) => string | undefined,
    private readonly owner: string,
  ) {}

  private keyFor(context: TurnContext): string {
    const key = this.storageKey(context);
    if (!key) throw new Error(`${this.owner}: the activity has no ${this.owner === 'UserState' ? 'channelId or from.id' : 'channelId or conversation.id'} to keep state by`);
    return key;
  }

  async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cached = context.turnState.get(this.key) as Cached | undefined;
    if (cached && !force) return cached.state;
    const key = this.keyFor(context);
    const items = await this.storage.read([key]);
    const state = (items[key] as Record<string, unknown> | undefined) ?? {};
    context.turnState.set(this.key, { state, json: jsonOf(state) } satisfies Cached);
    return state;
  }

  async saveChanges(context: TurnContext, force = false): Promise<void> {
    let cached = context.turnState.get(this.key) as Cached | undefined;
    if (!cached && !force) return;
    const json = cached ? jsonOf(cached.state) : '';
    if (!force && cached && json === cached.json) return;
    const key = this.keyFor(context);
    cached ??= { state: {}, json: '' };
    cached.state.eTag = '*';
    await this.storage.write({ [key]: cached.state });
    cached.json = json || jsonOf(cached.state);
    context.turnState.set(this.key, cached);
  }

  clear(context: TurnContext): Promise<void> {
    context.turnState.set(this.key, { state: {}, json: '' } satisfies Cached);
    return Promise.resolve();
  }

  async delete(context: TurnContext): Promise<void> {
    context.turnState.delete(this.key);
    await this.storage.delete([this.keyFor(context)]);
  }

  get(context: TurnContext): Record<string, unknown> | undefined {
    return (context.turnState.get(this.key) as Cached | undefined)?.state;
  }
}

/** ConversationState and UserState (constructed with the storage first): a BotState that knows a turn's storage key. */
type KeyedStateClass = new (...args: any[]) => BotState & { getStorageKey(context: TurnContext): string | undefined };

/** `Base` with its state kept by a {@link LeanStateCore} (`owner` names it in errors). */
function lean<T extends KeyedStateClass>(Base: T, owner: string) {
  return class Lean extends Base {
    private readonly core: LeanStateCore;

    constructor(...args: any[]) {
      super(...args);
      this.core = new LeanStateCore(args[0] as Storage, (context) => this.getStorageKey(context), owner);
    }

    load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
      return this.core.load(context, force);
    }
    saveChanges(context: TurnContext, force = false): Promise<void> {
      return this.core.saveChanges(context, force);
    }
    clear(context: TurnContext): Promise<void> {
      return this.core.clear(context);
    }
    delete(context: TurnContext): Promise<void> {
      return this.core.delete(context);
    }
    get(context: TurnContext): Record<string, unknown> | undefined {
      return this.core.get(context);
    }
  };
}

/** {@link ConversationState} with cheap change detection (see {@link LeanStateCore}). */
export class LeanConversationState extends lean(ConversationState, 'ConversationState') {}
/** {@link UserState} with cheap change detection (see {@link LeanStateCore}). */
export class LeanUserState extends lean(UserState, 'UserState') {}
