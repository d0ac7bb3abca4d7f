/** 04 · `for await` over a turn: every event in order; `break` would unsubscribe, not interrupt. */
import { startExample } from './_setup.js';

await using client = await startExample();
const thread = await client.codex.startThread();
const turn = await thread.turn('Hello!');
for await (const event of turn) {
  if (event.method === 'item/agentMessage/delta') process.stdout.write(event.params.delta);
  else console.log(`\n<${event.method}>`);
}
console.log(`result: ${(await turn.result).status}`);
