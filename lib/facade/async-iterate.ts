import type { Observable, Subscription } from 'rxjs';

/**
 * Iterates an Observable with `for await`. Values are queued between pulls; leaving the loop
 * (break, return, throw) unsubscribes. An error of the stream is thrown from the loop.
 */
export function iterate<T>(source: Observable<T>): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let done = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  let subscription: Subscription | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const start = () => {
    subscription ??= source.subscribe({
      next: (v) => {
        queue.push(v);
        notify();
      },
      error: (e: unknown) => {
        failure = { error: e };
        notify();
      },
      complete: () => {
        done = true;
        notify();
      },
    });
  };
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      start();
      for (;;) {
        if (queue.length) return { value: queue.shift()!, done: false };
        if (failure) {
          const { error } = failure;
          failure = null;
          done = true;
          throw error;
        }
        if (done) return { value: undefined, done: true };
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    async return(): Promise<IteratorResult<T>> {
      done = true;
      queue.length = 0;
      subscription?.unsubscribe();
      subscription ??= null;
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
