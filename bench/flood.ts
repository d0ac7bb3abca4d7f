/**
 * Reader throughput: 200 000 `item/agentMessage/delta` messages through codex-rx (framing,
 * validation, the router, a turn's `textDeltas$` subscriber) vs. a raw reader (readline +
 * `JSON.parse`, or a `ws` client + `JSON.parse`), fed the same bytes. Each turn's deltas make
 * agent messages of `--item` deltas (default 100), each between its `item/started` and
 * `item/completed`, as a turn streams them (`--item 0`: one message per turn that never
 * completes, the flood of earlier runs). Three codex-rx shapes:
 *
 *   1 live      one live turn gets every delta
 *   1000 live   1000 live turns, one of them gets every delta
 *   round-robin 1000 live turns, delta i goes to turn i mod 1000 (each has a subscriber)
 *
 * stdio: in memory (two PassThroughs, the bytes in 64 KiB chunks as a pipe delivers them).
 * ws: a WebSocket server in a child process (bench/support/ws-flood-server.mjs) sends one frame
 * per message. relay: the same server behind codex-rx/relay in a child process of its own, run
 * by plain Node from the built dist/ (bench/support/relay-child.ts; `npm run build` first when
 * dist/ is missing or older than lib/), both readers connecting as a page does (Origin, token
 * subprotocol). Raw and codex-rx runs alternate; figures are medians. Throughput ratios are
 * raw time / codex-rx time (1.0 = as fast as raw), from wall time and from this process's CPU time
 * (steadier on a loaded machine). Prints figures; asserts nothing.
 *
 *   npx tsx --expose-gc bench/flood.ts           # stdio, ws and relay; validation lenient and off
 *   npx tsx bench/flood.ts --transport stdio --validation lenient --runs 5 --messages 200000
 */
import type { ChildProcess } from 'node:child_process';
import { Codex, WebSocketTransport, type TurnHandle, type WebSocketLike } from '../lib/index.js';
import { forkRelay } from './support/relay-child.js';
import { opener, rawWs, startWsServer, timed, type Opener, type Session, type Timing } from './support/ws-flood.js';
import { floodChunks, rawRead, RAW_TARGET, scriptedPeer } from './support/stdio-flood.js';
import { arg, strArg } from './support/args.js';

const MESSAGES = arg('messages', 200_000);
const RUNS = arg('runs', 3);
const LIVE = arg('live', 1000);
const TRANSPORTS = strArg('transport', 'stdio,ws,relay').split(',') as ('stdio' | 'ws' | 'relay')[];
const VALIDATIONS = strArg('validation', 'lenient,off').split(',') as ('lenient' | 'off')[];
/** Deltas per agent message of each turn (item/started, the deltas, item/completed); 0: one message that never completes. */
const ITEM = arg('item', 100);
/** `--window N`: the turns' and threads' replay windows (default: the client's defaults). */
const WINDOW = arg('window', 0);
const windows = WINDOW > 0 ? { turnReplayLimit: WINDOW, threadReplayLimit: WINDOW } : {};

type Shape = '1 live' | `${number} live` | 'round-robin';

// --------------------------------------------------------------------------- stdio (in memory)

/** `live` threads with one live turn each; `subscribe` counts text deltas on the turns that get any. */
async function openTurns(codex: Codex, live: number): Promise<TurnHandle[]> {
  const threads = [];
  for (let i = 0; i < live; i++) threads.push(await codex.startThread());
  const turns = [];
  for (const t of threads) turns.push(await t.turn('x'));
  return turns;
}

function counter(turns: TurnHandle[]): { reset(): Promise<void> } {
  let n = 0;
  let chars = 0;
  let resolve = () => {};
  for (const t of turns)
    t.textDeltas$.subscribe({
      next: (d) => {
        chars += d.length;
        if (++n === MESSAGES) resolve();
      },
      error: () => {}, // the live turns end with the client
    });
  return {
    reset: () => {
      n = 0;
      return new Promise<void>((r) => (resolve = r));
    },
  };
}

async function rxStdio(shape: Shape, validation: 'lenient' | 'off'): Promise<Session> {
  const { transport, toClient } = scriptedPeer();
  const codex = await Codex.connect(transport, { validation, ...windows });
  const live = shape === '1 live' ? 1 : LIVE;
  const turns = await openTurns(codex, live);
  const receivers = shape === 'round-robin' ? turns : [turns[0]!];
  const data = floodChunks(receivers.map((t) => ({ threadId: t.threadId, turnId: t.id })), MESSAGES, ITEM);
  const count = counter(receivers);
  return {
    flood: () =>
      timed(async () => {
        const done = count.reset();
        for (const c of data) toClient.write(c);
        await done;
      }),
    close: async () => {
      await codex.close();
    },
  };
}

// --------------------------------------------------------------------------------------- ws

async function rxWs(open: Opener, shape: Shape, validation: 'lenient' | 'off'): Promise<Session> {
  const codex = await Codex.connect(new WebSocketTransport((await open()) as unknown as WebSocketLike), { validation });
  const live = shape === '1 live' ? 1 : LIVE;
  const turns = await openTurns(codex, live);
  const receivers = shape === 'round-robin' ? turns : [turns[0]!];
  const targets = receivers.map((t) => ({ threadId: t.threadId, turnId: t.id }));
  const count = counter(receivers);
  // The client's session (private) sends the flood request on its current connection.
  const notify = (codex as unknown as { session: { notify(method: string, params: unknown): void } }).session;
  return {
    flood: () =>
      timed(async () => {
        const done = count.reset();
        notify.notify('bench/flood', { targets, count: MESSAGES, itemDeltas: ITEM });
        await done;
      }),
    close: async () => {
      await codex.close();
    },
  };
}

// --------------------------------------------------------------------------------------- main

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Raw and codex-rx runs, alternating, each codex-rx run on a fresh client with fresh turns (a
 * turn keeps its last 10 000 events for replay: floods into the same turns would pile up).
 */
async function measure(raw: () => Promise<Timing>, open: () => Promise<Session>): Promise<{ raw: Timing; rx: Timing }> {
  const rxOnce = async () => {
    const session = await open();
    try {
      return await session.flood();
    } finally {
      await session.close();
    }
  };
  await raw(); // warm-up
  await rxOnce();
  const raws: Timing[] = [];
  const rxs: Timing[] = [];
  for (let r = 0; r < RUNS; r++) {
    if (r % 2 === 0) {
      raws.push(await raw());
      rxs.push(await rxOnce());
    } else {
      rxs.push(await rxOnce());
      raws.push(await raw());
    }
  }
  const pick = (ts: Timing[]) => ({ ms: median(ts.map((t) => t.ms)), cpu: median(ts.map((t) => t.cpu)) });
  return { raw: pick(raws), rx: pick(rxs) };
}

const us = (ms: number) => ((ms * 1000) / MESSAGES).toFixed(2);

/** Per transport and validation: 1 live vs raw (throughput) and each shape vs 1 live (cost), wall and CPU; printed as BENCH-JSON for `npm run bench`. */
const figures: Record<string, number> = {};
const figure = (key: string, value: number) => (figures[key] = Number(value.toFixed(3)));

async function main() {
  const shapes: Shape[] = ['1 live', `${LIVE} live`, 'round-robin'];
  for (const transport of TRANSPORTS) {
    let server: { url: string; child: ChildProcess } | null = null;
    let relay: Awaited<ReturnType<typeof forkRelay>> | null = null;
    if (transport !== 'stdio') server = await startWsServer();
    if (transport === 'relay') {
      relay = await forkRelay({ url: server!.url });
      console.log(`relay: ${relay.module}, ${relay.build}`);
    }
    const open = relay ? opener(relay.url, relay) : server ? opener(server.url) : null;
    try {
      for (const validation of VALIDATIONS) {
        const items = ITEM > 0 ? ` in messages of ${ITEM} (item/started … item/completed)` : ' (one message per turn, never completed)';
        console.log(`${transport}, validation ${validation}: ${MESSAGES} item/agentMessage/delta${items}, ${RUNS} runs, medians; µs per delta wall (CPU)`);
        let one = { wall: 1, cpu: 1 }; // codex-rx / raw at 1 live turn
        for (const shape of shapes) {
          const session = () => (open ? rxWs(open, shape, validation) : rxStdio(shape, validation));
          let raw: () => Promise<Timing>;
          let rawSession: Session | null = null;
          if (transport === 'stdio') {
            const data = floodChunks([RAW_TARGET], MESSAGES, ITEM);
            raw = () => rawRead(data, MESSAGES);
          } else {
            rawSession = await rawWs(open!, MESSAGES, ITEM);
            raw = () => rawSession!.flood();
          }
          const m = await measure(raw, session);
          await rawSession?.close();
          // Against 1 live turn, each relative to its own raw runs (so drift on the machine cancels).
          const rel = m.rx.ms / m.raw.ms;
          const relCpu = m.rx.cpu / m.raw.cpu;
          if (shape === '1 live') one = { wall: rel, cpu: relCpu };
          const key = `${transport}.${validation}.${shape === '1 live' ? 'oneLive' : shape === 'round-robin' ? 'roundRobin' : 'manyLive'}`;
          if (shape === '1 live') {
            figure(`${key}.vsRaw`, 1 / rel);
            figure(`${key}.vsRawCpu`, 1 / relCpu);
          } else {
            figure(`${key}.vsOneLive`, rel / one.wall);
            figure(`${key}.vsOneLiveCpu`, relCpu / one.cpu);
          }
          const goal = shape === 'round-robin' ? '1.2' : '1.05';
          const vsOne = shape === '1 live' ? '' : `   ${(rel / one.wall).toFixed(2)}× of 1 live (CPU ${(relCpu / one.cpu).toFixed(2)}×; goal ≤ ${goal}×)`;
          console.log(
            `  ${shape.padEnd(11)}  raw ${us(m.raw.ms)} (${us(m.raw.cpu)})   codex-rx ${us(m.rx.ms)} (${us(m.rx.cpu)})   ` +
              `throughput ${(1 / rel).toFixed(2)}× raw (CPU ${(1 / relCpu).toFixed(2)}×${validation === 'lenient' && shape === '1 live' ? '; goal ≥ 0.9×' : ''})${vsOne}`,
          );
        }
      }
    } finally {
      relay?.close();
      server?.child.kill();
    }
  }
  console.log(`BENCH-JSON ${JSON.stringify(figures)}`);
}

void main();
