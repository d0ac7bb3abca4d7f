/**
 * Twenty turns through codex-rx vs. the bare app-server driven by a minimal hand-written stdio
 * client, both against the same fake Responses server in hermetic homes. Prints the figures;
 * asserts nothing (timings do not belong in tests).
 *
 *   npm run bench                 # 7 rounds of 20 turns each
 *   npm run bench -- --rounds 3 --turns 20
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Codex } from '../lib/index.js';
import { mergeEnv } from '../lib/process/process-transport.js';
import { resolveCodexBinary } from '../lib/process/resolve-binary.js';
import { createHermeticHome, mockProviderConfig, startFakeResponsesServer, writeCodexConfig, type FakeResponsesServer } from '../lib/testing/index.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('rounds', 7);
const TURNS = arg('turns', 20);

async function withHome<T>(fake: FakeResponsesServer, fn: (env: Record<string, string | undefined>, cwd: string) => Promise<T>): Promise<T> {
  const home = await createHermeticHome('codex-rx-bench-');
  try {
    await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
    return await fn(home.env, home.work);
  } finally {
    await home.dispose();
  }
}

/** The yardstick: spawn, handshake, one thread, N turns, each awaited to turn/completed. */
async function bare(fake: FakeResponsesServer): Promise<number> {
  return withHome(fake, async (envOverrides, cwd) => {
    const bin = resolveCodexBinary({});
    const env = mergeEnv(envOverrides, bin.resourcesDir);
    const started = performance.now();
    const child = spawn(bin.command, ['app-server'], { cwd, env, stdio: ['pipe', 'pipe', 'ignore'] });
    let buf = '';
    let nextId = 1;
    const pending = new Map<number, (r: any) => void>();
    let onCompleted: (() => void) | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      let nl: number;
      while ((nl = buf.indexOf('\n')) !== -1) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line) continue;
        const msg = JSON.parse(line);
        if (msg.id !== undefined && !msg.method) pending.get(msg.id)?.(msg.result);
        else if (msg.method === 'turn/completed') onCompleted?.();
      }
    });
    const request = (method: string, params: unknown) =>
      new Promise<any>((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id, method, params }) + '\n');
      });
    await request('initialize', { clientInfo: { name: 'bench', version: '0' } });
    child.stdin.write('{"jsonrpc":"2.0","method":"initialized"}\n');
    const { thread } = await request('thread/start', {});
    for (let i = 0; i < TURNS; i++) {
      const done = new Promise<void>((resolve) => (onCompleted = resolve));
      await request('turn/start', { threadId: thread.id, input: [{ type: 'text', text: `turn ${i}` }] });
      await done;
    }
    const elapsed = performance.now() - started;
    child.stdin.end();
    await new Promise((resolve) => child.once('close', resolve));
    return elapsed;
  });
}

/** The same through codex-rx: start, one thread, N × `thread.run()`. */
async function rx(fake: FakeResponsesServer): Promise<number> {
  return withHome(fake, async (env, cwd) => {
    const started = performance.now();
    const codex = await Codex.start({ env, cwd });
    const thread = await codex.startThread();
    for (let i = 0; i < TURNS; i++) await thread.run(`turn ${i}`);
    const elapsed = performance.now() - started;
    await codex.close();
    return elapsed;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const fake = await startFakeResponsesServer();
  try {
    const results = { bare: [] as number[], rx: [] as number[] };
    await bare(fake); // warm-up: page cache, first-run helper links
    for (let r = 0; r < ROUNDS; r++) {
      // alternate the order so drift on the machine hits both alike
      if (r % 2 === 0) {
        results.bare.push(await bare(fake));
        results.rx.push(await rx(fake));
      } else {
        results.rx.push(await rx(fake));
        results.bare.push(await bare(fake));
      }
    }
    const b = median(results.bare);
    const x = median(results.rx);
    console.log(`${TURNS} turns, ${ROUNDS} rounds (spawn → last turn/completed), median:`);
    console.log(`  bare app-server, hand-written stdio client: ${b.toFixed(0)} ms  (${results.bare.map((v) => v.toFixed(0)).join(', ')})`);
    console.log(`  codex-rx:                                   ${x.toFixed(0)} ms  (${results.rx.map((v) => v.toFixed(0)).join(', ')})`);
    console.log(`  overhead: ${(((x - b) / b) * 100).toFixed(1)}%  (goal: at most 10%)`);
  } finally {
    await fake.close();
  }
}

void main();
