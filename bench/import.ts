/**
 * A cold `import('codex-rx')` in Node, from the built `dist/` as a user gets it: each run is a
 * fresh `node` that first imports rxjs and zod (their cost is theirs), then times the import of
 * codex-rx's root entry. Prints the median of `--runs` (default 9) and the extra modules loaded.
 * Issue 20's goal: codex-rx's own share at most 30 ms.
 *
 *   npm run build && npx tsx bench/import.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { arg } from './support/args.js';

const RUNS = arg('runs', 9);
const root = join(import.meta.dirname, '..');
const entry = join(root, 'dist', 'index.js');
if (!existsSync(entry)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

const script = `
  const { performance } = await import('node:perf_hooks');
  await import('rxjs');
  await import('zod');
  const t0 = performance.now();
  await import(${JSON.stringify(entry)});
  console.log(JSON.stringify({ ms: performance.now() - t0 }));
`;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  times.push(JSON.parse(out.trim().split('\n').at(-1)!).ms);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`cold import of codex-rx (dist/index.js) after rxjs and zod: median ${median.toFixed(1)} ms over ${RUNS} runs (${times[0]!.toFixed(1)}–${times.at(-1)!.toFixed(1)}); goal ≤ 30 ms`);
console.log(`BENCH-JSON ${JSON.stringify({ importMs: Number(median.toFixed(1)) })}`);
