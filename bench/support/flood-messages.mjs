// The messages of bench/flood.ts, for the in-memory flood and for the ws flood server alike.
import { ITEM_ID } from './ids.mjs';

/** The id of a target's `n`th agent message: the real length, distinct per message. */
const itemId = (n) => `${ITEM_ID.slice(0, -8)}${n.toString(16).padStart(8, '0')}`;

/**
 * `count` `item/agentMessage/delta` messages, delta i to `targets[i mod targets.length]`
 * (`{ threadId, turnId }`). With `itemDeltas` > 0, each target's deltas make agent messages of
 * `itemDeltas` deltas each, opened by `item/started` and closed by `item/completed` (its text the
 * joined deltas), as a turn streams them, numbered from `firstItem` (a warm-up's messages are
 * other messages than the timed flood's); with 0, every delta belongs to one message that never
 * completes.
 */
export function* floodMessages(targets, count, itemDeltas, firstItem = 0) {
  const state = targets.map(() => ({ deltas: 0, items: firstItem, text: '' }));
  for (let i = 0; i < count; i++) {
    const k = i % targets.length;
    const t = targets[k];
    const s = state[k];
    const ids = { threadId: t.threadId, turnId: t.turnId };
    const id = itemDeltas > 0 ? itemId(s.items) : ITEM_ID;
    if (itemDeltas > 0 && s.deltas === 0) {
      yield { jsonrpc: '2.0', method: 'item/started', params: { ...ids, startedAtMs: 1, item: { type: 'agentMessage', id, text: '', phase: null } } };
    }
    const delta = `d${i % 10}`;
    yield { jsonrpc: '2.0', method: 'item/agentMessage/delta', params: { ...ids, itemId: id, delta } };
    if (itemDeltas > 0) {
      s.text += delta;
      if (++s.deltas === itemDeltas) {
        yield { jsonrpc: '2.0', method: 'item/completed', params: { ...ids, completedAtMs: 2, item: { type: 'agentMessage', id, text: s.text, phase: null } } };
        s.deltas = 0;
        s.items++;
        s.text = '';
      }
    }
  }
}
