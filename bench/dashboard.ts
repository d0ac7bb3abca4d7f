/**
 * The dashboard page under load: three offline app-servers, each with its relay and worker (as
 * `npm run dashboard -- --servers 3`), one page in headless Chromium watching them all, and
 * `--turns` concurrent streaming turns per server (a slow scenario: 8 deltas, 250 ms apart), each
 * on a thread of its own that the page has joined, one of them selected. Per round (the turns'
 * start, stream and completion): the page's long tasks (`PerformanceObserver`, `longtask`:
 * main-thread tasks over 50 ms), and from a Chromium trace of the round, each of those tasks' CPU
 * time, the page's longest task in CPU and its CPU in all tasks; asserts nothing (timings do not
 * belong in tests).
 *
 * A task's wall time counts the time the OS ran something else: on a shared 2-core machine, where
 * the three app-servers alone spend seconds of CPU starting and completing 90 turns, a long task
 * with a few ms of CPU is the neighbours', not the page's.
 *
 *   npm run bench:dashboard
 *   npm run bench:dashboard -- --servers 3 --turns 30 --rounds 3
 *   npm run bench:dashboard -- --dir path/to/examples/dashboard   # another version of the page
 */
import { fileURLToPath } from 'node:url';
import { startDashboard } from '../examples/dashboard/server.js';
import { arg, strArg } from './support/args.js';

// spec/support is written for jest (CommonJS) and reads `__dirname`: give it its own.
(globalThis as { __dirname?: string }).__dirname = fileURLToPath(new URL('../spec/support/', import.meta.url));
const { launchBrowser } = await import('../spec/support/browser.js');
const { DASHBOARD_DIR, openDashboard, selectThread, waitForJoined } = await import('../spec/support/dashboard.js');

const SERVERS = arg('servers', 3);
const TURNS = arg('turns', 30);
const ROUNDS = arg('rounds', 3);
const DIR = strArg('dir', DASHBOARD_DIR);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The renderer main thread's tasks (the busiest `CrRendererMain`), wall and CPU µs, from a trace. */
function rendererTasks(trace: Uint8Array): { dur: number; tdur: number }[] {
  const events = (JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, { dur: number; tdur: number }[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name !== 'RunTask' || e.ph !== 'X' || !mains.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), { dur: e.dur ?? 0, tdur: e.tdur ?? 0 }]);
  }
  return [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

const ms = (us: number) => (us / 1000).toFixed(0);

const [dashboard, browser] = await Promise.all([startDashboard({ dir: DIR, servers: SERVERS }), launchBrowser()]);
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
    await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline'] });
    const started = performance.now();
    const turns = await Promise.all(threads.map((t) => t.turn('[[scenario:slow]] Stream with the whole fleet.')));
    await Promise.all(turns.map((t) => t.result));
    await page.waitForFunction(`[...document.querySelectorAll('li.thread')].every((l) => l.dataset.status !== 'active')`, { polling: 'mutation' });
    const wall = performance.now() - started;
    const tasks = rendererTasks((await page.tracing.stop())!);
    const long = (await page.evaluate('window.__longTasks')) as number[];
    const traced = tasks.filter((t) => t.dur > 50_000).map((t) => `${ms(t.dur)} (CPU ${ms(t.tdur)})`);
    const cpu = tasks.reduce((sum, t) => sum + t.tdur, 0);
    const longest = Math.max(0, ...tasks.map((t) => t.tdur));
    console.log(
      `round ${round}: ${(wall / 1000).toFixed(1)} s wall; long tasks ${long.length ? long.join(', ') + ' ms' : 'none'}; ` +
        `traced over 50 ms: ${traced.length ? traced.join(', ') + ' ms' : 'none'}; page CPU ${ms(cpu)} ms in ${tasks.length} tasks, longest ${(longest / 1000).toFixed(1)} ms`,
    );
  }
} finally {
  await browser.close();
  await dashboard.close();
}
