import { Observable, type Subscriber } from 'rxjs';

/** What a {@link ReplayStream.view} projection returns for a value the view leaves out. */
export const SKIP: unique symbol = Symbol('skip');

/** What a {@link ReplayStream} adds its live subscribers to, when it is given one: a count shared by many streams. */
export interface Watchers {
  count: number;
}

/**
 * How a {@link ReplayStream} keeps runs of small values compactly: a streaming message's text
 * deltas, say. A run is a value that has a text ({@link Packing.text}) and the values right after
 * it that continue it ({@link Packing.continues}). The window keeps a run as its first value and
 * the text of each (a string apiece instead of the values), and counts each of them. The replay
 * rebuilds each one as its first value carrying that text ({@link Packing.withText}): equal to what
 * came, in the same order, a new object except for the first.
 */
export interface Packing<T> {
  /** The text of `value` if it can be part of a run, else `null`. */
  text(value: T): string | null;
  /** Whether `value` (it has a text) continues the run that `head` started. */
  continues(head: T, value: T): boolean;
  /**
   * Whether `value` (it has no text) keeps {@link ReplayStream.joinRuns} from joining the runs on
   * either side of it; the runs it joins across come first, then such values.
   */
  ends(value: T): boolean;
  /** `head` carrying `text` instead of its own: a new value, `head` untouched. */
  withText(head: T, text: string): T;
}

/**
 * A run in the window: its first value and the texts of its values, the first `from` of them
 * dropped. `texts[0]` is the first value's own text until the dropped front is cut off.
 */
class Run<T> {
  from = 0;
  /** Whether `texts[0]` is `head`'s own text (then the replay hands out `head` itself for it). */
  whole = true;
  constructor(
    readonly head: T,
    public texts: string[],
  ) {}
}

/** A run's dropped front is cut off once it is this long and at least half of the array. */
const RUN_CUT = 1024;

/**
 * A hot stream that keeps its last `limit` values and replays them to every new subscriber,
 * then goes live. After it ends, late subscribers still get the replay, then the completion or
 * error. Each value costs O(1) (amortized) whatever the number of streams; the window is an array
 * whose dropped front is cut off once it is as long as the window's limit.
 */
export class ReplayStream<T> {
  // The fields each value reads come first, after the constructor's (an object's fields are laid
  // out in the order they are assigned): with many streams busy at once, fewer cache lines per value.
  private ended: { error: unknown } | { complete: true } | null = null;
  /** The run that a value with a text may continue, if any. */
  private open: Run<T> | null = null;
  /** How many values the window holds (a run counts each of its texts). */
  private size = 0;
  /**
   * The live subscribers, each followed by the projection its values go through (`null`: as they
   * are), in one array (one object to reach per value). Replaced, never mutated, on (un)subscribe:
   * `next` loops over a plain array.
   */
  private live: (Subscriber<any> | ((value: T) => unknown) | null)[] = [];
  /**
   * The window is `kept[start..end)`, oldest first; the slots outside it are cleared. An entry is
   * a value or, with a {@link Packing}, a {@link Run} of values. The array keeps its length when
   * the window's tail is rewritten shorter (runs joined): cutting it would let V8 shrink it and
   * grow it again for the next message. It is cut to the window when the stream ends.
   */
  private kept: (T | Run<T>)[] = [];
  private end = 0;
  private start = 0;
  private droppedCount = 0;
  readonly observable: Observable<T> = this.subscribable<T>(null);

  /**
   * `retain` picks the values the replay window keeps (default: all); the others still go to
   * every live subscriber.
   */
  constructor(
    private readonly limit: number,
    private readonly retain: ((value: T) => boolean) | null = null,
    /** Counts this stream's live subscribers, if given (see NotificationRouter.threadWatchers). */
    private readonly watchers: Watchers | null = null,
    /** Keeps runs of values compactly, if given. */
    private readonly packing: Packing<T> | null = null,
  ) {}

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
      this.live = [...this.live, subscriber, project];
      if (this.watchers) this.watchers.count++;
      return () => {
        const i = this.live.indexOf(subscriber);
        if (i === -1) return; // ended: gone already
        this.live = [...this.live.slice(0, i), ...this.live.slice(i + 2)];
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
    if (this.retain === null || this.retain(value)) this.keep(value);
    const live = this.live;
    for (let i = 0; i < live.length; i += 2) {
      const subscriber = live[i] as Subscriber<unknown>;
      const project = live[i + 1] as ((value: T) => unknown) | null;
      if (project === null) subscriber.next(value);
      else {
        const v = project(value);
        if (v !== SKIP) subscriber.next(v);
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
    const subs = this.live.filter((_, i) => i % 2 === 0) as Subscriber<any>[];
    this.live = [];
    if (this.watchers) this.watchers.count -= subs.length;
    return subs;
  }

  /** Puts `value` in the window, then drops the oldest values beyond the limit. */
  private keep(value: T): void {
    const packing = this.packing;
    if (packing !== null) {
      const text = packing.text(value);
      const open = this.open;
      if (text !== null) {
        if (open !== null && packing.continues(open.head, value)) open.texts.push(text);
        else this.push((this.open = new Run(value, [text])));
      } else {
        this.open = null;
        this.push(value);
      }
    } else this.push(value);
    if (++this.size > this.limit) this.dropOldest();
  }

  private push(entry: T | Run<T>): void {
    const kept = this.kept;
    if (this.end < kept.length) kept[this.end] = entry;
    else kept.push(entry);
    this.end++;
  }

  /** Drops the oldest value: an entry, or a run's oldest text. */
  private dropOldest(): void {
    const kept = this.kept;
    const oldest = kept[this.start]!;
    this.size--;
    this.droppedCount++;
    if (oldest instanceof Run) {
      oldest.texts[oldest.from++] = '';
      if (oldest.from < oldest.texts.length) {
        // A message longer than the window: its array would grow with every delta.
        if (oldest.from >= RUN_CUT && oldest.from * 2 >= oldest.texts.length) {
          oldest.texts = oldest.texts.slice(oldest.from);
          oldest.from = 0;
          oldest.whole = false;
        }
        return;
      }
      if (oldest === this.open) this.open = null;
    }
    kept[this.start++] = undefined as T;
    if (this.start >= this.limit) {
      kept.copyWithin(0, this.start, this.end);
      this.end -= this.start;
      kept.length = this.end;
      this.start = 0;
    }
  }

  /** The replay window, oldest first (runs rebuilt value by value). */
  buffered(): T[] {
    const out: T[] = [];
    const kept = this.kept;
    for (let i = this.start; i < this.end; i++) {
      const entry = kept[i]!;
      if (!(entry instanceof Run)) out.push(entry);
      else for (let j = entry.from; j < entry.texts.length; j++) out.push(j === 0 && entry.whole ? entry.head : this.packing!.withText(entry.head, entry.texts[j]!));
    }
    return out;
  }

  /**
   * Joins runs in the newest part of the window: after the newest value for which `stop` is true
   * (the whole window if none is), the runs whose first value `select` accepts, each with the
   * following ones it continues across values that do not {@link Packing.ends end} it, become one
   * value carrying their texts joined (those values then come after it). Live subscribers see
   * nothing of it; late ones replay the joined values. What it frees makes room in the window.
   */
  joinRuns(stop: (value: T) => boolean, select: (head: T) => boolean): void {
    const packing = this.packing!;
    const kept = this.kept;
    const end = this.end;
    let from = end;
    while (from > this.start) {
      const entry = kept[from - 1]!;
      if (!(entry instanceof Run) && stop(entry)) break;
      from--;
    }
    const out: (T | Run<T>)[] = [];
    let head: T | null = null; // the open group's first value, at out[at]
    let at = -1;
    let texts: string[] = [];
    const close = () => {
      if (head === null) return;
      out[at] = texts.length === 1 && out[at] === head ? head : packing.withText(head, texts.join(''));
      this.size -= texts.length - 1;
      head = null;
      texts = [];
    };
    for (let i = from; i < end; i++) {
      const entry = kept[i]!;
      if (!(entry instanceof Run)) {
        if (packing.ends(entry)) close();
        out.push(entry);
      } else if (!select(entry.head)) {
        close();
        out.push(entry);
      } else {
        if (entry === this.open) this.open = null;
        if (head === null || !packing.continues(head, entry.head)) {
          close();
          head = entry.head;
          at = out.length;
          // The first value itself stands for a run of one whole value; else a new one is made.
          out.push(entry.from === 0 && entry.whole ? entry.head : (null as T));
        }
        for (let j = entry.from; j < entry.texts.length; j++) texts.push(entry.texts[j]!);
      }
    }
    close();
    let i = from;
    for (const entry of out) kept[i++] = entry;
    for (let j = i; j < end; j++) kept[j] = undefined as T;
    this.end = i;
  }
}
