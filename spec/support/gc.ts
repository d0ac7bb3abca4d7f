import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let exposed: (() => void) | undefined;

/**
 * V8's `gc()` without `--expose-gc` on the command line: once the flag is set, every new context
 * gets a `gc` global, so take it from a fresh one. Jest's own context was created before the
 * flag, hence the detour; `global.gc` is used when node already had the flag.
 */
export function exposeGc(): () => void {
  if (exposed) return exposed;
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return (exposed = existing as () => void);
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  if (typeof gc !== 'function') throw new Error('could not expose V8 gc()');
  return (exposed = gc as () => void);
}

/**
 * Collects garbage up to `rounds` times until `ref`'s target is gone; whether it went. Yields to
 * the event loop before each collection: `deref()` (and `new WeakRef`) keep the target alive until
 * the current job ends, and finished promises and timers need a turn to let go.
 */
export async function collected(ref: WeakRef<object>, rounds = 20): Promise<boolean> {
  const gc = exposeGc();
  for (let i = 0; i < rounds; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    gc();
    if (ref.deref() === undefined) return true;
  }
  return false;
}
