/** 16 · Model selection: list the models, pick one, and change model and reasoning per turn. */
import { startExample } from './_setup.js';

await using client = await startExample();
const { codex } = client;

const { data: models } = await codex.listModels({ limit: 50 });
for (const m of models.slice(0, 5)) {
  console.log(`${m.isDefault ? '*' : ' '} ${m.id}: efforts ${m.supportedReasoningEfforts.map((e) => e.reasoningEffort).join('/')}`);
}
const pick = models.find((m) => m.isDefault) ?? models[0];
if (!pick) throw new Error('the server lists no models');
const efforts = pick.supportedReasoningEfforts.map((e) => e.reasoningEffort);
const thorough = efforts.includes('high') ? 'high' : pick.defaultReasoningEffort;
const cheapest = efforts[0] ?? pick.defaultReasoningEffort;

// Per-turn params apply to this turn and the next ones of the thread.
const thread = await codex.startThread({ model: pick.id });
const first = await thread.run('Plan the change.', { effort: thorough, summary: 'concise' });
console.log(`turn 1 (${pick.id}, effort ${thorough}): ${first.status}`);
const second = await thread.run('Now just rename the variable.', { effort: cheapest });
console.log(`turn 2 (effort ${cheapest}): ${second.status}`);

// What the thread runs on now, as the server reports it.
const now = await codex.request('thread/resume', { threadId: thread.id });
console.log(`thread model: ${now.model}, reasoning effort: ${now.reasoningEffort ?? 'default'}`);
