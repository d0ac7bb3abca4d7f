/**
 * Two processes, one app-server: a worker starts a shareable server (`listen: 'ws'`) and runs
 * turns; a dashboard process joins it with `Codex.connect(endpoint)`, notices the worker's thread
 * from the broadcast `thread/started`, joins it, and streams the worker's live turn.
 *
 *   npm run example -- 20
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { filter, firstValueFrom } from 'rxjs';
import { Codex } from '../lib/index.js';
import { startExample } from './_setup.js';

if (process.argv[2] === '--dashboard') await dashboard();
else await worker();

async function worker(): Promise<void> {
  await using client = await startExample({ listen: 'ws' });
  const { codex } = client;
  const { url, token } = codex.endpoint as { url: string; token: string };
  console.log(`worker: app-server listening on ${url}`);

  // The token goes to the dashboard through its environment, never on a command line.
  const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
  const child = spawn(tsx, [fileURLToPath(import.meta.url), '--dashboard'], {
    env: { ...process.env, CODEX_RX_URL: url, CODEX_RX_TOKEN: token },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const said = (prefix: string) => new Promise<string>((resolve) => lines.on('line', (l) => l.startsWith(prefix) && resolve(l)));
  lines.on('line', (l) => console.log(`  ${l}`));
  const connected = said('dashboard: connected');
  const joined = said('dashboard: joined');
  const exited = new Promise((resolve) => child.on('close', resolve));

  await connected;
  const thread = await codex.startThread();
  // A thread can be resumed by others once it has a first turn (its rollout is written then).
  await thread.run('Warm up.');
  await joined;

  const turn = await thread.turn('[[scenario:slow]] Stream something the dashboard can watch.');
  const result = await turn.result;
  console.log(`worker: turn ${result.status}: ${result.finalResponse}`);
  await exited;
}

async function dashboard(): Promise<void> {
  const codex = await Codex.connect({ url: process.env.CODEX_RX_URL!, token: process.env.CODEX_RX_TOKEN! }, { approvals: {} });
  try {
    // thread/started and thread/status/changed reach every client: no subscription needed.
    const started = firstValueFrom(codex.notificationsOf('thread/started'));
    console.log('dashboard: connected');
    const { thread: info } = await started;
    await firstValueFrom(codex.notificationsOf('thread/status/changed').pipe(filter((s) => s.threadId === info.id && s.status.type === 'idle')));
    const thread = await codex.resumeThread(info.id);
    console.log(`dashboard: joined thread ${thread.id}`);
    const turn = await firstValueFrom(thread.turns$);
    let text = '';
    turn.textDeltas$.subscribe({ next: (d) => (text += d), error: () => {} });
    const result = await turn.result;
    console.log(`dashboard: watched turn ${result.status}: "${text}"`);
  } finally {
    await codex.close();
  }
}
