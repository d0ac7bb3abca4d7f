/**
 * `npm run bench`: every figure of issue 20 against its goal, from one run. Builds `dist/` when stale,
 * then runs each benchmark in a child process of its own (raw and codex-rx alternate inside each),
 * prints its own output as it goes, and ends with one table: figure, goal, value, met. Figures are
 * printed, never asserted (timings do not belong in tests). About 10 minutes on the 2-core machine.
 *
 *   npm run bench
 *   npm run bench -- --quick     fewer rounds and runs (a smoke run of the same table)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt } from './support/built-dist.js';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');

/** Runs one benchmark (a tsx script and its arguments), echoes its output, returns its BENCH-JSON figures. */
function run(script: string, args: string[], node: string[] = []): Promise<Record<string, number>> {
  console.log(`\n$ npx tsx ${node.join(' ')}${node.length ? ' ' : ''}bench/${script} ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [...node, join(root, 'bench', script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let figures: Record<string, number> = {};
    let tail = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (tail + chunk).split('\n');
      tail = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('BENCH-JSON ')) figures = { ...figures, ...JSON.parse(line.slice('BENCH-JSON '.length)) };
        else console.log(line);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(figures) : reject(new Error(`bench/${script} exited with ${code}`))));
  });
}

console.log(ensureBuilt(process.argv.includes('--build')));

const figures: Record<string, number> = {
  ...(await run('bundle.ts', [])),
  ...(await run('import.ts', ['--runs', quick ? '5' : '15'])),
  ...(await run('flood.ts', ['--transport', 'stdio', '--validation', 'lenient', '--runs', quick ? '1' : '7'])),
  ...(await run('turns.ts', ['--transport', 'stdio', '--rounds', quick ? '3' : '9', ...(quick ? ['--warm', '40'] : [])])),
  ...(await run('relay.ts', quick ? ['--runs', '1', '--rounds', '0'] : ['--rounds', '0'], ['--expose-gc'])),
};

/** Each figure: its name, its goal, and whether a value meets it. */
const rows: [label: string, key: string, goal: string, met: (v: number) => boolean | null, unit?: string][] = [
  ['browser client, esbuild, gzip', 'bundleEsbuildKiB', '≤ 50 KiB', (v) => v <= 50, ' KiB'],
  ['browser client, vite, gzip', 'bundleViteKiB', '≤ 50 KiB', (v) => v <= 50, ' KiB'],
  ['cold Node import beyond rxjs and zod, wall', 'importMs', '≤ 30 ms', (v) => v <= 30, ' ms'],
  ['cold Node import beyond rxjs and zod, CPU', 'importCpuMs', '≤ 30 ms', (v) => v <= 30, ' ms'],
  ['stdio flood, 1 live vs raw JSON.parse, wall', 'stdio.lenient.oneLive.vsRaw', '≥ 0.9×', (v) => v >= 0.9, '×'],
  ['stdio flood, 1 live vs raw JSON.parse, CPU', 'stdio.lenient.oneLive.vsRawCpu', '≥ 0.9×', (v) => v >= 0.9, '×'],
  ['stdio flood, round-robin (1000 turns) vs 1 live, wall', 'stdio.lenient.roundRobin.vsOneLive', '≤ 1.2×', (v) => v <= 1.2, '×'],
  ['stdio flood, round-robin (1000 turns) vs 1 live, CPU', 'stdio.lenient.roundRobin.vsOneLiveCpu', '≤ 1.2×', (v) => v <= 1.2, '×'],
  ['per turn, CPU vs bare client', 'turnCpuRatio', '≤ 1.15×', (v) => v <= 1.15, '×'],
  ['per turn, wall vs bare client (median of rounds)', 'turnWallRatio', '≤ 1.03×', (v) => v <= 1.03, '×'],
  ['per turn, main-thread CPU vs bare client (Linux)', 'turnMainCpuRatio', 'reported', () => null, '×'],
  ['relay RSS, idle', 'relayRssIdleMiB', 'reported', () => null, ' MiB'],
  ['relay RSS, 1,000 observe connections', 'relayRss1000MiB', 'reported', () => null, ' MiB'],
  ['relay memory per connection', 'relayKiBPerConnection', 'reported', () => null, ' KiB'],
  ['relay overhead per frame, wall', 'relayUsPerFrame', 'reported', () => null, ' µs'],
  ['relay CPU per frame', 'relayCpuUsPerFrame', 'reported', () => null, ' µs'],
];
console.log(`\nIssue 20 figures (one run, ${new Date().toISOString().slice(0, 16)}Z)`);
console.log('| figure | goal | value | met |\n| --- | --- | --- | --- |');
for (const [label, key, goal, met, unit = ''] of rows) {
  const value = figures[key];
  const verdict = value === undefined ? '' : met(value);
  console.log(`| ${label} | ${goal} | ${value === undefined ? 'not measured' : `${value}${unit}`} | ${verdict === null || verdict === '' ? '' : verdict ? 'yes' : 'no'} |`);
}
