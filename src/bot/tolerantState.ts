// Conversation and user state that a turn can do without: when storage does not answer in the
// turn's time, the turn goes on with empty state, is not written back (that would overwrite what is
// stored), and is marked so the bot can say it does not remember the conversation right now.

import type { BotState, TurnContext } from 'botbuilder';
import { answersAtOnce, StorageUnavailableError } from '../storage/guard';
import { LeanConversationState, LeanUserState } from './leanState';
import { turnBudget, withinTurn } from './turnBudget';

type StateClass = abstract new (...args: any[]) => BotState;

/** States whose storage failed this turn: they are not written back. */
const UNREAD = Symbol('voortgangsbot.unreadStates');

function markUnavailable(context: TurnContext, state: BotState): void {
  turnBudget(context).notRemembered = true;
  const unread = (context.turnState.get(UNREAD) as Set<BotState> | undefined) ?? new Set<BotState>();
  unread.add(state);
  context.turnState.set(UNREAD, unread);
}

function tolerant<T extends StateClass>(Base: T) {
  abstract class Tolerant extends Base {
    /** Storage in memory cannot hang: its calls need no deadline of their own (see withinTurn). */
    private readonly atOnce: boolean;

    constructor(...args: any[]) {
      super(...args);
      this.atOnce = answersAtOnce(args[0]);
    }

    async load(context: TurnContext, force = false): Promise<any> {
      try {
        return await withinTurn(context, 'state', () => super.load(context, force), this.atOnce);
      } catch (err) {
        if (!(err instanceof StorageUnavailableError)) throw err;
        markUnavailable(context, this);
        await this.clear(context);
        return this.get(context);
      }
    }

    async saveChanges(context: TurnContext, force = false): Promise<void> {
      if ((context.turnState.get(UNREAD) as Set<BotState> | undefined)?.has(this)) return;
      try {
        await withinTurn(context, 'state', () => super.saveChanges(context, force), this.atOnce);
      } catch (err) {
        if (!(err instanceof StorageUnavailableError)) throw err;
        markUnavailable(context, this);
      }
    }

    async delete(context: TurnContext): Promise<void> {
      try {
        await withinTurn(context, 'state', () => super.delete(context), this.atOnce);
      } catch (err) {
        if (!(err instanceof StorageUnavailableError)) throw err;
        markUnavailable(context, this);
      }
    }
  }
  return Tolerant;
}

/** Conversation state (lean change detection) that a turn can do without (see the file comment). */
export class TolerantConversationState extends tolerant(LeanConversationState) {}
/** User state (lean change detection) that a turn can do without (see the file comment). */
export class TolerantUserState extends tolerant(LeanUserState) {}

/** True when this turn's conversation or user state could not be read or written. */
export function notRemembered(context: TurnContext): boolean {
  return turnBudget(context).notRemembered;
}
