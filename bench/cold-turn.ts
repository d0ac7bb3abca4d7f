/**
 * A turn's messages handled cold, without the app-server's noise: the lines of one real fast turn
 * (recorded from the pinned app-server against the fake model server at start) are fed again and
 * again, one per macrotask, to codex-rx (`Codex.connect` over a scripted transport, `thread.run()`)
 * and to a bare handler (`JSON.parse` and a dispatch, as bench/turns.ts's bare client), with the
 * caches evicted before each message (`--evict` MiB written at one byte per 64, default 32; 0:
 * none). Between two messages of a real turn the app-server and the fake model server run and the
 * client's code and data leave the caches; this reproduces that in one process, in seconds.
 *
 * Per message it times the handler and what it queued (promise reactions, ticks) until the next
 * macrotask: codex-rx's `turn/start` request, made when the previous turn completes, is inside.
 * Both clients live in this process; after `--warm` turns each, blocks of `--turns` turns
 * alternate (`--blocks`); the figure is the median of the per-block ratios. Prints figures,
 * asserts nothing.
 *
 *   npx tsx bench/cold-turn.ts                       # 30 blocks of 20 turns, 32 MiB evicted
 *   npx tsx bench/cold-turn.ts --evict 0             # hot: no eviction
 *   npx tsx bench/cold-turn.ts --from lib            # codex-rx from lib/ through tsx
 */
import { performance } from 'node:perf_hooks';
import type { Transport, TransportHandlers } from '../lib/transport/transport.js';
import { arg, strArg } from './support/args.js';
import { bareRpc, bareStdio, THREAD_START_PARAMS } from './support/bare-client.js';
import { ensureBuilt } from './support/built-dist.js';

const EVICT_MIB = arg('evict', 32);
const BLOCKS = arg('blocks', 30);
const TURNS = arg('turns', 20);
const WARM = arg('warm', 200);
const FROM = strArg('from', 'dist') as 'dist' | 'lib';
console.log(FROM === 'dist' ? `client: ${ensureBuilt()}` : 'client: lib/ through tsx');
const { Codex } = (await import(FROM === 'lib' ? '../lib/index.js' : '../dist/index.js')) as typeof import('../lib/index.js');
const { createHermeticHome, mockProviderConfig, startFakeResponsesServer, writeCodexConfig } = (await import(
  FROM === 'lib' ? '../lib/testing/index.js' : '../dist/testing.js'
)) as typeof import('../lib/testing/index.js');

interface Recording {
  /** The answer to `initialize` and what follows it. */
  init: string[];
  /** The answer to `thread/start` and what follows it. */
  start: string[];
  /** One turn: the `turn/start` answer and its notifications, in the order they came. */
  turn: string[];
  threadId: string;
}

/** Drives the real app-server once (a bare client, the params `codex.startThread()` sends) and keeps its lines. */
async function record(): Promise<Recording> {
  const fake = await startFakeResponsesServer({ defaultScenario: { type: 'text', text: 'ok' } });
  const home = await createHermeticHome('codex-rx-cold-');
  try {
    await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
    const link = bareStdio(home.env);
    const lines: string[] = [];
    const { request, turn: runTurn } = bareRpc({ send: link.send, onMessage: (handler) => link.onMessage((line) => (lines.push(line), handler(line))) });
    /** A moment for the notifications that trail an answer to arrive. */
    const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
    await request('initialize', { clientInfo: { name: 'bench', version: '0' } });
    link.send('{"jsonrpc":"2.0","method":"initialized"}');
    await settle();
    const init = lines.splice(0);
    const { thread } = await request('thread/start', THREAD_START_PARAMS);
    await settle();
    const start = lines.splice(0);
    // The second turn: the first one's lines include one-time notices.
    for (let i = 0; i < 2; i++) {
      lines.length = 0;
      await runTurn(thread.id, `turn ${i}`);
      await settle();
    }
    const turn = lines.splice(0);
    await link.close();
    return { init, start, turn, threadId: thread.id };
  } finally {
    await home.dispose();
    await fake.close();
  }
}

const rec = await record();
const recordedTurnId = (JSON.parse(rec.turn.find((l) => l.includes('"turn/started"'))!) as { params: { turn: { id: string } } }).params.turn.id;
console.log(`recorded turn: ${rec.turn.length} messages (${rec.turn.map((l) => (JSON.parse(l) as { method?: string }).method ?? 'response').join(', ')})`);

const evictBuffer = new Uint8Array(Math.max(1, EVICT_MIB * 1024 * 1024));
let evictRound = 0;
/** Writes one byte per cache line of the buffer: what the client had in the caches is gone. */
function evict(): void {
  if (EVICT_MIB === 0) return;
  evictRound++;
  for (let i = 0; i < evictBuffer.length; i += 64) evictBuffer[i] = (evictBuffer[i]! + evictRound) & 255;
}

let timing = false;
let measuredMs = 0;
/** Feeds lines one per macrotask, each timed from just before its handler to the next macrotask. */
function feed(lines: string[], deliver: (line: string) => void): void {
  let i = 0;
  let t0 = 0;
  const step = () => {
    if (i > 0 && timing) measuredMs += performance.now() - t0;
    if (i === lines.length) return;
    evict();
    t0 = performance.now();
    deliver(lines[i++]!);
    setImmediate(step);
  };
  setImmediate(step);
}

/** Characters each client wrote (the same request each turn: a check that both run the same turns). */
const sent = { bare: 0, 'codex-rx': 0 };

let turnNo = 0;
/** The recorded turn with a fresh turn id of the same length, and the answer carrying `requestId`. */
function turnLines(requestId: number): string[] {
  const id = recordedTurnId.slice(0, 24) + (turnNo++).toString(16).padStart(12, '0');
  return rec.turn.map((l) => {
    const line = l.split(recordedTurnId).join(id);
    return line.startsWith('{"id":') ? answer(line, requestId) : line;
  });
}
const answer = (line: string, requestId: number) => JSON.stringify({ ...JSON.parse(line), id: requestId });

/** The bare client of bench/turns.ts, fed the same lines. */
function bareClient(): (i: number) => Promise<void> {
  let handler: (text: string) => void = () => {};
  const { turn } = bareRpc({
    send: (text) => {
      sent.bare += text.length;
      const m = JSON.parse(text) as { id: number; method: string };
      if (m.method === 'turn/start') feed(turnLines(m.id), (line) => handler(line));
    },
    onMessage: (h) => (handler = h),
  });
  return (i) => turn(rec.threadId, `turn ${i}`);
}

/** codex-rx over a transport that answers from the recording. */
async function codexRxClient(): Promise<(i: number) => Promise<void>> {
  let handlers: TransportHandlers | null = null;
  const transport: Transport = {
    exited: new Promise(() => {}),
    start: (h) => void (handlers = h),
    send: (text) => {
      sent['codex-rx'] += text.length;
      const m = JSON.parse(text) as { id?: number; method?: string };
      const deliver = (line: string) => handlers!.message(line);
      if (m.method === 'initialize') feed([answer(rec.init[0]!, m.id!), ...rec.init.slice(1)], deliver);
      else if (m.method === 'thread/start') feed([answer(rec.start[0]!, m.id!), ...rec.start.slice(1)], deliver);
      else if (m.method === 'turn/start') feed(turnLines(m.id!), deliver);
    },
    close: () => Promise.resolve({ code: 0, signal: null }),
  };
  const codex = await Codex.connect(transport);
  const thread = await codex.startThread();
  return async (i) => void (await thread.run(`turn ${i}`));
}

const clients = { bare: bareClient(), 'codex-rx': await codexRxClient() };
for (const run of Object.values(clients)) for (let i = 0; i < WARM; i++) await run(i);
const sentBefore = { ...sent };
const perTurnUs: Record<keyof typeof clients, number[]> = { bare: [], 'codex-rx': [] };
for (let b = 0; b < BLOCKS; b++) {
  for (const name of (b % 2 ? ['codex-rx', 'bare'] : ['bare', 'codex-rx']) as (keyof typeof clients)[]) {
    measuredMs = 0;
    timing = true;
    for (let i = 0; i < TURNS; i++) await clients[name](i);
    timing = false;
    perTurnUs[name].push((measuredMs / TURNS) * 1000);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ratios = perTurnUs['codex-rx'].map((x, i) => x / perTurnUs.bare[i]!);
const bare = median(perTurnUs.bare);
const rx = median(perTurnUs['codex-rx']);
console.log(`${BLOCKS} blocks of ${TURNS} turns after ${WARM} each, ${EVICT_MIB} MiB evicted before each message; µs per turn (handler and what it queued), medians:`);
console.log(`  bare ${bare.toFixed(0)}   codex-rx ${rx.toFixed(0)}   codex-rx − bare ${(rx - bare).toFixed(0)}   ratio ${median(ratios).toFixed(3)}× (per block ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
const timed = BLOCKS * TURNS;
console.log(`  characters written per turn: bare ${((sent.bare - sentBefore.bare) / timed).toFixed(0)}, codex-rx ${((sent['codex-rx'] - sentBefore['codex-rx']) / timed).toFixed(0)}`);
process.exit(0);
