import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { HeadlessBrowser, RecordedPage } from './browser.js';

/** The dashboard's directory: the specs run the same server code as `npm run dashboard`. */
export const DASHBOARD_DIR = join(__dirname, '..', '..', 'examples', 'dashboard');

/** Test artifacts (screenshots), not committed: `.tmp/` is in .gitignore. */
export const ARTIFACTS = join(__dirname, '..', '..', '.tmp');

/** Opens the dashboard at `url` and waits for its connection line to reach `status`. */
export async function openDashboard(browser: HeadlessBrowser, url: string, status: 'connected' | 'disconnected' | 'closed' = 'connected'): Promise<RecordedPage> {
  const recorded = await browser.newPage();
  await recorded.page.setViewport({ width: 1280, height: 720 });
  await recorded.page.goto(url, { waitUntil: 'load' });
  await waitForConnection(recorded.page, status);
  return recorded;
}

export function waitForConnection(page: Page, status: 'connected' | 'disconnected' | 'connecting' | 'closed', timeout = 15_000) {
  return page.waitForSelector(`#connection[data-status="${status}"]`, { timeout });
}

/** Waits until the element's text is `expected` (checked in the page on every DOM mutation); else says what it shows. */
export async function waitForText(page: Page, selector: string, expected: string, timeout = 15_000): Promise<void> {
  try {
    await page.waitForFunction(`document.querySelector(${JSON.stringify(selector)})?.textContent === ${JSON.stringify(expected)}`, { timeout, polling: 'mutation' });
  } catch (error) {
    const actual = await page.$eval(selector, (e) => e.textContent).catch(() => '(no such element)');
    throw new Error(`${selector} shows ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`, { cause: error });
  }
}

/**
 * Clicks an action button once it is enabled: the page disables its actions while it has no
 * connection (a reconnect under load), and a click on a disabled button does nothing.
 */
export async function clickAction(page: Page, selector: string, timeout = 15_000): Promise<void> {
  await page.waitForSelector(`${selector}:not([disabled])`, { timeout });
  await page.click(selector);
}

/** Waits for the thread's row, joined by the page (so its turns and approvals reach the page). */
export function waitForJoined(page: Page, threadId: string) {
  return page.waitForSelector(`li.thread[data-thread-id="${threadId}"][data-joined="true"]`, { timeout: 15_000 });
}

/** Selects a thread in its server's list (its name is a button), and waits until the page joined it. */
export async function selectThread(page: Page, threadId: string): Promise<void> {
  const row = `li.thread[data-thread-id="${threadId}"]`;
  await page.waitForSelector(row);
  await page.click(`${row} button.name`);
  await page.waitForSelector(`${row}[data-selected="true"]`);
  await waitForJoined(page, threadId);
}

/** The selected thread's turn `turnId`, once its status is `status`. */
export function waitForTurn(page: Page, turnId: string, status = 'completed', timeout = 15_000) {
  return page.waitForSelector(`#turns article.turn[data-turn-id="${turnId}"][data-status="${status}"]`, { timeout });
}

/**
 * Starts logging every text an element matching `selector` inside `#turns` shows, with a
 * timestamp, from a MutationObserver in the page (each `textContent =` replaces the text node, so
 * no intermediate state is lost to batching).
 */
export async function recordTexts(page: Page, selector: string): Promise<() => Promise<{ text: string; at: number }[]>> {
  // Page code as a string: the specs are type-checked without DOM types.
  await page.evaluate(`{
    const log = (window.__texts = []);
    new MutationObserver((records) => {
      for (const r of records) if (r.target.matches?.(${JSON.stringify(selector)})) for (const n of r.addedNodes) log.push({ text: n.textContent ?? '', at: performance.now() });
    }).observe(document.querySelector('#turns'), { childList: true, subtree: true });
  }`);
  return () => page.evaluate('window.__texts') as Promise<{ text: string; at: number }[]>;
}

/**
 * Chromium's own console line for a refused or failed WebSocket handshake (expected on refusals and
 * while the relay is down), to the relay's URL or, from a resumable client, with `?codex-rx-resume=1`.
 */
export function isHandshakeFailure(message: string): boolean {
  return /^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/(\?codex-rx-resume=1)?' failed: /.test(message);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path, fullPage: true });
  return path;
}
