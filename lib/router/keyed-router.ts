/** Bounds for values kept for keys that have no sink yet. */
export interface BufferLimits {
  /** How many unclaimed keys are kept; the oldest key is dropped first. */
  maxKeys: number;
  /** How many values one unclaimed key keeps; the oldest value is dropped first. */
  maxPerKey: number;
  /** How long an unclaimed key is kept after its first value, in ms. */
  maxAgeMs: number;
}

interface Held<V> {
  since: number;
  values: V[];
}

/**
 * Takes one value of its key. Returning `true` says the sink is finished (its turn completed, its
 * login settled): the router drops it at once, even while replaying held values inside
 * `register()`, before the sink's owner could have stored the unregister function.
 */
export type Sink<V> = (value: V) => unknown;

/** A registered sink in {@link KeyedRouter}'s index; keys of the same tail hash are chained. */
interface Slot<K, V> {
  readonly key: K;
  readonly sink: Sink<V>;
  next: Slot<K, V> | undefined;
}

/** How many characters of a key {@link tailHash} reads, from its end. */
const TAIL = 8;

/**
 * A hash of a key's last characters, where ids differ (the server's UUIDs end in random digits),
 * kept a small integer (which a Map hashes at once). A Map keyed by the strings themselves hashes
 * each whole key, once per string object: for an id that JSON.parse made afresh, every time.
 */
function tailHash(key: string): number {
  const n = key.length;
  let h = n;
  for (let i = n > TAIL ? n - TAIL : 0; i < n; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) & 0x3fffffff;
  return h;
}

/**
 * Dispatches values by key with one Map lookup (by a hash of the key's end, then a string compare),
 * whatever the number of keys. A value for a key
 * that has no sink yet can be held in a per-key buffer (bounded in keys, values and age) and is
 * handed over, in order, when the key's sink registers.
 */
export class KeyedRouter<K extends string, V> {
  private readonly sinks = new Map<K, Sink<V>>();
  /** The same sinks by {@link tailHash} of their key, for dispatch: a string compare, no hashing of fresh ids. */
  private readonly index = new Map<number, Slot<K, V>>();
  private readonly held = new Map<K, Held<V>>();
  /** Keys announced as coming (a start request in flight): each one widens the key bound. */
  private reserved = 0;
  /**
   * The key last dispatched to and its sink: values come in runs of one key (a turn's deltas),
   * and comparing a key is cheaper than hashing it (ids from `JSON.parse` are fresh strings, their
   * hash not yet computed). Forgotten whenever a sink changes.
   */
  private lastKey: K | undefined = undefined;
  private lastSink: Sink<V> | undefined = undefined;

  constructor(
    private readonly limits: BufferLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Registers the sink for a key and replays what was held for it. Returns the function that
   * unregisters it. A key has at most one sink; registering again replaces it.
   */
  register(key: K, sink: Sink<V>): () => void {
    this.forget();
    if (this.sinks.has(key)) this.unindex(key);
    this.sinks.set(key, sink);
    const hash = tailHash(key);
    this.index.set(hash, { key, sink, next: this.index.get(hash) });
    const held = this.held.get(key);
    if (held) {
      this.held.delete(key);
      if (this.now() - held.since <= this.limits.maxAgeMs) {
        for (const v of held.values) {
          if (sink(v) === true) {
            this.unregister(key, sink);
            break;
          }
        }
      }
    }
    return () => this.unregister(key, sink);
  }

  /** Removes the key's sink if it is still `sink` (a later registration replaced it otherwise). */
  private unregister(key: K, sink: Sink<V>): void {
    if (this.sinks.get(key) === sink) this.remove(key);
  }

  /**
   * Announces a sink that will register soon (its start request is in flight), so that its early
   * values are not evicted by the key bound however many starts run at once. Call the returned
   * function once it registered or will not.
   */
  reserve(): () => void {
    this.reserved++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.reserved--;
    };
  }

  /** Whether a sink is registered for the key. */
  has(key: K): boolean {
    return this.sinks.has(key);
  }

  /** Delivers to the key's sink. Without one, holds the value if `hold` is true. Returns whether a sink got it. */
  dispatch(key: K, value: V, hold: boolean): boolean {
    let sink: Sink<V> | undefined;
    if (key === this.lastKey) sink = this.lastSink;
    else if ((sink = this.find(key))) {
      this.lastKey = key;
      this.lastSink = sink;
    }
    if (sink) {
      if (sink(value) === true && this.sinks.get(key) === sink) this.remove(key);
      return true;
    }
    if (hold) this.hold(key, value);
    return false;
  }

  /** Values currently held for a key (for tests and diagnostics). */
  heldFor(key: K): readonly V[] {
    return this.held.get(key)?.values ?? [];
  }

  /** Number of keys with held values. */
  get heldKeys(): number {
    return this.held.size;
  }

  /** Drops every sink and held value. */
  clear(): void {
    this.forget();
    this.sinks.clear();
    this.index.clear();
    this.held.clear();
  }

  private remove(key: K): void {
    this.forget();
    this.sinks.delete(key);
    this.unindex(key);
  }

  /** The key's sink, from the index. */
  private find(key: K): Sink<V> | undefined {
    let slot = this.index.get(tailHash(key));
    while (slot !== undefined && slot.key !== key) slot = slot.next;
    return slot?.sink;
  }

  /** Takes the key's slot out of the index. */
  private unindex(key: K): void {
    const hash = tailHash(key);
    let slot = this.index.get(hash);
    if (slot === undefined) return;
    if (slot.key === key) {
      if (slot.next) this.index.set(hash, slot.next);
      else this.index.delete(hash);
      return;
    }
    for (let prev = slot; (slot = prev.next) !== undefined; prev = slot) {
      if (slot.key === key) {
        prev.next = slot.next;
        return;
      }
    }
  }

  private forget(): void {
    this.lastKey = undefined;
    this.lastSink = undefined;
  }

  /** Holds a value for a key that has no sink yet, within the limits. */
  hold(key: K, value: V): void {
    const now = this.now();
    this.prune(now);
    let held = this.held.get(key);
    if (!held) {
      held = { since: now, values: [] };
      this.held.set(key, held);
      if (this.held.size > this.limits.maxKeys + this.reserved) this.held.delete(this.held.keys().next().value as K);
    }
    held.values.push(value);
    if (held.values.length > this.limits.maxPerKey) held.values.shift();
  }

  /** Drops expired keys; Map order is insertion order, so the oldest come first. */
  private prune(now: number): void {
    for (const [key, held] of this.held) {
      if (now - held.since <= this.limits.maxAgeMs) break;
      this.held.delete(key);
    }
  }
}
