/**
 * `npm run dashboard`: the codex-rx dashboard on 127.0.0.1.
 *
 * Without OPENAI_API_KEY: an offline app-server (fake model), the relay, the page, and a worker
 * that runs a few turns and leaves a command approval for the page. With OPENAI_API_KEY: the real
 * model (`Codex.start({ listen: 'ws' })` + `loginApiKey`). Ctrl-C closes everything.
 */
import { fileURLToPath } from 'node:url';
import { exhaustMap, interval } from 'rxjs';
import { runDemo, startDashboard } from './server.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const apiKey = process.env.OPENAI_API_KEY;
const port = process.env.DASHBOARD_PORT ? Number(process.env.DASHBOARD_PORT) : 0;

const dashboard = await startDashboard({
  dir,
  ...(apiKey ? { apiKey } : {}),
  port,
  onEvent: (e) => e.type === 'refused' && console.log(`relay: refused ${e.origin ?? '(no Origin)'}: ${e.status} ${e.why}`),
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

console.log(`codex-rx dashboard (${apiKey ? 'real model' : 'offline: fake model server'})`);
console.log(`  open:     ${dashboard.pageUrl(dashboard.tokens.full)}`);
console.log(`  observe:  ${dashboard.pageUrl(dashboard.tokens.observe)}`);
const watchEnv = Object.entries(dashboard.watchEnv()).map(([name, value]) => `${name}=${value}`).join(' ');
console.log(`  watch from another Node process (Codex.connect({ url, token }) through the relay, observe token):`);
console.log(`            ${watchEnv} npm run dashboard:watch`);
console.log('  The token is in the URL fragment, which the browser never sends to the server. Ctrl-C stops.');
try {
  const { chat } = await runDemo(dashboard, (line) => console.log(line));
  if (!apiKey) {
    // Offline, keep something streaming: a slow turn on the Chat thread every 15 s.
    interval(15_000)
      .pipe(exhaustMap(() => chat.run('[[scenario:slow]] Stream again for the dashboard.').catch(() => null)))
      .subscribe();
  }
} catch (error) {
  if (!closing) console.log(`worker: ${error instanceof Error ? error.message : String(error)}`);
}
