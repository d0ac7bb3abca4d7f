import type { AccountLoginCompletedNotification } from '../generated/types.js';
import type { ServerNotification } from '../rpc/messages.js';
import { KeyedRouter, type BufferLimits } from './keyed-router.js';
import type { Watchers } from './replay-stream.js';

/** Buffer bounds per key kind. */
export interface RouterLimits {
  threads: BufferLimits;
  turns: BufferLimits;
  logins: BufferLimits;
}

export const DEFAULT_ROUTER_LIMITS: RouterLimits = {
  // thread/started and friends may arrive before the Thread handle exists.
  threads: { maxKeys: 64, maxPerKey: 256, maxAgeMs: 60_000 },
  // A turn's events may arrive before the turn/start response names the turn.
  turns: { maxKeys: 64, maxPerKey: 10_000, maxAgeMs: 60_000 },
  // A login may complete before its account/login/start response arrives.
  logins: { maxKeys: 32, maxPerKey: 4, maxAgeMs: 15 * 60_000 },
};

type KeyedParams = { threadId?: unknown; turnId?: unknown; thread?: { id?: unknown } | null; turn?: { id?: unknown } | null };

/** The thread id a notification is keyed by: `params.threadId`, else `params.thread.id`. */
export function threadIdOf(params: unknown): string | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const p = params as KeyedParams;
  return typeof p.threadId === 'string' ? p.threadId : typeof p.thread?.id === 'string' ? p.thread.id : undefined;
}

/** The turn id a notification is keyed by: `params.turnId`, else `params.turn.id`. */
export function turnIdOf(params: unknown): string | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const p = params as KeyedParams;
  return typeof p.turnId === 'string' ? p.turnId : typeof p.turn?.id === 'string' ? p.turn.id : undefined;
}

/**
 * Whether a method is a streaming delta (`item/agentMessage/delta`, `item/reasoning/textDelta`,
 * `item/commandExecution/outputDelta`, …): the many small events of a turn, which a thread's
 * replay window does not keep.
 */
export function isStreamingDelta(method: string): boolean {
  // `method.endsWith('elta')`, read char by char: the builtin first asks whether its argument is
  // a RegExp, which costs more than the test itself.
  const n = method.length;
  return n > 3 && method.charCodeAt(n - 1) === 0x61 && method.charCodeAt(n - 2) === 0x74 && method.charCodeAt(n - 3) === 0x6c && method.charCodeAt(n - 4) === 0x65;
}

/**
 * Splits the notification stream by key: per thread, per turn and per login, each a Map lookup.
 * A turn notification goes to its turn's sink and to its thread's sink. Turn events are held only
 * for threads that have a sink (a Thread handle waiting for its turn id); thread events and login
 * completions are held for any key, within {@link RouterLimits}.
 */
export class NotificationRouter {
  readonly threads: KeyedRouter<string, ServerNotification>;
  readonly turns: KeyedRouter<string, ServerNotification>;
  readonly logins: KeyedRouter<string, AccountLoginCompletedNotification>;
  /**
   * How many live subscribers the threads' event streams have, all threads together (their replay
   * streams count them). While there are none, a streaming delta that its turn's sink took does
   * not go to its thread's sink: a thread keeps no delta for replay, and knows the turn already,
   * so the delta would be nothing to it. A flood of deltas then touches one handle, not two.
   */
  readonly threadWatchers: Watchers = { count: 0 };

  constructor(limits: RouterLimits = DEFAULT_ROUTER_LIMITS, now?: () => number) {
    this.threads = new KeyedRouter(limits.threads, now);
    this.turns = new KeyedRouter(limits.turns, now);
    this.logins = new KeyedRouter(limits.logins, now);
  }

  route(notification: ServerNotification): void {
    if (notification.method === 'account/login/completed') {
      // Params are as the server sent them: possibly null or missing (reported by validation).
      const params = notification.params as AccountLoginCompletedNotification | null | undefined;
      if (typeof params?.loginId === 'string') this.logins.dispatch(params.loginId, params, true);
      return;
    }
    // Reads, no object per message.
    const turnId = turnIdOf(notification.params);
    let taken = false;
    if (turnId !== undefined) {
      taken = this.turns.dispatch(turnId, notification, false);
      // Whether to hold a turn's event is asked only when the turn has no sink (rare).
      if (!taken) {
        const threadId = threadIdOf(notification.params);
        if (threadId !== undefined && this.threads.has(threadId)) this.turns.hold(turnId, notification);
      }
    }
    // Nothing to a thread nobody watches (see threadWatchers). Nor to a thread without a sink: one
    // made later would drop it the same way (it keeps no delta, and nobody has subscribed yet).
    if (taken && this.threadWatchers.count === 0 && isStreamingDelta(notification.method)) return;
    // Read after the turn's sink: it may have pointed the id at the equal string its thread was
    // registered with (TurnHandle shares repeated strings), whose hash a Map lookup need not compute.
    const threadId = threadIdOf(notification.params);
    if (threadId !== undefined) this.threads.dispatch(threadId, notification, true);
  }

  clear(): void {
    this.threads.clear();
    this.turns.clear();
    this.logins.clear();
  }
}
