/** 10 · Errors: failed turns reject with TurnFailedError; retryOnOverload retries transient overload. */
import { InvalidRequestError, retryOnOverload, TurnFailedError } from '../lib/index.js';
import { section, startExample } from './_setup.js';

await using client = await startExample();
const { codex } = client;

section('a failed turn rejects');
const thread = await codex.startThread();
try {
  await thread.run(client.offline ? '[[scenario:http500]] fail please' : 'Hello');
  console.log('(the real model did not fail)');
} catch (error) {
  if (!(error instanceof TurnFailedError)) throw error;
  console.log(`TurnFailedError: ${error.message}`);
  console.log(`codexErrorInfo: ${JSON.stringify(error.codexErrorInfo)}`);
}

section('typed JSON-RPC errors');
try {
  await codex.request('thread/read', { threadId: 'not-a-thread' });
} catch (error) {
  console.log(`${(error as Error).name} (${error instanceof InvalidRequestError ? 'InvalidRequestError' : 'other'}): ${(error as Error).message.slice(0, 80)}`);
}

section('retryOnOverload');
const models = await retryOnOverload((attempt) => {
  console.log(`attempt ${attempt}`);
  return codex.listModels({ limit: 3 });
});
console.log(`models: ${models.data.map((m) => m.id).join(', ')}`);
