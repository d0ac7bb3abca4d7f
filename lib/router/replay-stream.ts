import { Observable, type Subscriber } from 'rxjs';

/**
 * A hot stream that keeps its last `limit` values and replays them to every new subscriber,
 * then goes live. After it ends, late subscribers still get the replay, then the completion or
 * error. Each value costs O(1) whatever the number of streams; the buffer is a ring.
 */
export class ReplayStream<T> {
  readonly observable: Observable<T>;
  private readonly ring: T[] = [];
  private head = 0;
  private readonly subscribers = new Set<Subscriber<T>>();
  private ended: { error: unknown } | { complete: true } | null = null;
  private droppedCount = 0;

  constructor(private readonly limit: number) {
    this.observable = new Observable<T>((subscriber) => {
      for (const value of this.buffered()) {
        if (subscriber.closed) return;
        subscriber.next(value);
      }
      if (this.ended) {
        if ('error' in this.ended) subscriber.error(this.ended.error);
        else subscriber.complete();
        return;
      }
      this.subscribers.add(subscriber);
      return () => this.subscribers.delete(subscriber);
    });
  }

  /** Whether the stream has completed or errored. */
  get isEnded(): boolean {
    return this.ended !== null;
  }

  /** How many values fell out of the replay window. */
  get dropped(): number {
    return this.droppedCount;
  }

  next(value: T): void {
    if (this.ended) return;
    if (this.ring.length < this.limit) this.ring.push(value);
    else {
      this.ring[this.head] = value;
      this.head = (this.head + 1) % this.limit;
      this.droppedCount++;
    }
    for (const s of this.subscribers) s.next(value);
  }

  complete(): void {
    if (this.ended) return;
    this.ended = { complete: true };
    const subs = [...this.subscribers];
    this.subscribers.clear();
    for (const s of subs) s.complete();
  }

  error(error: unknown): void {
    if (this.ended) return;
    this.ended = { error };
    const subs = [...this.subscribers];
    this.subscribers.clear();
    for (const s of subs) s.error(error);
  }

  /** The replay window, oldest first. */
  buffered(): T[] {
    return this.head === 0 ? this.ring.slice() : [...this.ring.slice(this.head), ...this.ring.slice(0, this.head)];
  }
}
