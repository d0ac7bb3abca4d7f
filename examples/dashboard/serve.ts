/**
 * `npm run dashboard`: the codex-rx dashboard on 127.0.0.1.
 *
 * Without OPENAI_API_KEY: an offline app-server (fake model), the relay, the page, and a worker
 * that runs a few turns and leaves a command approval for the page. With OPENAI_API_KEY: the real
 * model (`Codex.start({ listen: 'ws' })` + `loginApiKey`). `--servers N` (offline) starts a fleet of
 * N app-servers, each with its relay and worker, and prints one URL for all of them. Ctrl-C closes
 * everything.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { exhaustMap, interval } from 'rxjs';
import { runDemo, startDashboard } from './server.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const apiKey = process.env.OPENAI_API_KEY;
const port = process.env.DASHBOARD_PORT ? Number(process.env.DASHBOARD_PORT) : 0;
const { values } = parseArgs({ options: { servers: { type: 'string', default: '1' } } });
const servers = Number(values.servers);
if (!Number.isInteger(servers) || servers < 1 || servers > 16) {
  console.error('--servers takes a number from 1 to 16');
  process.exit(2);
}

const dashboard = await startDashboard({
  dir,
  ...(apiKey ? { apiKey } : {}),
  port,
  servers,
  onEvent: (e, i) => e.type === 'refused' && console.log(`relay ${i + 1}: refused ${e.origin ?? '(no Origin)'}: ${e.status} ${e.why}`),
});
let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  console.log('\nclosing…');
  await dashboard.close();
  process.exit(0);
};
process.on('SIGINT', () => void close());
process.on('SIGTERM', () => void close());

console.log(`codex-rx dashboard (${apiKey ? 'real model' : 'offline: fake model server'}, ${servers} app-server${servers > 1 ? 's' : ''})`);
console.log(`  open:     ${dashboard.fleetUrl('full')}`);
console.log(`  observe:  ${dashboard.fleetUrl('observe')}`);
const watchEnv = Object.entries(dashboard.watchEnv()).map(([name, value]) => `${name}=${value}`).join(' ');
console.log(`  watch from another Node process (Codex.connect({ url, token }) through the relay, observe token):`);
console.log(`            ${watchEnv} npm run dashboard:watch`);
console.log('  The token is in the URL fragment, which the browser never sends to the server. Ctrl-C stops.');
await Promise.all(
  dashboard.servers.map(async (server) => {
    try {
      const { chat } = await runDemo(server, (line) => console.log(`${server.name}: ${line}`));
      if (!apiKey) {
        // Offline, keep something streaming: a slow turn on each Chat thread every 15 s.
        interval(15_000)
          .pipe(exhaustMap(() => chat.run('[[scenario:slow]] Stream again for the dashboard.').catch(() => null)))
          .subscribe();
      }
    } catch (error) {
      if (!closing) console.log(`${server.name}: worker: ${error instanceof Error ? error.message : String(error)}`);
    }
  }),
);
