import { isObject, type ServerNotification } from '../rpc/messages.js';
import type { ReplayStream } from '../router/replay-stream.js';

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

/**
 * Once item `itemId` completed: replaces its text deltas in the window, from its `item/started`
 * on, by one delta per run, carrying the run's text joined (the first delta's fields, a new
 * object: what live subscribers were handed is not touched). A run is the item's deltas of one
 * method and part that no other `item/…` event interrupts, so every view of the window (text
 * deltas, reasoning deltas, the text rebuilt per message) joins to the same text as live; events
 * outside `item/…` (token usage, errors) between them end up after the joined delta.
 */
export function coalesceItemDeltas(window: ReplayStream<ServerNotification>, itemId: string): void {
  window.rewriteTail(
    (n) => n.method === 'item/started' && isObject(n.params?.item) && n.params.item.id === itemId,
    (values) => joinRuns(values, itemId),
  );
}

/** `values` with each run of the item's deltas joined into its first; `null` if none joined. */
function joinRuns(values: ServerNotification[], itemId: string): ServerNotification[] | null {
  const out: ServerNotification[] = [];
  let first = -1; // where the open run's first delta is in `out`
  let parts: string[] = [];
  let joined = false;
  const close = () => {
    if (parts.length > 1) {
      const head = out[first]!;
      out[first] = { ...head, params: { ...head.params, delta: parts.join('') } } as ServerNotification;
      joined = true;
    }
    first = -1;
    parts = [];
  };
  for (const n of values) {
    const part = joinedPart(n.method);
    const params = n.params as unknown;
    if (part !== undefined && isObject(params) && params.itemId === itemId && typeof params.delta === 'string') {
      const open = first === -1 ? null : (out[first]!.params as Record<string, unknown>);
      if (open !== null && out[first]!.method === n.method && (part === null || open[part] === params[part])) {
        parts.push(params.delta);
        continue;
      }
      close();
      first = out.length;
      parts.push(params.delta);
    } else if (n.method.startsWith('item/') || (n.method as string) === GAP_METHOD) close();
    out.push(n);
  }
  close();
  return joined ? out : null;
}
