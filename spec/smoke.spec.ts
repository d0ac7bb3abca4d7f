import { startOfflineCodex } from '../lib/testing/index.js';

test('smoke', async () => {
  await using env = await startOfflineCodex();
  const thread = await env.codex.startThread();
  const result = await thread.run('hi');
  expect(result.finalResponse).toBe('Hello from the fake Responses server!');
  console.log(JSON.stringify(result.usage), env.codex.pid);
});
