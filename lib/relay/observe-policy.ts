/**
 * What an `observe` token may send: read methods only. Every message from an observe browser is
 * screened here before it can reach app-server.
 */
import { isObject } from '../rpc/messages.js';

/** Any params are allowed. */
const ANY = 'any';

/**
 * The one allow-list of the `observe` role: each method (requests and the `initialized`
 * notification) with the params it may carry. `'any'` means any params; a list of names means
 * every other param must be absent or `null` (so `thread/resume` cannot change a thread's model,
 * sandbox or approval policy on the way in). Everything else is refused.
 */
export const OBSERVE_ALLOW_LIST: Readonly<Record<string, typeof ANY | readonly string[]>> = {
  initialize: ANY,
  initialized: ANY,
  'thread/list': ANY,
  'thread/read': ANY,
  'thread/loaded/list': ANY,
  'thread/turns/list': ANY,
  'thread/items/list': ANY,
  'thread/resume': ['threadId', 'excludeTurns'],
  'thread/unsubscribe': ANY,
  'thread/goal/get': ANY,
  'threadSection/list': ANY,
  'account/read': ANY,
  'account/rateLimits/read': ANY,
  'model/list': ANY,
};

/** The JSON-RPC error code of the relay's reply to a request the role does not allow. */
export const RELAY_FORBIDDEN_CODE = -32010;

/** What to do with one message from an observe browser. */
export type ObserveVerdict =
  /**
   * Pass `text` to app-server: the message as screened, serialized again, so that app-server
   * reads exactly what was judged (a duplicate key cannot mean one thing here and another there).
   */
  | { action: 'forward'; text: string }
  /** Do not forward; send `reply` (a JSON-RPC error) back to the browser. */
  | { action: 'refuse'; method: string; reply: string }
  /** Do not forward, and say nothing: a notification, an answer to a server request, or junk. */
  | { action: 'drop'; why: 'notification' | 'server-request-answer' | 'not-json-rpc' };


function allowed(method: string, params: unknown): boolean {
  const rule = OBSERVE_ALLOW_LIST[method];
  if (rule === undefined) return false;
  if (rule === ANY || params === undefined || params === null) return true;
  if (!isObject(params)) return false;
  return Object.entries(params).every(([key, value]) => value === null || value === undefined || rule.includes(key));
}

/** Screens one text frame from an observe browser against {@link OBSERVE_ALLOW_LIST}. */
export function screenObserveMessage(text: string): ObserveVerdict {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return { action: 'drop', why: 'not-json-rpc' };
  }
  if (!isObject(msg)) return { action: 'drop', why: 'not-json-rpc' };
  const { id, method } = msg;
  const hasId = typeof id === 'string' || typeof id === 'number';
  if (typeof method !== 'string') return { action: 'drop', why: hasId ? 'server-request-answer' : 'not-json-rpc' };
  if (allowed(method, msg.params)) return { action: 'forward', text: JSON.stringify(msg) };
  if (!hasId) return { action: 'drop', why: 'notification' };
  const error = { code: RELAY_FORBIDDEN_CODE, message: `The relay does not allow ${method} for an observe token.`, data: { role: 'observe', method } };
  return { action: 'refuse', method, reply: JSON.stringify({ id, error }) };
}
