/**
 * What a cold `import('codex-rx')` loads in Node (issue 20, item 4): `ws` waits for the first
 * WebSocket connection, the experimental set for the first experimental request.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

test('importing codex-rx does not load ws (connecting does) nor, outside Windows, cross-spawn', () => {
  const script = `
    import { createRequire } from 'node:module';
    const cache = createRequire(import.meta.url).cache;
    const loaded = (name = 'ws') => Object.keys(cache).some((p) => p.includes('/node_modules/' + name + '/'));
    const { Codex } = await import('./lib/index.ts');
    const atImport = loaded();
    const crossSpawn = loaded('cross-spawn');
    await Codex.connect({ url: 'ws://127.0.0.1:9/none' }).catch(() => {});
    console.log(JSON.stringify({ atImport, crossSpawn, afterConnect: loaded() }));
  `;
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout.trim().split('\n').at(-1)!)).toEqual({ atImport: false, crossSpawn: false, afterConnect: true });
});
