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
 * subprotocol). The runs go in rounds: the raw reader and each codex-rx shape once per round, in
 * an order that rotates, each in a process of its own (bench/support/flood-reader.ts: no run
 * inherits the heap or the compiled code of another), which first reads a warm-up flood of
 * `--warm` deltas of other messages, untimed (what a long-lived reader is like). Ratios are medians
 * of per-round ratios (runs of one round are close in time, so the machine's speed drifting between
 * rounds does not move them). Throughput ratios are raw time / codex-rx time (1.0 = as
 * fast as raw), from wall time and from the reader process's CPU time (all its threads: the
 * compiler's and the collector's too). Prints figures; asserts nothing.
 *
 *   npx tsx --expose-gc bench/flood.ts           # stdio, ws and relay; validation lenient and off
 *   npx tsx bench/flood.ts --transport stdio --validation lenient --runs 5 --messages 200000
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './support/built-dist.js';
import { forkRelay } from './support/relay-child.js';
import { startWsServer } from './support/ws-flood.js';
import type { FloodRun, Shape } from './support/flood-reader.js';
import type { Timing } from './support/timing.js';
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
/**
 * `--warm N`: each reader, raw and codex-rx alike, first reads N deltas of other messages, untimed,
 * after the collection that starts its run (0: none). A run's reader is new, so without it each run
 * also times compiling and specialising the reader's code: a long-lived reader has done so long
 * before. Default: a tenth of the flood, and at least two agent messages of each of `--live` turns
 * (`2 × live × item`). A round-robin turn gets one delta in `live`, so a tenth of the flood completes
 * none of its messages: the timed flood then met every turn's first `item/completed`, on which V8
 * dropped the code it had optimised for deltas alone (message path, router, turn, window) and
 * compiled it again (some 130–160 ms of compiler time inside the timed flood, and the main thread
 * in the interpreter meanwhile). After two messages a turn, a round-robin's warm-up has been through
 * that, as a long-lived client has.
 */
const WARM = arg('warm', Math.max(Math.floor(MESSAGES / 10), 2 * LIVE * ITEM));
/** `--from lib`: the client from the TypeScript sources through tsx, instead of the built `dist/` users run. */
const FROM = strArg('from', 'dist') as 'dist' | 'lib';

// --------------------------------------------------------------------------------------- main

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const READER = fileURLToPath(new URL('./support/flood-reader.ts', import.meta.url));

/** One timed flood in a process of its own (bench/support/flood-reader.ts), with this process's loader (tsx). */
function once(run: FloodRun): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const child = fork(READER, [JSON.stringify(run)], { execArgv: [...process.execArgv, '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let timing: Timing | null = null;
    child.on('message', (m) => (timing = m as Timing));
    child.on('error', reject);
    child.on('exit', (code) => (timing ? resolve(timing) : reject(new Error(`flood reader exited with ${code} (${run.reader}, ${run.shape})`))));
  });
}

/** One round's timings: the raw reader's and each shape's codex-rx run. */
type Round = Map<'raw' | Shape, Timing>;

/**
 * `RUNS` rounds; each round runs the raw reader and every codex-rx shape once, in an order that
 * rotates from round to round, each in a fresh process with a fresh reader (a codex-rx client with
 * fresh turns: a turn keeps its last 10 000 events for replay, floods into the same turns would
 * pile up). Runs of one round are minutes apart at most, so a ratio within a round is not moved by
 * the machine's speed drifting between rounds; figures are medians of per-round ratios.
 */
async function rounds(shapes: Shape[], run: Omit<FloodRun, 'reader' | 'shape'>): Promise<Round[]> {
  const out: Round[] = [];
  const order: ('raw' | Shape)[] = ['raw', ...shapes];
  for (let r = 0; r < RUNS; r++) {
    const round: Round = new Map();
    for (let i = 0; i < order.length; i++) {
      const what = order[(i + r) % order.length]!;
      round.set(what, await once(what === 'raw' ? { ...run, shape: '1 live', reader: 'raw' } : { ...run, shape: what, reader: 'codex-rx' }));
    }
    out.push(round);
  }
  return out;
}

const us = (ms: number) => ((ms * 1000) / MESSAGES).toFixed(2);
/** The median over rounds of a/b, by wall time and by CPU time. */
const ratio = (all: Round[], a: 'raw' | Shape, b: 'raw' | Shape) => ({
  wall: median(all.map((r) => r.get(a)!.ms / r.get(b)!.ms)),
  cpu: median(all.map((r) => r.get(a)!.cpu / r.get(b)!.cpu)),
});

/** Per transport and validation: 1 live vs raw (throughput) and each shape vs 1 live (cost), wall and CPU; printed as BENCH-JSON for `npm run bench`. */
const figures: Record<string, number> = {};
const figure = (key: string, value: number) => (figures[key] = Number(value.toFixed(3)));

async function main() {
  const shapes: Shape[] = ['1 live', `${LIVE} live`, 'round-robin'];
  console.log(FROM === 'dist' ? `client: ${ensureBuilt()}` : 'client: lib/ through tsx');
  for (const transport of TRANSPORTS) {
    let server: { url: string; child: ChildProcess } | null = null;
    let relay: Awaited<ReturnType<typeof forkRelay>> | null = null;
    if (transport !== 'stdio') server = await startWsServer();
    if (transport === 'relay') {
      relay = await forkRelay({ url: server!.url });
      console.log(`relay: ${relay.module}, ${relay.build}`);
    }
    const endpoint = relay ? { url: relay.url, token: relay.token } : server ? { url: server.url } : {};
    try {
      for (const validation of VALIDATIONS) {
        const items = ITEM > 0 ? ` in messages of ${ITEM} (item/started … item/completed)` : ' (one message per turn, never completed)';
        console.log(`${transport}, validation ${validation}: ${MESSAGES} item/agentMessage/delta${items}, ${RUNS} rounds (raw and each shape once per round, order rotating), each run after ${WARM} untimed warm-up deltas; µs per delta wall (CPU), medians; ratios: medians of per-round ratios`);
        const all = await rounds(shapes, { validation, messages: MESSAGES, item: ITEM, warm: WARM, live: LIVE, window: WINDOW, from: FROM, ...endpoint });
        const med = (what: 'raw' | Shape) => ({ ms: median(all.map((r) => r.get(what)!.ms)), cpu: median(all.map((r) => r.get(what)!.cpu)) });
        const raw = med('raw');
        console.log(`  raw reader   ${us(raw.ms)} (${us(raw.cpu)})   per round: ${all.map((r) => us(r.get('raw')!.ms)).join(' ')}`);
        for (const shape of shapes) {
          const rx = med(shape);
          const vsRaw = ratio(all, 'raw', shape); // throughput: raw time / codex-rx time
          const key = `${transport}.${validation}.${shape === '1 live' ? 'oneLive' : shape === 'round-robin' ? 'roundRobin' : 'manyLive'}`;
          let vsOne = '';
          if (shape === '1 live') {
            figure(`${key}.vsRaw`, vsRaw.wall);
            figure(`${key}.vsRawCpu`, vsRaw.cpu);
          } else {
            const cost = ratio(all, shape, '1 live');
            figure(`${key}.vsOneLive`, cost.wall);
            figure(`${key}.vsOneLiveCpu`, cost.cpu);
            vsOne = `   ${cost.wall.toFixed(2)}× of 1 live (CPU ${cost.cpu.toFixed(2)}×; goal ≤ ${shape === 'round-robin' ? '1.2' : '1.05'}×)`;
          }
          console.log(
            `  ${shape.padEnd(11)}  codex-rx ${us(rx.ms)} (${us(rx.cpu)})   ` +
              `throughput ${vsRaw.wall.toFixed(2)}× raw (CPU ${vsRaw.cpu.toFixed(2)}×${validation === 'lenient' && shape === '1 live' ? '; goal ≥ 0.9×' : ''})${vsOne}`,
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
