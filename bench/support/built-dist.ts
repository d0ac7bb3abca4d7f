/**
 * The benches run the relay as a user does: from the built `dist/` (rollup, `npm run build`), not
 * from the TypeScript sources through tsx. `ensureBuilt()` builds once when `dist/` is missing or
 * older than what it is built from, and says which it used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The file the relay child loads (`codex-rx/relay` in package.json's exports). */
const BUILT = join(ROOT, 'dist', 'relay.js');
/**
 * What the build reads. package.json is left out on purpose: editing a script would force a
 * build of minutes; after a change of dependencies, pass `--build`.
 */
const SOURCES = ['lib', 'rollup.config.mjs', 'tsconfig.build.json', 'tsconfig.json'];

/** The newest modification time under `path` (a file or a folder), and which file has it. */
function newest(path: string): { ms: number; file: string } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { ms: stat.mtimeMs, file: path };
  let best = { ms: stat.mtimeMs, file: path };
  for (const entry of readdirSync(path)) {
    const found = newest(join(path, entry));
    if (found.ms > best.ms) best = found;
  }
  return best;
}

let done: string | null = null;

/**
 * Makes sure `dist/` is built from the current sources: runs `npm run build` (once per process)
 * when `dist/relay.js` is missing, older than a file of `lib/` or the build's configuration, or
 * `force` is set. Returns one line saying which `dist/` the bench uses and why.
 */
export function ensureBuilt(force = false): string {
  if (done) return done;
  const source = SOURCES.map((p) => newest(join(ROOT, p))).reduce((a, b) => (b.ms > a.ms ? b : a));
  const why = force
    ? '--build was given'
    : !existsSync(BUILT)
      ? 'dist/relay.js was missing'
      : statSync(BUILT).mtimeMs < source.ms
        ? `${source.file.slice(ROOT.length)} is newer than dist/relay.js`
        : null;
  if (!why) {
    const age = (Date.now() - statSync(BUILT).mtimeMs) / 60_000;
    return (done = `dist/ as it was (built ${age.toFixed(0)} min ago, newer than lib/ and the build configuration)`);
  }
  console.log(`building dist/ (npm run build) because ${why}…`);
  const t0 = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
  return (done = `dist/ built just now (npm run build, ${((performance.now() - t0) / 1000).toFixed(0)} s) because ${why}`);
}
