/** 01 · Quickstart: start the app-server, open a thread, run one turn. */
import { startExample } from './_setup.js';

await using client = await startExample();
const thread = await client.codex.startThread();
const result = await thread.run('Say hello in one sentence.');
console.log(`answer: ${result.finalResponse}`);
