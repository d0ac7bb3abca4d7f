/**
 * Every complete snippet of README.md and docs/ (those without a `<!-- snippet: … -->` context)
 * runs as written, offline: `codex-rx` resolves to lib/, and `Codex.start()` finds a hermetic
 * CODEX_HOME as a new user has one: the built-in `openai` provider, no login, no model to reach,
 * so a snippet that needs a model fails. Those marked `<!-- snippet: model -->` find a home whose
 * model provider is the fake Responses server instead. scripts/check-snippets.ts type-checks all
 * of them, has Node 20 parse the JavaScript ones, and checks the `model` markers.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createHermeticHome,
  isProcessAlive,
  mockProviderConfig,
  startFakeResponsesServer,
  writeCodexConfig,
  type FakeResponsesServer,
  type HermeticHome,
  type ScenarioName,
} from '../lib/testing/index.js';
import { extractSnippets, snippetDocs, USING, type Snippet } from '../scripts/snippets.js';

const root = join(__dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const complete = snippetDocs(root)
  .flatMap((doc) => extractSnippets(root, doc))
  .filter((s) => s.uses.length === 0);

/** Snippets that need a scenario, or print something worth checking, by what their code contains. */
const special: { match: RegExp; scenarios?: ScenarioName[]; expect: RegExp }[] = [
  // The approvals example accepts `ls -la`, which the server sends as /bin/bash -lc 'ls -la'.
  { match: /commandActions/, scenarios: ['shell_safe'], expect: /\[ 'completed' \]/ },
  { match: /run\('\[\[scenario:reasoning\]\] hi'\);\n\s*console\.log/, expect: /Hello after thinking\. 1/ },
  { match: /thread\.run\('Summarize this repository'\)/, expect: /Hello from the fake Responses server!/ },
  // The daemon snippet leaves its server running and prints its pid: the test stops it (below).
  { match: /detached: true/, expect: /"pid":\d+/ },
];

/** No model: the built-in provider, not logged in, plugins off (they would go to the network). */
const NO_MODEL = ['approval_policy = "never"', 'sandbox_mode = "read-only"', 'cli_auth_credentials_store = "file"', '', '[features]', 'plugins = false', ''].join('\n');
/**
 * Should a snippet reach for a model anyway, it goes to a closed loopback port, not out (loopback,
 * the offline kit's fake model, stays direct).
 */
const NO_WAY_OUT = { HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9', ALL_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' };
/** A snippet still running after this is stuck (offline, app-server waits for the network forever). */
const STUCK_MS = 45_000;

let fake: FakeResponsesServer;
/** For snippets marked `model`: the fake model. */
let home: HermeticHome;
/** For every other complete snippet: no model at all. */
let offline: HermeticHome;
let scratch: string;
beforeAll(async () => {
  fake = await startFakeResponsesServer();
  home = await createHermeticHome();
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
  offline = await createHermeticHome();
  await writeCodexConfig(offline, NO_MODEL);
  // Inside the repository (.tmp/ is ignored), so a snippet's own imports (rxjs, …) resolve from node_modules.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  scratch = mkdtempSync(join(root, '.tmp', 'snippets-'));
  writeFileSync(
    join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        baseUrl: root,
        paths: { 'codex-rx': ['lib/index.ts'], 'codex-rx/types': ['lib/types.ts'], 'codex-rx/testing': ['lib/testing/index.ts'], 'codex-rx/relay': ['lib/relay/index.ts'] },
      },
    }),
  );
});
afterAll(async () => {
  await fake?.close();
  await home?.dispose();
  await offline?.dispose();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Resolves once process `pid` is gone (polled: another process's exit has no event here). */
async function waitUntilGone(pid: number): Promise<void> {
  while (isProcessAlive(pid)) await new Promise((r) => setTimeout(r, 50));
}

function run(snippet: Snippet): Promise<{ code: number | null; out: string }> {
  const file = join(scratch, `${snippet.doc.replace(/\W/g, '_')}_${snippet.line}.${USING.test(snippet.code) ? 'mts' : 'mjs'}`);
  writeFileSync(file, snippet.code);
  const where = snippet.needsModel ? home : offline;
  const env: NodeJS.ProcessEnv = { ...process.env, CODEX_HOME: where.codexHome, HOME: where.home, TMPDIR: where.tmp, ...(snippet.needsModel ? {} : NO_WAY_OUT) };
  for (const key of ['OPENAI_API_KEY', 'CODEX_API_KEY', 'OPENAI_BASE_URL', 'CODEX_RX_REAL_LOGIN']) delete env[key];
  return new Promise((resolve) => {
    // Its own process group: a snippet that waits for a model forever goes, with its app-server.
    const child = spawn(tsx, ['--tsconfig', join(scratch, 'tsconfig.json'), file], { cwd: where.work, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    const stuck = setTimeout(() => {
      out += `\n[still running after ${STUCK_MS} ms: killed]`;
      process.kill(-child.pid!, 'SIGKILL');
    }, STUCK_MS);
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => {
      clearTimeout(stuck);
      resolve({ code, out });
    });
  });
}

test('there are complete snippets to run, most of them offline as written', () => {
  expect(complete.length).toBeGreaterThanOrEqual(10);
  expect(complete.filter((s) => !s.needsModel).length).toBeGreaterThan(complete.length / 2);
});

test.each(complete.map((s) => [`${s.doc}:${s.line}${s.needsModel ? ' (needs a model: on the fake one)' : ''}`, s] as const))('%s runs as written', async (_, snippet) => {
  const rule = special.find((r) => r.match.test(snippet.code));
  fake.reset();
  for (const scenario of rule?.scenarios ?? []) fake.enqueue(scenario);
  const { code, out } = await run(snippet);
  // A daemon the snippet left running (detached: true) is stopped as the doc says: by its pid.
  const daemon = /detached: true/.test(snippet.code) ? Number(/"pid":(\d+)/.exec(out)?.[1]) : NaN;
  if (daemon > 0) {
    expect(isProcessAlive(daemon)).toBe(true);
    process.kill(daemon, 'SIGTERM');
    await waitUntilGone(daemon);
  }
  expect({ code, out }).toMatchObject({ code: 0 });
  if (rule) expect(out).toMatch(rule.expect);
}, 60_000);
