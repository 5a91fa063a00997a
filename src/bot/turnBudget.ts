// A turn's time budget: when the client stops waiting, and whether the turn's state could be kept.
// Kept in the TurnContext, so storage wrappers, the bot and the Direct Line adapter share it.

import type { TurnContext } from 'botbuilder';
import { StorageUnavailableError } from '../storage/guard';

/** What one turn knows about its time and its state. */
export interface TurnBudget {
  /** Time (ms since the epoch) by which the turn must be done: later, the client has been told it failed. */
  deadline: number;
  /** Aborts when whoever is waiting for the turn gave up (Direct Line answered 503). */
  signal?: AbortSignal;
  /** Set when conversation or user state could not be read or written this turn. */
  notRemembered: boolean;
}

const BUDGET = Symbol('voortgangsbot.turnBudget');

/** The default time a turn has when its channel sets none: well inside the HTTP server's 10 s timeout. */
export const DEFAULT_TURN_MS = 6000;

/** Gives a turn its budget (call before the bot runs); a turn that has one keeps it. */
export function setTurnBudget(context: TurnContext, budget: Omit<TurnBudget, 'notRemembered'>): TurnBudget {
  const existing = context.turnState.get(BUDGET) as TurnBudget | undefined;
  if (existing) return existing;
  const created: TurnBudget = { ...budget, notRemembered: false };
  context.turnState.set(BUDGET, created);
  return created;
}

/** The turn's budget; a turn given none gets {@link DEFAULT_TURN_MS} from now. */
export function turnBudget(context: TurnContext, defaultMs = DEFAULT_TURN_MS): TurnBudget {
  return (context.turnState.get(BUDGET) as TurnBudget | undefined) ?? setTurnBudget(context, { deadline: Date.now() + defaultMs });
}

/** Milliseconds the turn has left (0 when its client gave up). */
export function remainingMs(context: TurnContext): number {
  const budget = turnBudget(context);
  return budget.signal?.aborted ? 0 : Math.max(0, budget.deadline - Date.now());
}

/**
 * `work`, or a {@link StorageUnavailableError} for `what` if the turn's time runs out first.
 * `cannotHang`: the work answers from this process's memory, so it is not raced against a timer
 * (a timer and a race per storage call cost ~5% of a turn); a turn already out of time still fails.
 */
export async function withinTurn<T>(context: TurnContext, what: string, work: () => Promise<T>, cannotHang = false): Promise<T> {
  const left = remainingMs(context);
  if (left <= 0) throw new StorageUnavailableError(what, 'the turn ran out of time');
  if (cannotHang) return work();
  let timer: NodeJS.Timeout | undefined;
  const running = work();
  running.catch(() => undefined);
  try {
    return await Promise.race([running, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new StorageUnavailableError(what, 'the turn ran out of time')), left)))]);
  } finally {
    clearTimeout(timer);
  }
}
