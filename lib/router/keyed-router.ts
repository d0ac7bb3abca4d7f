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

/** The least number of entries of {@link KeyedRouter}'s cache. */
const MIN_CACHE = 64;

/**
 * Takes one value of its key. Returning `true` says the sink is finished (its turn completed, its
 * login settled): the router drops it at once, even while replaying held values inside
 * `register()`, before the sink's owner could have stored the unregister function.
 */
export type Sink<V> = (value: V) => unknown;

/**
 * Dispatches values by key, whatever the number of keys, with a compare (the last key), a cache
 * lookup, or at worst one Map lookup. A value for a key that has no sink yet can be held in a
 * per-key buffer (bounded in keys, values and age) and is handed over, in order, when the key's
 * sink registers.
 */
export class KeyedRouter<K extends string, V> {
  private readonly sinks = new Map<K, Sink<V>>();
  private readonly held = new Map<K, Held<V>>();
  /** Keys announced as coming (a start request in flight): each one widens the key bound. */
  private reserved = 0;
  /**
   * A direct-mapped cache in front of `sinks`, for keys from the wire: ids from `JSON.parse` are
   * fresh strings, and `Map.get` first computes the hash of the whole id (some 500 instructions for
   * a UUID, as many as the rest of routing a delta). Each entry is two slots, a key and its sink,
   * at the index {@link slot} takes from the key's last characters; the cached key is compared as
   * a string. A key whose entry another key took is looked up in `sinks`, the authority, and takes
   * the entry back: the cost is a Map lookup, as without the cache, whatever the keys. At least four
   * entries per sink, so that with many keys busy at once (deltas of many live turns interleaved)
   * few share one.
   */
  private cache: (K | Sink<V> | undefined)[] = new Array(2 * MIN_CACHE);
  /** 32 less the number of bits of the cache's size (see slot). */
  private shift = 32 - Math.log2(MIN_CACHE);
  /**
   * The key last dispatched to and its sink: values come in runs of one key (a turn's deltas),
   * and one compare answers them. Forgotten whenever a sink changes.
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
    this.sinks.set(key, sink);
    if (this.sinks.size * 4 > 1 << (32 - this.shift)) this.grow();
    this.put(key, sink);
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
    else {
      const cache = this.cache;
      const i = this.slot(key);
      if (cache[i] === key) sink = cache[i + 1] as Sink<V>;
      else if ((sink = this.sinks.get(key))) {
        cache[i] = key;
        cache[i + 1] = sink;
      }
      if (sink) {
        this.lastKey = key;
        this.lastSink = sink;
      }
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
    this.held.clear();
    this.cache.fill(undefined);
  }

  private remove(key: K): void {
    this.forget();
    this.sinks.delete(key);
    const i = this.slot(key);
    if (this.cache[i] === key) this.cache[i] = this.cache[i + 1] = undefined;
  }

  /**
   * The cache index of a key: its last four characters (the random part of a UUID, the counting
   * part of other ids), multiplied by the golden ratio in 32 bits, whose top bits are spread well.
   * Keys shorter than that share the first slot.
   */
  private slot(key: string): number {
    const n = key.length;
    if (n < 4) return 0;
    const h = key.charCodeAt(n - 1) | (key.charCodeAt(n - 2) << 8) | (key.charCodeAt(n - 3) << 16) | (key.charCodeAt(n - 4) << 24);
    return (Math.imul(h, 0x9e3779b1) >>> this.shift) << 1;
  }

  private forget(): void {
    this.lastKey = undefined;
    this.lastSink = undefined;
  }

  /** Doubles the cache until it has four entries per sink, and fills it from `sinks`. */
  private grow(): void {
    while (1 << (32 - this.shift) < this.sinks.size * 4) this.shift--;
    this.cache = new Array(2 << (32 - this.shift));
    for (const [key, sink] of this.sinks) this.put(key, sink);
  }

  /** Gives the key's cache entry to it and its sink. */
  private put(key: K, sink: Sink<V>): void {
    const i = this.slot(key);
    this.cache[i] = key;
    this.cache[i + 1] = sink;
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
