import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

const ROOT = join(__dirname, '..', '..');

/** The version of `@sparticuz/chromium` in node_modules: the one the lockfile pins. */
export const CHROMIUM_PACKAGE_VERSION: string = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@sparticuz', 'chromium', 'package.json'), 'utf8')).version;

/**
 * Where that version's browser is unpacked: a folder of the project's own (`.tmp/` is ignored),
 * one per version. The package itself unpacks into the system temp dir and reuses whatever
 * `chromium` it finds there, of any version.
 */
export const CHROMIUM_DIR = join(ROOT, '.tmp', `chromium-${CHROMIUM_PACKAGE_VERSION}`);

/** A page that records what it logs: console errors and uncaught page errors. */
export interface RecordedPage {
  page: Page;
  /** Console messages of type `error`, and uncaught exceptions (`pageerror: …`), oldest first. */
  errors: string[];
}

/** Headless Chromium from the `@sparticuz/chromium` npm package, driven by puppeteer-core. */
export interface HeadlessBrowser {
  browser: Browser;
  /** The browser's version (`HeadlessChrome/147.0.…`). */
  version: string;
  /** The binary that runs, under {@link CHROMIUM_DIR}. */
  executablePath: string;
  /** How long each step took, in ms: unpacking the binary (fast once it is in {@link CHROMIUM_DIR}) and the launch. */
  timings: { executablePathMs: number; launchMs: number };
  newPage(): Promise<RecordedPage>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * The pinned browser's binary, unpacked into {@link CHROMIUM_DIR} on first use. `@sparticuz/chromium`
 * is ESM only and jest runs specs as CommonJS, so a child node unpacks it, with TMPDIR (where the
 * package unpacks) set to a fresh folder that then takes the versioned folder's name at once:
 * specs that start together never see a half-written binary.
 */
async function chromiumPath(): Promise<string> {
  const binary = join(CHROMIUM_DIR, 'chromium');
  if (existsSync(binary)) return binary;
  await mkdir(dirname(CHROMIUM_DIR), { recursive: true });
  const partial = await mkdtemp(`${CHROMIUM_DIR}.partial-`);
  try {
    const script = "import chromium from '@sparticuz/chromium'; process.stdout.write(await chromium.executablePath());";
    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, TMPDIR: partial } });
    // Another process may have been first: its copy is as good.
    await rename(partial, CHROMIUM_DIR).catch(() => {});
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  return binary;
}

let announced = false;

/** Launches headless Chromium with a fresh profile. */
export async function launchBrowser(): Promise<HeadlessBrowser> {
  const t0 = performance.now();
  const executablePath = await chromiumPath();
  const t1 = performance.now();
  const userDataDir = await mkdtemp(join(tmpdir(), 'codex-rx-chromium-'));
  try {
    const browser = await puppeteer.launch({ executablePath, headless: true, userDataDir, args: CHROMIUM_ARGS });
    const timings = { executablePathMs: Math.round(t1 - t0), launchMs: Math.round(performance.now() - t1) };
    const version = await browser.version();
    if (!announced) {
      announced = true;
      console.info(`browser specs run ${version} from @sparticuz/chromium ${CHROMIUM_PACKAGE_VERSION} (${executablePath})`);
    }
    return {
      browser,
      version,
      executablePath,
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
