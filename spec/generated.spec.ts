import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CLIENT_REQUEST_METHODS, SERVER_NOTIFICATION_METHODS, SERVER_REQUEST_METHODS, schemas, PROTOCOL_VERSION, experimentalMethods } from '../lib/types.js';
import { defineProtocolSchemas, type ObjectFactory } from '../lib/generated/schemas.js';
import * as experimentalSchemas from '../lib/generated/experimental/schemas.js';
import { defOf } from './support/zod-def.js';

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
    for (const f of ['types.ts', 'schemas.ts', 'methods.ts', 'checks.ts', 'zod-schemas.ts', 'experimental/types.ts', 'experimental/schemas.ts', 'experimental/methods.ts', 'experimental/checks.ts']) {
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

  test('unions whose options name themselves by a literal are discriminated, and parse as unions do', () => {
    const item = (over: Record<string, unknown>) => ({ threadId: 't', turnId: 'u', completedAtMs: 1, item: over });
    const ok = [
      { type: 'agentMessage', id: 'm', text: 'hi' },
      { type: 'reasoning', id: 'r', summary: ['s'] },
      { type: 'userMessage', id: 'x', content: [{ type: 'text', text: 'hi', text_elements: [] }] },
    ];
    for (const it of ok) expect(schemas.ItemCompletedNotification.safeParse(item(it)).success).toBe(true);
    for (const it of [{ type: 'agentMessage', id: 'm' }, { type: 'noSuchItem', id: 'm', text: 'hi' }, { id: 'm', text: 'hi' }, { type: 'reasoning', id: 7 }]) {
      expect(schemas.ItemCompletedNotification.safeParse(item(it)).success).toBe(false);
    }
  });

  test('every discriminated union in both sets builds its discriminator map (no duplicate or missing literal)', () => {
    const strict = defineProtocolSchemas(z.strictObject as ObjectFactory);
    const experimental = experimentalSchemas.defineProtocolSchemas(z.looseObject as ObjectFactory);
    const seen = new Set<unknown>();
    let unions = 0;
    const visit = (schema: unknown): void => {
      if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
      seen.add(schema);
      const def = defOf(schema);
      const discriminator = def.discriminator;
      if (def.type === 'union' && typeof discriminator === 'string') {
        unions++;
        // The first parse builds the map, and throws on a duplicate or missing literal.
        expect(() => (schema as z.ZodType).safeParse({ [discriminator]: '\u0000 none' })).not.toThrow();
      }
      if (def.type === 'lazy' && def.getter) visit(def.getter());
      for (const child of [def.innerType, def.in, def.out, def.left, def.right, def.element, def.valueType, def.catchall]) visit(child);
      for (const list of [def.options, def.items]) if (Array.isArray(list)) list.forEach(visit);
      if (def.shape) Object.values(def.shape).forEach(visit);
    };
    for (const set of [schemas, strict, experimental]) for (const name of Object.keys(set)) visit((set as unknown as Record<string, unknown>)[name]);
    expect(unions).toBeGreaterThan(100);
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
