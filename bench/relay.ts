/**
 * The relay (`codex-rx/relay`) as it runs for users: plain Node, from the built `dist/`
 * (`npm run build` first when dist/ is missing or older than lib/), in a child process of its
 * own, so its memory and CPU are its own. Three parts:
 *
 * 1. Memory: the relay's rss idle (after start) and with `--observers` (1000) observe connections
 *    open, each what a read-only dashboard page does (Origin, observe token as subprotocol,
 *    `initialize`, `initialized`, `thread/loaded/list`) against the real app-server; both after
 *    forced collections in the child. From those, the memory per connection; then all closed,
 *    and a second time (the heap after each close shows a leak).
 * 2. Overhead per frame: the same flood of `--frames` (100 000) deltas, in agent messages of 100
 *    (so 2 % more frames: their item/started and item/completed), from the scripted ws server
 *    (bench/support/ws-flood-server.mjs) to a raw reader (`ws` + `JSON.parse`), straight and
 *    through the relay, runs alternating, medians. (relay wall − straight wall) / frames, and the
 *    relay process's own CPU time per frame (`process.cpuUsage()` in the child).
 * 3. `--connections` (100) concurrent connections, each streaming one turn of the real
 *    app-server: straight vs. through the relay (`--rounds 0` skips it).
 *
 * Prints the figures, asserts nothing; the last line is `BENCH-JSON {…}` for an aggregator.
 *
 *   npm run bench:relay
 *   npm run bench:relay -- --observers 1000 --frames 100000 --runs 5 --connections 100 --rounds 3 --deltas 40 --delay 5 [--build]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { relayProtocols } from '../lib/relay/index.js';
import { createHermeticHome, mockProviderConfig, startFakeResponsesServer, writeCodexConfig } from '../lib/testing/index.js';
import { startListeningAppServer } from '../spec/support/app-server-listener.js';
import { WsJsonRpc, type OpenOptions } from '../spec/support/ws-json-rpc.js';
import { forkRelay, RELAY_ORIGIN, type RelayChild, type RelayMemory } from './support/relay-child.js';
import { floodFrames, opener, rawWs, startWsServer } from './support/ws-flood.js';
import type { Timing } from './support/timing.js';
import { arg } from './support/args.js';

const OBSERVERS = arg('observers', 1000);
const FRAMES = arg('frames', 100_000);
const RUNS = arg('runs', 5);
/** Deltas per agent message of the flood (item/started, the deltas, item/completed). */
const ITEM = 100;
const CONNECTIONS = arg('connections', 100);
const ROUNDS = arg('rounds', 3);
const DELTAS = arg('deltas', 40);
const DELAY_MS = arg('delay', 5);
const BUILD = process.argv.includes('--build');
const MiB = (bytes: number) => bytes / 1024 / 1024;
/** One figure: what it is, then its value and meaning. */
const row = (label: string, text: string) => console.log(`  ${label.padEnd(32)} ${text}`);
const MB = (bytes: number) => `${MiB(bytes).toFixed(1)} MiB`;

/** What an aggregator reads: the last line, `BENCH-JSON` and this as JSON. */
export interface RelayFigures {
  /** The relay process's rss after start, after a forced collection, MiB. */
  relayRssIdleMiB: number;
  /** The same with 1,000 (`--observers`) observe connections open, MiB. */
  relayRss1000MiB: number;
  /** (with − idle) / connections, KiB: each connection is a browser socket and its own upstream one. */
  relayKiBPerConnection: number;
  /** (wall through the relay − wall straight) / frames, µs. */
  relayUsPerFrame: number;
  /** The relay process's CPU time (user + system) per frame it forwards, µs. */
  relayCpuUsPerFrame: number;
}

const retryOverloaded = (client: WsJsonRpc) => {
  // app-server answers -32001 when too many requests queue up at once: retry those, backing off.
  let overloaded = 0;
  const request = async (method: string, params?: unknown): Promise<any> => {
    for (let attempt = 1; ; attempt++) {
      const response = await client.request(method, params);
      if (response.error?.code !== -32001) return response;
      overloaded++;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt) * (0.5 + Math.random())));
    }
  };
  return { request, overloaded: () => overloaded };
};

// ------------------------------------------------------------------------------ 1. memory

/** An observe page: connects with the observe token, initializes, lists the loaded threads, stays open. */
async function observer(relay: RelayChild): Promise<WsJsonRpc> {
  const client = await WsJsonRpc.open(relay.url, { origin: RELAY_ORIGIN, protocols: relayProtocols(relay.observeToken) });
  const { request } = retryOverloaded(client);
  const init = await request('initialize', { clientInfo: { name: 'relay_bench_observer', title: null, version: '0.0.1' } });
  if (!init.result) throw new Error(`initialize through the relay failed: ${JSON.stringify(init.error)}`);
  client.notify('initialized');
  const loaded = await request('thread/loaded/list', {});
  if (!loaded.result) throw new Error(`thread/loaded/list through the relay failed: ${JSON.stringify(loaded.error)}`);
  return client;
}

/**
 * Probes the relay's memory until it counts `n` connections and `sockets` open TCP sockets (a
 * session ends before its sockets are gone), for at most 10 s.
 */
async function memoryAt(relay: RelayChild, n: number, sockets: number): Promise<RelayMemory> {
  const t0 = performance.now();
  for (;;) {
    const m = await relay.memory();
    if (m.connections === n && m.sockets === sockets) return m;
    if (performance.now() - t0 > 10_000) {
      console.log(`  (!) after 10 s the relay still counts ${m.connections} connections and ${m.sockets} sockets, expected ${n} and ${sockets}`);
      return m;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens `OBSERVERS` observe pages (in batches, as pages arrive, not a thousand handshakes at once), then closes them. */
async function observeCycle(relay: RelayChild, idle: RelayMemory) {
  const clients: WsJsonRpc[] = [];
  const t0 = performance.now();
  for (let i = 0; i < OBSERVERS; i += 50) {
    clients.push(...(await Promise.all(Array.from({ length: Math.min(50, OBSERVERS - i) }, () => observer(relay)))));
  }
  const openMs = performance.now() - t0;
  const open = await memoryAt(relay, OBSERVERS, idle.sockets + 2 * OBSERVERS);
  await Promise.all(clients.map((c) => c.close()));
  const closed = await memoryAt(relay, 0, idle.sockets);
  return { openMs, open, closed };
}

async function memory(relay: RelayChild) {
  const idle = await relay.memory();
  const { openMs, open, closed } = await observeCycle(relay, idle);
  // A second cycle: a leak would leave its sessions' heap behind again; warming up happens once.
  const again = await observeCycle(relay, idle);
  const per = (key: keyof RelayMemory) => (open[key] - idle[key]) / OBSERVERS / 1024;
  const kib = per('rss');
  const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${MB(bytes)}`;
  console.log(`Relay memory (the child's rss and heap after two forced collections), ${OBSERVERS} observe connections (each a page: observe token, initialize, thread/loaded/list) to the real app-server:`);
  row('rss idle:', `${MB(idle.rss)}  (the relay process right after start; heap ${MB(idle.heapUsed)})`);
  row(`rss with ${OBSERVERS} open:`, `${MB(open.rss)}  (heap ${MB(open.heapUsed)}, external ${MB(open.external)}; opened in ${(openMs / 1000).toFixed(1)} s)`);
  row('memory per connection:', `${kib.toFixed(1)} KiB rss  (of it heap ${per('heapUsed').toFixed(1)} KiB, external ${per('external').toFixed(1)} KiB; a browser socket and its own upstream socket each)`);
  row(`all ${OBSERVERS} closed:`, `rss ${MB(closed.rss)}, heap ${MB(closed.heapUsed)}  (heap ${signed(closed.heapUsed - idle.heapUsed)} over idle: warm-up and what closed sessions still hold)`);
  row('opened and closed again:', `rss ${MB(again.closed.rss)}, heap ${MB(again.closed.heapUsed)}  (heap ${signed(again.closed.heapUsed - closed.heapUsed)} over the first close: a leak of ${OBSERVERS} sessions would show here)`);
  return { relayRssIdleMiB: MiB(idle.rss), relayRss1000MiB: MiB(open.rss), relayKiBPerConnection: kib };
}

// ---------------------------------------------------------------------- 2. overhead per frame

async function overhead(relay: RelayChild, serverUrl: string) {
  const straight = await rawWs(opener(serverUrl), FRAMES, ITEM);
  const through = await rawWs(opener(relay.url, relay), FRAMES, ITEM);
  const relayed = async (): Promise<Timing & { relayCpuUs: number }> => {
    const c0 = await relay.cpuUs();
    const t = await through.flood();
    return { ...t, relayCpuUs: (await relay.cpuUs()) - c0 };
  };
  try {
    await straight.flood(); // warm-up
    await relayed();
    const direct: Timing[] = [];
    const via: Awaited<ReturnType<typeof relayed>>[] = [];
    for (let r = 0; r < RUNS; r++) {
      if (r % 2 === 0) {
        direct.push(await straight.flood());
        via.push(await relayed());
      } else {
        via.push(await relayed());
        direct.push(await straight.flood());
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const frames = floodFrames(FRAMES, ITEM);
    const us = (ms: number) => (ms * 1000) / frames;
    const d = median(direct.map((t) => t.ms));
    const v = median(via.map((t) => t.ms));
    const cpu = median(via.map((t) => t.relayCpuUs)) / frames;
    console.log(`Relay overhead per frame: a flood of ${frames} frames (${FRAMES} item/agentMessage/delta in agent messages of ${ITEM}) from the scripted ws server to a raw reader (ws + JSON.parse), straight vs. through the relay; ${RUNS} runs alternating, medians:`);
    row('straight:', `${us(d).toFixed(2)} µs per frame wall (${d.toFixed(0)} ms)`);
    row('through the relay:', `${us(v).toFixed(2)} µs per frame wall (${v.toFixed(0)} ms)`);
    row('relay overhead per frame:', `${us(v - d).toFixed(2)} µs wall  (the difference of the two; the relay runs beside the server and the reader, on 2 shared cores)`);
    row('relay CPU per frame:', `${cpu.toFixed(2)} µs  (the relay process's own user + system time over a relayed flood / frames)`);
    return { relayUsPerFrame: us(v - d), relayCpuUsPerFrame: cpu };
  } finally {
    await straight.close();
    await through.close();
  }
}

// ----------------------------------------------------------------- 3. turns, 100 at a time

/** One connection: open, initialize, one thread, one turn streamed to turn/completed. */
async function oneTurn(url: string, open: OpenOptions, cwd: string) {
  const client = await WsJsonRpc.open(url, open);
  const { request, overloaded } = retryOverloaded(client);
  await request('initialize', { clientInfo: { name: 'relay_bench', title: null, version: '0.0.1' } });
  client.notify('initialized');
  const thread = await request('thread/start', { cwd });
  const threadId: string = thread.result.thread.id;
  const completed = client.waitFor((m) => m.method === 'turn/completed' && m.params.threadId === threadId);
  const t0 = performance.now();
  await request('turn/start', { threadId, input: [{ type: 'text', text: 'stream please', text_elements: [] }] });
  const done = await completed;
  const turnMs = performance.now() - t0;
  const deltas = client.messages.filter((m) => m.method === 'item/agentMessage/delta' && m.params.threadId === threadId).length;
  await client.close();
  return { turnMs, status: done.params.turn.status as string, deltas, overloaded: overloaded() };
}

/** All connections at once; resolves with the wall time and each turn's figures. */
async function round(url: string, open: OpenOptions, cwd: string, whileRunning?: () => void) {
  const t0 = performance.now();
  const sampler = whileRunning ? setInterval(whileRunning, 200) : undefined;
  try {
    const turns = await Promise.all(Array.from({ length: CONNECTIONS }, () => oneTurn(url, open, cwd)));
    return { wallMs: performance.now() - t0, turns };
  } finally {
    clearInterval(sampler);
  }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function turns(relay: RelayChild, endpoint: { url: string; token: string }, cwd: string) {
  const direct: { wallMs: number; turns: Awaited<ReturnType<typeof oneTurn>>[] }[] = [];
  const relayed: typeof direct = [];
  const before = await relay.memory();
  const peak = { rss: before.rss, heapUsed: before.heapUsed };
  const sample = () =>
    void relay.memory().then((m) => {
      peak.rss = Math.max(peak.rss, m.rss);
      peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    });
  for (let r = 0; r < ROUNDS; r++) {
    direct.push(await round(endpoint.url, { ws: { headers: { authorization: `Bearer ${endpoint.token}` } } }, cwd));
    relayed.push(await round(relay.url, { origin: RELAY_ORIGIN, protocols: relayProtocols(relay.token) }, cwd, sample));
  }
  const after = await memoryAt(relay, 0, before.sockets);

  const summary = (name: string, rounds: typeof direct) => {
    const all = rounds.flatMap((r) => r.turns);
    const ok = all.filter((t) => t.status === 'completed' && t.deltas === DELTAS).length;
    const ms = all.map((t) => t.turnMs);
    const walls = rounds.map((r) => r.wallMs.toFixed(0)).join(', ');
    const retries = all.reduce((n, t) => n + t.overloaded, 0);
    const perTurn = rounds.map((r) => (r.wallMs / CONNECTIONS).toFixed(0)).join(', ');
    console.log(`  ${name.padEnd(8)} completed ${ok}/${all.length}; turn/start → turn/completed median ${pct(ms, 50).toFixed(0)} ms, p95 ${pct(ms, 95).toFixed(0)} ms`);
    console.log(`           all ${CONNECTIONS} (connect → close) ${walls} ms = ${perTurn} ms per turn; -32001 retries ${retries}`);
    return pct(ms, 50);
  };
  console.log(`${CONNECTIONS} concurrent connections, one turn each (${DELTAS} deltas, ${DELAY_MS} ms apart), ${ROUNDS} rounds, straight to app-server vs. through the relay:`);
  const d = summary('direct', direct);
  const r = summary('relay', relayed);
  row('relay overhead per turn (median):', `${(r - d).toFixed(1)} ms (${(((r - d) / d) * 100).toFixed(1)}%; app-server's queue dominates)`);
  row('relay process memory (collected, sampled every 200 ms while relaying):', `before rss ${MB(before.rss)} heap ${MB(before.heapUsed)}; peak rss ${MB(peak.rss)} heap ${MB(peak.heapUsed)}; after rss ${MB(after.rss)} heap ${MB(after.heapUsed)}`);
}

// --------------------------------------------------------------------------------------- main

/** Runs the three parts, printing as it goes; resolves with the figures of {@link RelayFigures}. */
export async function relayBench(): Promise<RelayFigures> {
  const home = await createHermeticHome('codex-rx-bench-');
  const fake = await startFakeResponsesServer({ defaultScenario: { type: 'text', deltas: Array.from({ length: DELTAS }, (_, i) => `d${i} `), delayMs: DELAY_MS } });
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
  const server = await startListeningAppServer(home, 'ws');
  const endpoint = server.endpoint as { url: string; token: string };
  const relay = await forkRelay(endpoint, { build: BUILD });
  const flood = await startWsServer();
  const floodRelay = await forkRelay({ url: flood.url });
  try {
    console.log(`relay: plain node ${relay.module} (--expose-gc), ${relay.build}`);
    const mem = await memory(relay);
    const frame = await overhead(floodRelay, flood.url);
    if (ROUNDS > 0) await turns(relay, endpoint, home.work);
    return { ...mem, ...frame };
  } finally {
    floodRelay.close();
    flood.child.kill();
    relay.close();
    await server.stop();
    await fake.close();
    await home.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await relayBench();
  const round3 = (x: number) => Math.round(x * 1000) / 1000;
  console.log(`BENCH-JSON ${JSON.stringify(Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, round3(v)])))}`);
}
