import { Codex, type Thread, type TurnHandle } from '../../lib/index.js';
import { FakePeer } from '../support/fake-peer.js';
import { collected } from '../support/gc.js';

/**
 * A long-lived client must let go of what it is done with: finished turn handles (whatever the
 * order in which the server wrote the turn's events and the turn/start response) and released
 * thread handles. Each case keeps only a WeakRef and checks that a few forced collections empty
 * it while the client is still open. bench/soak.ts measures the same in bytes.
 */

type Ordering = 'before' | 'after';

const line = (message: unknown) => JSON.stringify(message) + '\n';
const turnObj = (id: string, status = 'inProgress') => ({ id, items: [], status, error: null, startedAt: 1, completedAt: null, durationMs: null });
const threadObj = (id: string) => ({ id, status: { type: 'idle' } });

/** A whole turn, turn/started to turn/completed, as one chunk. */
function turnEvents(threadId: string, turnId: string): string {
  return [
    { method: 'turn/started', params: { threadId, turn: turnObj(turnId) } },
    { method: 'item/agentMessage/delta', params: { threadId, turnId, itemId: 'm', delta: 'Hel' } },
    { method: 'item/agentMessage/delta', params: { threadId, turnId, itemId: 'm', delta: 'lo' } },
    { method: 'item/completed', params: { threadId, turnId, item: { type: 'agentMessage', id: 'm', text: 'Hello', phase: null } } },
    { method: 'turn/completed', params: { threadId, turn: turnObj(turnId, 'completed') } },
  ]
    .map(line)
    .join('');
}

interface Env {
  peer: FakePeer;
  codex: Codex;
  /** Where the fake server writes a turn's events: `before` its turn/start response (same write), or `after` (the test sends them). */
  ordering: Ordering;
}

const clients: Codex[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

async function setup(): Promise<Env> {
  const peer = new FakePeer({});
  let threads = 0;
  let turns = 0;
  const env = { peer, ordering: 'after' } as Env;
  peer.auto.set('thread/start', (_params: unknown, msg: { id: number }) => {
    const thread = threadObj(`thread-${++threads}`);
    peer.raw(line({ id: msg.id, result: { thread } }) + line({ method: 'thread/started', params: { thread } }));
    return undefined;
  });
  peer.auto.set('turn/start', (params: { threadId: string }, msg: { id: number }) => {
    const response = line({ id: msg.id, result: { turn: turnObj(`turn-${++turns}`) } });
    // `before`: the client reads the whole turn, completion included, ahead of the response naming it.
    peer.raw(env.ordering === 'before' ? turnEvents(params.threadId, `turn-${turns}`) + response : response);
    return undefined;
  });
  env.codex = await Codex.connect(peer.transport);
  clients.push(env.codex);
  return env;
}

/** Runs one turn to its end on `thread` and returns only a weak reference to its handle. */
async function finishedTurn(env: Env, thread: Thread, ordering: Ordering): Promise<WeakRef<TurnHandle>> {
  env.ordering = ordering;
  const turn = await thread.turn('hi');
  // The scenario really is the one named: with `before` the turn is over before the handle exists.
  expect(turn.isDone).toBe(ordering === 'before');
  if (ordering === 'after') env.peer.raw(turnEvents(thread.id, turn.id));
  await expect(turn.result).resolves.toMatchObject({ status: 'completed', finalResponse: 'Hello' });
  return new WeakRef(turn);
}

/** Starts a thread, optionally runs a turn on it, releases it; returns only weak references. */
async function releasedThread(env: Env, withTurn: boolean): Promise<{ thread: WeakRef<Thread>; turn: WeakRef<TurnHandle> | null }> {
  const thread = await env.codex.startThread();
  const turn = withTurn ? await finishedTurn(env, thread, 'after') : null;
  thread.release();
  return { thread: new WeakRef(thread), turn };
}

describe('garbage collection while the client lives', () => {
  test('controls: an unreferenced object is collected; an unreleased thread and a live turn are not', async () => {
    expect(await collected(new WeakRef({ payload: new Array(1000).fill(0) }))).toBe(true);
    const env = await setup();
    // Dropped by the caller but still routed to: the router (and the live-turn set) must keep them.
    const thread = await (async () => new WeakRef(await env.codex.startThread()))();
    const live = await (async () => new WeakRef(await (await env.codex.startThread()).turn('hi')))();
    expect(await collected(thread, 5)).toBe(false);
    expect(await collected(live, 5)).toBe(false);
    expect(live.deref()!.isDone).toBe(false);
  });

  test.each<Ordering>(['after', 'before'])('a finished turn handle is collected (events %s the turn/start response)', async (ordering) => {
    const env = await setup();
    const thread = await env.codex.startThread();
    const turn = await finishedTurn(env, thread, ordering);
    // The thread keeps a reference to its most recent turn; the next turn takes its place.
    await finishedTurn(env, thread, 'after');
    expect(env.codex.isClosed).toBe(false);
    expect(await collected(turn)).toBe(true);
    expect(thread.activeTurn).toBeNull();
  });

  test('a released thread handle is collected', async () => {
    const env = await setup();
    const refs = await releasedThread(env, false);
    expect(env.codex.isClosed).toBe(false);
    expect(await collected(refs.thread)).toBe(true);
  });

  test('a released thread handle that ran a turn is collected, and so is its last turn', async () => {
    const env = await setup();
    const refs = await releasedThread(env, true);
    expect(env.codex.isClosed).toBe(false);
    expect(await collected(refs.thread)).toBe(true);
    expect(await collected(refs.turn!)).toBe(true);
  });
});
