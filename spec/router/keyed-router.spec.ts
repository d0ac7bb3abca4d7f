import { KeyedRouter } from '../../lib/router/keyed-router.js';
import { ReplayStream, type Packing } from '../../lib/router/replay-stream.js';
import { NotificationRouter } from '../../lib/router/notification-router.js';

describe('KeyedRouter', () => {
  const limits = { maxKeys: 3, maxPerKey: 2, maxAgeMs: 1000 };

  test('delivers to the key sink only, and holds values for keys without one', () => {
    let now = 0;
    const router = new KeyedRouter<string, number>(limits, () => now);
    const a: number[] = [];
    router.register('a', (v) => a.push(v));
    expect(router.dispatch('a', 1, true)).toBe(true);
    expect(router.dispatch('b', 2, true)).toBe(false);
    expect(a).toEqual([1]);
    const b: number[] = [];
    router.register('b', (v) => b.push(v));
    expect(b).toEqual([2]);
  });

  test('held values are bounded in keys, per key and in age', () => {
    let now = 0;
    const router = new KeyedRouter<string, number>(limits, () => now);
    for (const k of ['k1', 'k2', 'k3', 'k4']) router.dispatch(k, 1, true);
    expect(router.heldKeys).toBe(3);
    expect(router.heldFor('k1')).toEqual([]);
    for (let i = 0; i < 5; i++) router.dispatch('k4', i, true);
    expect(router.heldFor('k4')).toEqual([3, 4]);
    now = 5000;
    router.dispatch('fresh', 9, true);
    expect(router.heldKeys).toBe(1);
    const got: number[] = [];
    now = 7000;
    router.register('fresh', (v) => got.push(v));
    expect(got).toEqual([]); // too old by the time anyone asked
  });

  test('a run of values for one key follows every change of its sink', () => {
    const router = new KeyedRouter<string, number>(limits);
    const first: number[] = [];
    const second: number[] = [];
    const other: number[] = [];
    const off = router.register('a', (v) => first.push(v));
    router.register('b', (v) => other.push(v));
    router.dispatch('a', 1, false);
    router.dispatch('a', 2, false);
    router.register('a', (v) => second.push(v)); // replaces the sink mid-run
    router.dispatch('a', 3, false);
    off(); // the old sink's unregister leaves the new one
    router.dispatch('a', 4, false);
    router.dispatch('b', 5, false);
    expect([first, second, other]).toEqual([[1, 2], [3, 4], [5]]);
    const finishing: number[] = [];
    router.register('c', (v) => finishing.push(v) === 2); // finished after its second value
    for (const v of [6, 7, 8]) router.dispatch('c', v, true);
    expect(finishing).toEqual([6, 7]);
    expect(router.heldFor('c')).toEqual([8]);
    router.clear();
    expect(router.dispatch('a', 9, false)).toBe(false);
    expect(second).toEqual([3, 4]);
  });

  test('keys that end alike each reach their own sink, through every change', () => {
    const router = new KeyedRouter<string, number>(limits);
    const tail = '-7f60-8a1b-000000000001'; // same length, same last characters (ids of one server)
    const [a, b, c] = ['a', 'b', 'c'].map((k) => k + tail) as [string, string, string];
    const got: Record<string, number[]> = { a: [], b: [], c: [], b2: [] };
    const offA = router.register(a, (v) => got.a!.push(v));
    const offB = router.register(b, (v) => got.b!.push(v));
    router.register(c, (v) => got.c!.push(v));
    // fresh strings, as JSON.parse makes them, in turn (no run of one key)
    const fresh = (k: string) => JSON.parse(JSON.stringify(k)) as string;
    for (const [k, v] of [[a, 1], [b, 2], [c, 3], [a, 4]] as const) router.dispatch(fresh(k), v, false);
    offB();
    router.register(b, (v) => got.b2!.push(v)); // gone, then back with another sink
    offA();
    for (const [k, v] of [[a, 5], [b, 6], [c, 7]] as const) router.dispatch(fresh(k), v, false);
    expect(got).toEqual({ a: [1, 4], b: [2], c: [3, 7], b2: [6] });
    expect(router.dispatch(fresh('d' + tail), 8, false)).toBe(false);
    router.clear();
    expect(router.dispatch(fresh(c), 9, false)).toBe(false);
  });

  test('a thousand keys in turn, and short keys, each reach their own sink as sinks come and go', () => {
    const router = new KeyedRouter<string, number>(limits);
    const ids = Array.from({ length: 1000 }, (_, n) => `019a2b3c-4d5e-7f60-8a1b-${n.toString(16).padStart(12, '0')}`);
    const keys = [...ids, 'x', 'ab', 'abc', ''];
    const got = new Map<string, number[]>();
    const off = new Map<string, () => void>();
    for (const k of keys) {
      got.set(k, []);
      off.set(k, router.register(k, (v) => got.get(k)!.push(v)));
    }
    const fresh = (k: string) => JSON.parse(JSON.stringify(k)) as string;
    for (let round = 0; round < 2; round++) for (const [i, k] of keys.entries()) expect(router.dispatch(fresh(k), i, false)).toBe(true);
    for (const [i, k] of keys.entries()) expect(got.get(k)).toEqual([i, i]);
    // every other key goes; the others still get theirs, the gone ones nothing
    keys.forEach((k, i) => i % 2 === 0 && off.get(k)!());
    for (const [i, k] of keys.entries()) expect(router.dispatch(fresh(k), -1, false)).toBe(i % 2 === 1);
    for (const [i, k] of keys.entries()) expect(got.get(k)!.length).toBe(i % 2 === 1 ? 3 : 2);
  });

  test('unregister only removes its own sink', () => {
    const router = new KeyedRouter<string, number>(limits);
    const first = router.register('a', () => {});
    router.register('a', () => {});
    first();
    expect(router.has('a')).toBe(true);
  });
});

describe('NotificationRouter', () => {
  test('routes by turn, thread and login id; holds turn events only for known threads', () => {
    const r = new NotificationRouter();
    const thread: string[] = [];
    r.threads.register('t1', (n) => thread.push(n.method));
    r.route({ method: 'item/agentMessage/delta', params: { threadId: 't1', turnId: 'u1', itemId: 'i', delta: 'x' } });
    r.route({ method: 'item/agentMessage/delta', params: { threadId: 't9', turnId: 'u9', itemId: 'i', delta: 'x' } });
    r.route({ method: 'account/login/completed', params: { loginId: 'L', success: true } });
    r.route({ method: 'account/login/completed', params: { loginId: null, success: true } });
    expect(thread).toEqual(['item/agentMessage/delta']);
    expect(r.turns.heldFor('u1')).toHaveLength(1);
    expect(r.turns.heldFor('u9')).toHaveLength(0);
    expect(r.logins.heldFor('L')).toHaveLength(1);
    expect(r.logins.heldKeys).toBe(1);
  });

  test('a streaming delta its turn took reaches its thread only while some thread stream is watched', () => {
    const r = new NotificationRouter();
    const thread: string[] = [];
    const turn: string[] = [];
    r.threads.register('t1', (n) => thread.push(n.method));
    r.turns.register('u1', (n) => turn.push(n.method));
    const delta = { method: 'item/agentMessage/delta', params: { threadId: 't1', turnId: 'u1', itemId: 'i', delta: 'x' } } as const;
    const started = { method: 'item/started', params: { threadId: 't1', turnId: 'u1', item: { type: 'agentMessage', id: 'i', text: '' } } } as unknown as typeof delta;
    r.route(started);
    r.route(delta);
    r.route({ ...delta, params: { ...delta.params, turnId: 'u2' } }); // no sink for the turn: the thread gets it
    expect(thread).toEqual(['item/started', 'item/agentMessage/delta']);
    const watched = new ReplayStream<number>(4, null, r.threadWatchers);
    const sub = watched.observable.subscribe(() => {});
    r.route(delta);
    sub.unsubscribe();
    r.route(delta);
    expect(thread).toEqual(['item/started', 'item/agentMessage/delta', 'item/agentMessage/delta']);
    expect(turn).toEqual(['item/started', 'item/agentMessage/delta', 'item/agentMessage/delta', 'item/agentMessage/delta']);
    // A thread without a sink holds its turns' other events, not the deltas they took.
    r.turns.register('u3', () => {});
    r.route({ ...delta, params: { ...delta.params, threadId: 't3', turnId: 'u3' } });
    r.route({ ...started, params: { ...started.params, threadId: 't3', turnId: 'u3' } });
    expect(r.threads.heldFor('t3').map((n) => n.method)).toEqual(['item/started']);
  });
});

describe('ReplayStream', () => {
  test('replays a bounded window to late subscribers, then the completion', () => {
    const s = new ReplayStream<number>(3);
    for (let i = 1; i <= 5; i++) s.next(i);
    const early: number[] = [];
    s.observable.subscribe((v) => early.push(v));
    s.next(6);
    s.complete();
    expect(early).toEqual([3, 4, 5, 6]);
    const late: number[] = [];
    let completed = false;
    s.observable.subscribe({ next: (v) => late.push(v), complete: () => (completed = true) });
    expect(late).toEqual([4, 5, 6]);
    expect(completed).toBe(true);
    expect(s.dropped).toBe(3);
  });

  test('a subscriber added or removed while a value is delivered sees each value once', () => {
    const s = new ReplayStream<number>(10);
    const late: number[] = [];
    const seen: number[] = [];
    const sub = s.observable.subscribe((v) => {
      seen.push(v);
      if (v === 1) s.observable.subscribe((w) => late.push(w)); // gets 1 from the replay, not twice
      if (v === 2) sub.unsubscribe();
    });
    const after: number[] = [];
    s.observable.subscribe((v) => after.push(v));
    for (const v of [1, 2, 3]) s.next(v);
    expect(seen).toEqual([1, 2]);
    expect(late).toEqual([1, 2, 3]);
    expect(after).toEqual([1, 2, 3]);
  });

  test('a long stream keeps exactly its last values in order, and counts the dropped ones', () => {
    const s = new ReplayStream<number>(3);
    for (let i = 1; i <= 10; i++) {
      s.next(i);
      const first = Math.max(1, i - 2);
      expect(s.buffered()).toEqual(Array.from({ length: i - first + 1 }, (_, k) => first + k));
    }
    expect(s.dropped).toBe(7);
  });

  // Values "k:text" have a text and continue a run of the same k; "|" keeps joinRuns apart; others are plain.
  const packing: Packing<string> = {
    text: (v) => (v.includes(':') ? v.slice(v.indexOf(':') + 1) : null),
    continues: (head, v) => head.split(':')[0] === v.split(':')[0],
    ends: (v) => v === '|',
    withText: (head, text) => `${head.split(':')[0]}:${text}`,
  };

  test('with a packing, runs are kept as their texts and replayed value by value, in order; each text counts and drops on its own', () => {
    const s = new ReplayStream<string>(6, null, null, packing);
    const live: string[] = [];
    s.observable.subscribe((v) => live.push(v));
    const values = ['a:1', 'a:2', 'x', 'a:3', 'b:4', 'b:5'];
    for (const v of values) s.next(v);
    expect(live).toEqual(values);
    expect(s.buffered()).toEqual(values);
    s.next('b:6'); // 7 values: the oldest text of the first run drops
    expect(s.buffered()).toEqual(['a:2', 'x', 'a:3', 'b:4', 'b:5', 'b:6']);
    s.next('y'); // then the rest of that run
    expect(s.buffered()).toEqual(['x', 'a:3', 'b:4', 'b:5', 'b:6', 'y']);
    expect(s.dropped).toBe(2);
    const late: string[] = [];
    s.observable.subscribe((v) => late.push(v));
    expect(late).toEqual(['x', 'a:3', 'b:4', 'b:5', 'b:6', 'y']);
  });

  test('a run longer than the window keeps only its last texts, in an array cut as it goes', () => {
    const s = new ReplayStream<string>(3, null, null, packing);
    for (let i = 0; i < 5000; i++) s.next(`a:${i}`);
    expect(s.buffered()).toEqual(['a:4997', 'a:4998', 'a:4999']);
    expect(s.dropped).toBe(4997);
    const run = (s as unknown as { kept: { texts: string[] }[] }).kept.find((e) => Array.isArray(e?.texts))!;
    expect(run.texts.length).toBeLessThan(2100);
    s.joinRuns(() => false, () => true);
    expect(s.buffered()).toEqual(['a:499749984999']);
  });

  test('joinRuns joins the selected runs after the stop value, across values that do not end them; the room it frees is kept', () => {
    const s = new ReplayStream<string>(12, null, null, packing);
    const live: string[] = [];
    s.observable.subscribe((v) => live.push(v));
    const values = ['a:0', 'stop', 'a:1', 'a:2', 'x', 'a:3', 'b:4', 'a:5', '|', 'a:6', 'a:7'];
    for (const v of values) s.next(v);
    s.joinRuns((v) => v === 'stop', (head) => head.startsWith('a'));
    // a:1..a:3 join across x (x after them); b's run keeps a:5 apart; '|' keeps a:6 a:7 apart
    expect(s.buffered()).toEqual(['a:0', 'stop', 'a:123', 'x', 'b:4', 'a:5', '|', 'a:67']);
    expect(live).toEqual(values);
    for (const v of ['c:1', 'c:2', 'c:3', 'c:4']) s.next(v); // 8 + 4 fit in 12: nothing dropped
    expect(s.dropped).toBe(0);
    s.next('z');
    expect(s.dropped).toBe(1);
    expect(s.buffered()).toEqual(['stop', 'a:123', 'x', 'b:4', 'a:5', '|', 'a:67', 'c:1', 'c:2', 'c:3', 'c:4', 'z']);
    // no stop value: the whole window; a run of one whole value stays that value
    s.joinRuns(() => false, (head) => head.startsWith('c') || head.startsWith('b'));
    expect(s.buffered()).toEqual(['stop', 'a:123', 'x', 'b:4', 'a:5', '|', 'a:67', 'c:1234', 'z']);
  });

  test('counts its live subscribers in the watchers it was given, until they leave or it ends', () => {
    const watchers = { count: 0 };
    const a = new ReplayStream<number>(4, null, watchers);
    const b = new ReplayStream<number>(4, null, watchers);
    const first = a.observable.subscribe(() => {});
    const second = a.view((v) => v * 2).subscribe(() => {});
    b.observable.subscribe({ error: () => {} });
    expect(watchers.count).toBe(3);
    first.unsubscribe();
    first.unsubscribe();
    expect(watchers.count).toBe(2);
    a.complete();
    second.unsubscribe();
    expect(watchers.count).toBe(1);
    b.error(new Error('gone'));
    b.observable.subscribe({ error: () => {} }); // ended: the replay and the error, not a live subscriber
    expect(watchers.count).toBe(0);
  });

  test('an error reaches live and late subscribers after the replay', () => {
    const s = new ReplayStream<number>(10);
    s.next(1);
    const boom = new Error('boom');
    s.error(boom);
    const seen: unknown[] = [];
    s.observable.subscribe({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
    expect(seen).toEqual([1, boom]);
  });
});
