import { retry, timer, type MonoTypeOperatorFunction, type Observable } from 'rxjs';
import { delay } from './deadline.js';
import { abortErrorFrom, ConnectionLostError, hasOverloadMarker, JsonRpcError, RequestTimeoutError, ServerOverloadedError } from './errors.js';
import type { CodexErrorInfo } from './generated/types.js';
import { TurnFailedError } from './facade/turn.js';

/** Options of {@link retryOnOverload} and {@link retryWhenOverloaded}. */
export interface RetryOnOverloadOptions {
  /** Attempts in all, the first included (default 3). */
  maxAttempts?: number;
  /** Delay before the second attempt in ms (default 250); doubles each time. */
  initialDelayMs?: number;
  /** Upper bound of one delay in ms (default 2000). */
  maxDelayMs?: number;
  /** Random spread of each delay, as a fraction (default 0.2 = ±20%). */
  jitter?: number;
  /** Aborting stops retrying and rejects with an `AbortError`. */
  signal?: AbortSignal;
  /**
   * Which errors are retried (default: {@link ServerOverloadedError} only). Pass
   * {@link isRetryableError} to retry every transient failure, failed turns included.
   */
  retryIf?: (error: unknown) => boolean;
}

/** The backoff delay before attempt `attempt + 1` (attempt counts from 1). */
export function overloadDelay(attempt: number, options: RetryOnOverloadOptions = {}, random = Math.random): number {
  const { initialDelayMs = 250, maxDelayMs = 2000, jitter = 0.2 } = options;
  const base = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
  return Math.max(0, Math.round(base * (1 + jitter * (random() * 2 - 1))));
}

const isOverload = (error: unknown): boolean => error instanceof ServerOverloadedError;

/** `codexErrorInfo` values of a failed turn that a later attempt may not meet. */
const TRANSIENT_TURN_ERRORS = new Set(['serverOverloaded', 'internalServerError', 'rateLimitExceeded']);
const TRANSIENT_TRANSPORT_ERRORS = ['httpConnectionFailed', 'responseStreamConnectionFailed', 'responseStreamDisconnected', 'responseTooManyFailedAttempts'];

/**
 * Whether a turn's `codexErrorInfo` describes a transient failure: overload, a 5xx, a rate limit
 * (429), or a dropped or failed connection to the model. Usage limits, context-window,
 * auth, bad-request and policy errors are not transient.
 */
export function isTransientTurnError(info: CodexErrorInfo | null | undefined): boolean {
  if (info === null || info === undefined) return false;
  if (typeof info === 'string') return TRANSIENT_TURN_ERRORS.has(info);
  if (typeof info !== 'object') return false;
  for (const key of TRANSIENT_TRANSPORT_ERRORS) {
    const detail = (info as Record<string, unknown>)[key];
    if (!detail || typeof detail !== 'object') continue;
    const status = (detail as { httpStatusCode?: unknown }).httpStatusCode;
    // No status: the connection itself failed or dropped. With one: only 429 and 5xx are transient.
    return typeof status !== 'number' || status === 429 || status >= 500;
  }
  return false;
}

/**
 * Whether retrying the operation that failed with `error` may succeed:
 *
 * - {@link ServerOverloadedError}, and any JSON-RPC error with an overload marker anywhere in its `data`;
 * - {@link RequestTimeoutError} and `ConnectionLostError` (a drop while reconnecting; the server may still have acted on the request: retry only what is safe to repeat);
 * - `TurnFailedError` whose `codexErrorInfo` is transient ({@link isTransientTurnError}): overload,
 *   5xx, 429 rate limits, failed or dropped model connections.
 *
 * Not retryable: every other JSON-RPC error, `TransportClosedError` (start a new client),
 * `AbortError`, `InvalidArgumentError`, usage limits, context-window and auth failures.
 */
export function isRetryableError(error: unknown): boolean {
  if (error instanceof ServerOverloadedError || error instanceof RequestTimeoutError || error instanceof ConnectionLostError) return true;
  if (error instanceof JsonRpcError) return hasOverloadMarker(error.data);
  if (error instanceof TurnFailedError) return isTransientTurnError(error.codexErrorInfo);
  return false;
}

/**
 * Retries while the failure is a {@link ServerOverloadedError} (-32001 or a `server_overloaded`
 * marker), with exponential backoff and jitter. Any other error, or the last overload error once
 * attempts run out, is rethrown as is.
 *
 * - `retryOnOverload(op, options)` runs a Promise-returning `op` (given the attempt number).
 * - `source$.pipe(retryOnOverload(options))` is the same as an RxJS operator: it resubscribes.
 */
export function retryOnOverload<T>(op: (attempt: number) => Promise<T>, options?: RetryOnOverloadOptions): Promise<T>;
export function retryOnOverload<T>(options?: RetryOnOverloadOptions): MonoTypeOperatorFunction<T>;
export function retryOnOverload<T>(
  opOrOptions?: ((attempt: number) => Promise<T>) | RetryOnOverloadOptions,
  options: RetryOnOverloadOptions = {},
): Promise<T> | MonoTypeOperatorFunction<T> {
  if (typeof opOrOptions !== 'function') return retryWhenOverloaded<T>(opOrOptions);
  return retryPromise(opOrOptions, options);
}

async function retryPromise<T>(op: (attempt: number) => Promise<T>, options: RetryOnOverloadOptions): Promise<T> {
  const { maxAttempts = 3, signal, retryIf = isOverload } = options;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortErrorFrom(signal);
    try {
      return await op(attempt);
    } catch (error) {
      if (!retryIf(error) || attempt >= maxAttempts) throw error;
    }
    await delay(overloadDelay(attempt, options), signal);
  }
}

/** RxJS operator: resubscribes to the source while it errors with {@link ServerOverloadedError}. */
export function retryWhenOverloaded<T>(options: RetryOnOverloadOptions = {}): MonoTypeOperatorFunction<T> {
  const { maxAttempts = 3, signal, retryIf = isOverload } = options;
  return (source: Observable<T>) =>
    source.pipe(
      retry({
        count: Math.max(0, maxAttempts - 1),
        delay: (error: unknown, retryCount: number) => {
          if (!retryIf(error)) throw error;
          if (signal?.aborted) throw abortErrorFrom(signal);
          return timer(overloadDelay(retryCount, options));
        },
      }),
    );
}

