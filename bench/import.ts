/**
 * A cold `import('codex-rx')` in Node, from the built `dist/` as a user gets it: each run is a
 * fresh `node` that first imports rxjs and zod (their cost is theirs), then times the import of
 * codex-rx's root entry. Prints the median of `--runs` (default 9) and the extra modules loaded.
 * Issue 20's goal: codex-rx's own share at most 30 ms.
 *
 *   npm run bench:import            (builds dist/ first when it is older than lib/)
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { arg } from './support/args.js';
import { ensureBuilt } from './support/built-dist.js';

const RUNS = arg('runs', 9);
const root = join(import.meta.dirname, '..');
const entry = join(root, 'dist', 'index.js');
console.log(ensureBuilt(process.argv.includes('--build')));

const script = `
  const { performance } = await import('node:perf_hooks');
  await import('rxjs');
  await import('zod');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await import(${JSON.stringify(entry)});
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({ ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 }));
`;
const runs: { ms: number; cpuMs: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  runs.push(JSON.parse(out.trim().split('\n').at(-1)!));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const wall = median(runs.map((r) => r.ms));
const cpu = median(runs.map((r) => r.cpuMs));
const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
// CPU time is the steadier figure on a shared machine (wall time also counts the neighbours).
console.log(`cold import of codex-rx (dist/index.js) after rxjs and zod, median of ${RUNS} runs: wall ${wall.toFixed(1)} ms (${range(runs.map((r) => r.ms))}), CPU ${cpu.toFixed(1)} ms (${range(runs.map((r) => r.cpuMs))}); goal ≤ 30 ms`);
console.log(`BENCH-JSON ${JSON.stringify({ importMs: Number(wall.toFixed(1)), importCpuMs: Number(cpu.toFixed(1)) })}`);
