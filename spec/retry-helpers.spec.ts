import {
  AbortError,
  InvalidArgumentError,
  InvalidRequestError,
  isRetryableError,
  isTransientTurnError,
  JsonRpcError,
  RequestTimeoutError,
  retryOnOverload,
  ServerOverloadedError,
  TransportClosedError,
  TurnFailedError,
  type TurnResult,
} from '../lib/index.js';
import { startOfflineCodex } from '../lib/testing/index.js';

const rpc = (data: unknown, code = -32600) => JsonRpcError.from({ code, message: 'x', data }, 'thread/start');
const failedTurn = (codexErrorInfo: unknown) =>
  new TurnFailedError({ id: 't', threadId: 'th', status: 'failed', error: { message: 'm', codexErrorInfo, additionalDetails: null } } as unknown as TurnResult<unknown>);

describe('overload markers at any depth of error data', () => {
  test('top level, nested objects, arrays and keys', () => {
    expect(rpc('server_overloaded')).toBeInstanceOf(ServerOverloadedError);
    expect(rpc({ reason: 'server_overloaded' })).toBeInstanceOf(ServerOverloadedError);
    expect(rpc({ error: { details: [{ kind: 'other' }, { kind: 'server_overloaded' }] } })).toBeInstanceOf(ServerOverloadedError);
    expect(rpc({ codexErrorInfo: 'serverOverloaded' })).toBeInstanceOf(ServerOverloadedError);
    expect(rpc({ a: { b: { server_overloaded: true } } })).toBeInstanceOf(ServerOverloadedError);
    expect(rpc(null, -32001)).toBeInstanceOf(ServerOverloadedError);
    expect(rpc({ reason: 'bad params' })).toBeInstanceOf(InvalidRequestError);
  });

  test('cycles end the walk and the depth is bounded', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    cyclic.list = [cyclic, { again: cyclic }];
    expect(rpc(cyclic)).toBeInstanceOf(InvalidRequestError);
    let deep: unknown = 'server_overloaded';
    for (let i = 0; i < 50; i++) deep = { next: deep };
    expect(rpc(deep)).toBeInstanceOf(InvalidRequestError); // beyond the bound: not looked at
    let shallow: unknown = 'server_overloaded';
    for (let i = 0; i < 5; i++) shallow = { next: shallow };
    expect(rpc(shallow)).toBeInstanceOf(ServerOverloadedError);
  });
});

describe('isRetryableError', () => {
  test('transient failures are retryable', () => {
    expect(isRetryableError(rpc(null, -32001))).toBe(true);
    expect(isRetryableError(new RequestTimeoutError('model/list', 10))).toBe(true);
    expect(isRetryableError(failedTurn('serverOverloaded'))).toBe(true);
    expect(isRetryableError(failedTurn('internalServerError'))).toBe(true);
    expect(isRetryableError(failedTurn({ responseStreamDisconnected: { httpStatusCode: null } }))).toBe(true);
    expect(isRetryableError(failedTurn({ responseTooManyFailedAttempts: { httpStatusCode: 429 } }))).toBe(true);
    expect(isRetryableError(failedTurn({ httpConnectionFailed: { httpStatusCode: 503 } }))).toBe(true);
  });

  test('everything else is not', () => {
    expect(isRetryableError(rpc({ reason: 'nope' }))).toBe(false);
    expect(isRetryableError(failedTurn('usageLimitExceeded'))).toBe(false);
    expect(isRetryableError(failedTurn('contextWindowExceeded'))).toBe(false);
    expect(isRetryableError(failedTurn({ httpConnectionFailed: { httpStatusCode: 401 } }))).toBe(false);
    expect(isRetryableError(failedTurn(null))).toBe(false);
    expect(isRetryableError(new TransportClosedError({ code: 1, signal: null }, []))).toBe(false);
    expect(isRetryableError(new AbortError())).toBe(false);
    expect(isRetryableError(new InvalidArgumentError('x'))).toBe(false);
    expect(isRetryableError(new Error('plain'))).toBe(false);
    expect(isRetryableError('string')).toBe(false);
    expect(isTransientTurnError(undefined)).toBe(false);
  });

  test('retryOnOverload({ retryIf: isRetryableError }) retries a failed turn on the real server', async () => {
    await using env = await startOfflineCodex();
    const thread = await env.codex.startThread();
    env.fake.enqueue('http500');
    const attempts: number[] = [];
    const result = await retryOnOverload(
      (attempt) => {
        attempts.push(attempt);
        return thread.run('hi');
      },
      { retryIf: isRetryableError, initialDelayMs: 1 },
    );
    expect(attempts).toEqual([1, 2]);
    expect(result.finalResponse).toBe('Hello from the fake Responses server!');
  }, 20_000);
});
