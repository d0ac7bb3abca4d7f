import { Codex, ProtocolError, type CodexError, type ServerNotification } from '../../lib/index.js';
import { emit, lines, record, startChaos, type ChaosWrite } from '../support/chaos.js';

/**
 * Every kind of bad line a server can write becomes one ProtocolError on `diagnostics$`, is not
 * delivered as a message, and the client goes on working. The chaos server writes the bytes and
 * answers `chaos/emit` after them, so when `emit()` resolves every line has been read.
 */

const MiB = 1024 * 1024;
const probe = (text: string) => ({ method: 'chaos/probe', params: { text } });

/** Bytes as a write (for exact byte-level content). */
const bytes = (...parts: (string | number[])[]): ChaosWrite => ({
  base64: Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))).toString('base64'),
});

/** Writes `writes`; returns the diagnostics and probe texts seen meanwhile, after checking the client still answers. */
async function feed(codex: Codex, ...writes: ChaosWrite[]): Promise<{ kinds: string[]; diagnostics: CodexError[]; probes: string[] }> {
  const diagnostics = record(codex.diagnostics$);
  const notifications = record(codex.notifications$);
  await emit(codex, ...writes);
  diagnostics.subscription.unsubscribe();
  notifications.subscription.unsubscribe();
  // The client goes on working.
  await expect(codex.account()).resolves.toEqual({ account: null, requiresOpenaiAuth: true });
  for (const d of diagnostics.values) expect(d).toBeInstanceOf(ProtocolError);
  return {
    kinds: diagnostics.values.map((d) => (d as ProtocolError).kind),
    diagnostics: diagnostics.values,
    probes: notifications.values.filter((n: ServerNotification) => (n.method as string) === 'chaos/probe').map((n) => (n.params as { text: string }).text),
  };
}

describe('garbage lines from the server', () => {
  let codex: Codex;
  beforeAll(async () => {
    codex = await startChaos();
  });
  afterAll(() => codex.close());

  test('not JSON: one invalid-json diagnostic per line', async () => {
    const { kinds, diagnostics, probes } = await feed(codex, ...lines('{this is not json', 'hello world', '{"unterminated": ', '}{', probe('after')));
    expect(kinds).toEqual(['invalid-json', 'invalid-json', 'invalid-json', 'invalid-json']);
    expect((diagnostics[1] as ProtocolError).raw).toBe('hello world');
    expect(probes).toEqual(['after']);
  });

  test('JSON that is not JSON-RPC: one not-json-rpc diagnostic per line', async () => {
    const garbage = ['[1,2]', '42', '{"foo":1}', 'null', '"text"', 'true', '{"id":7}', '{"id":{"a":1},"method":"x"}', '{"method":12}'];
    const { kinds, probes } = await feed(codex, ...lines(...garbage, probe('after')));
    expect(kinds).toEqual(garbage.map(() => 'not-json-rpc'));
    expect(probes).toEqual(['after']);
  });

  test('responses to unknown request ids (never sent, or already answered) are diagnostics', async () => {
    const { kinds, diagnostics, probes } = await feed(
      codex,
      ...lines({ id: 987654, result: {} }, { id: 'nope', error: { code: -32000, message: 'stray' } }, { id: 1, result: { again: true } }, probe('after')),
    );
    expect(kinds).toEqual(['not-json-rpc', 'not-json-rpc', 'not-json-rpc']);
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/987654[\s\S]*nope[\s\S]*\b1\b/);
    expect(probes).toEqual(['after']);
  });

  /** Lines whose bytes are not UTF-8, and one that is (with 2-, 3- and 4-byte characters). */
  const notUtf8: ChaosWrite[] = [
    bytes([0xff, 0xfe, 0xfd], '\n'), // no text at all
    bytes('{"method":"chaos/probe","params":{"text":"lone ', [0x80], ' continuation"}}\n'),
    bytes('{"method":"chaos/probe","params":{"text":"cut ', [0xe2, 0x9c], '"}}\n'), // ✓ without its last byte
    bytes('{"method":"chaos/probe","params":{"text":"overlong ', [0xc0, 0xaf], '"}}\n'),
    bytes('{"method":"chaos/probe","params":{"text":"surrogate ', [0xed, 0xa0, 0x80], '"}}\n'),
    bytes('{"method":"chaos/probe","params":{"text":"valid h\u00e9llo \u2713 \u{1F389}"}}\n'),
  ];

  // JSON text must be UTF-8 (RFC 8259 §8.1): a line that is not is not JSON.
  test('invalid UTF-8: one invalid-json diagnostic per line', async () => {
    const { kinds } = await feed(codex, ...notUtf8);
    expect(kinds).toEqual(['invalid-json', 'invalid-json', 'invalid-json', 'invalid-json', 'invalid-json']);
  });

  test('invalid UTF-8: such a line is never delivered (with replacement characters); valid UTF-8 is, intact', async () => {
    const { probes } = await feed(codex, ...notUtf8);
    expect(probes).toEqual(['valid h\u00e9llo \u2713 \u{1F389}']);
  });

  test('a line over the default 64 MiB bound is dropped with one line-too-long diagnostic; the next line arrives', async () => {
    const { kinds, diagnostics, probes } = await feed(
      codex,
      { text: '{"method":"chaos/probe","params":{"text":"' },
      { pad: 64 * MiB },
      { text: `"}}\n${JSON.stringify(probe('next'))}\n` },
    );
    expect(kinds).toEqual(['line-too-long']);
    expect(diagnostics[0]!.message).toMatch(/limit 67108864/);
    expect(probes).toEqual(['next']);
  });

  test('lines torn into pieces with pauses, inside a UTF-8 character and between \\r and \\n, arrive whole', async () => {
    const text = 'torn h\u00e9llo \u2713';
    const line = Buffer.from(`${JSON.stringify(probe(text))}\r\n`);
    const e = line.indexOf(Buffer.from('\u00e9')) + 1; // between the two bytes of é
    const check = line.indexOf(Buffer.from('\u2713')) + 2; // inside ✓
    const pieces = [line.subarray(0, 1), line.subarray(1, e), line.subarray(e, check), line.subarray(check, line.length - 1), line.subarray(line.length - 1)];
    const { kinds, probes } = await feed(
      codex,
      ...pieces.map((p) => ({ base64: p.toString('base64'), pauseMs: 25 })),
      // one write ending a line and starting the next; then its rest
      { text: `${JSON.stringify(probe('one'))}\n{"method":"chaos/pr`, pauseMs: 25 },
      { text: 'obe","params":{"text":"two"}}\n' },
    );
    expect(kinds).toEqual([]);
    expect(probes).toEqual([text, 'one', 'two']);
  });

  test('a torn garbage line is one diagnostic, not one per piece', async () => {
    const { kinds, probes } = await feed(codex, { text: '{not', pauseMs: 25 }, { text: ' json', pauseMs: 25 }, { text: ' at all}\n' }, ...lines(probe('after')));
    expect(kinds).toEqual(['invalid-json']);
    expect(probes).toEqual(['after']);
  });

  test('every kind interleaved with good lines: each good line arrives in order, each bad one is one diagnostic', async () => {
    const good = (i: number) => JSON.stringify(probe(`good-${i}`));
    const { kinds, probes } = await feed(
      codex,
      { text: `${good(0)}\nnot json\n${good(1)}\n[1]\n${good(2)}\n` },
      { text: '{"id":424242,"result":null}\n', pauseMs: 10 },
      bytes([0xc3], '\n'),
      { text: `${good(3)}\n{"meth`, pauseMs: 10 },
      { text: `od":"chaos/probe","params":{"text":"good-4"}}\n` },
    );
    expect(kinds).toEqual(['invalid-json', 'not-json-rpc', 'not-json-rpc', 'invalid-json']);
    expect(probes).toEqual(['good-0', 'good-1', 'good-2', 'good-3', 'good-4']);
  });
});

describe('garbage lines with a small maxLineBytes', () => {
  const LIMIT = 1024;
  let codex: Codex;
  beforeAll(async () => {
    codex = await startChaos({}, { maxLineBytes: LIMIT });
  });
  afterAll(() => codex.close());

  /** A probe line of exactly `size` bytes (without its newline). */
  function probeOfSize(size: number, tag: string): string {
    const empty = JSON.stringify(probe(tag));
    return JSON.stringify(probe(tag + 'x'.repeat(size - empty.length)));
  }

  test('a line of exactly the limit arrives; one byte more is dropped; decoding resumes at the next line', async () => {
    const atLimit = probeOfSize(LIMIT, 'at-limit:');
    const over = probeOfSize(LIMIT + 1, 'over:');
    expect([Buffer.byteLength(atLimit), Buffer.byteLength(over)]).toEqual([LIMIT, LIMIT + 1]);
    const { kinds, probes } = await feed(codex, ...lines(atLimit, over, probe('next')));
    expect(kinds).toEqual(['line-too-long']);
    expect(probes.map((p) => p.split(':')[0])).toEqual(['at-limit', 'next']);
  });

  test('an oversized line torn into many writes is one diagnostic', async () => {
    const writes: ChaosWrite[] = Array.from({ length: 8 }, () => ({ pad: 600, pauseMs: 5 }));
    const { kinds, diagnostics, probes } = await feed(codex, { text: '{"method":"chaos/probe","params":{"text":"' }, ...writes, { text: '"}}\n' }, ...lines(probe('next')));
    expect(kinds).toEqual(['line-too-long']);
    expect(diagnostics[0]!.message).toContain(String(Buffer.byteLength('{"method":"chaos/probe","params":{"text":"') + 8 * 600 + 3));
    expect(probes).toEqual(['next']);
  });
});
