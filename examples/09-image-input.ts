/** 09 · Mixed input: text, an image URL and a local image in one turn. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Input } from '../lib/index.js';
import { startExample } from './_setup.js';

// A 1×1 PNG, written to disk for the local-image item and inlined as a data URL for the URL item.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const file = join(tmpdir(), `codex-rx-example-${process.pid}.png`);
await writeFile(file, png);

await using client = await startExample();
const thread = await client.codex.startThread();
const result = await thread.run([
  Input.text('Describe these two images.'),
  Input.imageUrl(`data:image/png;base64,${png.toString('base64')}`),
  Input.localImage(file),
]);
const user = result.items.find((i) => i.type === 'userMessage');
console.log(`sent ${user?.type === 'userMessage' ? user.content.map((c) => c.type).join(' + ') : '?'}`);
console.log(`answer: ${result.finalResponse}`);
