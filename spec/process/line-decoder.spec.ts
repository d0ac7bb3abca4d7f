import { LineDecoder } from '../../lib/process/line-decoder.js';

function decode(chunks: (string | Buffer)[], max?: number) {
  const lines: string[] = [];
  const oversized: number[] = [];
  const d = new LineDecoder({ line: (l) => lines.push(l), oversized: (n) => oversized.push(n), invalid: () => {} }, max);
  for (const c of chunks) d.push(typeof c === 'string' ? Buffer.from(c) : c);
  return { lines, oversized, d };
}

describe('LineDecoder', () => {
  const text = '{"a":"héllo ✓"}\r\n\n{"b":2}\n{"c":[1,2,3]}\n';
  const bytes = Buffer.from(text);

  test('a stream torn at every byte position yields the same lines', () => {
    const expected = ['{"a":"héllo ✓"}', '{"b":2}', '{"c":[1,2,3]}'];
    for (let i = 0; i <= bytes.length; i++) {
      expect(decode([bytes.subarray(0, i), bytes.subarray(i)]).lines).toEqual(expected);
    }
    // and byte by byte
    expect(decode([...bytes].map((b) => Buffer.from([b]))).lines).toEqual(expected);
  });

  test('many messages in one chunk, CRLF and blank lines', () => {
    const many = Array.from({ length: 500 }, (_, i) => `{"i":${i}}`).join('\r\n') + '\n\n\n';
    const { lines } = decode([many]);
    expect(lines).toHaveLength(500);
    expect(lines[499]).toBe('{"i":499}');
  });

  test('an oversized line is reported and skipped, and decoding goes on', () => {
    const big = 'x'.repeat(100);
    const { lines, oversized } = decode(['{"ok":1}\n', big.slice(0, 40), big.slice(40), '\n{"ok":2}\n'], 64);
    expect(lines).toEqual(['{"ok":1}', '{"ok":2}']);
    expect(oversized).toEqual([100]);
  });

  test('chunks of whole lines: a literal U+FFFD is kept, invalid bytes and long lines are reported', () => {
    const invalid: string[] = [];
    const lines: string[] = [];
    const oversized: number[] = [];
    const d = new LineDecoder({ line: (l) => lines.push(l), oversized: (n) => oversized.push(n), invalid: (head) => invalid.push(head) }, 64);
    d.push(Buffer.from('{"a":"\uFFFD"}\n'));
    d.push(Buffer.concat([Buffer.from('{"b":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n{"c":1}\n')]));
    d.push(Buffer.from(`${'x'.repeat(100)}\n{"d":1}\n`));
    expect(lines).toEqual(['{"a":"\uFFFD"}', '{"c":1}', '{"d":1}']);
    expect(invalid).toHaveLength(1);
    expect(oversized).toEqual([100]);
  });

  test('end() flushes a last line without newline', () => {
    const { lines, d } = decode(['{"a":1}\n{"b":']);
    d.push(Buffer.from('2}'));
    d.end();
    expect(lines).toEqual(['{"a":1}', '{"b":2}']);
  });
});
