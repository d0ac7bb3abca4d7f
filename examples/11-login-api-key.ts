/** 11 · API-key login, then the account read back and followed on account$. */
import { Codex } from '../lib/index.js';
import { startOfflineCodex } from '../lib/testing/index.js';

const realKey = process.env.OPENAI_API_KEY;
// Offline: a hermetic home whose model provider uses OpenAI auth, like the real one.
const env = realKey ? null : await startOfflineCodex();
const codex = env?.codex ?? (await Codex.start());
try {
  const states = codex.account$.subscribe((account) => console.log(`account$: ${account ? account.type : 'logged out'}`));
  await codex.loginApiKey(realKey ?? 'sk-example-not-a-real-key');
  const { account } = await codex.account();
  console.log(`account(): ${account?.type}`);
  if (!realKey) {
    await codex.logout();
    console.log(`after logout: ${(await codex.account()).account ?? 'null'}`);
  }
  states.unsubscribe();
} finally {
  if (env) await env.dispose();
  else await codex.close();
}
