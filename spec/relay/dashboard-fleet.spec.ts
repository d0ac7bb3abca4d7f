/**
 * The dashboard watching a fleet: three offline app-servers, each with its relay and worker (as
 * `npm run dashboard -- --servers 3`), one page in real headless Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { filter, firstValueFrom } from 'rxjs';
import { startDashboard, type Dashboard } from '../../examples/dashboard/server.js';
import { launchBrowser, type HeadlessBrowser, type RecordedPage } from '../support/browser.js';
import { DASHBOARD_DIR, isHandshakeFailure, openDashboard, screenshot, selectThread, waitForJoined, waitForTurn } from '../support/dashboard.js';

jest.setTimeout(45_000);

let dashboard: Dashboard;
let browser: HeadlessBrowser;
let fleet: RecordedPage;

const section = (i: number) => `section.server[data-server="${i}"]`;
const statuses = (page: Page) => page.$$eval('section.server', (all) => all.map((s) => (s as unknown as { dataset: { status: string } }).dataset.status));

beforeAll(async () => {
  [dashboard, browser] = await Promise.all([startDashboard({ dir: DASHBOARD_DIR, servers: 3 }), launchBrowser()]);
  fleet = await openDashboard(browser, dashboard.fleetUrl('full'));
  await fleet.page.setViewport({ width: 1400, height: 900 });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
});

test('one URL for three servers: a section each, turns streaming on all three at once, one approvals queue with its count; an approval another client answers leaves it at once', async () => {
  const { page } = fleet;
  expect(await page.$$eval('section.server h2', (all) => all.map((h) => h.textContent))).toEqual(['server 1', 'server 2', 'server 3']);
  await page.waitForFunction(`[...document.querySelectorAll('section.server')].every((s) => s.dataset.status === 'connected')`, { polling: 'mutation' });
  const threads = await Promise.all(
    dashboard.servers.map(async (s, i) => {
      const thread = await s.worker.startThread({ approvalPolicy: 'untrusted' });
      await thread.setName(`Fleet ${i + 1}`);
      await thread.run('Warm up.');
      return thread;
    }),
  );
  for (const [i, t] of threads.entries()) await page.waitForSelector(`${section(i)} li.thread[data-thread-id="${t.id}"]`);
  // Each thread sits in its own server's section, under its name.
  expect(await page.$$eval('section.server li.thread .name', (all) => all.map((b) => b.textContent))).toEqual(['Fleet 1', 'Fleet 2', 'Fleet 3']);
  for (const t of threads) await waitForJoined(page, t.id);
  await page.evaluate(`{
    window.__allRunning = false;
    const check = () => { if ([...document.querySelectorAll('li.thread')].filter((l) => l.dataset.status === 'active').length === 3) window.__allRunning = true; };
    new MutationObserver(check).observe(document.querySelector('#servers'), { subtree: true, attributes: true });
  }`);
  const turns = await Promise.all(threads.map((t) => t.turn('[[scenario:slow]] Stream on every server.')));
  await Promise.all(turns.map((t) => t.result));
  // The three were running at the same moment on the page.
  expect(await page.evaluate('window.__allRunning')).toBe(true);
  // Each server's events-per-second line rose above zero (a point above the baseline, y < 20).
  await page.waitForFunction(`[...document.querySelectorAll('.throughput polyline')].length === 3 && [...document.querySelectorAll('.throughput polyline')].every((p) => p.getAttribute('points').split(' ').some((pt) => Number(pt.split(',')[1]) < 20))`, { timeout: 5_000 });

  // Approvals from two servers, one queue.
  const onWorker = firstValueFrom(dashboard.servers[1]!.worker.approvals$.pipe(filter((a) => a.threadId === threads[1]!.id)));
  const asked = await Promise.all([threads[1]!, threads[2]!].map((t) => t.turn('[[scenario:shell_safe]] List the files.')));
  await page.waitForSelector('#approval-count[data-count="2"]');
  // The threads that wait say so in the list, not just "running".
  for (const t of [threads[1]!, threads[2]!]) await page.waitForSelector(`li.thread[data-thread-id="${t.id}"][data-waiting="approval"]`);
  expect(await page.$eval(`li.thread[data-thread-id="${threads[1]!.id}"] .status`, (e) => e.textContent)).toBe('waiting for approval');
  expect(await page.$$eval('#approvals li.approval .where', (all) => all.map((w) => w.textContent).sort())).toEqual(['server 2 · Fleet 2', 'server 3 · Fleet 3']);
  // Another client (server 2's worker) answers one: it leaves the page's queue at once.
  expect((await onWorker).decline()).toBe(true);
  await page.waitForSelector(`#approvals li.approval[data-thread-id="${threads[1]!.id}"]`, { hidden: true });
  await page.waitForSelector('#approval-count[data-count="1"]');
  await page.click(`#approvals li.approval[data-thread-id="${threads[2]!.id}"] button.decline`);
  await Promise.all(asked.map((t) => t.result));
  await page.waitForSelector('#approval-count[data-count="0"]');
  expect(fleet.errors).toEqual([]);
});

test('a server that goes down greys out alone, and comes back without a reload', async () => {
  const { page } = fleet;
  await page.evaluate('window.__sameDocument = true');
  const errorsBefore = fleet.errors.length;
  await dashboard.servers[1]!.stopRelay();
  await page.waitForSelector(`${section(1)}[data-status="disconnected"]`);
  expect(await statuses(page)).toEqual(['connected', 'disconnected', 'connected']);
  expect(await page.evaluate(`[0, 1, 2].map((i) => getComputedStyle(document.querySelector('section.server[data-server="' + i + '"]')).opacity)`)).toEqual(['1', '0.55', '1']);
  expect(await page.$eval('#connection', (e) => e.textContent)).toBe('2 of 3 servers connected');
  await dashboard.servers[1]!.restartRelay();
  await page.waitForSelector(`${section(1)}[data-status="connected"]`, { timeout: 15_000 });
  expect(await statuses(page)).toEqual(['connected', 'connected', 'connected']);
  expect(await page.evaluate('window.__sameDocument')).toBe(true);
  // It works again: a turn on that server reaches the page.
  const thread = await dashboard.servers[1]!.worker.startThread();
  await thread.setName('After the restart');
  await thread.run('Warm up.');
  await page.waitForSelector(`${section(1)} li.thread[data-thread-id="${thread.id}"]`);
  expect(fleet.errors.slice(errorsBefore).filter((e) => !isHandshakeFailure(e))).toEqual([]);
});

test('every kind of item of a scripted turn shows: input, reasoning folded, messages, commands with output and exit code, a declined and a failed command, a file change; approvals inline', async () => {
  const { page } = fleet;
  const { worker, offline } = dashboard.servers[0]!;
  const thread = await worker.startThread({ approvalPolicy: 'untrusted' });
  await thread.setName('Every item');
  await thread.run('Warm up.');
  await selectThread(page, thread.id);
  offline!.fake.enqueue(
    'shell_safe',
    'shell',
    { type: 'toolCall', arguments: { cmd: 'cat no-such-file' } },
    'apply_patch',
    'reasoning',
  );
  const turn = await thread.turn('Do everything once.');
  const inline = '#inline-approvals li.approval:not([data-answered])';
  // Accept, decline, accept (it fails), accept the patch: each approval inline in the thread, with
  // its command and cwd; answered from the keyboard.
  for (const [answer, kind] of [['accept', 'commandExecution'], ['decline', 'commandExecution'], ['accept', 'commandExecution'], ['accept', 'fileChange']] as const) {
    await page.waitForSelector(inline);
    const [key, shownKind, cwd] = await page.$eval(inline, (e) => [(e as unknown as { dataset: { key: string; kind: string } }).dataset.key, (e as unknown as { dataset: { kind: string } }).dataset.kind, e.querySelector('.cwd')?.textContent ?? null]);
    expect(shownKind).toBe(kind);
    if (kind === 'commandExecution') expect(cwd).toMatch(/^in \//);
    await page.focus(`${inline} button.${answer}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#inline-approvals li[data-key="${key}"]`, { hidden: true });
  }
  const result = await turn.result;
  await waitForTurn(page, result.id);
  const article = `#turns article.turn[data-turn-id="${result.id}"]`;
  const kinds = await page.$$eval(`${article} li.item`, (all) => all.map((i) => `${i.className.replace('item ', '')}${(i as unknown as { dataset: { status?: string } }).dataset.status ? `:${(i as unknown as { dataset: { status: string } }).dataset.status}` : ''}`));
  expect(kinds).toEqual(expect.arrayContaining(['userMessage', 'commandExecution:completed', 'commandExecution:declined', 'commandExecution:failed', 'fileChange:completed', 'reasoning', 'agentMessage']));
  expect(await page.$eval(`${article} li.item.fileChange .files`, (e) => e.textContent)).toContain('patched.txt');
  expect(await page.$eval(`${article} li.item.reasoning details`, (e) => [e.hasAttribute('open'), e.querySelector('.body')!.textContent])).toEqual([false, 'Thinking about the greeting']);
  const commands = await page.$$eval(`${article} li.item.commandExecution`, (all) => all.map((c) => [c.querySelector('code')!.textContent, c.querySelector('.facts')!.textContent, c.querySelector('pre.output')?.textContent ?? null]));
  expect(commands).toContainEqual(['$ /bin/bash -lc \'ls -la\'', expect.stringMatching(/^completed · exit 0 · [\d.]+ s$/), expect.stringMatching(/total \d+/)]);
  expect(commands.find(([, facts]) => facts!.startsWith('declined'))).toEqual([expect.stringContaining('touch codex-rx-created.txt'), 'declined: not run', null]);
  expect(commands.find(([, facts]) => facts!.startsWith('failed'))?.[1]).toMatch(/^failed · exit 1/);
  expect(await page.$eval(`${article} header .meta`, (e) => e.textContent)).toMatch(/^completed · started \d\d:\d\d:\d\d · [\d.]+ s$/);
  await screenshot(page, 'dashboard-fleet-1400.png');
  await page.setViewport({ width: 390, height: 844 });
  await screenshot(page, 'dashboard-fleet-390.png');
  await page.setViewport({ width: 1400, height: 900 });
  // (The page's reconnect attempts while server 2's relay was down, above, may have been refused.)
  expect(fleet.errors.filter((e) => !isHandshakeFailure(e))).toEqual([]);
});

test('older turns come a page at a time (thread/turns/list): the last five first, then "Show older turns"', async () => {
  const { page } = fleet;
  const thread = await dashboard.servers[2]!.worker.startThread();
  await thread.setName('Seven turns');
  const results = [];
  for (let i = 1; i <= 7; i++) results.push(await thread.run(`Turn number ${i}.`));
  await selectThread(page, thread.id);
  await waitForTurn(page, results[6]!.id);
  const shown = () => page.$$eval('#turns article.turn', (all) => all.map((a) => [a.querySelector('h3')!.textContent, a.querySelector('.userMessage .text')!.textContent]));
  await page.waitForFunction(`document.querySelectorAll('#turns article.turn').length === 5`, { polling: 'mutation' });
  expect(await shown()).toEqual([3, 4, 5, 6, 7].map((n, i) => [`turn ${i + 1}`, `Turn number ${n}.`]));
  await page.click('#older');
  await page.waitForFunction(`document.querySelectorAll('#turns article.turn').length === 7`, { polling: 'mutation' });
  expect(await shown()).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [`turn ${n}`, `Turn number ${n}.`]));
  await page.waitForSelector('#older', { hidden: true });
  expect(fleet.errors.filter((e) => !isHandshakeFailure(e))).toEqual([]);
});

test('an observe page has no action controls; axe-core finds no serious or critical violation; at 360 px nothing overflows; screenshots', async () => {
  const watched = await dashboard.servers[0]!.worker.startThread();
  await watched.setName('Watched');
  await watched.run('[[scenario:reasoning]] Think, then answer.');
  const observer = await openDashboard(browser, dashboard.fleetUrl('observe'));
  const { page } = observer;
  try {
    await page.waitForFunction(`[...document.querySelectorAll('section.server')].every((s) => s.dataset.status === 'connected')`, { polling: 'mutation' });
    await selectThread(page, watched.id);
    expect(await page.$eval('#role', (e) => e.textContent)).toBe('observe');
    expect(await page.$$eval('button:not(.name):not([hidden]), input, #approvals button', (all) => all.map((b) => b.outerHTML))).toEqual([]);

    const axe = readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    for (const p of [page, fleet.page]) await p.addScriptTag({ content: axe });
    for (const viewport of [{ width: 1400, height: 900 }, { width: 390, height: 844 }]) {
      await page.setViewport(viewport);
      await screenshot(page, `dashboard-fleet-observe-${viewport.width}.png`);
    }
    for (const p of [page, fleet.page]) {
      const violations = (await p.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).slice(0, 3) })))`)) as { id: string; impact: string }[];
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    }
    for (const p of [page, fleet.page]) {
      await p.setViewport({ width: 360, height: 740 });
      const overflowing = await p.evaluate(`[...document.querySelectorAll('body *')].filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 0.5; }).map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className)`);
      expect(overflowing).toEqual([]);
      expect(await p.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    }
    await fleet.page.setViewport({ width: 1400, height: 900 });
  } finally {
    await page.close();
  }
  expect(observer.errors).toEqual([]);
});
