/**
 * A codex-rx relay in a process of its own for the benches, so that its CPU and memory are not
 * the measuring process's. `forkRelay(upstream)` builds `dist/` if needed (see built-dist.ts) and
 * starts bench/support/relay-process.mjs under plain Node, which loads `codex-rx/relay` from
 * `dist/` (one `full` and one `observe` token, one allowed origin, limits raised for a thousand
 * connections); the child answers memory and CPU probes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRelayToken, type RelayLimits, type RelayUpstream } from '../../lib/relay/index.js';
import { ensureBuilt } from './built-dist.js';

/** The Origin the relay allows: clients send it as a browser would. */
export const RELAY_ORIGIN = 'http://127.0.0.1:1';

/** The child's `process.memoryUsage()` after two forced collections, its connections and open TCP sockets. */
export interface RelayMemory {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  connections: number;
  /** TCP sockets the child still has open (a connection has two: browser and upstream). */
  sockets: number;
}
/** The child's `process.cpuUsage()`, µs. */
export interface RelayCpu {
  user: number;
  system: number;
}
type ChildMessage = { type: 'listening'; url: string; module: string } | ({ type: 'memory' } & RelayMemory) | ({ type: 'cpu' } & RelayCpu);

export interface RelayChild {
  url: string;
  /** A `full` token. */
  token: string;
  /** An `observe` token (what a read-only dashboard page holds). */
  observeToken: string;
  /** The file the child loaded the relay from (relative to the repository) and which dist/ it is. */
  module: string;
  build: string;
  memory(): Promise<RelayMemory>;
  /** The child's CPU time so far, µs (user + system). */
  cpuUs(): Promise<number>;
  /** Ends the child: it closes the relay and exits. */
  close(): void;
}

const CHILD = fileURLToPath(new URL('./relay-process.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Enough for a thousand connections and their upgrades at once. */
const LIMITS: RelayLimits = { maxConnections: 10_000 };

export async function forkRelay(upstream: RelayUpstream, options: { build?: boolean } = {}): Promise<RelayChild> {
  const build = ensureBuilt(options.build);
  const token = generateRelayToken();
  const observeToken = generateRelayToken();
  const config = { upstream, origin: RELAY_ORIGIN, tokens: { [token]: 'full', [observeToken]: 'observe' }, limits: LIMITS };
  const child: ChildProcess = fork(CHILD, [], {
    // Not this process's tsx loader: plain Node, as the relay runs in production.
    execArgv: ['--expose-gc'],
    env: { ...process.env, RELAY_BENCH_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [hello] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => [null])])) as [ChildMessage | null];
  if (hello?.type !== 'listening') throw new Error('the relay child did not start');
  // Replies come in order: each probe of a kind takes the next reply of that kind.
  const memoryWaiters: ((m: RelayMemory) => void)[] = [];
  const cpuWaiters: ((c: RelayCpu) => void)[] = [];
  child.on('message', (m: ChildMessage) => {
    if (m.type === 'memory') memoryWaiters.shift()?.(m);
    else if (m.type === 'cpu') cpuWaiters.shift()?.(m);
  });
  const ask = <T>(waiters: ((value: T) => void)[], kind: string) =>
    new Promise<T>((resolve) => {
      waiters.push(resolve);
      child.send(kind);
    });
  return {
    url: hello.url,
    token,
    observeToken,
    module: relative(ROOT, fileURLToPath(hello.module)),
    build,
    memory: () => ask(memoryWaiters, 'memory'),
    cpuUs: async () => {
      const c = await ask(cpuWaiters, 'cpu');
      return c.user + c.system;
    },
    // The child closes the relay and exits when the channel goes (a profile it writes then is complete).
    close: () => child.connected && child.disconnect(),
  };
}
