/**
 * A codex-rx relay in a process of its own for the benches, so that its CPU and memory are not
 * the measuring process's. `forkRelay(upstream)` starts one (one `full` token, one allowed
 * origin) and returns how to reach it; the child answers memory probes.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { generateRelayToken, startRelay, type RelayUpstream } from '../../lib/relay/index.js';

/** The Origin the relay allows: clients send it as a browser would. */
export const RELAY_ORIGIN = 'http://127.0.0.1:1';

interface Memory {
  rss: number;
  heapUsed: number;
}
type ChildMessage = { type: 'listening'; url: string } | ({ type: 'memory' } & Memory);

export interface RelayChild {
  url: string;
  token: string;
  /** The child's `process.memoryUsage()` (rss, heapUsed). */
  memory(): Promise<Memory>;
  close(): void;
}

const FLAG = '--codex-rx-relay-child';

export async function forkRelay(upstream: RelayUpstream): Promise<RelayChild> {
  const token = generateRelayToken();
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [FLAG], {
    env: { ...process.env, RELAY_BENCH_CONFIG: JSON.stringify({ upstream, token }) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [hello] = (await once(child, 'message')) as [ChildMessage];
  if (hello.type !== 'listening') throw new Error('the relay child did not start');
  // Replies come in order: each probe takes the next one.
  const waiters: ((m: Memory) => void)[] = [];
  child.on('message', (m: ChildMessage) => m.type === 'memory' && waiters.shift()?.(m));
  return {
    url: hello.url,
    token,
    memory: () =>
      new Promise<Memory>((resolve) => {
        waiters.push(resolve);
        child.send('memory');
      }),
    close: () => void child.kill(),
  };
}

async function childMain(): Promise<void> {
  const { upstream, token } = JSON.parse(process.env.RELAY_BENCH_CONFIG!) as { upstream: RelayUpstream; token: string };
  const relay = await startRelay({ upstream, allowedOrigins: [RELAY_ORIGIN], tokens: { [token]: 'full' }, limits: { maxConnections: 10_000 } });
  process.on('message', (msg: string) => {
    if (msg === 'memory') process.send!({ type: 'memory', ...process.memoryUsage() } satisfies ChildMessage);
  });
  process.send!({ type: 'listening', url: relay.url } satisfies ChildMessage);
}

if (process.argv.includes(FLAG)) void childMain();
