// One timed flood of bench/flood.ts, in a process of its own (so that no run inherits the heap,
// the young generation's size or the compiled code of the one before): a raw reader or a codex-rx
// client reads a warm-up flood, untimed, then the timed one, and sends its timing to the parent.
// Its one argument is the run's FloodRun, as JSON.
import { writeFileSync } from 'node:fs';
import { Session as Inspector } from 'node:inspector/promises';
import type { Codex as CodexClass, TurnHandle, WebSocketLike } from '../../lib/index.js';
import { opener, rawWs, WARM_ITEMS, type Opener, type Session } from './ws-flood.js';
import { floodChunks, rawRead, RAW_TARGET, scriptedPeer } from './stdio-flood.js';
import { timed, type Timing } from './timing.js';

export type Shape = '1 live' | `${number} live` | 'round-robin';

/** What one run reads, and how. */
export interface FloodRun {
  reader: 'raw' | 'codex-rx';
  shape: Shape;
  validation: 'lenient' | 'off';
  /** The flood's deltas, and each message's (0: one message that never completes). */
  messages: number;
  item: number;
  /** Deltas of the warm-up (0: none). */
  warm: number;
  /** Live turns of the shapes other than 1 live. */
  live: number;
  /** The turns' and threads' replay windows (0: the client's defaults). */
  window: number;
  /** Where the client comes from: the built `dist/` (as users run it) or `lib/` through tsx. */
  from: 'dist' | 'lib';
  /** Over ws: the flood server's (or the relay's) URL, and the relay's token. */
  url?: string;
  token?: string;
}

const run = JSON.parse(process.argv[2]!) as FloodRun;
/** The client as users run it, from the built dist/ (the parent builds it when stale), or from lib/ through tsx. */
const { Codex, StreamTransport, WebSocketTransport } = (await import(run.from === 'lib' ? '../../lib/index.js' : '../../dist/index.js')) as typeof import('../../lib/index.js');
const { messages: MESSAGES, item: ITEM, warm: WARM, live: LIVE } = run;
const windows = run.window > 0 ? { turnReplayLimit: run.window, threadReplayLimit: run.window } : {};


// --------------------------------------------------------------------------- stdio (in memory)

/** `live` threads with one live turn each; `subscribe` counts text deltas on the turns that get any. */
async function openTurns(codex: CodexClass, live: number): Promise<TurnHandle[]> {
  const threads = [];
  for (let i = 0; i < live; i++) threads.push(await codex.startThread());
  const turns = [];
  for (const t of threads) turns.push(await t.turn('x'));
  return turns;
}

/** Counts the text deltas of the turns that get any: `expect(n)` resolves once n more came. */
function counter(turns: TurnHandle[]): { expect(count: number): Promise<void> } {
  let n = 0;
  let target = 0;
  let chars = 0;
  let resolve = () => {};
  for (const t of turns)
    t.textDeltas$.subscribe({
      next: (d) => {
        chars += d.length;
        if (++n === target) resolve();
      },
      error: () => {}, // the live turns end with the client
    });
  return {
    expect: (count) => {
      n = 0;
      target = count;
      return new Promise<void>((r) => (resolve = r));
    },
  };
}

async function rxStdio(shape: Shape, validation: 'lenient' | 'off'): Promise<Session> {
  const { transport, toClient } = scriptedPeer(StreamTransport);
  const codex = await Codex.connect(transport, { validation, ...windows });
  const live = shape === '1 live' ? 1 : LIVE;
  const turns = await openTurns(codex, live);
  const receivers = shape === 'round-robin' ? turns : [turns[0]!];
  const targets = receivers.map((t) => ({ threadId: t.threadId, turnId: t.id }));
  const data = floodChunks(targets, MESSAGES, ITEM);
  const warm = WARM > 0 ? floodChunks(targets, WARM, ITEM, WARM_ITEMS) : null;
  const count = counter(receivers);
  const read = (chunks: Buffer[], n: number) => {
    const done = count.expect(n);
    for (const c of chunks) toClient.write(c);
    return done;
  };
  return {
    flood: () => timed(() => read(data, MESSAGES), warm ? () => read(warm, WARM) : undefined),
    close: async () => {
      await codex.close();
    },
  };
}

// --------------------------------------------------------------------------------------- ws

async function rxWs(open: Opener, shape: Shape, validation: 'lenient' | 'off'): Promise<Session> {
  const codex = await Codex.connect(new WebSocketTransport((await open()) as unknown as WebSocketLike), { validation, ...windows });
  const live = shape === '1 live' ? 1 : LIVE;
  const turns = await openTurns(codex, live);
  const receivers = shape === 'round-robin' ? turns : [turns[0]!];
  const targets = receivers.map((t) => ({ threadId: t.threadId, turnId: t.id }));
  const count = counter(receivers);
  // The client's session (private) sends the flood request on its current connection.
  const notify = (codex as unknown as { session: { notify(method: string, params: unknown): void } }).session;
  const read = (n: number, firstItem: number) => {
    const done = count.expect(n);
    notify.notify('bench/flood', { targets, count: n, itemDeltas: ITEM, firstItem });
    return done;
  };
  return {
    flood: () => timed(() => read(MESSAGES, 0), WARM > 0 ? () => read(WARM, WARM_ITEMS) : undefined),
    close: async () => {
      await codex.close();
    },
  };
}

// ------------------------------------------------------------------------------------- one run

async function once(): Promise<Timing> {
  const open = run.url ? opener(run.url, run.token ? { token: run.token } : undefined) : null;
  let session: Session;
  if (run.reader === 'raw') {
    if (open) session = await rawWs(open, MESSAGES, ITEM, WARM);
    else {
      const data = floodChunks([RAW_TARGET], MESSAGES, ITEM);
      const warm = WARM > 0 ? { data: floodChunks([RAW_TARGET], WARM, ITEM, WARM_ITEMS), messages: WARM } : null;
      session = { flood: () => rawRead(data, MESSAGES, warm), close: async () => {} };
    }
  } else session = open ? await rxWs(open, run.shape, run.validation) : await rxStdio(run.shape, run.validation);
  // FLOOD_PROFILE=file: a CPU profile of the flood (warm-up included), for a look at one run.
  const profile = process.env.FLOOD_PROFILE;
  const inspector = profile ? new Inspector() : null;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 50 });
    await inspector.post('Profiler.start');
  }
  try {
    return await session.flood();
  } finally {
    if (inspector) writeFileSync(profile!, JSON.stringify((await inspector.post('Profiler.stop')).profile));
    await session.close();
  }
}

once().then(
  // Run by hand (no parent): the timing on stdout.
  (timing) => (process.send ? process.send(timing, () => process.exit(0)) : console.log(JSON.stringify(timing))),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
