/**
 * The dashboard under load, in real headless Chromium: three offline app-servers, each with its
 * relay and worker (as `npm run dashboard -- --servers 3`), and 30 concurrent streaming turns on
 * each, 90 in all, on threads the page has joined. While all 90 stream at once, the page runs no
 * long task (`PerformanceObserver`, `longtask`: a main-thread task over 50 ms), and every turn's
 * text reaches the page.
 *
 * "While all 90 stream": from the moment every thread's row shows its turn running with text,
 * until the first turn has said its last word. Before it, the app-servers start 90 turns (tens of
 * ms of CPU each, seconds in all on two cores); after it, they complete them. On a shared machine
 * that CPU preempts the browser: a task of a few ms of the page's own work then lasts 100 ms or
 * more of wall time (`npm run bench:dashboard` prints whole rounds, with each long task's CPU).
 * So the turns stream slowly (a delta a second each, for 14 s), long enough for all 90 to stream
 * together however slowly they start.
 */
import type { Thread } from '../../lib/index.js';
import { startDashboard, type Dashboard } from '../../examples/dashboard/server.js';
import { launchBrowser, type HeadlessBrowser, type RecordedPage } from '../support/browser.js';
import { DASHBOARD_DIR, openDashboard, selectThread } from '../support/dashboard.js';

jest.setTimeout(60_000);

const SERVERS = 3;
const TURNS = 30;
/** Each turn streams its answer in this many deltas, one every DELAY_MS. */
const DELTAS = 14;
const DELAY_MS = 1000;

let dashboard: Dashboard;
let browser: HeadlessBrowser;
let fleet: RecordedPage;
let threads: Thread[];

beforeAll(async () => {
  [dashboard, browser] = await Promise.all([startDashboard({ dir: DASHBOARD_DIR, servers: SERVERS }), launchBrowser()]);
  // The threads, loaded by each server's worker before the page opens: the page lists the loaded
  // threads at start (`thread/loaded/list`) and joins them, so their turns' events reach it.
  threads = (
    await Promise.all(
      dashboard.servers.map((s, server) =>
        Promise.all(
          Array.from({ length: TURNS }, async (_, i) => {
            const thread = await s.worker.startThread();
            await thread.setName(`Load ${server + 1}.${i + 1}`);
            return thread;
          }),
        ),
      ),
    )
  ).flat();
  fleet = await openDashboard(browser, dashboard.fleetUrl('full'));
  await fleet.page.setViewport({ width: 1400, height: 900 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
});

test(`${SERVERS} servers × ${TURNS} concurrent streaming turns: no long task over 50 ms while they all stream, and every turn's text on the page`, async () => {
  const { page } = fleet;
  await page.waitForFunction(`document.querySelectorAll('li.thread[data-joined="true"]').length === ${threads.length}`, { polling: 'mutation', timeout: 20_000 });
  await selectThread(page, threads[0]!.id);
  // Each turn's answer: its own first word (which server, which turn), then DELTAS - 1 more.
  for (const [server, s] of dashboard.servers.entries()) {
    s.offline!.fake.enqueue(...Array.from({ length: TURNS }, (_, i) => ({ type: 'text' as const, deltas: [`s${server + 1}t${i + 1}`, ...Array.from({ length: DELTAS - 1 }, (_, d) => ` w${d + 2}`)], delayMs: DELAY_MS })));
  }
  // In the page: every long task; the moment every row streams (running, with text); and the
  // moment the first turn has said its last word, which ends the 90 concurrent streams.
  await page.evaluate(`{
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ at: e.startTime, ms: e.duration }); }).observe({ type: 'longtask' });
    window.__allStreaming = window.__firstDone = null;
    const rows = [...document.querySelectorAll('li.thread')].map((li) => ({ li, said: li.querySelector('.said') }));
    const observer = new MutationObserver(() => {
      if (window.__allStreaming === null && rows.every((r) => r.li.dataset.status === 'active' && r.said.textContent !== '')) window.__allStreaming = performance.now();
      if (rows.some((r) => r.said.textContent.endsWith(' w${DELTAS}'))) {
        window.__firstDone = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.querySelector('#servers'), { subtree: true, childList: true, characterData: true, attributes: true });
  }`);
  const turns = await Promise.all(threads.map((t) => t.turn('Stream with the whole fleet.')));
  const results = await Promise.all(turns.map((t) => t.result));
  expect(results.map((r) => r.status)).toEqual(threads.map(() => 'completed'));

  // Every turn's whole text is on the page: in its thread's row (the rows show the last 80
  // characters; these are shorter), and the selected thread's in its turn.
  const expected = Object.fromEntries(threads.map((t, i) => [t.id, results[i]!.finalResponse]));
  await page.waitForFunction(`(() => { const expected = ${JSON.stringify(expected)}; return [...document.querySelectorAll('li.thread')].every((r) => r.querySelector('.said').textContent === expected[r.dataset.threadId]); })()`, {
    polling: 'mutation',
    timeout: 10_000,
  });
  expect(await page.$eval(`#turns article.turn[data-turn-id="${turns[0]!.id}"] .agentMessage .body`, (e) => e.textContent)).toBe(results[0]!.finalResponse);

  const { long, allStreaming, firstDone } = (await page.evaluate('({ long: window.__longTasks, allStreaming: window.__allStreaming, firstDone: window.__firstDone })')) as {
    long: { at: number; ms: number }[];
    allStreaming: number | null;
    firstDone: number;
  };
  // All 90 streamed at once (before the first one had said everything), and meanwhile no task
  // ran long.
  expect(allStreaming).not.toBeNull();
  expect(firstDone - allStreaming!).toBeGreaterThan(0);
  const during = long.filter((l) => l.at + l.ms > allStreaming! && l.at < firstDone).map((l) => `${Math.round(l.ms)} ms, ${Math.round(l.at - allStreaming!)} ms in`);
  expect({ allStreamingMs: Math.round(firstDone - allStreaming!), longTasks: during }).toEqual({ allStreamingMs: expect.any(Number), longTasks: [] });
  expect(fleet.errors).toEqual([]);
});
