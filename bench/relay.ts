/**
 * 100 concurrent connections, each streaming one turn: straight to app-server vs. through
 * codex-rx/relay (which runs in a child process of its own, so its memory is its own). Node `ws`
 * clients speak JSON-RPC by hand (initialize, thread/start, turn/start, deltas, turn/completed).
 * Prints the figures; asserts nothing.
 *
 *   npm run bench:relay
 *   npm run bench:relay -- --connections 100 --rounds 3 --deltas 40 --delay 5
 */
import { performance } from 'node:perf_hooks';
import { relayProtocols } from '../lib/relay/index.js';
import { createHermeticHome, mockProviderConfig, startFakeResponsesServer, writeCodexConfig } from '../lib/testing/index.js';
import { startListeningAppServer } from '../spec/support/app-server-listener.js';
import { WsJsonRpc, type OpenOptions } from '../spec/support/ws-json-rpc.js';
import { forkRelay, RELAY_ORIGIN } from './support/relay-child.js';
import { arg } from './support/args.js';

const CONNECTIONS = arg('connections', 100);
const ROUNDS = arg('rounds', 3);
const DELTAS = arg('deltas', 40);
const DELAY_MS = arg('delay', 5);
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One connection: open, initialize, one thread, one turn streamed to turn/completed. */
async function oneTurn(url: string, open: OpenOptions, cwd: string) {
  const client = await WsJsonRpc.open(url, open);
  let overloaded = 0;
  // app-server answers -32001 when too many requests queue up at once: retry those, backing off.
  const request = async (method: string, params?: unknown): Promise<any> => {
    for (let attempt = 1; ; attempt++) {
      const response = await client.request(method, params);
      if (response.error?.code !== -32001) return response;
      overloaded++;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt) * (0.5 + Math.random())));
    }
  };
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
  return { turnMs, status: done.params.turn.status as string, deltas, overloaded };
}

/** All connections at once; resolves with the wall time and each turn's figures. */
async function round(url: string, open: OpenOptions, cwd: string, whileRunning?: () => void) {
  const t0 = performance.now();
  const sampler = whileRunning ? setInterval(whileRunning, 50) : undefined;
  try {
    const turns = await Promise.all(Array.from({ length: CONNECTIONS }, () => oneTurn(url, open, cwd)));
    return { wallMs: performance.now() - t0, turns };
  } finally {
    clearInterval(sampler);
  }
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function main(): Promise<void> {
  const home = await createHermeticHome('codex-rx-bench-');
  const fake = await startFakeResponsesServer({ defaultScenario: { type: 'text', deltas: Array.from({ length: DELTAS }, (_, i) => `d${i} `), delayMs: DELAY_MS } });
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
  const server = await startListeningAppServer(home, 'ws');
  const endpoint = server.endpoint as { url: string; token: string };
  const relay = await forkRelay(endpoint);
  try {
    const idle = await relay.memory();
    const direct: { wallMs: number; turns: Awaited<ReturnType<typeof oneTurn>>[] }[] = [];
    const relayed: typeof direct = [];
    const peak = { rss: idle.rss, heapUsed: idle.heapUsed };
    const sample = () =>
      void relay.memory().then((m) => {
        peak.rss = Math.max(peak.rss, m.rss);
        peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
      });
    for (let r = 0; r < ROUNDS; r++) {
      direct.push(await round(endpoint.url, { ws: { headers: { authorization: `Bearer ${endpoint.token}` } } }, home.work));
      relayed.push(await round(relay.url, { origin: RELAY_ORIGIN, protocols: relayProtocols(relay.token) }, home.work, sample));
    }
    const after = await relay.memory();

    const summary = (name: string, rounds: typeof direct) => {
      const turns = rounds.flatMap((r) => r.turns);
      const ok = turns.filter((t) => t.status === 'completed' && t.deltas === DELTAS).length;
      const ms = turns.map((t) => t.turnMs);
      const walls = rounds.map((r) => r.wallMs.toFixed(0)).join(', ');
      const retries = turns.reduce((n, t) => n + t.overloaded, 0);
      const perTurn = rounds.map((r) => (r.wallMs / CONNECTIONS).toFixed(0)).join(', ');
      console.log(`  ${name.padEnd(8)} completed ${ok}/${turns.length}; turn/start → turn/completed median ${pct(ms, 50).toFixed(0)} ms, p95 ${pct(ms, 95).toFixed(0)} ms`);
      console.log(`           all ${CONNECTIONS} (connect → close) ${walls} ms = ${perTurn} ms per turn; -32001 retries ${retries}`);
      return pct(ms, 50);
    };
    console.log(`${CONNECTIONS} concurrent connections, one turn each (${DELTAS} deltas, ${DELAY_MS} ms apart), ${ROUNDS} rounds:`);
    const d = summary('direct', direct);
    const r = summary('relay', relayed);
    console.log(`  relay overhead per turn (median): ${(r - d).toFixed(1)} ms (${(((r - d) / d) * 100).toFixed(1)}%)`);
    console.log(`  relay process memory (sampled every 50 ms while relaying): idle rss ${MB(idle.rss)} heap ${MB(idle.heapUsed)}; peak rss ${MB(peak.rss)} heap ${MB(peak.heapUsed)}; after rss ${MB(after.rss)} heap ${MB(after.heapUsed)}`);
    console.log(`  (the relay child runs under tsx, whose loader accounts for most of the idle rss)`);
  } finally {
    relay.close();
    await server.stop();
    await fake.close();
    await home.dispose();
  }
}

await main();
