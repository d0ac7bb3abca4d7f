/**
 * Package quality, as a user meets the package: build, `npm pack`, publint and
 * are-the-types-wrong on the tarball, then install the tarball into a fresh temp project and run a
 * quickstart there with ESM `import` and with CJS `require`, and type-check both with `tsc`.
 *
 *   npm run check:package
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[], cwd = root) => {
  console.log(`$ ${[cmd.replace(root + '/', ''), ...args].join(' ')}`);
  return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const work = mkdtempSync(join(tmpdir(), 'codex-rx-pack-'));
try {
  run('npm', ['run', 'build', '--silent']);
  const tarball = join(work, JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]))[0].filename);

  process.stdout.write(run(bin('publint'), ['run', '--strict', tarball]));
  process.stdout.write(run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'table-flipped']));

  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'codex-rx-smoke', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `rxjs@${pkg.devDependencies.rxjs}`, `typescript@${pkg.devDependencies.typescript}`, '@types/node@20'], app);

  // The same quickstart three ways: ESM, CJS, and type-checked TypeScript (ESM and CJS flavours).
  const body = (imp: string) => `${imp}
(async () => {
  const env = await startOfflineCodex();
  try {
    const thread = await env.codex.startThread();
    const result = await thread.run('hello from the packed tarball');
    if (!(result.finalResponse && result.status === 'completed')) throw new Error('unexpected result');
    if (!(new CodexError('x') instanceof Error)) throw new Error('bad error class');
    console.log('quickstart ok:', result.finalResponse);
  } finally {
    await env.dispose();
  }
})();
`;
  writeFileSync(join(app, 'quickstart.mjs'), body("import { CodexError } from 'codex-rx';\nimport { startOfflineCodex } from 'codex-rx/testing';"));
  writeFileSync(join(app, 'quickstart.cjs'), body("const { CodexError } = require('codex-rx');\nconst { startOfflineCodex } = require('codex-rx/testing');"));
  const typed = (imp: string) => `${imp}
export async function main(): Promise<string | null> {
  const codex: Codex = await Codex.start({ experimentalApi: false });
  const thread = await codex.startThread({ approvalPolicy: 'never' });
  const turn = await thread.turn('hi');
  turn.textDeltas$.subscribe((d: string) => d.length);
  const params: TurnStartParams = { threadId: thread.id, input: [{ type: 'text', text: 'x' }] };
  void params;
  const result = await turn.result;
  await codex.close();
  return result.finalResponse;
}
`;
  writeFileSync(join(app, 'typed.mts'), typed("import { Codex } from 'codex-rx';\nimport type { TurnStartParams } from 'codex-rx/types';"));
  writeFileSync(join(app, 'typed.cts'), typed("import { Codex } from 'codex-rx';\nimport type { TurnStartParams } from 'codex-rx/types';"));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, lib: ['es2023', 'esnext.disposable'], types: ['node'] }, files: ['typed.mts', 'typed.cts'] }),
  );
  // The browser build: the root and types entries bundle for a browser with no Node built-ins
  // (esbuild fails on any), and their .d.ts compile in a DOM-only project without skipLibCheck.
  writeFileSync(
    join(app, 'browser-client.mjs'),
    // No top-level await: vite 6's default targets refuse it in a page's own script.
    `import { Codex, ofMethod } from 'codex-rx';
Codex.connect({ url: 'ws://127.0.0.1:1/relay', token: 'page-token' }).then((codex) => {
  codex.notifications$.pipe(ofMethod('item/agentMessage/delta')).subscribe((n) => console.log(n.params.delta));
});
`,
  );
  writeFileSync(join(app, 'browser-types.mjs'), "import { schemas } from 'codex-rx/types';\nconsole.log(Object.keys(schemas).length);\n");
  writeFileSync(join(app, 'browser-one-schema.mjs'), "import { ThreadStartParamsSchema } from 'codex-rx/types';\nconsole.log(ThreadStartParamsSchema.safeParse({}).success);\n");
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  /** Issue 20: the browser client is at most 50 KiB gzip with either bundler, validation on. */
  const CLIENT_BUDGET = 50 * 1024;
  /** One bundle's JavaScript: no Node left in it, its size printed; returns its gzip size. */
  const measure = (what: string, files: string[]): number => {
    const code = Buffer.concat(files.map((f) => readFileSync(f)));
    if (/import\.meta\.url|node:/.test(code.toString())) throw new Error(`${what}: the browser bundle still refers to Node`);
    const gzip = gzipSync(code).length;
    console.log(`${what}: browser bundle ${kib(code.length)}, ${kib(gzip)} gzip`);
    return gzip;
  };
  const sizes: Record<string, number> = {};
  for (const entry of ['browser-client', 'browser-types', 'browser-one-schema']) {
    run(bin('esbuild'), [`${entry}.mjs`, '--bundle', '--platform=browser', '--format=esm', '--minify', `--outfile=${entry}.bundle.js`, `--metafile=${entry}.meta.json`, '--log-level=warning'], app);
    sizes[`esbuild ${entry}`] = measure(`esbuild ${entry}`, [join(app, `${entry}.bundle.js`)]);
  }
  // What reached the client's output (the metafile's inputs also list the files tree-shaken away).
  const outputs = Object.values(JSON.parse(readFileSync(join(app, 'browser-client.meta.json'), 'utf8')).outputs as Record<string, { inputs: Record<string, { bytesInOutput: number }> }>);
  const bundled = outputs.flatMap((o) => Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([f]) => f));
  if (bundled.some((f) => f.includes('zod/v4/locales'))) throw new Error('the browser client bundles zod locales');
  // One schema of codex-rx/types keeps zod and that schema's own definitions, not the other schemas.
  if (sizes['esbuild browser-one-schema']! > sizes['esbuild browser-types']! * 0.6) throw new Error('one schema of codex-rx/types does not tree-shake apart from the others');
  // vite with no configuration: a page whose script is the client above.
  writeFileSync(join(app, 'index.html'), '<!doctype html><script type="module" src="./browser-client.mjs"></script>\n');
  run(bin('vite'), ['build', '--outDir', 'vite-dist', '--logLevel', 'warn'], app);
  const assets = join(app, 'vite-dist', 'assets');
  sizes['vite browser-client'] = measure('vite browser-client', readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => join(assets, f)));
  for (const what of ['esbuild browser-client', 'vite browser-client']) {
    if (sizes[what]! > CLIENT_BUDGET) throw new Error(`${what}: the browser client is ${sizes[what]} bytes gzip, over the ${CLIENT_BUDGET / 1024} KiB budget`);
  }
  writeFileSync(
    join(app, 'dom.ts'),
    `import { Codex, TransportClosedError, type TurnResult } from 'codex-rx';
import type { ThreadStartParams } from 'codex-rx/types';
export async function watch(url: string): Promise<TurnResult | null> {
  const codex = await Codex.connect({ url });
  const params: ThreadStartParams = {};
  const thread = await codex.startThread(params);
  const turn = await thread.turn('hi');
  try {
    return await turn.result;
  } catch (error) {
    if (error instanceof TransportClosedError) return null;
    throw error;
  } finally {
    await codex.close();
  }
}
`,
  );
  for (const conditions of [[], ['browser']]) {
    writeFileSync(
      join(app, 'tsconfig.dom.json'),
      JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', customConditions: conditions, target: 'es2022', strict: true, noEmit: true, lib: ['dom', 'es2022'], types: [] }, files: ['dom.ts'] }),
    );
    process.stdout.write(run(join(app, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.dom.json'], app));
    console.log(`DOM-only type check of the ${conditions.length ? 'browser' : 'default'} condition passed`);
  }
  process.stdout.write(run('node', ['quickstart.mjs'], app));
  process.stdout.write(run('node', ['quickstart.cjs'], app));
  await checkOwnerDeath(app, work);
  process.stdout.write(run(join(app, 'node_modules', '.bin', 'tsc'), ['-p', '.'], app));
  console.log('package check passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The guardian travels inside the bundle (a `node -e` script): a listening server started from the
 * installed package ends within 2 s of its owner's SIGKILL, and its socket file goes with it.
 */
async function checkOwnerDeath(app: string, tmp: string): Promise<void> {
  writeFileSync(
    join(app, 'owner.mjs'),
    `import { startOfflineCodex } from 'codex-rx/testing';
const env = await startOfflineCodex({ listen: 'unix' });
console.log(JSON.stringify({ pid: env.codex.pid, socketPath: env.codex.endpoint.socketPath }));
process.kill(process.pid, 'SIGKILL');
`,
  );
  console.log('$ node owner.mjs (listens on a unix socket, then SIGKILLs itself)');
  const owner = spawnSync('node', ['owner.mjs'], { cwd: app, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
  if (owner.signal !== 'SIGKILL') throw new Error(`owner.mjs did not end by SIGKILL: ${owner.status} ${owner.stderr}`);
  const { pid, socketPath } = JSON.parse(owner.stdout) as { pid: number; socketPath: string };
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + 2000;
  while (alive() || existsSync(socketPath)) {
    if (Date.now() > deadline) {
      const what = alive() ? 'running' : 'leaving its socket file';
      if (alive()) process.kill(pid, 'SIGKILL');
      throw new Error(`the server of a SIGKILLed owner was still ${what} after 2 s`);
    }
    await delay(20);
  }
  console.log('a listening server ended with its SIGKILLed owner, socket file removed');
}
