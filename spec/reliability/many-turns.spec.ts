import { lastValueFrom, toArray } from 'rxjs';
import type { Codex, ServerNotification, Thread, TurnHandle, TurnResult } from '../../lib/index.js';
import { call, ending, startChaos, within, type Ending } from '../support/chaos.js';

/**
 * 1,000 turns live at once, one per thread. The chaos server (`turn: hold`) answers each
 * turn/start, sends turn/started and a first delta, and holds the turn; `chaos/release` then
 * finishes all of them with their events interleaved across turns.
 */

const N = 1000;
const EXPECTED_METHODS = 'turn/started,item/agentMessage/delta,item/agentMessage/delta,item/completed,turn/completed';

/** The turn and thread a notification is about, read the way the protocol puts them. */
function keys(n: ServerNotification): { threadId: unknown; turnId: unknown } {
  const p = n.params as { threadId?: unknown; turnId?: unknown; turn?: { id?: unknown }; thread?: { id?: unknown } };
  return { threadId: p.threadId ?? p.thread?.id, turnId: p.turnId ?? p.turn?.id };
}

/** At most a few problems, and how many there were: a readable failure for 1,000 turns. */
function summary(problems: string[]) {
  return { count: problems.length, first: problems.slice(0, 4) };
}

describe('1,000 concurrent turns on 1,000 threads', () => {
  let codex: Codex;
  let threads: Thread[];
  let turns: TurnHandle[];
  let results: TurnResult[];
  let events: ServerNotification[][];
  let deltas: string[];
  let threadEvents: Ending[];

  beforeAll(async () => {
    codex = await startChaos({ turn: 'hold' });
    threads = await Promise.all(Array.from({ length: N }, () => codex.startThread()));
    const threadEnds = threads.map((t) => ending(t.events$));
    turns = await Promise.all(threads.map((t, i) => t.turn(`prompt ${i}`)));
    const eventLists = turns.map((t) => lastValueFrom(t.events$.pipe(toArray())));
    const deltaLists = turns.map((t) => lastValueFrom(t.textDeltas$.pipe(toArray())));
    expect(turns.filter((t) => t.isDone)).toEqual([]); // all live at once
    await expect(call(codex, 'chaos/release')).resolves.toEqual({ released: N });
    results = await within(Promise.all(turns.map((t) => t.result)), 10_000, 'the turn results');
    events = await Promise.all(eventLists);
    deltas = (await Promise.all(deltaLists)).map((d) => d.join(''));
    for (const t of threads) t.release();
    threadEvents = await Promise.all(threadEnds);
  });
  afterAll(() => codex.close());

  test('ids are distinct and each result carries its own final text', () => {
    expect(new Set(threads.map((t) => t.id)).size).toBe(N);
    expect(new Set(turns.map((t) => t.id)).size).toBe(N);
    const problems = results.flatMap((r, i) => (r.id === turns[i]!.id && r.finalResponse === `reply to prompt ${i}` ? [] : [`turn ${i}: ${r.id} ${JSON.stringify(r.finalResponse)}`]));
    expect(summary(problems)).toEqual(summary([]));
  });

  test('no cross-talk: a turn stream carries only its own turn, a thread stream only its own thread', () => {
    const problems: string[] = [];
    events.forEach((evs, i) => {
      const foreign = evs.filter((e) => keys(e).turnId !== turns[i]!.id || keys(e).threadId !== threads[i]!.id);
      if (foreign.length) problems.push(`turn ${i}: ${foreign.length} foreign events, e.g. ${JSON.stringify(foreign[0])}`);
    });
    threadEvents.forEach((e, i) => {
      const foreign = e.values.filter((n) => keys(n as ServerNotification).threadId !== threads[i]!.id);
      if (foreign.length) problems.push(`thread ${i}: ${foreign.length} foreign events, e.g. ${JSON.stringify(foreign[0])}`);
    });
    expect(summary(problems)).toEqual(summary([]));
  });

  test('no event is lost: every turn stream has all five events in order, and its deltas spell its text', () => {
    const problems: string[] = [];
    events.forEach((evs, i) => {
      const methods = evs.map((e) => e.method).join(',');
      if (methods !== EXPECTED_METHODS) problems.push(`turn ${i}: events ${methods}`);
      if (deltas[i] !== `reply to prompt ${i}`) problems.push(`turn ${i}: deltas spell ${JSON.stringify(deltas[i])}`);
    });
    expect(summary(problems)).toEqual(summary([]));
  });

  test('no thread/started is lost: every thread stream replays its own, as startThread() promises', () => {
    const problems = threadEvents.flatMap((e, i) => (e.values.some((n) => (n as ServerNotification).method === 'thread/started') ? [] : [`thread ${i}: no thread/started`]));
    expect(summary(problems)).toEqual(summary([]));
  });
});
