import { firstValueFrom, lastValueFrom, toArray, type Observable } from 'rxjs';
import {
  AbortError,
  Input,
  ofMethod,
  TransportClosedError,
  TurnFailedError,
  TurnInProgressError,
  type ServerNotification,
  type TurnRetry,
} from '../../lib/index.js';
import { startOfflineCodex } from '../../lib/testing/index.js';
import { offlineCodexForSuite } from '../support/offline-suite.js';

const routingIds = (n: ServerNotification) => {
  const p = n.params as { threadId?: string; turnId?: string; turn?: { id: string } };
  return { threadId: p.threadId, turnId: p.turnId ?? p.turn?.id };
};

describe('threads and live turns (real app-server, fake model)', () => {
  const env = offlineCodexForSuite();

  test('deltas route in order and the final text equals their join', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('hi');
    const [deltas, texts, result] = await Promise.all([
      lastValueFrom(turn.textDeltas$.pipe(toArray())),
      lastValueFrom(turn.text$.pipe(toArray())),
      turn.result,
    ]);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Hello from the fake Responses server!');
    expect(result.finalResponse).toBe(deltas.join(''));
    expect(texts[texts.length - 1]).toBe(result.finalResponse);
  });

  test('run() returns finalResponse, items and usage, and the model got the prompt', async () => {
    const thread = await env.codex.startThread();
    const result = await thread.run([Input.text('what is 2+2?')]);
    expect(result).toMatchObject({ threadId: thread.id, status: 'completed', error: null, finalResponse: 'Hello from the fake Responses server!' });
    expect(result.items.map((i) => i.type)).toEqual(['userMessage', 'agentMessage']);
    expect(result.usage?.total).toMatchObject({ inputTokens: 11, outputTokens: 7, totalTokens: 18 });
    expect(result.durationMs).toEqual(expect.any(Number));
    const body = env.fake.requests[0]!.body;
    expect(body).toMatchObject({ model: 'mock-model', stream: true, prompt_cache_key: thread.id });
    const last = body.input[body.input.length - 1];
    expect(last).toMatchObject({ role: 'user', content: [{ type: 'input_text', text: 'what is 2+2?' }] });
  });

  test('ofMethod narrows a notification stream to some methods', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('hi');
    const picked = await lastValueFrom(turn.events$.pipe(ofMethod('turn/started', 'turn/completed'), toArray()));
    expect(picked.map((n) => n.method)).toEqual(['turn/started', 'turn/completed']);
    const last = picked[1]!;
    expect(last.method === 'turn/completed' && last.params.turn.status).toBe('completed');
  });

  test('reasoning deltas and completed items are streamed', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('[[scenario:reasoning]] think first');
    const [reasoning, items] = await Promise.all([lastValueFrom(turn.reasoning$.pipe(toArray())), lastValueFrom(turn.items$.pipe(toArray()))]);
    expect(reasoning.join('')).toBe('Thinking about the greeting');
    expect(items.map((i) => i.type)).toEqual(['userMessage', 'reasoning', 'agentMessage']);
  });

  test('a late subscriber to events$ gets the full replay, then the completion', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('hi');
    await turn.result;
    const events = await lastValueFrom(turn.events$.pipe(toArray()));
    const methods = events.map((e) => e.method);
    expect(methods[0]).toBe('turn/started');
    expect(methods[methods.length - 1]).toBe('turn/completed');
    expect(methods).toContain('item/agentMessage/delta');
    expect(events.every((e) => routingIds(e).turnId === turn.id)).toBe(true);
    // thread-level notifications without a turn id stay on the thread
    expect(methods).not.toContain('thread/status/changed');
  });

  test('thread.events$ sees thread/started although it arrives right after the thread/start response', async () => {
    const thread = await env.codex.startThread();
    const first = await firstValueFrom(thread.events$);
    expect(first.method).toBe('thread/started');
    expect(routingIds(first).threadId ?? (first.params as { thread: { id: string } }).thread.id).toBe(thread.id);
  });

  test('two concurrent turns on two threads, read interleaved, see no cross-talk', async () => {
    const [a, b] = await Promise.all([env.codex.startThread(), env.codex.startThread()]);
    const [ta, tb] = await Promise.all([a.turn('[[scenario:slow]] one'), b.turn('[[scenario:slow]] two')]);
    const [ea, eb] = await Promise.all([lastValueFrom(ta.events$.pipe(toArray())), lastValueFrom(tb.events$.pipe(toArray()))]);
    expect(ea.every((e) => routingIds(e).turnId === ta.id && (routingIds(e).threadId ?? a.id) === a.id)).toBe(true);
    expect(eb.every((e) => routingIds(e).turnId === tb.id && (routingIds(e).threadId ?? b.id) === b.id)).toBe(true);
    const [ra, rb] = await Promise.all([ta.result, tb.result]);
    expect(ra.finalResponse).toBe('Slow stream of deltas from the fake server.');
    expect(rb.finalResponse).toBe(ra.finalResponse);
  }, 20_000);

  test('thread.turn() during an active turn rejects and points to steer()', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('[[scenario:slow]] go');
    const error = await thread.turn('again').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TurnInProgressError);
    expect((error as Error).message).toContain('steer');
    await turn.interrupt();
    await turn.result;
    const next = await thread.run('after');
    expect(next.status).toBe('completed');
  });

  test('steer mid-stream: the next model request carries the steered text', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('[[scenario:slow]] go');
    await firstValueFrom(turn.textDeltas$);
    await turn.steer('also say banana');
    const result = await turn.result;
    expect(result.status).toBe('completed');
    const mine = env.fake.requests.filter((r) => r.body.prompt_cache_key === thread.id);
    expect(mine).toHaveLength(2);
    expect(JSON.stringify(mine[0]!.body.input)).not.toContain('also say banana');
    expect(JSON.stringify(mine[1]!.body.input)).toContain('also say banana');
  }, 20_000);

  test('interrupt mid-stream resolves with status interrupted', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('[[scenario:slow]] go');
    await firstValueFrom(turn.textDeltas$);
    await turn.interrupt();
    const result = await turn.result;
    expect(result.status).toBe('interrupted');
    expect(result.finalResponse).toBeNull();
  });

  test('an aborted signal on run() interrupts the turn, waits for it, then rejects with AbortError', async () => {
    const thread = await env.codex.startThread();
    const controller = new AbortController();
    const statuses: string[] = [];
    thread.events$.subscribe((n) => {
      if (n.method === 'item/agentMessage/delta') controller.abort();
      if (n.method === 'turn/completed') statuses.push(n.params.turn.status);
    });
    const error = await thread.run('[[scenario:slow]] go', {}, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(statuses).toEqual(['interrupted']);
  });

  test('breaking out of for-await unsubscribes and does not interrupt the turn', async () => {
    const thread = await env.codex.startThread();
    const turn = await thread.turn('hi');
    for await (const event of turn) {
      if (event.method === 'item/started') break;
    }
    const result = await turn.result;
    expect(result.status).toBe('completed');
    const seen: string[] = [];
    for await (const event of turn) seen.push(event.method);
    expect(seen[seen.length - 1]).toBe('turn/completed');
  });

  test.each([
    ['http500', 'internalServerError'],
    ['failed_generic', 'other'],
    ['disconnect', 'other'],
    ['failed_overloaded', 'serverOverloaded'],
    ['http429_usage', 'usageLimitExceeded'],
    ['http400_context', 'contextWindowExceeded'],
  ])('a model error (%s) rejects with TurnFailedError carrying codexErrorInfo %s', async (scenario, info) => {
    const thread = await env.codex.startThread();
    const error = await thread.run(`[[scenario:${scenario}]] go`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TurnFailedError);
    const failed = error as TurnFailedError;
    expect(failed.codexErrorInfo).toEqual(info);
    expect(failed.result.status).toBe('failed');
    expect(failed.result.error?.message).toEqual(expect.any(String));
  });

  test('real traffic of a turn passes the generated schemas (no validation diagnostics)', async () => {
    const problems: string[] = [];
    const sub = env.codex.diagnostics$.subscribe((d) => problems.push(d.message));
    const thread = await env.codex.startThread();
    await thread.run('[[scenario:reasoning]] hi');
    await env.codex.readThread(thread.id, { includeTurns: true });
    await env.codex.listThreads({});
    sub.unsubscribe();
    expect(problems).toEqual([]);
  });

  test('thread lifecycle: list, read, fork, name, archive, unarchive, resume', async () => {
    const thread = await env.codex.startThread();
    await thread.run('remember me');
    await thread.setName('named thread');
    const read = await env.codex.readThread(thread.id, { includeTurns: true });
    expect(read.id).toBe(thread.id);
    expect(read.turns.length).toBe(1);
    const listed = await env.codex.listThreads({});
    expect(listed.data.map((t) => t.id)).toContain(thread.id);
    const fork = await env.codex.forkThread(thread.id);
    expect(fork.id).not.toBe(thread.id);
    await env.codex.archiveThread(fork.id);
    const archived = await env.codex.listThreads({ archived: true });
    expect(archived.data.map((t) => t.id)).toContain(fork.id);
    const restored = await env.codex.unarchiveThread(fork.id);
    expect(restored.id).toBe(fork.id);
    const resumed = await env.codex.resumeThread(thread.id);
    expect(resumed.id).toBe(thread.id);
    const again = await resumed.run('and again');
    expect(again.status).toBe('completed');
  });
});

describe('process death mid-turn', () => {
  test('kill -9 errors every turn stream with TransportClosedError and rejects result', async () => {
    await using env = await startOfflineCodex();
    const thread = await env.codex.startThread();
    const turn = await thread.turn('[[scenario:hang]] wait');
    const observed: Observable<unknown>[] = [turn.events$, turn.textDeltas$, turn.items$];
    const streams = observed.map((s) => lastValueFrom(s).catch((e: unknown) => e));
    await env.fake.waitForRequests(1);
    process.kill(env.codex.pid!, 'SIGKILL');
    await expect(turn.result).rejects.toBeInstanceOf(TransportClosedError);
    for (const end of await Promise.all(streams)) expect(end).toBeInstanceOf(TransportClosedError);
    // a late subscriber gets the replay and the same error
    await expect(lastValueFrom(turn.events$)).rejects.toBeInstanceOf(TransportClosedError);
    await expect(lastValueFrom(thread.events$.pipe(toArray()))).resolves.toEqual(expect.any(Array));
  });
});

describe('the server retrying the model connection (real app-server, a fake model that fails once)', () => {
  test('each willRetry error reaches turn.retries$ and run()\'s onRetry, and the turn then completes', async () => {
    // One stream retry allowed: the fake answers 500 first, then the text.
    await using env = await startOfflineCodex({ config: { 'model_providers.mock_provider.stream_max_retries': 1 } });
    env.fake.enqueue('http500', 'text');
    const thread = await env.codex.startThread();
    const heard: TurnRetry[] = [];
    const turns = firstValueFrom(thread.turns$);
    const result = await thread.run('hi', {}, { onRetry: (retry) => heard.push(retry) });
    expect(result).toMatchObject({ status: 'completed', finalResponse: 'Hello from the fake Responses server!' });
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ willRetry: true, turnId: result.id, threadId: thread.id, error: { message: 'Reconnecting... 1/1' } });
    // The turn's own stream has it too, replayed to a subscriber that comes after the end.
    await expect(lastValueFrom((await turns).retries$.pipe(toArray()))).resolves.toEqual(heard);
    expect(env.fake.requests).toHaveLength(2);
  });
});
