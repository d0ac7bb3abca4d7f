import { retry, timer, type MonoTypeOperatorFunction, type Observable } from 'rxjs';
import { abortErrorFrom, ServerOverloadedError } from './errors.js';

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
}

/** The backoff delay before attempt `attempt + 1` (attempt counts from 1). */
export function overloadDelay(attempt: number, options: RetryOnOverloadOptions = {}, random = Math.random): number {
  const { initialDelayMs = 250, maxDelayMs = 2000, jitter = 0.2 } = options;
  const base = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
  return Math.max(0, Math.round(base * (1 + jitter * (random() * 2 - 1))));
}

const isOverload = (error: unknown): boolean => error instanceof ServerOverloadedError;

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
  const { maxAttempts = 3, signal } = options;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortErrorFrom(signal);
    try {
      return await op(attempt);
    } catch (error) {
      if (!isOverload(error) || attempt >= maxAttempts) throw error;
    }
    await sleep(overloadDelay(attempt, options), signal);
  }
}

/** RxJS operator: resubscribes to the source while it errors with {@link ServerOverloadedError}. */
export function retryWhenOverloaded<T>(options: RetryOnOverloadOptions = {}): MonoTypeOperatorFunction<T> {
  const { maxAttempts = 3, signal } = options;
  return (source: Observable<T>) =>
    source.pipe(
      retry({
        count: Math.max(0, maxAttempts - 1),
        delay: (error: unknown, retryCount: number) => {
          if (!isOverload(error)) throw error;
          if (signal?.aborted) throw abortErrorFrom(signal);
          return timer(overloadDelay(retryCount, options));
        },
      }),
    );
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortErrorFrom(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
