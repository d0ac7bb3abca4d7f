/**
 * codex-rx's browser build in headless Chromium, reconnecting through a real relay to a real
 * app-server, with a TCP proxy between the page and the relay that cuts the link.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { servePage, type PageServer } from '../../examples/dashboard/server.js';
import { generateRelayToken } from '../../lib/relay/index.js';
import { launchBrowser, type HeadlessBrowser } from '../support/browser.js';
import { startRelayWorld, type RelayWorld } from '../support/relay-world.js';

jest.setTimeout(90_000);

const SLOW_TEXT = 'Slow stream of deltas from the fake server.';
let browser: HeadlessBrowser;
let page: PageServer;
let world: RelayWorld;

beforeAll(async () => {
  const bundle = await build({ entryPoints: [join(__dirname, 'resume-page.ts')], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent' });
  page = await servePage({ html: '<!doctype html><meta charset="utf-8"><title>resume</title><script type="module" src="/dashboard.js"></script>', script: bundle.outputFiles[0]!.text });
  world = await startRelayWorld({ origin: page.origin });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await world?.dispose();
  await page?.close();
});

async function openPage() {
  const recorded = await browser.newPage();
  await recorded.page.goto(`${page.origin}/`, { waitUntil: 'load' });
  await recorded.page.waitForFunction('typeof window.start === "function"');
  return recorded;
}

test('the link cut for 5 s mid-turn: the page resumes without loss (resumed: true); its deltas joined equal the final response; one model request', async () => {
  world.fake.reset();
  const { page: tab } = await openPage();
  await tab.evaluate(`void window.start(${JSON.stringify(world.url)}, ${JSON.stringify(world.full)}, true)`);
  await tab.waitForFunction('window.seen.deltas.length > 0', { timeout: 20_000 });
  world.proxy.refuse(true);
  world.proxy.cut();
  await new Promise((resolve) => setTimeout(resolve, 5000));
  world.proxy.refuse(false);
  await tab.waitForFunction('window.seen.result !== null || window.seen.error !== null', { timeout: 30_000 });
  const seen = (await tab.evaluate('window.seen')) as { states: { status: string; resumed?: boolean }[]; deltas: string[]; gaps: number; result: { finalResponse: string } };
  expect(seen.result.finalResponse).toBe(SLOW_TEXT);
  expect(seen.deltas.join('')).toBe(SLOW_TEXT);
  expect(seen.gaps).toBe(0);
  expect(seen.states).toContainEqual({ status: 'reconnecting' });
  expect(seen.states.at(-1)).toEqual({ status: 'connected', resumed: true });
  expect(world.fake.requests.length).toBe(1);
  await tab.close();
});

test('a wrong token in a page: refused within 2 s with ConnectionRefusedError, and the relay saw exactly one attempt', async () => {
  const { page: tab } = await openPage();
  const before = world.events.filter((e) => e.type === 'refused').length;
  await tab.evaluate(`window.start(${JSON.stringify(world.url)}, ${JSON.stringify(generateRelayToken())}, false)`);
  const seen = (await tab.evaluate('window.seen')) as { errorName: string | null; connectMs: number };
  expect(seen.errorName).toBe('ConnectionRefusedError');
  expect(seen.connectMs).toBeLessThan(2000);
  expect(world.events.filter((e) => e.type === 'refused').length - before).toBe(1);
  await tab.close();
});
