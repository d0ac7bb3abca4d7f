import { filter, firstValueFrom } from 'rxjs';
import { SERVER_NOTIFICATION_METHODS, SERVER_REQUEST_METHODS } from '../../lib/generated/methods.js';
import { Codex, ProtocolError, type CodexOptions, type PendingApproval } from '../../lib/index.js';
import { call, emit, ending, lines, record, startChaos, within, type ChaosWrite } from '../support/chaos.js';

/**
 * Known methods with params the SDK cannot use (null, missing, wrong type). None may throw into
 * the event loop (the jest setup fails the run on any uncaught exception or unhandled rejection),
 * every server request still gets exactly one answer, and the client goes on working.
 */

const GUARD_MS = 5_000;

/** The forms of unusable params: `undefined` leaves the member out. */
const BAD_PARAMS: [string, unknown][] = [
  ['null', null],
  ['missing', undefined],
  ['an array', []],
  ['a string', 'params'],
];

function message(fields: Record<string, unknown>, params: unknown): Record<string, unknown> {
  return params === undefined ? fields : { ...fields, params };
}

/** Writes the lines; afterwards every diagnostic must be a ProtocolError and the client must answer. */
async function survive(codex: Codex, ...writes: ChaosWrite[]): Promise<void> {
  const diagnostics = record(codex.diagnostics$);
  await emit(codex, ...writes);
  diagnostics.subscription.unsubscribe();
  for (const d of diagnostics.values) expect(d).toBeInstanceOf(ProtocolError);
  await expect(codex.account()).resolves.toMatchObject({ requiresOpenaiAuth: true });
}

/** Every answer the client sent to these server request ids, once all are answered (and one more round trip). */
async function answersTo(codex: Codex, ids: string[], ...writes: ChaosWrite[]): Promise<Record<string, unknown[]>> {
  const answered = ids.map((id) =>
    firstValueFrom(codex.notifications$.pipe(filter((n) => (n.method as string) === 'chaos/answered' && (n.params as { message: { id: unknown } }).message.id === id))),
  );
  await survive(codex, ...writes);
  await within(Promise.all(answered), GUARD_MS, `answers to ${ids.join(', ')}`);
  await codex.account(); // a second answer, if any, would be on the wire before this request
  const { messages } = (await call(codex, 'chaos/received')) as { messages: { id?: unknown; method?: unknown }[] };
  return Object.fromEntries(ids.map((id) => [id, messages.filter((m) => m.id === id && m.method === undefined)]));
}

describe.each<[string, CodexOptions, (codex: Codex) => void]>([
  ['no approval handler', {}, () => {}],
  ['a handler that accepts everything', { approvals: () => ({ decision: 'accept' }) }, () => {}],
  ['an approvals$ subscriber that accepts everything', {}, (codex) => void codex.approvals$.subscribe((a: PendingApproval) => a.accept())],
])('server requests with unusable params (%s)', (_, options, prepare) => {
  let codex: Codex;
  beforeAll(async () => {
    codex = await startChaos({}, options);
    prepare(codex);
  });
  afterAll(() => codex.close());

  test.each(BAD_PARAMS)('an approval request with params %s gets exactly one answer: an error', async (form, params) => {
    const id = `approval-${form}`;
    const answers = await answersTo(codex, [id], ...lines(message({ id, method: 'item/commandExecution/requestApproval' }, params)));
    expect(answers[id]).toHaveLength(1);
    expect(answers[id]![0]).toMatchObject({ id, error: { code: expect.any(Number), message: expect.any(String) } });
    expect(answers[id]![0]).not.toHaveProperty('result');
  });

  test('every server request method with params null gets exactly one answer: an error', async () => {
    const ids = SERVER_REQUEST_METHODS.map((method) => `null-${method}`);
    const answers = await answersTo(codex, ids, ...lines(...SERVER_REQUEST_METHODS.map((method) => ({ id: `null-${method}`, method, params: null }))));
    for (const id of ids) {
      expect({ id, answers: answers[id]!.length }).toEqual({ id, answers: 1 });
      expect(answers[id]![0]).toHaveProperty('error');
    }
  });
});

describe('notifications with unusable params', () => {
  let codex: Codex;
  beforeAll(async () => {
    codex = await startChaos({ turn: 'hang' });
  });
  afterAll(() => codex.close());

  test('account/login/completed with params null, missing, wrong type or odd loginId; a real login still completes', async () => {
    const login = await codex.loginChatgpt();
    const completions = record(codex.loginCompleted$);
    await survive(
      codex,
      ...lines(
        ...BAD_PARAMS.map(([, params]) => message({ method: 'account/login/completed' }, params)),
        { method: 'account/login/completed', params: { loginId: 42, success: true } },
        { method: 'account/login/completed', params: { loginId: { id: login.loginId }, success: true } },
        { method: 'account/login/completed', params: { success: true } },
      ),
    );
    completions.subscription.unsubscribe();
    await survive(codex, ...lines({ method: 'account/login/completed', params: { loginId: login.loginId, success: true, error: null } }));
    await expect(within(login.wait(), GUARD_MS, 'login.wait()')).resolves.toMatchObject({ loginId: login.loginId, success: true });
  });

  test('serverRequest/resolved with params null, missing or a bad requestId leaves open requests open', async () => {
    const asked = firstValueFrom(codex.approvals$);
    await survive(
      codex,
      ...lines({ id: 'kept-open', method: 'item/commandExecution/requestApproval', params: { threadId: 't', turnId: 'x', itemId: 'i', command: 'ls', startedAtMs: 1 } }),
    );
    const approval = await asked;
    await survive(
      codex,
      ...lines(
        ...BAD_PARAMS.map(([, params]) => message({ method: 'serverRequest/resolved' }, params)),
        { method: 'serverRequest/resolved', params: { threadId: 't', requestId: null } },
        { method: 'serverRequest/resolved', params: { threadId: 't', requestId: { id: 'kept-open' } } },
      ),
    );
    expect(approval.isOpen).toBe(true);
    await survive(codex, ...lines({ method: 'serverRequest/resolved', params: { threadId: 't', requestId: 'kept-open' } }));
    await expect(within(approval.settled, GUARD_MS, 'approval.settled')).resolves.toBe('resolved');
  });

  test('item/completed with item null (and other holes) in a live turn: turn.result still settles, streams complete', async () => {
    const thread = await codex.startThread();
    const turn = await thread.turn('hang on');
    const streams = [turn.events$, turn.items$, turn.text$, turn.textDeltas$, turn.reasoning$].map(ending);
    const ids = { threadId: thread.id, turnId: turn.id };
    await survive(
      codex,
      ...lines(
        { method: 'item/started', params: { ...ids, item: null } },
        { method: 'item/agentMessage/delta', params: { ...ids, itemId: 'm' } },
        { method: 'item/agentMessage/delta', params: { ...ids, itemId: 'm', delta: null } },
        { method: 'item/reasoning/textDelta', params: { ...ids, itemId: 'r', delta: null } },
        { method: 'thread/tokenUsage/updated', params: { ...ids, tokenUsage: null } },
        { method: 'item/completed', params: { ...ids, item: null, completedAtMs: 1 } },
        { method: 'item/completed', params: { ...ids, completedAtMs: 1 } },
        { method: 'item/completed', params: { ...ids, item: { type: 'agentMessage', id: 'm', text: 'ok', phase: null }, completedAtMs: 1 } },
        { method: 'turn/completed', params: { threadId: thread.id, turn: { id: turn.id, items: [], status: 'completed', error: null } } },
      ),
    );
    await expect(within(turn.result, GUARD_MS, 'turn.result')).resolves.toMatchObject({ status: 'completed', finalResponse: 'ok' });
    const ends = await within(Promise.all(streams), GUARD_MS, 'the turn streams');
    expect(ends.map((e) => e.how)).toEqual(['complete', 'complete', 'complete', 'complete', 'complete']);
  });

  test('turn/completed with turn null for a live turn: turn.result still settles', async () => {
    const thread = await codex.startThread();
    const turn = await thread.turn('hang on');
    const outcome = turn.result.then(
      () => 'resolved',
      () => 'rejected',
    );
    await survive(codex, ...lines({ method: 'turn/completed', params: { threadId: thread.id, turnId: turn.id, turn: null } }));
    await expect(within(outcome, GUARD_MS, 'turn.result')).resolves.toMatch(/resolved|rejected/);
  });

  test('every known notification method with params null or missing, for a live thread and turn', async () => {
    const thread = await codex.startThread();
    const turn = await thread.turn('hang on');
    const streams = [turn.events$, turn.items$, turn.text$, thread.events$].map(ending);
    const all = SERVER_NOTIFICATION_METHODS.flatMap((method) => [{ method, params: null }, { method }]);
    await survive(codex, ...lines(...all));
    // The turn is unharmed and still completes normally.
    await survive(codex, ...lines({ method: 'turn/completed', params: { threadId: thread.id, turn: { id: turn.id, items: [], status: 'completed', error: null } } }));
    await expect(within(turn.result, GUARD_MS, 'turn.result')).resolves.toMatchObject({ status: 'completed' });
    thread.release();
    const ends = await within(Promise.all(streams), GUARD_MS, 'the streams');
    expect(ends.map((e) => e.how)).toEqual(['complete', 'complete', 'complete', 'complete']);
  });
});
