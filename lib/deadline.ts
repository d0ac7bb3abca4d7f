import { abortErrorFrom } from './errors.js';

/** What {@link withDeadline} waits with. */
export interface DeadlineOptions {
  /** Aborting rejects with an `AbortError` (the signal's reason as its cause). */
  signal?: AbortSignal | undefined;
  /** Rejects with `onTimeout()` after this many ms; 0 or undefined waits without a bound. */
  timeoutMs?: number | undefined;
  /** The error a timeout rejects with. */
  onTimeout?: () => Error;
}

/**
 * Waits for `promise` within a timeout and an `AbortSignal`: the one abort-plus-timeout helper of
 * codex-rx. Whatever settles first wins; the timer and the abort listener are always removed, so
 * nothing is left behind by a promise that settles later. `promise` itself is not cancelled.
 */
export function withDeadline<T>(promise: Promise<T>, options: DeadlineOptions): Promise<T> {
  const { signal, timeoutMs, onTimeout } = options;
  if (signal?.aborted) return Promise.reject(abortErrorFrom(signal));
  if (!signal && !(timeoutMs && timeoutMs > 0)) return promise;
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (settle: () => void) => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const onAbort = () => finish(() => reject(abortErrorFrom(signal!)));
    if (timeoutMs && timeoutMs > 0) timer = setTimeout(() => finish(() => reject(onTimeout ? onTimeout() : new Error(`timed out after ${timeoutMs} ms`))), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

/** Resolves after `ms`, or rejects with an `AbortError` as soon as `signal` aborts. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortErrorFrom(signal));
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortErrorFrom(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
