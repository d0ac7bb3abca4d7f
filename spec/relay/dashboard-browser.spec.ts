/**
 * The dashboard page (examples/dashboard, bundled for the browser) in real headless Chromium,
 * through the relay, against the offline app-server: the same server code as `npm run dashboard`.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateRelayToken, RELAY_FORBIDDEN_CODE, type RelayEvent } from '../../lib/relay/index.js';
import { servePage, startDashboard, type Dashboard, type PageServer } from '../../examples/dashboard/server.js';
import { followAsBrowser, withLoginPortLock } from '../../lib/testing/index.js';
import { launchBrowser, type HeadlessBrowser, type RecordedPage } from '../support/browser.js';
import { clickAction, DASHBOARD_DIR, isHandshakeFailure, openDashboard, recordTexts, screenshot, selectThread as select, waitForConnection, waitForJoined, waitForText, waitForTurn } from '../support/dashboard.js';

jest.setTimeout(45_000);

let dashboard: Dashboard;
let browser: HeadlessBrowser;
let main: RecordedPage;
const events: RelayEvent[] = [];

const fake = () => dashboard.offline!.fake;
/** The new tool outputs the fake model server received after request `from` (the last input item of a request; earlier ones are history). */
const toolOutputs = (from: number) =>
  fake()
    .requests.slice(from)
    .map((r) => (r.body?.input ?? []).at(-1))
    .filter((i: { type?: string } | undefined) => i?.type === 'function_call_output')
    .map((i: { output: unknown }) => (typeof i.output === 'string' ? i.output : JSON.stringify(i.output)));

beforeAll(async () => {
  [dashboard, browser] = await Promise.all([startDashboard({ dir: DASHBOARD_DIR, onEvent: (e) => events.push(e) }), launchBrowser()]);
  main = await openDashboard(browser, dashboard.pageUrl(dashboard.tokens.full));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
});

test('the page streams a turn the worker runs: the text grows through intermediate states to the finalResponse; every turn shows, with human names', async () => {
  const { page } = main;
  const chat = await dashboard.worker.startThread();
  await chat.setName('Chat');
  const warm = await chat.run('Warm up.');
  await waitForJoined(page, chat.id);
  await select(page, chat.id);
  await waitForText(page, `li.thread[data-thread-id="${chat.id}"] .name`, 'Chat');
  expect(await page.$eval(`li.thread[data-thread-id="${chat.id}"] .name`, (e) => e.getAttribute('title'))).toBe(`thread ${chat.id}`);
  await waitForTurn(page, warm.id);
  // A turn with reasoning: the summary shows, folded, before the text.
  const thought = await chat.run('[[scenario:reasoning]] Think first.');
  const turn2 = `#turns article.turn[data-turn-id="${thought.id}"]`;
  await waitForTurn(page, thought.id);
  await waitForText(page, `${turn2} .reasoning details .body`, 'Thinking about the greeting');
  expect(await page.$eval(`${turn2} .reasoning details`, (e) => e.hasAttribute('open'))).toBe(false);
  await waitForText(page, `${turn2} .agentMessage .body`, thought.finalResponse!);
  expect(await page.$eval(`${turn2} .userMessage .text`, (e) => e.textContent)).toBe('[[scenario:reasoning]] Think first.');
  // Turns are named by their place in the thread; the id is in the tooltip.
  expect(await page.$eval(`${turn2} h3`, (e) => [e.textContent, e.getAttribute('title')])).toEqual(['turn 2', `turn ${thought.id}`]);
  const texts = await recordTexts(page, '.agentMessage .body');
  const turn = await chat.turn('[[scenario:slow]] Stream to the page.');
  const result = await turn.result;
  await waitForTurn(page, turn.id);
  await waitForText(page, `#turns article.turn[data-turn-id="${turn.id}"] .agentMessage .body`, result.finalResponse!);
  // The earlier turns are still there, above it.
  expect(await page.$$eval('#turns article.turn', (all) => all.map((a) => a.querySelector('h3')!.textContent))).toEqual(['turn 1', 'turn 2', 'turn 3']);

  const log = await texts();
  const states = log.map((l) => l.text).filter((t) => t !== '');
  expect(states.length).toBeGreaterThanOrEqual(6);
  expect(states.at(-1)).toBe(result.finalResponse);
  states.forEach((s, i) => i > 0 && expect(s.startsWith(states[i - 1]!)).toBe(true));
  // Streamed as it came (the fake model waits 250 ms between deltas), not painted at the end.
  expect(log.at(-1)!.at - log.find((l) => l.text !== '')!.at).toBeGreaterThan(1000);
  // Tokens per turn: a bar per kind for the turns that ran while the page was open.
  await page.waitForSelector('#tokens-plot svg rect title');
  expect(await page.$$eval('#tokens-plot svg rect title', (all) => all.map((t) => t.textContent))).toContainEqual(expect.stringMatching(/^turn 3: \d+ input tokens$/));
  expect(main.errors).toEqual([]);
});

test('Accept on a command approval runs the command; Decline does not', async () => {
  const { page } = main;
  const tools = await dashboard.worker.startThread({ approvalPolicy: 'untrusted' });
  await tools.setName('Needs approval');
  await tools.run('Warm up.');
  await waitForJoined(page, tools.id);

  // Accept: the command runs and its output goes to the model.
  let before = fake().requests.length;
  const accepted = await tools.turn('[[scenario:shell_safe]] List the files.');
  const row = `#approvals li[data-thread-id="${tools.id}"]`;
  await page.waitForSelector(row);
  expect(await page.$eval(row, (e) => e.querySelector('.what')?.textContent)).toContain('ls -la');
  expect(await page.$eval('#approval-count', (e) => e.textContent)).toBe('1');
  await screenshot(page, 'dashboard.png');
  await page.click(`${row} button.accept`);
  const ran = await accepted.result;
  await page.waitForSelector(row, { hidden: true });
  expect(ran.items.find((i) => i.type === 'commandExecution')).toMatchObject({ status: 'completed' });
  const acceptedOutputs = toolOutputs(before);
  expect(acceptedOutputs).toHaveLength(1);
  expect(acceptedOutputs[0]).toMatch(/total \d+/); // what `ls -la` prints

  // Decline: the model is told so, and nothing ran.
  before = fake().requests.length;
  const declined = await tools.turn('[[scenario:shell_safe]] List the files again.');
  await page.waitForSelector(row);
  await page.click(`${row} button.decline`);
  const refused = await declined.result;
  await page.waitForSelector(row, { hidden: true });
  expect(refused.items.find((i) => i.type === 'commandExecution')).toMatchObject({ status: 'declined' });
  const declinedOutputs = toolOutputs(before);
  expect(declinedOutputs).toHaveLength(1);
  expect(declinedOutputs[0]).toContain('rejected by user');
  expect(declinedOutputs[0]).not.toMatch(/total \d+/);
  expect(main.errors).toEqual([]);
});

test('the account panel shows apiKey after an API-key login from the page, and not-logged-in after logout', async () => {
  const { page } = main;
  await waitForText(page, '#account', 'not logged in');
  await page.type('#api-key', 'sk-dashboard-test-key');
  await clickAction(page, '#login-api-key');
  await waitForText(page, '#account', 'apiKey');
  expect((await dashboard.worker.account()).account).toEqual({ type: 'apiKey' });
  expect(await page.$eval('#api-key', (e) => (e as unknown as { value: string }).value)).toBe('');
  await clickAction(page, '#logout');
  await waitForText(page, '#account', 'not logged in');
  expect((await dashboard.worker.account()).account ?? null).toBeNull();
  expect(main.errors).toEqual([]);
});

test('the device-code login shows its userCode, and the ChatGPT login its authUrl; both log the page in (fake issuer)', async () => {
  const { page } = main;
  await waitForText(page, '#account', 'not logged in');
  await clickAction(page, '#login-device');
  await page.waitForFunction(`document.querySelector('#user-code').textContent.startsWith('FAKE-1234 at ${dashboard.issuer!.url}')`, { polling: 'mutation' });
  await waitForText(page, '#account', 'chatgpt dashboard@example.com (plus)');
  await waitForText(page, '#user-code', 'device code: logged in');
  await page.waitForFunction(`document.querySelector('#rate-limits .gauge[data-window="primary"]')?.textContent.startsWith('primary: 12% of the')`, { polling: 'mutation', timeout: 10_000 });
  await screenshot(page, 'dashboard-chatgpt.png');
  await clickAction(page, '#logout');
  await waitForText(page, '#account', 'not logged in');

  // The browser login's callback listens on 127.0.0.1:1455, one per machine: hold the lock.
  await withLoginPortLock(async () => {
    await clickAction(page, '#login-chatgpt');
    await page.waitForFunction(`document.querySelector('#auth-link')?.href.startsWith('${dashboard.issuer!.url}/oauth/authorize')`, { polling: 'mutation' });
    const authUrl = await page.$eval('#auth-link', (e) => e.getAttribute('href')!);
    // The long URL is behind a short link text (it overflowed the card), whole in the tooltip.
    expect(await page.$eval('#auth-link', (e) => [e.textContent, e.getAttribute('title')])).toEqual(['Open the ChatGPT login page', authUrl]);
    // The test plays the user's browser tab: the fake issuer approves and redirects to the callback.
    expect((await followAsBrowser(authUrl)).status).toBe(200);
    await waitForText(page, '#auth-url', 'ChatGPT login: logged in');
    await waitForText(page, '#account', 'chatgpt dashboard@example.com (plus)');
  });
  await clickAction(page, '#logout');
  await waitForText(page, '#account', 'not logged in');
  // A login's messages go with the logout.
  expect(await page.$eval('#auth-url', (e) => e.textContent)).toBe('');
  expect(main.errors).toEqual([]);
});

test('a page with an observe token shows an observe badge and no action controls; one whose URL does not say so gets the refusal next to Send, in plain words, and app-server never gets turn/start', async () => {
  const chat = await dashboard.worker.startThread();
  await chat.run('Warm up.');
  const observer = await openDashboard(browser, dashboard.pageUrl(dashboard.tokens.observe));
  await select(observer.page, chat.id);
  expect(await observer.page.$eval('#role', (e) => [e.textContent, (e as unknown as { hidden: boolean }).hidden])).toEqual(['observe', false]);
  // The only buttons left select threads.
  expect(await observer.page.$$eval('button:not(.name):not([hidden]), input', (all) => all.map((b) => b.id))).toEqual([]);
  await observer.page.close();

  // The same token in a URL without role=observe: the relay, not the page, refuses.
  const url = new URL(dashboard.pageUrl(dashboard.tokens.observe));
  url.hash = url.hash.replace('&role=observe', '');
  const mislabelled = await openDashboard(browser, url.href);
  const { page } = mislabelled;
  expect(await page.$eval('#role', (e) => (e as unknown as { hidden: boolean }).hidden)).toBe(true);
  await select(page, chat.id);
  const requests = fake().requests.length;
  await page.type('#prompt', 'Start a turn, please.');
  await page.click('#send');
  await waitForText(page, '#send-error', 'Not allowed: this page only watches (its token is an observe token).');
  expect(await page.$eval('#send-error', (e) => e.getAttribute('title'))).toBe(`turn/start: The relay does not allow turn/start for an observe token. (${RELAY_FORBIDDEN_CODE})`);
  expect(await page.$eval('#role', (e) => (e as unknown as { hidden: boolean }).hidden)).toBe(false);
  expect(await page.$eval('#send', (e) => (e as unknown as { disabled: boolean }).disabled)).toBe(true);
  expect(events).toContainEqual({ type: 'screened', connection: expect.any(Number), action: 'refuse', detail: expect.stringContaining('turn/start') });
  expect(fake().requests.length).toBe(requests);
  expect((await dashboard.worker.readThread(chat.id, { includeTurns: true })).turns).toHaveLength(1);
  expect(mislabelled.errors).toEqual([]);
  await page.close();
});

test('a second Node process watches through the relay with the command `npm run dashboard` prints (Codex.connect, observe token)', async () => {
  const opened = events.length;
  const child = spawn(join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'), [join(DASHBOARD_DIR, 'watch.ts')], {
    env: { ...process.env, ...dashboard.watchEnv() },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    waiters.forEach((w) => w());
  });
  const said = (match: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = lines.find(match);
        if (line) resolve(line);
      };
      waiters.add(check);
      check();
      void exited.then((code) => reject(new Error(`watch.ts exited (${code}): ${lines.join(' | ')}`)));
    });
  try {
    await said((l) => l.startsWith('watch: connected'));
    expect(events.slice(opened)).toContainEqual({ type: 'opened', connection: expect.any(Number), role: 'observe', origin: undefined });
    const watched = await dashboard.worker.startThread();
    await watched.run('Warm up.');
    await said((l) => l === `watch: joined thread ${watched.id}`);
    const result = await watched.run('[[scenario:reasoning]] Say something for the watcher.');
    // The watcher may also have seen the warm-up turn: wait for this one's line.
    expect(await said((l) => l === `[${watched.id.slice(0, 8)}] turn completed: ${result.finalResponse}`)).toBeTruthy();
  } finally {
    child.kill('SIGINT');
    await exited;
  }
});

describe('refusals', () => {
  let other: PageServer;
  beforeAll(async () => {
    other = await servePage({ html: await readFile(join(DASHBOARD_DIR, 'index.html'), 'utf8'), script: await (await fetch(`${dashboard.page.origin}/dashboard.js`)).text() });
  });
  afterAll(() => other?.close());

  test('a page on another Origin cannot connect: the relay closes it with 4403 forbidden-origin, the page says so and stops trying', async () => {
    const refused = events.length;
    const { page, errors } = await openDashboard(browser, dashboard.pageUrl(dashboard.tokens.full, other.origin), 'closed');
    expect(await page.$eval('#connection', (e) => e.textContent)).toMatch(/^closed: .*\b4403\b.*forbidden-origin/);
    expect(events.slice(refused).filter((e) => e.type === 'refused')).toHaveLength(1);
    await page.close();
    expect(events.slice(refused)).toContainEqual({ type: 'refused', status: 403, why: 'Origin not allowed', origin: other.origin, closeCode: 4403 });
    expect(errors.filter((e) => !isHandshakeFailure(e))).toEqual([]);
  });

  test('a page with a wrong token cannot connect: the relay closes it with 4401 unauthorized, the page says so and stops trying', async () => {
    const refused = events.length;
    const { page, errors } = await openDashboard(browser, dashboard.pageUrl(generateRelayToken()), 'closed');
    expect(await page.$eval('#connection', (e) => e.textContent)).toMatch(/^closed: .*\b4401\b.*unauthorized/);
    expect(events.slice(refused).filter((e) => e.type === 'refused')).toHaveLength(1);
    await page.close();
    expect(events.slice(refused)).toContainEqual({ type: 'refused', status: 401, why: 'unknown token', origin: dashboard.page.origin, closeCode: 4401 });
    expect(errors.filter((e) => !isHandshakeFailure(e))).toEqual([]);
  });
});

test('when the relay goes away the page says so, and it reconnects by itself (re-synchronised) when the relay is back', async () => {
  const { page } = main;
  const errorsBefore = main.errors.length;
  await dashboard.stopRelay();
  await waitForConnection(page, 'disconnected');
  await dashboard.restartRelay();
  await waitForConnection(page, 'connected');
  // A restarted relay has no resume window to offer: the client re-synchronised from snapshots.
  expect(await page.$eval('.server .connection', (e) => (e as unknown as { dataset: { resumed: string } }).dataset.resumed)).toBe('false');
  expect(await page.$eval('#connection', (e) => e.textContent)).toMatch(/re-synchronised/);
  await waitForText(page, '#account', 'not logged in');
  expect(await page.$eval('#send', (e) => (e as unknown as { disabled: boolean }).disabled)).toBe(false);
  expect(main.errors.slice(errorsBefore).filter((e) => !isHandshakeFailure(e))).toEqual([]);
});
