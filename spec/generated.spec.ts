import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIENT_REQUEST_METHODS, SERVER_NOTIFICATION_METHODS, SERVER_REQUEST_METHODS, schemas, PROTOCOL_VERSION, experimentalMethods } from '../lib/types.js';

const root = join(__dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const generate = (...args: string[]) => spawnSync(tsx, ['scripts/generate-protocol.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('generated protocol types', () => {
  test('cover every method of the pinned 0.169.0 schema', () => {
    expect(PROTOCOL_VERSION).toBe('0.169.0');
    expect(CLIENT_REQUEST_METHODS).toHaveLength(109);
    expect(SERVER_NOTIFICATION_METHODS).toHaveLength(86);
    expect(SERVER_REQUEST_METHODS).toHaveLength(10);
    expect(new Set(CLIENT_REQUEST_METHODS).size).toBe(109);
  });

  test('the experimental set covers every method of `generate-json-schema --experimental`', () => {
    expect(experimentalMethods.PROTOCOL_VERSION).toBe('0.169.0');
    expect(experimentalMethods.CLIENT_REQUEST_METHODS).toHaveLength(184);
    expect(experimentalMethods.SERVER_NOTIFICATION_METHODS).toHaveLength(86);
    expect(experimentalMethods.SERVER_REQUEST_METHODS).toHaveLength(11);
    // Every stable method is in the experimental set too.
    expect(CLIENT_REQUEST_METHODS.filter((m) => !(experimentalMethods.CLIENT_REQUEST_METHODS as readonly string[]).includes(m))).toEqual([]);
  });

  test('carry a header saying how they were made', () => {
    for (const f of ['types.ts', 'schemas.ts', 'methods.ts', 'experimental/types.ts', 'experimental/schemas.ts', 'experimental/methods.ts']) {
      const head = readFileSync(join(root, 'lib', 'generated', f), 'utf8').slice(0, 400);
      expect(head).toContain('GENERATED FILE');
      expect(head).toContain('generate-json-schema');
    }
  });

  test('schemas accept what the real server sends, unknown fields included', () => {
    const completed = {
      threadId: 't',
      turn: { id: 'x', items: [], itemsView: 'summary', status: 'completed', error: null, startedAt: 1, completedAt: 2, durationMs: 50, newField: 1 },
    };
    expect(schemas.TurnCompletedNotification.safeParse(completed).success).toBe(true);
    expect(schemas.TurnCompletedNotification.safeParse({ threadId: 't', turn: { id: 'x', status: 'bogus', items: [] } }).success).toBe(false);
  });

  test('the drift check passes on the committed files and fails on a changed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codex-rx-drift-'));
    try {
      cpSync(join(root, 'lib', 'generated'), dir, { recursive: true });
      expect(generate('--check', '--out', dir).status).toBe(0);
      writeFileSync(join(dir, 'experimental', 'methods.ts'), readFileSync(join(dir, 'experimental', 'methods.ts'), 'utf8') + '\n// edited by hand\n');
      const staleExperimental = generate('--check', '--out', dir);
      expect(staleExperimental.status).toBe(1);
      expect(staleExperimental.stderr).toContain('stale (experimental/methods.ts)');
      cpSync(join(root, 'lib', 'generated'), dir, { recursive: true });
      writeFileSync(join(dir, 'methods.ts'), readFileSync(join(dir, 'methods.ts'), 'utf8') + '\n// edited by hand\n');
      const stale = generate('--check', '--out', dir);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('stale (methods.ts)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
