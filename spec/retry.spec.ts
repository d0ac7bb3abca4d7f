import { defer, firstValueFrom } from 'rxjs';
import { Codex, InvalidRequestError, overloadDelay, retryOnOverload, ServerOverloadedError } from '../lib/index.js';
import { FakePeer } from './support/fake-peer.js';

/** A fake server whose model/list fails with -32001 `failures` times, then succeeds. */
async function overloaded(failures: number, code = -32001) {
  const peer = new FakePeer();
  let calls = 0;
  peer.auto.set('model/list', (_params: unknown, msg: { id: number }) => {
    calls++;
    if (calls <= failures) {
      peer.send({ id: msg.id, error: { code, message: 'Server overloaded' } });
      return undefined;
    }
    return { data: [], nextCursor: null };
  });
  const codex = await Codex.connect(peer.transport);
  return { codex, calls: () => calls };
}

describe('retryOnOverload', () => {
  test('retries -32001 twice, then succeeds', async () => {
    const { codex, calls } = await overloaded(2);
    const attempts: number[] = [];
    const result = await retryOnOverload(
      (attempt) => {
        attempts.push(attempt);
        return codex.request('model/list', {});
      },
      { initialDelayMs: 1 },
    );
    expect(result).toEqual({ data: [], nextCursor: null });
    expect(attempts).toEqual([1, 2, 3]);
    expect(calls()).toBe(3);
    await codex.close();
  });

  test('rethrows the last overload error when attempts run out', async () => {
    const { codex, calls } = await overloaded(5);
    await expect(retryOnOverload(() => codex.request('model/list', {}), { maxAttempts: 3, initialDelayMs: 1 })).rejects.toBeInstanceOf(ServerOverloadedError);
    expect(calls()).toBe(3);
    await codex.close();
  });

  test('does not retry other errors', async () => {
    const { codex, calls } = await overloaded(1, -32600);
    await expect(retryOnOverload(() => codex.request('model/list', {}), { initialDelayMs: 1 })).rejects.toBeInstanceOf(InvalidRequestError);
    expect(calls()).toBe(1);
    await codex.close();
  });

  test('as an RxJS operator', async () => {
    const { codex, calls } = await overloaded(2);
    const result = await firstValueFrom(defer(() => codex.request('model/list', {})).pipe(retryOnOverload({ initialDelayMs: 1 })));
    expect(result).toEqual({ data: [], nextCursor: null });
    expect(calls()).toBe(3);
    await codex.close();
  });

  test('backoff doubles, is capped, and jitters within bounds', () => {
    const opts = { initialDelayMs: 100, maxDelayMs: 300, jitter: 0.2 };
    expect(overloadDelay(1, opts, () => 0.5)).toBe(100);
    expect(overloadDelay(2, opts, () => 0.5)).toBe(200);
    expect(overloadDelay(3, opts, () => 0.5)).toBe(300);
    expect(overloadDelay(1, opts, () => 0)).toBe(80);
    expect(overloadDelay(1, opts, () => 1)).toBe(120);
  });

  test('an aborted signal stops retrying', async () => {
    const { codex } = await overloaded(5);
    const controller = new AbortController();
    const run = retryOnOverload(
      () => {
        controller.abort();
        return codex.request('model/list', {});
      },
      { initialDelayMs: 10_000, signal: controller.signal },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await codex.close();
  });
});
