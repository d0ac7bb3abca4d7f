import { mergeEnv } from '../../lib/process/process-transport.js';
import { configArgs, toToml } from '../../lib/process/toml.js';
import { Redactor } from '../../lib/transport/redactor.js';

describe('spawn options', () => {
  test('env is merged over process.env and undefined removes a variable', () => {
    process.env.CODEX_RX_SPEC_KEEP = 'keep';
    process.env.CODEX_RX_SPEC_DROP = 'drop';
    try {
      const env = mergeEnv({ CODEX_RX_SPEC_DROP: undefined, CODEX_RX_SPEC_NEW: 'new' });
      expect(env.CODEX_RX_SPEC_KEEP).toBe('keep');
      expect('CODEX_RX_SPEC_DROP' in env).toBe(false);
      expect(env.CODEX_RX_SPEC_NEW).toBe('new');
      expect(process.env.CODEX_RX_SPEC_DROP).toBe('drop'); // the host's env is untouched
    } finally {
      delete process.env.CODEX_RX_SPEC_KEEP;
      delete process.env.CODEX_RX_SPEC_DROP;
    }
  });

  test('config entries become -c flags with TOML values', () => {
    expect(
      configArgs({
        model: 'o3',
        'features.plugins': false,
        retries: 2,
        list: ['a', 'b"c'],
        'model_providers.x': { name: 'X', base_url: 'http://127.0.0.1:1/v1', 'odd key': 1, skipped: undefined },
        ignored: undefined,
      }),
    ).toEqual([
      '-c', 'model="o3"',
      '-c', 'features.plugins=false',
      '-c', 'retries=2',
      '-c', 'list=["a", "b\\"c"]',
      '-c', 'model_providers.x={name = "X", base_url = "http://127.0.0.1:1/v1", "odd key" = 1}',
    ]);
    expect(toToml(1.5)).toBe('1.5');
    expect(toToml(Number.POSITIVE_INFINITY)).toBe('inf');
  });

  test('the redactor masks every secret it was given, longest first, and ignores blanks', () => {
    const r = new Redactor();
    r.add('sk-abc123456');
    r.add('sk-abc123456789');
    r.add('   ');
    expect(r.redact('keys sk-abc123456789 and sk-abc123456.')).toBe('keys [REDACTED] and [REDACTED].');
    expect(r.redactValue({ nested: ['sk-abc123456'] })).toEqual({ nested: ['[REDACTED]'] });
  });
});
