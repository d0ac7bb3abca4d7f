import { Observable, type Subscriber } from 'rxjs';

/** What a {@link ReplayStream.view} projection returns for a value the view leaves out. */
export const SKIP: unique symbol = Symbol('skip');

/** What a {@link ReplayStream} adds its live subscribers to, when it is given one: a count shared by many streams. */
export interface Watchers {
  count: number;
}

/**
 * A hot stream that keeps its last `limit` values and replays them to every new subscriber,
 * then goes live. After it ends, late subscribers still get the replay, then the completion or
 * error. Each value costs O(1) (amortized) whatever the number of streams; the window is an array
 * whose dropped front is cut off once it is as long as the window's limit.
 */
export class ReplayStream<T> {
  readonly observable: Observable<T>;
  /**
   * The window is `kept[start..end)`, oldest first; the slots outside it are cleared. The array
   * keeps its length when the window's tail is rewritten shorter (a completed message's deltas
   * joined): cutting it would let V8 shrink it and grow it again for the next message. It is cut
   * to the window when the stream ends.
   */
  private kept: T[] = [];
  private start = 0;
  private end = 0;
  /**
   * The live subscribers and the projection each one's values go through (`null`: as they are),
   * side by side. Both replaced, never mutated, on (un)subscribe: `next` loops over plain arrays.
   */
  private subscribers: Subscriber<any>[] = [];
  private projects: (((value: T) => unknown) | null)[] = [];
  private ended: { error: unknown } | { complete: true } | null = null;
  private droppedCount = 0;

  /**
   * `retain` picks the values the replay window keeps (default: all); the others still go to
   * every live subscriber.
   */
  constructor(
    private readonly limit: number,
    private readonly retain: ((value: T) => boolean) | null = null,
    /** Counts this stream's live subscribers, if given (see NotificationRouter.threadWatchers). */
    private readonly watchers: Watchers | null = null,
  ) {
    this.observable = this.subscribable<T>(null);
  }

  /**
   * The stream through a projection, in one step (no operator chain per value): each value goes
   * through `project`, and those it maps to {@link SKIP} are left out. Replays like the stream.
   */
  view<R>(project: (value: T) => R | typeof SKIP): Observable<R> {
    return this.subscribable<R>(project);
  }

  private subscribable<R>(project: ((value: T) => unknown) | null): Observable<R> {
    return new Observable<R>((subscriber) => {
      for (const value of this.buffered()) {
        if (subscriber.closed) return;
        if (project === null) subscriber.next(value as unknown as R);
        else {
          const v = project(value);
          if (v !== SKIP) subscriber.next(v as R);
        }
      }
      if (this.ended) {
        if ('error' in this.ended) subscriber.error(this.ended.error);
        else subscriber.complete();
        return;
      }
      this.subscribers = [...this.subscribers, subscriber];
      this.projects = [...this.projects, project];
      if (this.watchers) this.watchers.count++;
      return () => {
        const i = this.subscribers.indexOf(subscriber);
        if (i === -1) return; // ended: gone already
        this.subscribers = this.subscribers.filter((_, j) => j !== i);
        this.projects = this.projects.filter((_, j) => j !== i);
        if (this.watchers) this.watchers.count--;
      };
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
    if (this.retain === null || this.retain(value)) {
      const kept = this.kept;
      if (this.end < kept.length) kept[this.end] = value;
      else kept.push(value);
      this.end++;
      if (this.end - this.start > this.limit) {
        kept[this.start++] = undefined as T;
        this.droppedCount++;
        if (this.start >= this.limit) {
          kept.copyWithin(0, this.start, this.end);
          this.end -= this.start;
          kept.length = this.end;
          this.start = 0;
        }
      }
    }
    const subs = this.subscribers;
    const projects = this.projects;
    for (let i = 0; i < subs.length; i++) {
      const project = projects[i]!;
      if (project === null) subs[i]!.next(value);
      else {
        const v = project(value);
        if (v !== SKIP) subs[i]!.next(v);
      }
    }
  }

  complete(): void {
    if (this.ended) return;
    this.ended = { complete: true };
    for (const s of this.drop()) s.complete();
  }

  error(error: unknown): void {
    if (this.ended) return;
    this.ended = { error };
    for (const s of this.drop()) s.error(error);
  }

  /** The stream ended: cuts the window's array to the window, and forgets the live subscribers, returned. */
  private drop(): Subscriber<any>[] {
    this.kept.length = this.end;
    const subs = this.subscribers;
    this.subscribers = [];
    this.projects = [];
    if (this.watchers) this.watchers.count -= subs.length;
    return subs;
  }

  /** The replay window, oldest first. */
  buffered(): T[] {
    return this.kept.slice(this.start, this.end);
  }

  /**
   * Rewrites the newest part of the window: the values after the newest one for which `stop` is
   * true (the whole window if none is) go through `rewrite`, oldest first, and the window keeps
   * what it returns in their place (`null`: keep them as they are). Live subscribers see nothing
   * of it; late ones replay the rewritten window. What it frees makes room in the window.
   */
  rewriteTail(stop: (value: T) => boolean, rewrite: (values: T[]) => T[] | null): void {
    const kept = this.kept;
    const end = this.end;
    let from = end;
    while (from > this.start && !stop(kept[from - 1]!)) from--;
    if (from === end) return;
    const rewritten = rewrite(kept.slice(from, end));
    if (rewritten === null) return;
    let i = from;
    for (const value of rewritten) {
      if (i < kept.length) kept[i] = value;
      else kept.push(value);
      i++;
    }
    for (let j = i; j < end; j++) kept[j] = undefined as T;
    this.end = i;
  }
}
