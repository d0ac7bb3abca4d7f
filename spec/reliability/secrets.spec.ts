import { inspect } from 'node:util';
import { filter, firstValueFrom } from 'rxjs';
import { Codex, JsonRpcError, TransportClosedError, TurnFailedError, type CodexError } from '../../lib/index.js';
import { call, emit, lines, record, secretKey, settle, startChaos, within } from '../support/chaos.js';

/**
 * An API key handed to `loginApiKey` must not leave the SDK through anything meant for logs:
 * error messages and stacks, diagnostics (message, raw, cause) and stderr, even when a hostile or
 * buggy server echoes it back in every place it can.
 */

const GUARD_MS = 5_000;

/** Everything a host might log of a value: its full inspection (message, stack, cause, fields). */
function loggable(value: unknown): string {
  return inspect(value, { depth: Infinity, showHidden: false, breakLength: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity });
}

/** Names the places in `texts` where `needle` shows up. */
function leaks(texts: Record<string, string>, needle: (text: string) => boolean): string[] {
  return Object.entries(texts)
    .filter(([, text]) => needle(text))
    .map(([where]) => where);
}

/** Runs the echo scenario; returns every loggable text the SDK produced, by where it came from. */
async function echoEverywhere(codex: Codex, key: string): Promise<Record<string, string>> {
  const diagnostics = record(codex.diagnostics$);
  const stderr = record(codex.stderr$);
  const tornStderrDone = firstValueFrom(codex.stderr$.pipe(filter((line) => line.endsWith(' end'))));
  await codex.loginApiKey(key);

  const echoed = await settle(call(codex, 'chaos/echoSecret'));
  expect(echoed.status === 'rejected' && echoed.reason).toBeInstanceOf(JsonRpcError);
  await within(tornStderrDone, GUARD_MS, 'the torn stderr line');

  // A turn failing with the key in its error.
  const thread = await codex.startThread();
  const turn = await thread.turn('hang on');
  await emit(
    codex,
    ...lines({
      method: 'turn/completed',
      params: { threadId: thread.id, turn: { id: turn.id, items: [], status: 'failed', error: { message: `bad key ${key}`, codexErrorInfo: null, additionalDetails: key } } },
    }),
  );
  const failed = await settle(turn.result);
  expect(failed.status === 'rejected' && failed.reason).toBeInstanceOf(TurnFailedError);

  // The process dies with the key in its last stderr lines.
  const pending = settle(call(codex, 'chaos/hang'));
  await emit(codex, { text: `dying with ${key}\n`, stderr: true });
  process.kill(codex.pid!, 'SIGKILL');
  const closed = await within(pending, GUARD_MS, 'the pending request');
  expect(closed.status === 'rejected' && closed.reason).toBeInstanceOf(TransportClosedError);
  const after = await settle(codex.loginApiKey(key)); // a call after close
  expect(after.status === 'rejected' && after.reason).toBeInstanceOf(TransportClosedError);

  expect(diagnostics.values.length).toBeGreaterThanOrEqual(4);
  expect(stderr.values.join('\n')).toMatch(/leaking[\s\S]*torn[\s\S]*dying/);
  const texts: Record<string, string> = {
    'JSON-RPC error (echoSecret)': loggable(echoed.status === 'rejected' && echoed.reason),
    'JSON-RPC error data': JSON.stringify((echoed as { reason: JsonRpcError }).reason.data),
    'TurnFailedError': loggable(failed.status === 'rejected' && failed.reason),
    'TurnFailedError.result': JSON.stringify((failed as { reason: TurnFailedError }).reason.result),
    'TransportClosedError (pending)': loggable(closed.status === 'rejected' && closed.reason),
    'TransportClosedError (after close)': loggable(after.status === 'rejected' && after.reason),
    'stderr$': stderr.values.join('\n'),
    'stderrTail()': codex.stderrTail().join('\n'),
  };
  diagnostics.values.forEach((d: CodexError, i) => {
    texts[`diagnostic ${i} (${(d as { kind?: string }).kind}) message`] = d.message;
    texts[`diagnostic ${i} (${(d as { kind?: string }).kind}) stack`] = String(d.stack);
    texts[`diagnostic ${i} (${(d as { kind?: string }).kind}) raw`] = JSON.stringify((d as { raw?: unknown }).raw) ?? '';
    texts[`diagnostic ${i} (${(d as { kind?: string }).kind}) inspected`] = loggable(d);
  });
  return texts;
}

test('an API key echoed in a response id, an error message, notifications, bad lines and stderr never appears in what the SDK emits', async () => {
  const key = secretKey();
  const codex = await startChaos({ turn: 'hang' });
  const texts = await echoEverywhere(codex, key);
  expect(leaks(texts, (text) => text.includes(key))).toEqual([]);
});

test('no fragment of the key leaks either, not even from an oversized line cut inside the key', async () => {
  const key = secretKey();
  const secretPart = key.slice('sk-secret-'.length);
  const fragments = Array.from({ length: secretPart.length - 11 }, (_, i) => secretPart.slice(i, i + 12));
  const codex = await startChaos({ turn: 'hang' }, { maxLineBytes: 4096 });
  const diagnostics = record(codex.diagnostics$);
  await codex.loginApiKey(key);
  // The start of an over-long line is kept for the diagnostic: put the key across that cut.
  const start = '{"method":"chaos/probe","params":{"text":"';
  for (const at of [150, 170, 190, 199, 200, 210]) {
    await emit(codex, { text: start + 'h'.repeat(at - start.length) + key }, { pad: 5000 }, { text: '"}}\n' });
  }
  diagnostics.subscription.unsubscribe();
  expect(diagnostics.values.map((d) => (d as { kind?: string }).kind)).toEqual(Array(6).fill('line-too-long'));
  const texts = await echoEverywhere(codex, key);
  diagnostics.values.forEach((d, i) => (texts[`oversized line ${i}`] = loggable(d)));
  expect(leaks(texts, (text) => fragments.some((f) => text.includes(f)))).toEqual([]);
});
