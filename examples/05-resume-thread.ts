/** 05 · Resume a stored thread from a second app-server process on the same CODEX_HOME. */
import { Codex } from '../lib/index.js';
import { createHermeticHome, mockProviderConfig, startFakeResponsesServer, writeCodexConfig } from '../lib/testing/index.js';

const apiKey = process.env.OPENAI_API_KEY;
await using fake = await startFakeResponsesServer();
await using home = await createHermeticHome();
if (!apiKey) {
  console.log('(no OPENAI_API_KEY: running on the built-in local model server)');
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
}
const options = apiKey ? {} : { env: home.env, cwd: home.work };

let threadId: string;
{
  await using codex = await Codex.start(options);
  if (apiKey) await codex.loginApiKey(apiKey);
  const thread = await codex.startThread();
  threadId = thread.id;
  await thread.run('Remember the word "pineapple".');
  console.log(`first process: thread ${threadId}, pid ${codex.pid}`);
}
{
  await using codex = await Codex.start(options);
  const thread = await codex.resumeThread(threadId);
  const result = await thread.run('Which word did I ask you to remember?');
  console.log(`second process, pid ${codex.pid}: resumed ${thread.id === threadId ? 'the same thread' : 'another thread'}`);
  console.log(`answer: ${result.finalResponse}`);
}
