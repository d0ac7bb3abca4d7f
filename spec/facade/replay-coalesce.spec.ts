/**
 * A completed item's text deltas are kept joined in the turn's replay window (docs/faq.md,
 * "Replay window"; TSDoc of TurnHandle.textDeltas$): live subscribers get every chunk, late ones
 * the same text in fewer chunks.
 */
import { filter, firstValueFrom, lastValueFrom, toArray, type Observable } from 'rxjs';
import { Codex, type CodexOptions } from '../../lib/index.js';
import { FakePeer } from '../support/fake-peer.js';

const turnObj = (id: string, status = 'inProgress') => ({ id, items: [], status, error: null, startedAt: 1, completedAt: null, durationMs: null });

async function setup(options: CodexOptions = {}) {
  const peer = new FakePeer({});
  peer.auto.set('thread/start', () => ({ thread: { id: 'thread-1', status: { type: 'idle' } } }));
  peer.auto.set('turn/start', () => ({ turn: turnObj('turn-1') }));
  const codex = await Codex.connect(peer.transport, options);
  const turn = await (await codex.startThread()).turn('hi');
  const ids = { threadId: 'thread-1', turnId: 'turn-1' };
  const send = (method: string, params: Record<string, unknown> = {}) => peer.notify(method, { ...ids, ...params });
  const started = (id: string, type = 'agentMessage') => send('item/started', { item: { type, id, text: '', phase: null } });
  const message = (id: string, text: string) => send('item/completed', { item: { type: 'agentMessage', id, text, phase: null } });
  const delta = (itemId: string, d: string) => send('item/agentMessage/delta', { itemId, delta: d });
  /** Resolves once the client has handled everything sent so far. */
  const flushed = async () => {
    const marker = firstValueFrom(codex.notificationsOf('thread/status/changed').pipe(filter((p) => p.threadId === 'flush')));
    peer.notify('thread/status/changed', { threadId: 'flush', status: { type: 'idle' } });
    await marker;
  };
  const end = async () => {
    peer.notify('turn/completed', { threadId: 'thread-1', turn: turnObj('turn-1', 'completed') });
    await turn.result;
  };
  return { peer, codex, turn, send, started, message, delta, flushed, end };
}

const collect = <T>(stream: Observable<T>) => {
  const values: T[] = [];
  stream.subscribe({ next: (v) => values.push(v), error: () => {} });
  return values;
};
const all = <T>(stream: Observable<T>) => lastValueFrom(stream.pipe(toArray()));

describe("a turn's replay keeps completed items' deltas joined", () => {
  test('live subscribers get every chunk; late ones the same text in one chunk per message, and text$ the same final values', async () => {
    const t = await setup();
    const live = { deltas: collect(t.turn.textDeltas$), text: collect(t.turn.text$), events: collect(t.turn.events$) };
    t.started('m1');
    for (const d of ['Hel', 'lo', ' world']) t.delta('m1', d);
    t.message('m1', 'Hello world');
    t.started('m2');
    for (const d of ['Bye', '!']) t.delta('m2', d);
    t.message('m2', 'Bye!');
    await t.end();
    expect(live.deltas).toEqual(['Hel', 'lo', ' world', 'Bye', '!']);
    expect(await all(t.turn.textDeltas$)).toEqual(['Hello world', 'Bye!']);
    const lateText = await all(t.turn.text$);
    expect(lateText).toEqual(['Hello world', '', 'Bye!']);
    // the final value of each message is the same as live
    expect(live.text).toEqual(['Hel', 'Hello', 'Hello world', '', 'Bye', 'Bye!']);
    // the joined delta is a new object: what live subscribers were handed is unchanged
    const liveDeltas = live.events.filter((n) => n.method === 'item/agentMessage/delta');
    expect(liveDeltas.map((n) => n.params.delta)).toEqual(['Hel', 'lo', ' world', 'Bye', '!']);
    const late = await all(t.turn.events$);
    expect(late.map((n) => n.method)).toEqual([
      'item/started',
      'item/agentMessage/delta',
      'item/completed',
      'item/started',
      'item/agentMessage/delta',
      'item/completed',
      'turn/completed',
    ]);
    expect(late[1]).toMatchObject({ method: 'item/agentMessage/delta', params: { threadId: 'thread-1', turnId: 'turn-1', itemId: 'm1', delta: 'Hello world' } });
    await t.codex.close();
  });

  test('a message still streaming replays chunk by chunk; reasoning joins per summary part', async () => {
    const t = await setup();
    const liveReasoning = collect(t.turn.reasoning$);
    t.started('r1', 'reasoning');
    t.send('item/reasoning/summaryTextDelta', { itemId: 'r1', summaryIndex: 0, delta: 'Think' });
    t.send('item/reasoning/summaryTextDelta', { itemId: 'r1', summaryIndex: 0, delta: 'ing.' });
    t.send('item/reasoning/summaryPartAdded', { itemId: 'r1', summaryIndex: 1 });
    t.send('item/reasoning/summaryTextDelta', { itemId: 'r1', summaryIndex: 1, delta: 'More' });
    t.send('item/reasoning/summaryTextDelta', { itemId: 'r1', summaryIndex: 1, delta: '.' });
    t.send('item/completed', { item: { type: 'reasoning', id: 'r1', summary: ['Thinking.', 'More.'], content: [] } });
    t.started('m1');
    t.delta('m1', 'a');
    t.delta('m1', 'b');
    await t.flushed();
    const midDeltas = collect(t.turn.textDeltas$);
    const midText = collect(t.turn.text$);
    expect(midDeltas).toEqual(['a', 'b']);
    expect(midText).toEqual(['a', 'ab']);
    expect(collect(t.turn.reasoning$)).toEqual(['Thinking.', 'More.']);
    expect(liveReasoning).toEqual(['Think', 'ing.', 'More', '.']);
    await t.end();
    await t.codex.close();
  });

  test('a late subscriber mid-message gets every event so far in the order it came, each delta equal to what was sent', async () => {
    const t = await setup();
    const live = collect(t.turn.events$);
    t.started('m1');
    t.delta('m1', 'a');
    t.delta('m1', 'b');
    const usage = { cachedInputTokens: 0, inputTokens: 1, outputTokens: 1, reasoningOutputTokens: 0, totalTokens: 2 };
    t.send('thread/tokenUsage/updated', { tokenUsage: { total: usage, last: usage, modelContextWindow: null } });
    t.delta('m1', 'c');
    await t.flushed();
    const late = collect(t.turn.events$);
    expect(late).toEqual(live);
    expect(late.map((n) => (n.method === 'item/agentMessage/delta' ? n.params.delta : n.method))).toEqual(['item/started', 'a', 'b', 'thread/tokenUsage/updated', 'c']);
    t.delta('m1', 'd');
    await t.flushed();
    expect(late.at(-1)).toBe(live.at(-1)); // then live: the very objects
    await t.end();
    await t.codex.close();
  });

  test('deltas of two items that interleave are joined only where no other item event came between', async () => {
    const t = await setup();
    t.started('m1');
    t.delta('m1', 'a');
    const usage = { cachedInputTokens: 0, inputTokens: 1, outputTokens: 1, reasoningOutputTokens: 0, totalTokens: 2 };
    t.send('thread/tokenUsage/updated', { tokenUsage: { total: usage, last: usage, modelContextWindow: null } });
    t.delta('m1', 'b');
    t.started('m2');
    t.delta('m2', 'X');
    t.delta('m1', 'c');
    t.delta('m1', 'd');
    t.message('m1', 'abcd');
    t.message('m2', 'X');
    await t.end();
    // m1's first run (a, b across a non-item event) and second run (c, d) stay apart around m2's delta
    expect(await all(t.turn.textDeltas$)).toEqual(['ab', 'X', 'cd']);
    const late = (await all(t.turn.events$)).map((n) => n.method);
    expect(late.slice(0, 3)).toEqual(['item/started', 'item/agentMessage/delta', 'thread/tokenUsage/updated']);
    await t.codex.close();
  });

  test('the window counts a completed item as its joined delta: the turn start is still replayed', async () => {
    const t = await setup({ turnReplayLimit: 14 });
    t.send('turn/started', { turn: turnObj('turn-1') });
    for (let m = 0; m < 3; m++) {
      t.started(`m${m}`);
      for (let i = 0; i < 5; i++) t.delta(`m${m}`, String(i));
      t.message(`m${m}`, '01234');
    }
    await t.end();
    // 23 events, 11 once joined: all of them fit in 14 (kept one by one, only the last 14 would)
    const late = await all(t.turn.events$);
    expect(late.map((n) => n.method)).toEqual(['turn/started', ...Array(3).fill(['item/started', 'item/agentMessage/delta', 'item/completed']).flat(), 'turn/completed']);
    expect(await all(t.turn.textDeltas$)).toEqual(['01234', '01234', '01234']);
    await t.codex.close();
  });

  test('an item longer than the window: what is left of it is joined', async () => {
    const t = await setup({ turnReplayLimit: 4 });
    t.started('m1');
    for (let i = 0; i < 6; i++) t.delta('m1', String(i));
    t.message('m1', '012345');
    await t.end();
    // the window had [2, 3, 4, 5] when m1 completed: its item/started had fallen out
    expect((await all(t.turn.events$)).map((n) => n.method)).toEqual(['item/agentMessage/delta', 'item/completed', 'turn/completed']);
    expect(await all(t.turn.textDeltas$)).toEqual(['2345']);
    await t.codex.close();
  });
});
