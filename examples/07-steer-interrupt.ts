/** 07 · Steer a running turn with more input, and interrupt another one. */
import { firstValueFrom } from 'rxjs';
import { startExample } from './_setup.js';

await using client = await startExample({ fake: { defaultScenario: 'slow' } });
const thread = await client.codex.startThread();

const steered = await thread.turn('Tell me a long story.');
await firstValueFrom(steered.textDeltas$); // wait until it is streaming
await steered.steer('Actually, keep it to one sentence.');
console.log(`steered turn: ${(await steered.result).status}`);

const interrupted = await thread.turn('Count to one thousand.');
await firstValueFrom(interrupted.textDeltas$);
await interrupted.interrupt();
console.log(`interrupted turn: ${(await interrupted.result).status}`);
