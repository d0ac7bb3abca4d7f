/**
 * 17 · Input to a running turn: `turn.steer()` for the user's words, `thread.sendToolOutput()` for
 * results of tools your host runs (joins the running turn), `thread.injectItems()` for history.
 */
import { firstValueFrom } from 'rxjs';
import { startExample } from './_setup.js';

await using client = await startExample({ fake: { defaultScenario: 'slow' } });
const thread = await client.codex.startThread();

// 1. A tool result while the turn runs: no TurnInProgressError, it joins the turn.
const turn = await thread.turn('Check the build and tell me what the weather is like for the release party.');
await firstValueFrom(turn.textDeltas$); // the model is answering
const joined = await thread.sendToolOutput({ name: 'weather', output: 'sunny, 21°C' });
console.log(`joined the running turn: ${joined === turn}`);
const result = await turn.result;
console.log(`items: ${result.items.map((i) => i.type).join(', ')}`);
console.log(`final: ${result.finalResponse}`);

// 2. The user's words while the turn runs: the answer restarts with them.
const steered = await thread.turn('Write the release notes.');
await firstValueFrom(steered.textDeltas$);
await steered.steer('Keep them to one line.');
console.log(`steered turn: ${(await steered.result).status}`);

// 3. History without a turn: the model sees it with its next request.
await thread.injectItems([{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Note: the release is on Friday.' }] }]);
console.log(`after injectItems: ${(await thread.run('When is the release?')).status}`);
