import type {
  ClientRequestMap,
  ClientRequestMethod,
  ServerNotificationMap,
  ServerNotificationMethod,
  ServerRequestMap,
  ServerRequestMethod,
} from '../generated/methods.js';

/** A JSON-RPC id as the app-server uses them. */
export type RequestId = string | number;

/** A known server notification, discriminated by `method`. */
export type ServerNotification = {
  [M in ServerNotificationMethod]: { method: M; params: ServerNotificationMap[M]; emittedAtMs?: number };
}[ServerNotificationMethod];

/** A known server → client request (approval and similar), discriminated by `method`. */
export type ServerRequest = {
  [M in ServerRequestMethod]: { id: RequestId; method: M; params: ServerRequestMap[M]['params'] };
}[ServerRequestMethod];

/** The result a client sends back for a server request method. */
export type ServerRequestResult<M extends ServerRequestMethod> = ServerRequestMap[M]['result'];

/** A response to one of our requests. */
export interface ResponseMessage {
  id: RequestId;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/**
 * Every inbound message. `kind` tells which of the three shapes it is. A notification or request
 * whose method this SDK version does not know is passed through with the same shape, untyped.
 */
export type InboundMessage =
  | { kind: 'response'; message: ResponseMessage }
  | { kind: 'notification'; message: ServerNotification }
  | { kind: 'request'; message: ServerRequest };

/** Params of a client request method. */
export type RequestParams<M extends ClientRequestMethod> = ClientRequestMap[M]['params'];
/** Result of a client request method. */
export type RequestResult<M extends ClientRequestMethod> = ClientRequestMap[M]['result'];

/** Per-request options. */
export interface RequestOptions {
  /** Aborting rejects the request with an `AbortError` (the server may still act on it). */
  signal?: AbortSignal;
  /** Overrides the client's `requestTimeoutMs` for this request. `0` disables the timeout. */
  timeoutMs?: number;
  /**
   * Skips the check of the params against the pinned schema (the escape hatch for fields the
   * generated schema does not know yet). Unknown keys then reach the server, which ignores them.
   */
  unchecked?: boolean;
}

/** Arguments of `request(method, ...)`: params may be left out when the method takes none. */
export type RequestArgs<M extends ClientRequestMethod> = undefined extends RequestParams<M>
  ? [params?: RequestParams<M>, options?: RequestOptions]
  : [params: RequestParams<M>, options?: RequestOptions];

/** Whether a wire value is a JSON object (not null, not an array): what params and payloads must be. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `table[key]` when `key` is the table's own entry, else `undefined`: for looking up a name that
 * came from outside (the wire, a caller's params) in a plain object, where `toString`,
 * `constructor` or `__proto__` would otherwise find what `Object.prototype` has.
 */
export function own<V>(table: { readonly [key: string]: V }, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
