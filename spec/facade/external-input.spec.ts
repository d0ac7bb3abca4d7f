import { firstValueFrom } from 'rxjs';
import { InvalidArgumentError, TurnInProgressError, type ThreadItem, type TurnHandle } from '../../lib/index.js';
import { call, record, startChaos } from '../support/chaos.js';
import { offlineCodexForSuite } from '../support/offline-suite.js';

const outputs = (body: { input: { type: string; name?: string; output?: unknown }[] }) =>
  body.input.filter((i) => i.type === 'function_call_output').map((i) => ({ name: i.name, output: i.output }));
const types = (items: ThreadItem[]) => items.map((i) => i.type);

describe('input to a running turn: steer, tool output, injected items (real app-server, fake model)', () => {
  const env = offlineCodexForSuite();

  test('sendToolOutput on an idle thread starts a turn whose input is the output', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.sendToolOutput({ name: 'weather', output: 'sunny, 21C' });
    const result = await turn.result;
    expect(result.status).toBe('completed');
    expect(types(result.items)).toEqual(['functionCallOutput', 'agentMessage']);
    expect(outputs(env.fake.requests[0]!.body)).toEqual([{ name: 'weather', output: 'sunny, 21C' }]);
    expect(result.finalResponse).toBe('Tool finished; final answer.');
  });

  test('sendToolOutput during a running turn joins it instead of raising TurnInProgressError', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('[[scenario:slow]] check the weather');
    await firstValueFrom(turn.textDeltas$);
    await expect(thread.turn('again')).rejects.toBeInstanceOf(TurnInProgressError);
    const joined = await thread.sendToolOutput({ name: 'weather', output: [{ type: 'input_text', text: 'rainy' }] });
    expect(joined).toBe(turn);
    const result = await turn.result;
    // The streaming answer ends, then the same turn samples again with the output.
    expect(types(result.items)).toEqual(['userMessage', 'agentMessage', 'functionCallOutput', 'agentMessage']);
    expect(env.fake.requests).toHaveLength(2);
    expect(outputs(env.fake.requests[0]!.body)).toEqual([]);
    expect(outputs(env.fake.requests[1]!.body)).toEqual([{ name: 'weather', output: [{ type: 'input_text', text: 'rainy' }] }]);
    expect(result.finalResponse).toBe('Tool finished; final answer.');
  }, 20_000);

  test('settings cannot ride along into a running turn', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('[[scenario:slow]] go');
    await expect(thread.sendToolOutput({ name: 'x', output: 'y' }, { model: 'other' })).rejects.toThrow(InvalidArgumentError);
    await expect(thread.sendToolOutput({ name: '', output: 'y' })).rejects.toThrow(InvalidArgumentError);
    await turn.interrupt();
    await turn.result;
  });

  test('steer restarts the answer with the user text; the old partial answer is dropped', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('[[scenario:slow]] go');
    await firstValueFrom(turn.textDeltas$);
    await turn.steer('also say banana');
    const result = await turn.result;
    expect(result.status).toBe('completed');
    const last = env.fake.requests[env.fake.requests.length - 1]!.body.input;
    expect(last[last.length - 1]).toMatchObject({ role: 'user', content: [{ type: 'input_text', text: 'also say banana' }] });
    expect(last.some((i: { role?: string }) => i.role === 'assistant')).toBe(false);
  }, 20_000);

  test('injectItems adds raw history without a turn; the next request carries it', async () => {
    const thread = await env.codex.startThread();
    await thread.run('first');
    await thread.injectItems([{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'note from the host' }] }]);
    expect(env.fake.requests).toHaveLength(1);
    await thread.run('second');
    const input = env.fake.requests[1]!.body.input as { role?: string; content?: { text?: string }[] }[];
    const texts = input.slice(-2).map((i) => i.content?.[0]?.text);
    expect(texts).toEqual(['note from the host', 'second']);
  });
});

describe('sendToolOutput when the running turn ends first (scripted server orders the events)', () => {
  test('the new turn the output starts is its own, announced on turns$, though its turn/started came before the answer', async () => {
    // turn=hold: the first turn stays running; the tool output makes the server finish it, then
    // start a new turn, sending turn/started before the turn/start answer.
    const codex = await startChaos({ turn: 'hold' });
    const diagnostics = record(codex.diagnostics$);
    const thread = await codex.startThread();
    const turns = record(thread.turns$);
    const first = await thread.turn('first');
    await firstValueFrom(first.textDeltas$);
    const second: TurnHandle<unknown> = await thread.sendToolOutput({ name: 'weather', output: 'sunny' });
    expect(second).not.toBe(first);
    await expect(first.result).resolves.toMatchObject({ status: 'completed' });
    await expect(second.result).resolves.toMatchObject({ status: 'completed', finalResponse: 'reply to tool output weather' });
    // Every turn once, as ours: the output's turn was not joined as someone else's.
    expect(turns.values).toEqual([first, second]);
    expect(thread.activeTurn).toBeNull();
    const { messages } = await call(codex, 'chaos/received');
    expect(messages.filter((m: { method?: string }) => m.method === 'turn/start')).toHaveLength(2);
    expect(diagnostics.values).toEqual([]);
    await codex.close();
  });
});
