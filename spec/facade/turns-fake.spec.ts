import { filter, firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { Codex, TurnInProgressError } from '../../lib/index.js';
import { finalResponse } from '../../lib/facade/turn.js';
import { FakePeer } from '../support/fake-peer.js';

const turnObj = (id: string, status = 'inProgress', error: unknown = null) => ({ id, items: [], status, error, startedAt: 1, completedAt: null, durationMs: null });
const threadObj = (id: string) => ({ id, status: { type: 'idle' } });

/** A fake server that answers thread/start and lets the test script each turn/start. */
async function setup() {
  const peer = new FakePeer({});
  let threads = 0;
  peer.auto.set('thread/start', () => ({ thread: threadObj(`thread-${++threads}`) }));
  const codex = await Codex.connect(peer.transport);
  return { peer, codex };
}

describe('turns over a fake transport (faults the real server does not produce on demand)', () => {
  test('events sent before the turn/start response are not lost, and willRetry errors are progress', async () => {
    const { peer, codex } = await setup();
    const thread = await codex.startThread();
    const pending = thread.turn('hi');
    const req = await peer.request('turn/start');
    // Everything of the turn arrives before its response names it.
    peer.notify('turn/started', { threadId: thread.id, turn: turnObj('turn-1') });
    peer.notify('error', { threadId: thread.id, turnId: 'turn-1', willRetry: true, error: { message: 'Reconnecting... 1/2', codexErrorInfo: 'other' } });
    peer.notify('item/agentMessage/delta', { threadId: thread.id, turnId: 'turn-1', itemId: 'm', delta: 'Hel' });
    peer.notify('item/agentMessage/delta', { threadId: thread.id, turnId: 'turn-1', itemId: 'm', delta: 'lo' });
    peer.notify('item/completed', { threadId: thread.id, turnId: 'turn-1', item: { type: 'agentMessage', id: 'm', text: 'Hello', phase: null } });
    peer.send({ id: req.id, result: { turn: turnObj('turn-1') } });
    peer.notify('turn/completed', { threadId: thread.id, turn: turnObj('turn-1', 'completed') });
    const turn = await pending;
    const methods = (await lastValueFrom(turn.events$.pipe(toArray()))).map((e) => e.method);
    // the completed message's two deltas are replayed joined (both arrived)
    expect(methods).toEqual(['turn/started', 'error', 'item/agentMessage/delta', 'item/completed', 'turn/completed']);
    expect(await lastValueFrom(turn.textDeltas$.pipe(toArray()))).toEqual(['Hello']);
    await expect(turn.result).resolves.toMatchObject({ status: 'completed', finalResponse: 'Hello' });
    await codex.close();
  });

  test('a turn/start answered with the already active turn never yields a second handle', async () => {
    const { peer, codex } = await setup();
    const thread = await codex.startThread();
    const first = thread.turn('one');
    const r1 = await peer.request('turn/start');
    peer.send({ id: r1.id, result: { turn: turnObj('turn-A') } });
    await first;
    // a second handle for the same thread id (e.g. resumed twice) asking for a turn
    peer.auto.set('thread/resume', { thread: threadObj(thread.id) });
    const twin = await codex.resumeThread(thread.id);
    const second = twin.turn('two');
    const r2 = await peer.next((m) => m.method === 'turn/start' && m.id !== r1.id);
    peer.send({ id: r2.id, result: { turn: turnObj('turn-A') } });
    await expect(second).rejects.toBeInstanceOf(TurnInProgressError);
    await codex.close();
  });

  test('a thousand live turns on many threads: each stream sees only its own events', async () => {
    const { peer, codex } = await setup();
    const threads = await Promise.all(Array.from({ length: 50 }, () => codex.startThread()));
    let n = 0;
    peer.auto.set('turn/start', () => ({ turn: turnObj(`t${n++}`) }));
    const turns = [];
    for (let i = 0; i < 20; i++) {
      for (const thread of threads) {
        const turn = await thread.turn('x');
        turns.push(turn);
        peer.notify('turn/completed', { threadId: thread.id, turn: turnObj(turn.id, 'completed') });
        await turn.result;
      }
    }
    expect(turns).toHaveLength(1000);
    // now 1000 at once, never completed: each gets exactly its deltas
    const live = await Promise.all(threads.map((t) => t.turn('y')));
    for (const turn of live) peer.notify('item/agentMessage/delta', { threadId: turn.threadId, turnId: turn.id, itemId: 'm', delta: turn.id });
    for (const turn of live) peer.notify('turn/completed', { threadId: turn.threadId, turn: turnObj(turn.id, 'completed') });
    for (const turn of live) expect(await lastValueFrom(turn.textDeltas$.pipe(toArray()))).toEqual([turn.id]);
    await codex.close();
  });

  test("thread.events$ gets its turns' deltas while someone watches it; its replay keeps the structure only", async () => {
    const { peer, codex } = await setup();
    const thread = await codex.startThread();
    peer.auto.set('turn/start', () => ({ turn: turnObj('turn-1') }));
    const turn = await thread.turn('x');
    const delta = (d: string) => peer.notify('item/agentMessage/delta', { threadId: thread.id, turnId: turn.id, itemId: 'm', delta: d });
    const arrived = (d: string) => firstValueFrom(turn.textDeltas$.pipe(filter((x) => x === d)));
    peer.notify('item/started', { threadId: thread.id, turnId: turn.id, item: { type: 'agentMessage', id: 'm', text: '', phase: null } });
    delta('a'); // nobody watches the thread: its turn takes it alone
    await arrived('a');
    const live: string[] = [];
    const watching = thread.events$.subscribe((n) => live.push(n.method));
    delta('b');
    await arrived('b');
    watching.unsubscribe();
    delta('c');
    await arrived('c');
    const late: string[] = [];
    thread.events$.subscribe((n) => late.push(n.method)).unsubscribe();
    expect(live).toEqual(['item/started', 'item/agentMessage/delta']);
    expect(late).toEqual(['item/started']);
    await codex.close();
  });

  test('release() completes thread.events$ and stops routing to the handle', async () => {
    const { peer, codex } = await setup();
    const thread = await codex.startThread();
    const seen: string[] = [];
    let completed = false;
    thread.events$.subscribe({ next: (n) => seen.push(n.method), complete: () => (completed = true) });
    const notifyAndWait = async () => {
      const arrived = firstValueFrom(codex.notificationsOf('thread/status/changed'));
      peer.notify('thread/status/changed', { threadId: thread.id, status: { type: 'idle' } });
      await arrived;
    };
    await notifyAndWait();
    thread.release();
    expect(completed).toBe(true);
    await notifyAndWait();
    expect(seen).toEqual(['thread/status/changed']);
    await expect(thread.turn('x')).rejects.toThrow(/released/);
    await codex.close();
  });

  test('finalResponse prefers final_answer, then an unphased message, and keeps ""', () => {
    const msg = (text: string, phase: string | null) => ({ type: 'agentMessage', id: text, text, phase }) as never;
    expect(finalResponse([msg('a', null), msg('b', 'final_answer'), msg('c', 'commentary')])).toBe('b');
    expect(finalResponse([msg('a', null), msg('c', 'commentary')])).toBe('a');
    expect(finalResponse([msg('c', 'commentary')])).toBeNull();
    expect(finalResponse([msg('', null)])).toBe('');
  });
});
