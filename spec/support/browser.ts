import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Flags for headless Chromium in a container: no sandbox (root), no GPU, and nothing that phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
];

/** A page that records what it logs: console errors and uncaught page errors. */
export interface RecordedPage {
  page: Page;
  /** Console messages of type `error`, and uncaught exceptions (`pageerror: …`), oldest first. */
  errors: string[];
}

/** Headless Chromium from the `@sparticuz/chromium` npm package, driven by puppeteer-core. */
export interface HeadlessBrowser {
  browser: Browser;
  /** How long each step took, in ms: unpacking the binary (fast once it is in /tmp) and the launch. */
  timings: { executablePathMs: number; launchMs: number };
  newPage(): Promise<RecordedPage>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * `@sparticuz/chromium` is ESM only and jest runs specs as CommonJS, so a child node asks it for
 * the binary's path (the first call unpacks Chromium into the temp dir).
 */
async function chromiumPath(): Promise<string> {
  const script = "import chromium from '@sparticuz/chromium'; process.stdout.write(await chromium.executablePath());";
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: join(__dirname, '..', '..') });
  return stdout.trim();
}

/** Launches headless Chromium with a fresh profile. */
export async function launchBrowser(): Promise<HeadlessBrowser> {
  const t0 = performance.now();
  const executablePath = await chromiumPath();
  const t1 = performance.now();
  const userDataDir = await mkdtemp(join(tmpdir(), 'codex-rx-chromium-'));
  try {
    const browser = await puppeteer.launch({ executablePath, headless: true, userDataDir, args: CHROMIUM_ARGS });
    const timings = { executablePathMs: Math.round(t1 - t0), launchMs: Math.round(performance.now() - t1) };
    return {
      browser,
      timings,
      async newPage() {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
        page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
        return { page, errors };
      },
      async close() {
        await browser.close();
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
