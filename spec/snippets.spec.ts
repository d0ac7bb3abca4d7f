/**
 * Every complete snippet of README.md and docs/ (those without a `<!-- snippet: … -->` context)
 * runs as written, offline: `codex-rx` resolves to lib/, and `Codex.start()` finds a hermetic
 * CODEX_HOME whose model provider is the fake Responses server. scripts/check-snippets.ts
 * type-checks all of them and has Node 20 parse the JavaScript ones.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createHermeticHome,
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
];

let fake: FakeResponsesServer;
let home: HermeticHome;
let scratch: string;
beforeAll(async () => {
  fake = await startFakeResponsesServer();
  home = await createHermeticHome();
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
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
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function run(snippet: Snippet): Promise<{ code: number | null; out: string }> {
  const file = join(scratch, `${snippet.doc.replace(/\W/g, '_')}_${snippet.line}.${USING.test(snippet.code) ? 'mts' : 'mjs'}`);
  writeFileSync(file, snippet.code);
  const env: NodeJS.ProcessEnv = { ...process.env, CODEX_HOME: home.codexHome, HOME: home.home, TMPDIR: home.tmp };
  for (const key of ['OPENAI_API_KEY', 'CODEX_API_KEY', 'OPENAI_BASE_URL', 'CODEX_RX_REAL_LOGIN']) delete env[key];
  return new Promise((resolve) => {
    const child = spawn(tsx, ['--tsconfig', join(scratch, 'tsconfig.json'), file], { cwd: home.work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

test('there are complete snippets to run', () => {
  expect(complete.length).toBeGreaterThanOrEqual(10);
});

test.each(complete.map((s) => [`${s.doc}:${s.line}`, s] as const))('%s runs as written', async (_, snippet) => {
  const rule = special.find((r) => r.match.test(snippet.code));
  fake.reset();
  for (const scenario of rule?.scenarios ?? []) fake.enqueue(scenario);
  const { code, out } = await run(snippet);
  expect({ code, out }).toMatchObject({ code: 0 });
  if (rule) expect(out).toMatch(rule.expect);
}, 60_000);
