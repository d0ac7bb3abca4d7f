/** 02 · `run()` resolves a TurnResult: status, final answer, every completed item, token usage. */
import { startExample } from './_setup.js';

await using client = await startExample();
const thread = await client.codex.startThread();
const result = await thread.run('What is codex-rx?');
console.log(`status: ${result.status} in ${result.durationMs} ms`);
console.log(`items: ${result.items.map((i) => i.type).join(', ')}`);
console.log(`finalResponse: ${result.finalResponse}`);
console.log(`tokens: ${result.usage?.total.totalTokens ?? 'n/a'}`);
