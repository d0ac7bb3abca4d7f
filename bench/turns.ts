/**
 * Turns through codex-rx vs. the bare app-server driven by a minimal hand-written client, both
 * against the same fake Responses server (fast turns: one short message, no delay), in hermetic
 * homes, with the same process working directory. Bare and codex-rx rounds are interleaved (the
 * order alternates), and startup and per-turn costs are reported separately:
 *
 *   startup   spawn → initialize → thread/start answered
 *   per turn  (last turn/completed − first turn/start) / turns, after a collection (see `collect`)
 *   client CPU per turn: this process's CPU time over the turns (the fake model server runs in
 *             this process too, alike for both), less sensitive to a loaded machine than wall time
 *   main-thread CPU per turn (Linux): the same, the main thread alone (from its schedstat), without
 *             V8's collector and compiler threads; reported, no goal
 *
 * Ratios are medians of the per-round ratios (each round pairs one bare and one codex-rx run).
 * Goals: per turn, wall ≤ 1.03× and CPU ≤ 1.15× of the bare client's. The last line printed is
 * `BENCH-JSON {"turnCpuRatio":…,"turnWallRatio":…,"turnCpuMsBare":…,"turnCpuMsCodexRx":…}`, the
 * stdio figures (when stdio ran), for an aggregator.
 * With `--peer`, the same turns also go through `@openai/codex-sdk` (one `codex exec` per turn).
 * Prints figures; asserts nothing (timings do not belong in tests).
 *
 *   npm run bench                                    # stdio and ws, 9 rounds of 20 turns, + peer
 *   npx tsx bench/turns.ts --transport stdio --rounds 9 --turns 20
 *   npx tsx bench/turns.ts --transport ws
 *   npx tsx bench/turns.ts --transport stdio --warm 20    # a shorter untimed warm-up (default: 200 turns)
 *   npx tsx bench/turns.ts --peer --peer-only
 *   npx tsx bench/turns.ts --cwd /some/checkout        # both servers run there (default: this cwd)
 *   npx tsx bench/turns.ts --from lib                  # codex-rx from lib/ through tsx (default: the built dist/)
 *   npx tsx bench/turns.ts --transport stdio --floor   # + codex-rx at request level, validation on and off
 *
 * `--floor` adds two clients to every round (reported, no goal): codex-rx driven at its lowest
 * public level, `codex.request('turn/start')` and `codex.notificationsOf('turn/completed')`, no
 * Thread or TurnHandle, once with the default validation and once with `validation: 'off'`. What
 * they cost beyond the bare client is the transport, connection and router alone: the floor under
 * `thread.run()`.
 *
 * `--peer` imports the SDK from `$CODEX_SDK_PATH` if set, else from the package `@openai/codex-sdk`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import WebSocket from 'ws';
import { mergeEnv } from '../lib/process/process-transport.js';
import { resolveCodexBinary } from '../lib/process/resolve-binary.js';
import type { ThreadStartParams } from '../lib/generated/types.js';
import type { FakeResponsesServer } from '../lib/testing/index.js';
import { arg, strArg } from './support/args.js';
import { bareRpc, bareStdio, THREAD_START_PARAMS, type BareLink } from './support/bare-client.js';
import { ensureBuilt } from './support/built-dist.js';

const flag = (name: string) => process.argv.includes(`--${name}`);
const ROUNDS = arg('rounds', 9);
const TURNS = arg('turns', 20);
/**
 * Turns of the untimed warm-up run of each client. A turn runs each function of the message path
 * about 13 times, and V8 optimises a function only after many runs: after a warm-up of one run (20
 * turns) its compiler threads were still at work on codex-rx's path inside the timed turns (CPU per
 * turn 1.20–1.22× over three runs, against 1.07–1.20× over five after 200 turns; bench/README). A
 * client that lives for days is past that, so the default warm-up is 200 turns (ten runs' worth),
 * alike for both.
 */
const WARM = arg('warm', 200);
const TRANSPORTS = strArg('transport', 'stdio,ws').split(',') as ('stdio' | 'ws')[];
const PEER = flag('peer');
const FLOOR = flag('floor');
const PEER_ONLY = flag('peer-only');
/** Both servers run in this directory: a fresh temp dir starts the server ~50 ms slower than a checkout. */
const CWD = strArg('cwd', process.cwd());
/**
 * `--from lib`: codex-rx and the fake model server from the TypeScript sources through tsx, instead
 * of the built `dist/` users run. tsx compiles with esbuild's `keepNames`, which wraps each closure
 * the code creates in a `__name(…)` call that defines its `name`: some 0.15 ms a turn of work the
 * built package does not do (bench/README).
 */
const FROM = strArg('from', 'dist') as 'dist' | 'lib';
const fromLine = FROM === 'dist' ? `client and fake model server: ${ensureBuilt()}` : 'client and fake model server: lib/ through tsx';
const { Codex } = (await import(FROM === 'lib' ? '../lib/index.js' : '../dist/index.js')) as typeof import('../lib/index.js');
const { createHermeticHome, mockProviderConfig, startFakeResponsesServer, writeCodexConfig } = (await import(
  FROM === 'lib' ? '../lib/testing/index.js' : '../dist/testing.js'
)) as typeof import('../lib/testing/index.js');

interface Run {
  startupMs: number;
  perTurnMs: number;
  totalMs: number;
  /** This process's CPU time per turn (the client, plus the in-process fake model server, alike for both). */
  cpuPerTurnMs: number;
  /** The same, its main thread alone (`NaN` off Linux). */
  mainCpuPerTurnMs: number;
  /** Mean size of the model requests the run made (JSON text, bytes): the same for both when they run the same turns. */
  modelRequestBytes: number;
}

/** Mean size of the model requests the fake server recorded since its last reset. */
const modelRequestBytes = (fake: FakeResponsesServer) =>
  fake.requests.reduce((sum, r) => sum + JSON.stringify(r.body).length, 0) / Math.max(1, fake.requests.length);

/**
 * Each timed run starts from a collected heap, bare and codex-rx alike: without it, whichever run
 * met the major collection that the runs before it (and the fake server's recorded requests) had
 * made due paid for it, which moved one round's CPU per turn by up to ±50 %. `gc` from `--expose-gc`,
 * else taken from a fresh context once the flag is set.
 */
const collect: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The main thread's CPU time in ms (Linux: its schedstat, in ns), `NaN` where there is none. */
const mainThreadCpuMs = (): number => {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
};

type Env = Record<string, string | undefined>;

async function withHome<T>(fake: FakeResponsesServer, fn: (env: Env) => Promise<T>): Promise<T> {
  const home = await createHermeticHome('codex-rx-bench-');
  try {
    await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
    return await fn(home.env);
  } finally {
    await home.dispose();
    // The bench reads none of the requests the fake server records: they would only grow the heap.
    fake.reset();
  }
}

/** Spawns `app-server --listen ws://127.0.0.1:0` with a capability token, as `Codex.start({ listen: 'ws' })` does. */
async function bareWs(env: Env): Promise<BareLink> {
  const bin = resolveCodexBinary({});
  const token = randomBytes(32).toString('base64url');
  const sha = createHash('sha256').update(token).digest('hex');
  const child: ChildProcess = spawn(bin.command, [...bin.args, 'app-server', '--listen', 'ws://127.0.0.1:0', '--ws-auth', 'capability-token', '--ws-token-sha256', sha], {
    cwd: CWD,
    env: mergeEnv(env, bin.resourcesDir),
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    const onData = (chunk: Buffer) => {
      err += chunk.toString('utf8');
      const m = /listening on: ws:\/\/([0-9.]+):(\d+)/.exec(err);
      if (m) {
        child.stderr!.off('data', onData);
        child.stderr!.resume();
        resolve(`ws://${m[1]}:${m[2]}`);
      }
    };
    child.stderr!.on('data', onData);
    child.once('exit', () => reject(new Error(`bare ws server exited: ${err}`)));
  });
  const socket = new WebSocket(url, { headers: { authorization: `Bearer ${token}` }, perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let handler: (text: string) => void = () => {};
  socket.on('message', (data) => handler(data.toString()));
  return {
    send: (text) => socket.send(text),
    onMessage: (h) => (handler = h),
    close: async () => {
      socket.terminate();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * The timed part of a run, the same for every client: from its thread started (`started` is the
 * spawn), `turns` turns one after the other from a collected heap, then `close`.
 */
async function timeTurns(fake: FakeResponsesServer, started: number, turns: number, turn: (i: number) => Promise<unknown>, close: () => Promise<unknown>): Promise<Run> {
  const ready = performance.now();
  collect();
  const turnsFrom = performance.now();
  const cpu0 = cpuMs();
  const main0 = mainThreadCpuMs();
  for (let i = 0; i < turns; i++) await turn(i);
  const end = performance.now();
  const cpu = cpuMs() - cpu0;
  const main = mainThreadCpuMs() - main0;
  await close();
  return { startupMs: ready - started, perTurnMs: (end - turnsFrom) / turns, totalMs: ready - started + (end - turnsFrom), cpuPerTurnMs: cpu / turns, mainCpuPerTurnMs: main / turns, modelRequestBytes: modelRequestBytes(fake) };
}

/** The yardstick: spawn, handshake, one thread, N turns, each awaited to turn/completed. */
async function bare(fake: FakeResponsesServer, transport: 'stdio' | 'ws', turns = TURNS): Promise<Run> {
  return withHome(fake, async (env) => {
    const started = performance.now();
    const link = transport === 'stdio' ? bareStdio(env, CWD) : await bareWs(env);
    const { request, turn } = bareRpc(link);
    await request('initialize', { clientInfo: { name: 'bench', version: '0' } });
    link.send('{"jsonrpc":"2.0","method":"initialized"}');
    const { thread } = await request('thread/start', THREAD_START_PARAMS);
    return timeTurns(fake, started, turns, (i) => turn(thread.id, `turn ${i}`), () => link.close());
  });
}

/** The same through codex-rx: start, one thread, N × `thread.run()`. */
async function rx(fake: FakeResponsesServer, transport: 'stdio' | 'ws', turns = TURNS): Promise<Run> {
  return withHome(fake, async (env) => {
    const started = performance.now();
    const codex = await Codex.start({ env, cwd: CWD, ...(transport === 'ws' ? { listen: 'ws' as const } : {}) });
    const thread = await codex.startThread();
    return timeTurns(fake, started, turns, (i) => thread.run(`turn ${i}`), () => codex.close());
  });
}

/**
 * codex-rx at request level (`--floor`): `codex.request()` and `codex.notificationsOf()`, no Thread or
 * TurnHandle; the thread starts with the same params as the others' (what `startThread()` sends).
 */
async function requestLevel(fake: FakeResponsesServer, transport: 'stdio' | 'ws', turns: number, validation: 'lenient' | 'off'): Promise<Run> {
  return withHome(fake, async (env) => {
    const started = performance.now();
    const codex = await Codex.start({ env, cwd: CWD, validation, ...(transport === 'ws' ? { listen: 'ws' as const } : {}) });
    const { thread } = await codex.request('thread/start', THREAD_START_PARAMS as ThreadStartParams);
    let completed = () => {};
    codex.notificationsOf('turn/completed').subscribe((n) => n.threadId === thread.id && completed());
    return timeTurns(
      fake,
      started,
      turns,
      async (i) => {
        const done = new Promise<void>((resolve) => (completed = resolve));
        await codex.request('turn/start', { threadId: thread.id, input: [{ type: 'text', text: `turn ${i}`, text_elements: [] }] });
        await done;
      },
      () => codex.close(),
    );
  });
}

/** The same turns through `@openai/codex-sdk` (it runs `codex exec` once per turn), same binary, fake server and kind of home. */
async function peer(fake: FakeResponsesServer): Promise<{ run: Run; binary: string }> {
  const specifier = process.env.CODEX_SDK_PATH ?? '@openai/codex-sdk';
  const { Codex: PeerCodex } = (await import(specifier)) as { Codex: new (options: Record<string, unknown>) => any };
  const bin = resolveCodexBinary({});
  return withHome(fake, async (envOverrides) => {
    const env = Object.fromEntries(Object.entries(mergeEnv(envOverrides, bin.resourcesDir)).filter((e): e is [string, string] => e[1] !== undefined));
    const started = performance.now();
    const sdk = new PeerCodex({ codexPathOverride: bin.command, env });
    const thread = sdk.startThread({ workingDirectory: CWD, skipGitRepoCheck: true });
    const ready = performance.now();
    const cpu0 = cpuMs();
    for (let i = 0; i < TURNS; i++) {
      const result = await thread.run(`turn ${i}`);
      if (typeof result?.finalResponse !== 'string') throw new Error('peer SDK turn without a final response');
    }
    const end = performance.now();
    const cpu = cpuMs() - cpu0;
    return { run: { startupMs: ready - started, perTurnMs: (end - ready) / TURNS, totalMs: end - started, cpuPerTurnMs: cpu / TURNS, mainCpuPerTurnMs: Number.NaN, modelRequestBytes: modelRequestBytes(fake) }, binary: bin.command };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f = (n: number, digits = 1) => n.toFixed(digits);
const list = (xs: number[], digits = 1) => xs.map((v) => v.toFixed(digits)).join(' ');

/** Per-turn figures of one transport, for the `BENCH-JSON` line. */
interface TurnFigures {
  turnCpuRatio: number;
  turnWallRatio: number;
  turnCpuMsBare: number;
  turnCpuMsCodexRx: number;
  /** Main thread only (Linux), reported: absent where it could not be read. */
  turnMainCpuRatio?: number;
}

async function compare(fake: FakeResponsesServer, transport: 'stdio' | 'ws'): Promise<TurnFigures> {
  const clients: { name: string; run: (turns: number) => Promise<Run>; runs: Run[] }[] = [
    { name: 'bare', run: (turns) => bare(fake, transport, turns), runs: [] },
    { name: 'codex-rx', run: (turns) => rx(fake, transport, turns), runs: [] },
    ...(FLOOR
      ? (['lenient', 'off'] as const).map((validation) => ({
          name: `request level, validation ${validation}`,
          run: (turns: number) => requestLevel(fake, transport, turns, validation),
          runs: [] as Run[],
        }))
      : []),
  ];
  // Warm-up: page cache, first-run helper links, and the JIT (see WARM): V8 optimises a function
  // once it has run enough, and a turn runs each function of the message path only a dozen times.
  for (const client of clients) await client.run(WARM);
  for (let r = 0; r < ROUNDS; r++) {
    // The order rotates (with two clients it alternates), so drift on the machine hits all alike.
    for (let k = 0; k < clients.length; k++) {
      const client = clients[(r + k) % clients.length]!;
      client.runs.push(await client.run(TURNS));
    }
  }
  const [bares, rxs] = [clients[0]!.runs, clients[1]!.runs];
  /** Each round's figure of `runs` over the bare client's in the same round. */
  const vsBare = (runs: Run[], key: keyof Run) => runs.map((x, i) => x[key] / bares[i]![key]);
  const startupRatios = vsBare(rxs, 'startupMs');
  const turnRatios = vsBare(rxs, 'perTurnMs');
  const cpuRatios = vsBare(rxs, 'cpuPerTurnMs');
  const mainRatios = vsBare(rxs, 'mainCpuPerTurnMs');
  const hasMain = mainRatios.every(Number.isFinite);
  console.log(`${transport}: ${TURNS} turns × ${ROUNDS} rounds, interleaved, after ${WARM} untimed turns of each client, cwd ${CWD}; medians (per-round values)`);
  console.log(`  ${fromLine}`);
  console.log(`  startup (spawn → thread started)   bare ${f(median(bares.map((b) => b.startupMs)), 0)} ms   codex-rx ${f(median(rxs.map((x) => x.startupMs)), 0)} ms`);
  console.log(`  per turn                           bare ${f(median(bares.map((b) => b.perTurnMs)), 2)} ms   codex-rx ${f(median(rxs.map((x) => x.perTurnMs)), 2)} ms`);
  console.log(`  client CPU per turn (this process)  bare ${f(median(bares.map((b) => b.cpuPerTurnMs)), 2)} ms   codex-rx ${f(median(rxs.map((x) => x.cpuPerTurnMs)), 2)} ms`);
  if (hasMain) console.log(`  main-thread CPU per turn           bare ${f(median(bares.map((b) => b.mainCpuPerTurnMs)), 2)} ms   codex-rx ${f(median(rxs.map((x) => x.mainCpuPerTurnMs)), 2)} ms`);
  console.log(`  model request (mean, bytes)        bare ${f(median(bares.map((b) => b.modelRequestBytes)), 0)}   codex-rx ${f(median(rxs.map((x) => x.modelRequestBytes)), 0)}`);
  console.log(`  startup ratio   ${f(median(startupRatios), 3)}×  (${list(startupRatios, 2)})`);
  console.log(`  per-turn ratio  ${f(median(turnRatios), 3)}×  (${list(turnRatios, 2)})  goal ≤ 1.03×`);
  console.log(`  CPU-per-turn ratio  ${f(median(cpuRatios), 3)}×  (${list(cpuRatios, 2)})  goal ≤ 1.15×`);
  if (hasMain) console.log(`  main-thread CPU ratio  ${f(median(mainRatios), 3)}×  (${list(mainRatios, 2)})  reported`);
  for (const { name, runs } of clients.slice(2)) {
    const cpu = vsBare(runs, 'cpuPerTurnMs');
    const main = vsBare(runs, 'mainCpuPerTurnMs');
    console.log(`  floor, ${name}: CPU per turn ${f(median(runs.map((x) => x.cpuPerTurnMs)), 2)} ms, ratio ${f(median(cpu), 3)}×  (${list(cpu, 2)})${hasMain ? `, main thread ${f(median(main), 3)}×` : ''}  reported`);
  }
  return {
    turnCpuRatio: round(median(cpuRatios), 3),
    turnWallRatio: round(median(turnRatios), 3),
    turnCpuMsBare: round(median(bares.map((b) => b.cpuPerTurnMs)), 2),
    turnCpuMsCodexRx: round(median(rxs.map((x) => x.cpuPerTurnMs)), 2),
    ...(hasMain ? { turnMainCpuRatio: round(median(mainRatios), 3) } : {}),
  };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

async function comparePeer(fake: FakeResponsesServer): Promise<void> {
  try {
    await import(process.env.CODEX_SDK_PATH ?? '@openai/codex-sdk');
  } catch {
    console.log('peer: skipped, @openai/codex-sdk is not installed (devDependency @openai/codex-sdk@0.163.0, or CODEX_SDK_PATH=/path/to/dist/index.js)');
    return;
  }
  const rounds = Math.max(1, Math.min(ROUNDS, 3));
  const peers: Run[] = [];
  const rxs: Run[] = [];
  let binary = '';
  for (let r = 0; r < rounds; r++) {
    const p = await peer(fake);
    binary = p.binary;
    peers.push(p.run);
    rxs.push(await rx(fake, 'stdio'));
  }
  const ratios = rxs.map((x, i) => peers[i]!.totalMs / x.totalMs);
  console.log(`peer: the same ${TURNS} turns through @openai/codex-sdk (codex exec per turn), ${rounds} rounds, binary ${binary}`);
  console.log(`  total (start → last turn)   @openai/codex-sdk ${f(median(peers.map((p) => p.totalMs)), 0)} ms   codex-rx ${f(median(rxs.map((x) => x.totalMs)), 0)} ms`);
  console.log(`  per turn                    @openai/codex-sdk ${f(median(peers.map((p) => p.perTurnMs)), 1)} ms   codex-rx ${f(median(rxs.map((x) => x.perTurnMs)), 1)} ms`);
  console.log(`  @openai/codex-sdk / codex-rx: ${f(median(ratios), 2)}×  (${list(ratios, 2)})`);
}

async function main() {
  // Fast turns: one short message, no delay between deltas, so the client's own cost is not diluted.
  const fake = await startFakeResponsesServer({ defaultScenario: { type: 'text', text: 'ok' } });
  let stdio: TurnFigures | null = null;
  try {
    if (!PEER_ONLY) {
      for (const transport of TRANSPORTS) {
        const figures = await compare(fake, transport);
        if (transport === 'stdio') stdio = figures;
      }
    }
    if (PEER || PEER_ONLY) await comparePeer(fake);
  } finally {
    await fake.close();
  }
  // Last line, for an aggregator (`npm run bench`): the stdio per-turn figures.
  if (stdio) console.log(`BENCH-JSON ${JSON.stringify(stdio)}`);
}

void main();
