import { CodexError } from '../errors.js';
import type * as T from '../generated/types.js';
import type { Requester } from '../session/session.js';
import type { ClientContext } from './context.js';
import type { TurnHandle } from './turn.js';

/**
 * The link dropped and what the server sent meanwhile is lost: every running turn records a gap
 * (its `text$` starts over, `gaps$` says so). Called as soon as the drop is noticed.
 */
export function markGaps(ctx: ClientContext): void {
  for (const turn of ctx.turns) turn.markGap();
}

/**
 * Brings the facade up to date on a new connection after a reconnect that lost messages, before
 * anything else may use it: every thread this client holds, and the thread of every turn still
 * running, is resumed (`thread/resume`, which also subscribes this connection to it again and
 * makes the server replay its pending approvals), and its turns are reconciled with the snapshot.
 */
export async function resynchronise(ctx: ClientContext, rpc: Requester): Promise<void> {
  const running = new Map<string, TurnHandle<unknown>[]>();
  for (const turn of ctx.turns) {
    const list = running.get(turn.threadId);
    if (list) list.push(turn);
    else running.set(turn.threadId, [turn]);
  }
  const threadIds = new Set([...ctx.threads.keys(), ...running.keys()]);
  await Promise.all([...threadIds].map((threadId) => resumeOne(ctx, rpc, threadId, running.get(threadId) ?? [])));
}

async function resumeOne(ctx: ClientContext, rpc: Requester, threadId: string, turns: TurnHandle<unknown>[]): Promise<void> {
  let snapshot: T.Thread;
  try {
    snapshot = (await rpc.request('thread/resume', { threadId })).thread;
    if (!snapshot || !Array.isArray(snapshot.turns)) throw new CodexError('thread/resume answered without the thread and its turns');
  } catch (cause) {
    // A thread that cannot be resumed (a new thread whose rollout does not exist yet, say) cannot
    // tell how its turns went: they end now, rather than never.
    const why = cause instanceof Error ? cause.message : String(cause);
    for (const turn of turns) turn.lose(`after the reconnect, thread ${threadId} could not be resumed: ${why}`);
    const held = ctx.threads.get(threadId);
    // A thread without a turn has no rollout to resume yet: it is resumed after its next turn starts.
    if (held && turns.length === 0 && /no rollout/i.test(why)) {
      held.resumeAfterNextStart();
      return;
    }
    if (turns.length === 0 && !(cause instanceof CodexError && ctx.connection.isClosed)) {
      ctx.connection.diagnose(new CodexError(`After the reconnect, thread ${threadId} could not be resumed: ${why}`, { cause }));
    }
    return;
  }
  const active = snapshot.status?.type === 'active';
  const byId = new Map(snapshot.turns.map((turn) => [turn.id, turn]));
  for (const turn of turns) {
    const seen = byId.get(turn.id);
    if (seen) turn.reconcile(seen, active);
    else turn.lose(`the server no longer knows turn ${turn.id} of thread ${threadId} (was it restarted?)`);
  }
  ctx.threads.get(threadId)?.reconcile(snapshot);
}
