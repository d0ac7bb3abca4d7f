import { isObject, type ServerNotification } from '../rpc/messages.js';
import type { Packing, ReplayStream } from '../router/replay-stream.js';

/**
 * For the streaming text deltas a completed item's replay joins, the key of the part each belongs
 * to (`null`: the item has one part); `undefined` for other methods. Joined, their `delta` strings
 * give the same text. (Compares, not a Map: the connection hands methods over as the interned
 * strings these literals are, so each compare stops at the pointer.)
 */
function joinedPart(method: string): 'summaryIndex' | 'contentIndex' | null | undefined {
  switch (method) {
    case 'item/agentMessage/delta':
    case 'item/plan/delta':
      return null;
    case 'item/reasoning/summaryTextDelta':
      return 'summaryIndex';
    case 'item/reasoning/textDelta':
      return 'contentIndex';
    default:
      return undefined;
  }
}

/**
 * The method of the marker a reconnect's gap leaves in a turn's window (see `TurnHandle.gaps$`):
 * never a wire method. It ends a run, so text from both sides of a gap is never joined.
 */
export const GAP_METHOD = 'codex-rx/gap';

/** The text delta `n` is, if it is one: its `delta` (deltas of an item are packed in the turn's window). */
function deltaText(n: ServerNotification): string | null {
  if (joinedPart(n.method) === undefined) return null;
  const params = n.params as unknown;
  return isObject(params) && typeof params.itemId === 'string' && typeof params.delta === 'string' ? params.delta : null;
}

/**
 * How a turn's window keeps text deltas (see `Packing`): a run is consecutive deltas of one item,
 * method and part. The window keeps a delta's string, not its notification; the replay rebuilds
 * equal notifications, in the order they came. Once the item completes, its runs are joined
 * across events outside `item/…` (token usage, errors), which then come after the joined delta;
 * another `item/…` event, or a gap, keeps the runs on its two sides apart. (Item ids compare by
 * pointer mostly: the turn shares the id strings of its events.)
 */
export const DELTA_PACKING: Packing<ServerNotification> = {
  text: deltaText,
  continues(head, n) {
    if (head.method !== n.method) return false;
    const a = head.params as Record<string, unknown>;
    const b = n.params as Record<string, unknown>;
    if (a.itemId !== b.itemId) return false;
    const part = joinedPart(n.method);
    return part === null || part === undefined || a[part] === b[part];
  },
  ends: (n) => n.method.startsWith('item/') || (n.method as string) === GAP_METHOD,
  withText: (head, text) => ({ ...head, params: { ...head.params, delta: text } }) as ServerNotification,
};

/**
 * Once item `itemId` completed: joins each run of its text deltas in the window (see
 * {@link DELTA_PACKING}), from its `item/started` on, into one delta carrying the run's text (the
 * first delta's fields, a new object: what live subscribers were handed is not touched). So every
 * view of the window (text deltas, reasoning deltas, the text rebuilt per message) joins to the
 * same text as live.
 */
export function coalesceItemDeltas(window: ReplayStream<ServerNotification>, itemId: string): void {
  window.joinRuns(
    (n) => n.method === 'item/started' && isObject(n.params?.item) && n.params.item.id === itemId,
    (head) => (head.params as { itemId?: unknown }).itemId === itemId,
  );
}
