/** `npm run example -- 03` runs examples/03-*.ts; without an argument it lists them. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const examples = readdirSync(dir).filter((f) => /^\d\d-.*\.ts$/.test(f)).sort();
const wanted = process.argv[2];
if (!wanted) {
  console.log('Usage: npm run example -- <number>\n');
  for (const f of examples) console.log(`  ${f.slice(0, 2)}  ${f.slice(3, -3)}`);
  process.exit(0);
}
const file = examples.find((f) => f.startsWith(wanted.padStart(2, '0')));
if (!file) {
  console.error(`No example ${wanted}. Known: ${examples.map((f) => f.slice(0, 2)).join(', ')}`);
  process.exit(2);
}
const tsx = join(dir, '..', 'node_modules', '.bin', 'tsx');
const run = spawnSync(tsx, [join(dir, file), ...process.argv.slice(3)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
