/**
 * The dashboard page under load: three offline app-servers, each with its relay and worker (as
 * `npm run dashboard -- --servers 3`), one page in headless Chromium watching them all, and
 * `--turns` concurrent streaming turns per server (a slow scenario: 8 deltas, 250 ms apart), each
 * on a thread of its own that the page has joined, one of them selected. Prints the page's long
 * tasks (`PerformanceObserver`, `longtask`: main-thread tasks over 50 ms) while the turns stream,
 * and the page's script time; asserts nothing (timings do not belong in tests: on a shared 2-core
 * machine a long task measures the neighbours too).
 *
 *   npm run bench:dashboard
 *   npm run bench:dashboard -- --servers 3 --turns 30 --rounds 3
 */
import { fileURLToPath } from 'node:url';
import { startDashboard } from '../examples/dashboard/server.js';
import { arg } from './support/args.js';

// spec/support is written for jest (CommonJS) and reads `__dirname`: give it its own.
(globalThis as { __dirname?: string }).__dirname = fileURLToPath(new URL('../spec/support/', import.meta.url));
const { launchBrowser } = await import('../spec/support/browser.js');
const { DASHBOARD_DIR, openDashboard, selectThread, waitForJoined } = await import('../spec/support/dashboard.js');

const SERVERS = arg('servers', 3);
const TURNS = arg('turns', 30);
const ROUNDS = arg('rounds', 3);

const [dashboard, browser] = await Promise.all([startDashboard({ dir: DASHBOARD_DIR, servers: SERVERS }), launchBrowser()]);
try {
  const { page } = await openDashboard(browser, dashboard.fleetUrl('full'));
  await page.setViewport({ width: 1400, height: 900 });
  const threads = (
    await Promise.all(
      dashboard.servers.map((s) =>
        Promise.all(
          Array.from({ length: TURNS }, async (_, i) => {
            const thread = await s.worker.startThread();
            await thread.run(`Warm up ${i + 1}.`);
            return thread;
          }),
        ),
      ),
    )
  ).flat();
  for (const t of threads) await waitForJoined(page, t.id);
  await selectThread(page, threads[0]!.id);
  console.log(`${SERVERS} servers × ${TURNS} concurrent streaming turns, ${ROUNDS} rounds (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
  for (let round = 1; round <= ROUNDS; round++) {
    await page.evaluate(`{
      window.__longTasks = [];
      window.__observer?.disconnect();
      window.__observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration)); });
      window.__observer.observe({ type: 'longtask' });
    }`);
    const before = await page.metrics();
    const started = performance.now();
    const turns = await Promise.all(threads.map((t) => t.turn('[[scenario:slow]] Stream with the whole fleet.')));
    await Promise.all(turns.map((t) => t.result));
    await page.waitForFunction(`[...document.querySelectorAll('li.thread')].every((l) => l.dataset.status !== 'active')`, { polling: 'mutation' });
    const wall = performance.now() - started;
    const after = await page.metrics();
    const long = (await page.evaluate('window.__longTasks')) as number[];
    const script = ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000;
    const layout = ((after.LayoutDuration ?? 0) - (before.LayoutDuration ?? 0) + (after.RecalcStyleDuration ?? 0) - (before.RecalcStyleDuration ?? 0)) * 1000;
    console.log(
      `round ${round}: ${(wall / 1000).toFixed(1)} s wall; page script ${script.toFixed(0)} ms, style+layout ${layout.toFixed(0)} ms; long tasks: ${long.length ? long.join(', ') + ' ms' : 'none'}`,
    );
  }
} finally {
  await browser.close();
  await dashboard.close();
}
