import { filter, type OperatorFunction } from 'rxjs';
import type { ServerNotification } from './rpc/messages.js';

/**
 * RxJS operator: keeps the notifications of the given methods, narrowed to their types.
 *
 * ```ts
 * turn.events$.pipe(ofMethod('item/completed')).subscribe((n) => n.params.item);
 * ```
 */
export function ofMethod<M extends ServerNotification['method']>(...methods: M[]): OperatorFunction<ServerNotification, Extract<ServerNotification, { method: M }>> {
  const wanted = new Set<string>(methods);
  return filter((n): n is Extract<ServerNotification, { method: M }> => wanted.has(n.method));
}
