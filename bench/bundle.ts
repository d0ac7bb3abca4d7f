/**
 * The browser client's size, as a page gets it: `import { Codex, ofMethod } from 'codex-rx'`
 * bundled from the built `dist/` (the package's `browser` condition) with esbuild
 * (`--bundle --minify`) and with vite (`vite build`, no configuration), gzip -6. Issue 20's goal:
 * at most 50 KiB with each. `npm run check:package` measures the same from the packed tarball and
 * fails above the goal; this prints it for `npm run bench`.
 *
 *   npm run bench:bundle            (builds dist/ first when it is older than lib/)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt } from './support/built-dist.js';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
console.log(ensureBuilt(process.argv.includes('--build')));

// A page's project inside the checkout (so rxjs resolves from its node_modules), with codex-rx linked in.
const app = join(root, '.tmp', 'bench-bundle');
rmSync(app, { recursive: true, force: true });
mkdirSync(join(app, 'node_modules'), { recursive: true });
symlinkSync(root, join(app, 'node_modules', 'codex-rx'), 'dir');
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'bench-bundle', private: true, type: 'module' }));
writeFileSync(
  join(app, 'client.js'),
  `import { Codex, ofMethod } from 'codex-rx';
Codex.connect({ url: 'ws://127.0.0.1:1/relay', token: 'page-token' }).then((codex) => {
  codex.notifications$.pipe(ofMethod('item/agentMessage/delta')).subscribe((n) => console.log(n.params.delta));
});
`,
);
writeFileSync(join(app, 'index.html'), '<!doctype html><script type="module" src="./client.js"></script>\n');

const kib = (bytes: number) => Number((bytes / 1024).toFixed(1));
execFileSync(bin('esbuild'), ['client.js', '--bundle', '--platform=browser', '--format=esm', '--minify', '--outfile=esbuild.js', '--log-level=warning'], { cwd: app });
const esbuild = gzipSync(readFileSync(join(app, 'esbuild.js'))).length;
execFileSync(bin('vite'), ['build', '--outDir', 'vite-dist', '--logLevel', 'warn'], { cwd: app });
const assets = join(app, 'vite-dist', 'assets');
const vite = gzipSync(Buffer.concat(readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f))))).length;
console.log(`browser client (import { Codex, ofMethod } from 'codex-rx'), gzip: esbuild ${kib(esbuild)} KiB, vite ${kib(vite)} KiB; goal ≤ 50 KiB each`);
console.log(`BENCH-JSON ${JSON.stringify({ bundleEsbuildKiB: kib(esbuild), bundleViteKiB: kib(vite) })}`);
rmSync(app, { recursive: true, force: true });
